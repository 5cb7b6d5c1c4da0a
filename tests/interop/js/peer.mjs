// matrix-js-sdk (Rust crypto) peer for Lattice's end-to-end encryption interop tests.
//
// Reads one JSON command per line on stdin and answers one JSON line on stdout:
// {"id": N, "ok": true, ...} or {"id": N, "ok": false, "error": "..."}. Logs go to stderr.
// The protocol is described in ../README.md. Run with Node 20 or newer:
//   node peer.mjs --store DIR
// The Rust crypto runs without IndexedDB, so its keys live in memory: a new process is a new device.
// DIR receives files this peer writes (downloaded attachments) and nothing secret.

// matrix-js-sdk 43 calls Promise.withResolvers (Node 22); without it on Node 20 its sync loop dies
// after the first response. Define it before the SDK is imported (hence the dynamic import below).
if (typeof Promise.withResolvers !== "function") {
    Promise.withResolvers = function withResolvers() {
        let resolve;
        let reject;
        const promise = new this((res, rej) => {
            resolve = res;
            reject = rej;
        });
        return { promise, resolve, reject };
    };
}

// stdout carries only protocol replies: send every console method (the SDK logs through them) to stderr.
for (const method of ["log", "info", "debug", "warn", "trace"]) {
    console[method] = (...args) => console.error(...args);
}

import { createHash, createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";

const sdk = await import("matrix-js-sdk");
const cryptoApi = await import("matrix-js-sdk/lib/crypto-api/index.js");
const { logger } = await import("matrix-js-sdk/lib/logger.js");
logger.setLevel(process.env.INTEROP_JS_LOG ?? "warn");

class CommandError extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const b64 = (buf) => Buffer.from(buf).toString("base64").replace(/=+$/, "");
const b64url = (buf) => Buffer.from(buf).toString("base64url");
const unb64 = (s) => Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");

class Peer {
    constructor(storeDir) {
        this.storeDir = storeDir;
        this.client = null;
        this.homeserver = null;
        this.secretStorageKeys = new Map();
        this.incomingRequests = []; // verification requests other devices sent us
        this.request = null; // the verification in progress
        this.verifier = null;
        this.sas = null;
        this.verifyDone = null;
    }

    requireLogin() {
        if (!this.client) throw new CommandError("not logged in: send login first");
    }

    async raw(method, path, { body, json, contentType, auth = true } = {}) {
        const headers = {};
        if (auth) headers.Authorization = `Bearer ${this.client.getAccessToken()}`;
        if (json !== undefined) {
            headers["Content-Type"] = "application/json";
            body = JSON.stringify(json);
        } else if (contentType) {
            headers["Content-Type"] = contentType;
        }
        const reply = await fetch(this.homeserver + path, { method, headers, body });
        const payload = Buffer.from(await reply.arrayBuffer());
        if (!reply.ok) {
            throw new CommandError(`${method} ${path} answered ${reply.status}: ${payload.toString().slice(0, 300)}`);
        }
        return (reply.headers.get("content-type") ?? "").startsWith("application/json")
            ? JSON.parse(payload.toString())
            : payload;
    }

    async waitFor(what, timeoutMs, probe) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const { found, failure } = probe();
            if (found) return found;
            if (Date.now() >= deadline) {
                throw new CommandError(
                    failure ? `no ${what} within ${timeoutMs} ms (${failure})` : `no ${what} arrived within ${timeoutMs} ms`,
                );
            }
            await sleep(100);
        }
    }

    // The first event in the room's live timeline that `accept`s (after decryption), or the reason
    // the last encrypted candidate could not be decrypted.
    findEvent(roomId, sender, accept) {
        const room = this.client.getRoom(roomId);
        if (!room) return { failure: `this peer does not know ${roomId}` };
        let failure;
        for (const event of room.getLiveTimeline().getEvents()) {
            if (sender && event.getSender() !== sender) continue;
            if (event.isBeingDecrypted() || event.shouldAttemptDecryption()) continue;
            if (event.isDecryptionFailure()) {
                failure = `event ${event.getId()} from ${event.getSender()} (session ${event.getWireContent().session_id}) could not be decrypted: ${event.decryptionFailureReason} (${event.getContent().body})`;
                continue;
            }
            if (accept(event)) return { found: event };
        }
        if (!failure) {
            const seen = room
                .getLiveTimeline()
                .getEvents()
                .filter((e) => e.getType() === "m.room.message")
                .slice(-5)
                .map((e) => `${e.getSender()}: ${JSON.stringify(e.getContent().body)}`);
            failure = `last messages here: ${seen.join("; ") || "none"}`;
        }
        return { failure };
    }

    async waitRoom(roomId, timeoutMs = 30000) {
        // Commands that follow (sending, waiting) need the room as sync delivers it.
        await this.waitFor(`join of ${roomId}`, timeoutMs, () => {
            const room = this.client.getRoom(roomId);
            return { found: room && room.getMyMembership() === "join" ? room : null };
        });
    }

    async send(roomId, content) {
        this.requireLogin();
        const room = this.client.getRoom(roomId);
        if (!room || room.getMyMembership() !== "join") {
            throw new CommandError(`${roomId} is not a room this peer has joined (yet)`);
        }
        // With the default AllDevicesIsolationMode(false) the Rust crypto shares room keys with every
        // device of the room's members, verified or not (interop tests have no verification step).
        const reply = await this.client.sendMessage(roomId, content);
        return reply.event_id;
    }

    async download(mxc) {
        const m = /^mxc:\/\/([^/]+)\/(.+)$/.exec(mxc ?? "");
        if (!m) throw new CommandError(`not an mxc URI: ${mxc}`);
        return this.raw("GET", `/_matrix/client/v1/media/download/${m[1]}/${encodeURIComponent(m[2])}`);
    }

    // --- commands ------------------------------------------------------------------------------

    async cmd_register(a) {
        this.homeserver = a.homeserver.replace(/\/+$/, "");
        const reply = await fetch(this.homeserver + "/_matrix/client/v3/register", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ username: a.user, password: a.password, auth: { type: "m.login.dummy" }, inhibit_login: true }),
        });
        const body = await reply.json();
        if (!reply.ok) throw new CommandError(`register answered ${reply.status}: ${JSON.stringify(body)}`);
        return { user_id: body.user_id };
    }

    async cmd_login(a) {
        if (a.register) await this.cmd_register(a);
        this.password = a.password; // kept in memory for user-interactive auth (cross-signing upload)
        this.homeserver = a.homeserver.replace(/\/+$/, "");
        mkdirSync(this.storeDir, { recursive: true });
        const anonymous = sdk.createClient({ baseUrl: this.homeserver });
        const login = await anonymous.loginRequest({
            type: "m.login.password",
            identifier: { type: "m.id.user", user: a.user },
            password: a.password,
            device_id: a.device_id,
            initial_device_display_name: "js-sdk interop peer",
        });
        this.client = sdk.createClient({
            baseUrl: this.homeserver,
            userId: login.user_id,
            deviceId: login.device_id,
            accessToken: login.access_token,
            store: new sdk.MemoryStore(),
            cryptoCallbacks: {
                // Secret storage keys this peer created (create_backup), for storing secrets with them.
                getSecretStorageKey: async ({ keys }) => {
                    const id = Object.keys(keys).find((k) => this.secretStorageKeys.has(k));
                    return id ? [id, this.secretStorageKeys.get(id)] : null;
                },
                cacheSecretStorageKey: (keyId, _info, key) => this.secretStorageKeys.set(keyId, key),
            },
        });
        await this.client.initRustCrypto({ useIndexedDB: false });
        this.client.on("crypto.verificationRequestReceived", (request) => this.incomingRequests.push(request));
        const prepared = new Promise((resolve, reject) => {
            this.client.on(sdk.ClientEvent.Sync, (state, _prev, data) => {
                if (state === "PREPARED" || state === "SYNCING") resolve();
                if (state === "ERROR") console.error("sync error", data?.error);
            });
            setTimeout(() => reject(new CommandError("the first sync did not finish within 60 s")), 60000);
        });
        await this.client.startClient({ initialSyncLimit: 50 });
        await prepared;
        return { user_id: login.user_id, device_id: login.device_id };
    }

    async cmd_create_room(a) {
        this.requireLogin();
        const initial_state = [];
        if (a.encrypted ?? true) {
            initial_state.push({ type: "m.room.encryption", state_key: "", content: { algorithm: "m.megolm.v1.aes-sha2" } });
        }
        const { room_id } = await this.client.createRoom({ name: a.name, invite: a.invite ?? [], initial_state });
        await this.waitRoom(room_id);
        return { room_id };
    }

    async cmd_join(a) {
        this.requireLogin();
        const room = await this.client.joinRoom(a.room);
        await this.waitRoom(room.roomId);
        return { room_id: room.roomId };
    }

    async cmd_invite(a) {
        this.requireLogin();
        await this.client.invite(a.room, a.user);
        return {};
    }

    async cmd_leave(a) {
        this.requireLogin();
        await this.client.leave(a.room);
        return {};
    }

    async cmd_wait_membership(a) {
        this.requireLogin();
        const timeoutMs = a.timeout_ms ?? 30000;
        const current = () => this.client.getRoom(a.room)?.getMember(a.user)?.membership ?? null;
        await this.waitFor(`membership '${a.membership}' of ${a.user}`, timeoutMs, () => ({
            found: current() === a.membership,
            failure: `it is '${current()}'`,
        }));
        return { membership: current() };
    }

    async cmd_send_text(a) {
        return { event_id: await this.send(a.room, { msgtype: "m.text", body: a.body }) };
    }

    async cmd_wait_message(a) {
        this.requireLogin();
        const event = await this.waitFor("matching message", a.timeout_ms ?? 30000, () =>
            this.findEvent(a.room, a.sender, (e) => {
                if (e.getType() !== "m.room.message" || e.getContent().msgtype !== "m.text") return false;
                const body = e.getContent().body ?? "";
                if (a.body !== undefined && body !== a.body) return false;
                return a.contains === undefined || body.includes(a.contains);
            }),
        );
        return {
            event_id: event.getId(),
            sender: event.getSender(),
            body: event.getContent().body,
            encrypted: event.isEncrypted(),
            session_id: event.isEncrypted() ? event.getWireContent().session_id : null,
        };
    }

    async cmd_send_image(a) {
        this.requireLogin();
        const data = readFileSync(a.path);
        const name = basename(a.path);
        const mimetype = a.mimetype ?? "image/png";
        const encrypted = await this.client.getCrypto().isEncryptionEnabledInRoom(a.room);
        const content = { msgtype: "m.image", body: name, info: { mimetype, size: data.length } };
        let upload = data;
        if (encrypted) {
            // Spec "Sending encrypted attachments": AES-256-CTR, a random 64-bit IV prefix and a zero
            // 64-bit counter, a JWK key and the SHA-256 of the ciphertext.
            const key = randomBytes(32);
            const iv = Buffer.concat([randomBytes(8), Buffer.alloc(8)]);
            const cipher = createCipheriv("aes-256-ctr", key, iv);
            upload = Buffer.concat([cipher.update(data), cipher.final()]);
            content.file = {
                v: "v2",
                key: { kty: "oct", key_ops: ["encrypt", "decrypt"], alg: "A256CTR", k: b64url(key), ext: true },
                iv: b64(iv),
                hashes: { sha256: b64(createHash("sha256").update(upload).digest()) },
            };
        }
        const reply = await this.raw("POST", `/_matrix/media/v3/upload?filename=${encodeURIComponent(name)}`, {
            body: upload,
            contentType: encrypted ? "application/octet-stream" : mimetype,
        });
        if (encrypted) content.file.url = reply.content_uri;
        else content.url = reply.content_uri;
        const event_id = await this.send(a.room, content);
        return { event_id, sha256: createHash("sha256").update(data).digest("hex"), size: data.length };
    }

    async cmd_wait_image(a) {
        this.requireLogin();
        const event = await this.waitFor("image", a.timeout_ms ?? 30000, () =>
            this.findEvent(a.room, a.sender, (e) => {
                if (e.getType() !== "m.room.message" || e.getContent().msgtype !== "m.image") return false;
                return a.body === undefined || e.getContent().body === a.body;
            }),
        );
        const content = event.getContent();
        let data;
        if (content.file) {
            const file = content.file;
            const ciphertext = await this.download(file.url);
            const hash = createHash("sha256").update(ciphertext).digest();
            if (!hash.equals(unb64(file.hashes?.sha256 ?? ""))) {
                throw new CommandError(`the attachment of ${event.getId()} does not match its SHA-256 hash`);
            }
            if (file.key?.alg !== "A256CTR") throw new CommandError(`unsupported attachment key algorithm ${file.key?.alg}`);
            const decipher = createDecipheriv("aes-256-ctr", unb64(file.key.k), unb64(file.iv));
            data = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
        } else {
            data = await this.download(content.url);
        }
        return {
            event_id: event.getId(),
            sender: event.getSender(),
            body: content.body,
            encrypted: Boolean(content.file),
            sha256: createHash("sha256").update(data).digest("hex"),
            size: data.length,
        };
    }

    async cmd_room_key_info(a) {
        this.requireLogin();
        const path = `/_matrix/client/v3/rooms/${encodeURIComponent(a.room)}/event/${encodeURIComponent(a.event_id)}`;
        const event = await this.raw("GET", path);
        if (event.type !== "m.room.encrypted") throw new CommandError(`${a.event_id} is not encrypted (type ${event.type})`);
        return { session_id: event.content.session_id, sender_key: event.content.sender_key ?? null, algorithm: event.content.algorithm };
    }

    async cmd_has_room_key(a) {
        this.requireLogin();
        const keys = await this.client.getCrypto().exportRoomKeys();
        return { present: keys.some((k) => k.room_id === a.room && k.session_id === a.session_id) };
    }

    async cmd_devices(a) {
        this.requireLogin();
        const crypto = this.client.getCrypto();
        const map = await crypto.getUserDeviceInfo([a.user], a.refresh ?? true);
        const devices = [];
        for (const device of (map.get(a.user) ?? new Map()).values()) {
            const status = await crypto.getDeviceVerificationStatus(a.user, device.deviceId);
            devices.push({ device_id: device.deviceId, verified: Boolean(status?.isVerified()) });
        }
        return { devices };
    }

    async cmd_bootstrap_cross_signing() {
        this.requireLogin();
        // Creates and uploads this account's cross-signing keys and signs this device with them;
        // Synapse may ask for the password (user-interactive auth) to accept the keys.
        const crypto = this.client.getCrypto();
        await crypto.bootstrapCrossSigning({
            setupNewCrossSigning: true,
            authUploadDeviceSigningKeys: async (makeRequest) => {
                await makeRequest({
                    type: "m.login.password",
                    identifier: { type: "m.id.user", user: this.client.getUserId() },
                    password: this.password,
                });
            },
        });
        const master = await crypto.getCrossSigningKeyId();
        if (!master) throw new CommandError("no cross-signing master key after bootstrap");
        return { master_key: master };
    }

    async cmd_create_backup() {
        this.requireLogin();
        // A new secret storage key (the "recovery key" users write down) and a new server-side key
        // backup whose private key is stored in secret storage; the SDK then uploads room keys.
        const crypto = this.client.getCrypto();
        const generated = await crypto.createRecoveryKeyFromPassphrase();
        await crypto.bootstrapSecretStorage({
            createSecretStorageKey: async () => generated,
            setupNewSecretStorage: true,
            setupNewKeyBackup: true,
        });
        const version = await crypto.getActiveSessionBackupVersion();
        if (!version) throw new CommandError("no active key backup after bootstrapSecretStorage");
        return { recovery_key: generated.encodedPrivateKey, backup_version: version };
    }

    async cmd_wait_backed_up(a) {
        this.requireLogin();
        // Waits until the server's key backup holds this megolm session.
        const version = await this.client.getCrypto().getActiveSessionBackupVersion();
        if (!version) throw new CommandError("this peer has no active key backup (create_backup)");
        const path = `/_matrix/client/v3/room_keys/keys/${encodeURIComponent(a.room)}/${encodeURIComponent(a.session_id)}?version=${encodeURIComponent(version)}`;
        const deadline = Date.now() + (a.timeout_ms ?? 30000);
        for (;;) {
            try {
                await this.raw("GET", path);
                return { backup_version: version };
            } catch (e) {
                if (Date.now() >= deadline) throw new CommandError(`session ${a.session_id} not in backup ${version}: ${e.message}`);
            }
            await sleep(250);
        }
    }

    // --- SAS verification (m.key.verification.request, then m.sas.v1) ----------------------------

    async cmd_verify_request(a) {
        this.requireLogin();
        this.request = await this.client.getCrypto().requestDeviceVerification(a.user, a.device_id);
        this.verifier = this.sas = this.verifyDone = null;
        return { transaction_id: this.request.transactionId ?? null };
    }

    async cmd_verify_accept(a) {
        this.requireLogin();
        const request = await this.waitFor("verification request", a.timeout_ms ?? 30000, () => ({
            found: this.incomingRequests.shift(),
        }));
        await request.accept();
        this.request = request;
        this.verifier = this.sas = this.verifyDone = null;
        return { user: request.otherUserId, device_id: request.otherDeviceId ?? null, transaction_id: request.transactionId ?? null };
    }

    runVerifier(verifier) {
        this.verifier = verifier;
        verifier.on("show_sas", (sas) => (this.sas = sas));
        this.verifyDone = verifier.verify().then(
            () => ({ ok: true }),
            (e) => ({ ok: false, error: String(e?.message ?? e) }),
        );
    }

    // The initiator starts SAS once the other side is ready.
    async cmd_verify_start(a) {
        this.requireLogin();
        if (!this.request) throw new CommandError("no verification request (verify_request or verify_accept first)");
        await this.waitFor("ready verification request", a.timeout_ms ?? 30000, () => ({
            found: this.request.phase >= 3 /* Ready */,
            failure: `phase ${this.request.phase}`,
        }));
        this.runVerifier(await this.request.startVerification("m.sas.v1"));
        return {};
    }

    // Waits for the short authentication string (either side) and returns it.
    async cmd_verify_sas(a) {
        this.requireLogin();
        if (!this.request) throw new CommandError("no verification request (verify_request or verify_accept first)");
        const timeoutMs = a.timeout_ms ?? 30000;
        if (!this.verifier) {
            const verifier = await this.waitFor("SAS start from the other device", timeoutMs, () => ({
                found: this.request.verifier,
                failure: `phase ${this.request.phase}`,
            }));
            this.runVerifier(verifier);
        }
        const sas = await this.waitFor("short authentication string", timeoutMs, () => ({
            found: this.sas,
            failure: `phase ${this.request.phase}${this.request.cancellationCode ? ", cancelled: " + this.request.cancellationCode : ""}`,
        }));
        return { emoji: (sas.sas.emoji ?? []).map(([symbol, name]) => [symbol, name]), decimal: sas.sas.decimal ?? [] };
    }

    async cmd_verify_confirm(a) {
        this.requireLogin();
        if (!this.sas) throw new CommandError("no short authentication string yet (verify_sas first)");
        await this.sas.confirm(); // sends our MAC; the other side confirms on its own
        return {};
    }

    // Waits until both sides confirmed and the verification completed.
    async cmd_verify_done(a) {
        this.requireLogin();
        if (!this.verifyDone) throw new CommandError("no verification running");
        const timeout = sleep(a.timeout_ms ?? 30000).then(() => ({ ok: false, error: "timed out" }));
        const result = await Promise.race([this.verifyDone, timeout]);
        if (!result.ok) throw new CommandError(`verification did not complete: ${result.error}`);
        return { verified: true };
    }

    async cmd_verify_mismatch() {
        this.requireLogin();
        if (!this.sas) throw new CommandError("no short authentication string yet (verify_sas first)");
        this.sas.mismatch();
        return {};
    }

    // --- Secrets from our other device (m.secret.request / m.secret.send after verification) ------

    async secretsHeld() {
        const crypto = this.client.getCrypto();
        const cached = (await crypto.getCrossSigningStatus()).privateKeysCachedLocally;
        return {
            master: cached.masterKey,
            self_signing: cached.selfSigningKey,
            user_signing: cached.userSigningKey,
            backup_key: Boolean(await crypto.getSessionBackupPrivateKey()),
            backup_version: (await crypto.getActiveSessionBackupVersion()) ?? null,
        };
    }

    // Which secrets this device holds: the three cross-signing private keys and the backup key.
    async cmd_secrets_status() {
        this.requireLogin();
        return this.secretsHeld();
    }

    // Waits until this device holds the cross-signing private keys (and the backup key with backup: true),
    // as the Rust crypto requests them from our other device after verifying it.
    async cmd_wait_secrets(a) {
        this.requireLogin();
        const timeoutMs = a.timeout_ms ?? 30000;
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const held = await this.secretsHeld();
            if (held.master && held.self_signing && held.user_signing && (!a.backup || held.backup_key)) return held;
            if (Date.now() >= deadline) throw new CommandError(`no secrets within ${timeoutMs} ms (${JSON.stringify(held)})`);
            await sleep(200);
        }
    }

    // Every key of the server's backup, with the backup key this device holds.
    async cmd_restore_backup() {
        this.requireLogin();
        const result = await this.client.getCrypto().restoreKeyBackup();
        return { total: result.total, imported: result.imported };
    }

    // --- QR code verification (m.qr_code.show.v1 / m.qr_code.scan.v1 / m.reciprocate.v1) ------------

    // The bytes of this side's QR code (base64), once the request is ready and the keys are known.
    async cmd_verify_qr_show(a) {
        this.requireLogin();
        if (!this.request) throw new CommandError("no verification request (verify_request or verify_accept first)");
        const deadline = Date.now() + (a.timeout_ms ?? 30000);
        for (;;) {
            if (this.request.phase >= 3 /* Ready */) {
                const code = await this.request.generateQRCode();
                if (code) return { qr: b64(code), phase: this.request.phase };
            }
            if (this.request.phase === 6 /* Cancelled */) throw new CommandError(`request cancelled: ${this.request.cancellationCode}`);
            if (Date.now() >= deadline) throw new CommandError(`no QR code within ${a.timeout_ms ?? 30000} ms (phase ${this.request.phase})`);
            await sleep(100);
        }
    }

    // Scans the other side's code (its raw bytes, base64): sends the m.reciprocate.v1 start.
    async cmd_verify_qr_scan(a) {
        this.requireLogin();
        if (!this.request) throw new CommandError("no verification request (verify_request or verify_accept first)");
        await this.waitFor("ready verification request", a.timeout_ms ?? 30000, () => ({
            found: this.request.phase >= 3,
            failure: `phase ${this.request.phase}`,
        }));
        const verifier = await this.request.scanQRCode(new Uint8ClampedArray(unb64(a.qr)));
        this.runVerifier(verifier);
        return {};
    }

    // The other side scanned our code: say yes (or no, with deny) to "did they see it succeed?".
    async cmd_verify_qr_confirm(a) {
        this.requireLogin();
        if (!this.request) throw new CommandError("no verification request (verify_request or verify_accept first)");
        const failure = () => `phase ${this.request.phase}${this.request.cancellationCode ? ", cancelled: " + this.request.cancellationCode : ""}`;
        const verifier = await this.waitFor("m.reciprocate.v1 start from the other device", a.timeout_ms ?? 30000, () => ({
            found: this.request.verifier,
            failure: failure(),
        }));
        if (this.verifier !== verifier) this.runVerifier(verifier);
        const callbacks = await this.waitFor("scan to confirm", a.timeout_ms ?? 30000, () => ({
            found: verifier.getReciprocateQrCodeCallbacks(),
            failure: failure(),
        }));
        if (a.deny) callbacks.cancel();
        else callbacks.confirm();
        return {};
    }

    // Whether this peer trusts the user's cross-signing identity (after a QR or SAS verification of them).
    async cmd_user_verified(a) {
        this.requireLogin();
        const status = await this.client.getCrypto().getUserVerificationStatus(a.user);
        return { cross_signing_verified: status.isCrossSigningVerified(), verified: status.isVerified() };
    }

    async cmd_set_only_verified(a) {
        this.requireLogin();
        // OnlySignedDevicesIsolationMode: room keys go only to devices their owner cross-signed. The
        // Rust crypto refuses to encrypt in this mode until this account has cross-signing keys
        // (bootstrap_cross_signing).
        this.client.getCrypto().setDeviceIsolationMode(
            (a.on ?? true) ? new cryptoApi.OnlySignedDevicesIsolationMode() : new cryptoApi.AllDevicesIsolationMode(false),
        );
        return {};
    }

    async cmd_stop() {
        this.client?.stopClient();
        return {};
    }

    async cmd_close() {
        this.client?.stopClient();
        return {};
    }
}

function parseArgs(argv) {
    const i = argv.indexOf("--store");
    if (i < 0 || !argv[i + 1]) {
        console.error("usage: node peer.mjs --store DIR");
        process.exit(2);
    }
    return { store: argv[i + 1] };
}

const peer = new Peer(parseArgs(process.argv.slice(2)).store);
const reply = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");

// One command at a time, in order: a command may rely on what the previous one did.
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
    if (!line.trim()) continue;
    let command;
    try {
        command = JSON.parse(line);
    } catch (e) {
        reply({ id: null, ok: false, error: `not JSON: ${e.message}` });
        continue;
    }
    const name = command.cmd ?? "";
    const handler = peer[`cmd_${name}`];
    try {
        if (typeof handler !== "function") throw new CommandError(`unknown command '${name}'`);
        reply({ id: command.id, ok: true, ...(await handler.call(peer, command.args ?? {})) });
    } catch (e) {
        console.error(`${name} failed:`, e);
        reply({ id: command.id, ok: false, error: `${name}: ${e.message ?? e}` });
    }
    if (name === "close") break;
}
peer.client?.stopClient();
process.exit(0);
