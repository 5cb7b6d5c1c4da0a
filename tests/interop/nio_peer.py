#!/usr/bin/python3
"""matrix-nio (libolm) peer for Lattice's end-to-end encryption interop tests.

Reads one JSON command per line on stdin and answers one JSON line on stdout:
{"id": N, "ok": true, ...} or {"id": N, "ok": false, "error": "..."}. Logs go to stderr.
The protocol is described in README.md next to this file. Run it with Debian's /usr/bin/python3,
which has python3-matrix-nio and python3-olm; the python3 on PATH may be another interpreter.

usage: nio_peer.py --store DIR
"""

import argparse
import asyncio
import base64
import hashlib
import json
import logging
import os
import sys
import time
import urllib.parse

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    ErrorResponse,
    MegolmEvent,
    RoomMessageImage,
    RoomMessageText,
    RoomEncryptedImage,
    SyncResponse,
)
from nio.crypto.attachments import decrypt_attachment, encrypt_attachment

log = logging.getLogger("nio_peer")


class CommandError(Exception):
    """A command failed; the message goes back to the caller as `error`."""


def check(response, what):
    if isinstance(response, ErrorResponse):
        raise CommandError(f"{what} failed: {response.status_code} {response.message}")
    return response


class Peer:
    def __init__(self, store_dir):
        self.store_dir = store_dir
        self.client = None
        self.homeserver = None
        self.sync_task = None
        self.only_verified = False
        self.stopping = False
        self.transaction = None  # the SAS verification in progress
        self.accepted = set()
        self.blacklisted = []  # devices set_only_verified blacklisted, to undo when it is turned off
        # room_id -> list of timeline events in arrival order (decrypted, or MegolmEvent when not).
        self.timeline = {}
        self.http = None

    # --- plumbing ------------------------------------------------------------------------------

    async def raw(self, method, path, body=None, data=None, content_type=None, auth=True):
        """A plain client-server request (for what nio lacks or does through deprecated paths)."""
        if self.http is None:
            self.http = aiohttp.ClientSession()
        headers = {}
        if auth:
            headers["Authorization"] = f"Bearer {self.client.access_token}"
        if content_type:
            headers["Content-Type"] = content_type
        url = self.homeserver + path
        async with self.http.request(
            method, url, json=body, data=data, headers=headers
        ) as reply:
            payload = await reply.read()
            if reply.status >= 400:
                raise CommandError(
                    f"{method} {path} answered {reply.status}: {payload[:300].decode(errors='replace')}"
                )
            if reply.content_type == "application/json":
                return json.loads(payload)
            return payload

    def require_login(self):
        if self.client is None or not self.client.access_token:
            raise CommandError("not logged in: send login first")

    def on_sync(self, response: SyncResponse):
        for room_id, info in response.rooms.join.items():
            events = self.timeline.setdefault(room_id, [])
            for event in info.timeline.events:
                if isinstance(event, MegolmEvent):
                    log.info("undecryptable event %s in %s: %s", event.event_id, room_id,
                             event.decryption_error if hasattr(event, "decryption_error") else "")
                events.append(event)

    async def sync_loop(self):
        # sync_forever returns quietly when cancelled, so `stopping` tells a stop from a failure.
        while not self.stopping:
            try:
                await self.client.sync_forever(timeout=5000, full_state=True)
            except asyncio.CancelledError:
                raise
            except Exception:  # keep syncing; a test waiting on us reports the timeout
                log.exception("sync failed; retrying")
                await asyncio.sleep(1)

    async def settle_keys(self, room_id):
        """Makes nio's view of the room's members and their devices current before sharing keys."""
        client = self.client
        check(await client.joined_members(room_id), "joined_members")
        if client.should_query_keys:
            check(await client.keys_query(), "keys_query")
        if self.only_verified:
            # nio has no "share only with verified devices" switch: blacklisting every unverified
            # device of the room has the same effect (blacklisted devices get no room key).
            for user_id in client.rooms[room_id].users:
                for device in client.device_store.active_user_devices(user_id):
                    if not (client.olm.is_device_verified(device) or client.olm.is_device_blacklisted(device)):
                        client.blacklist_device(device)
                        self.blacklisted.append(device)

    async def room_send(self, room_id, msgtype, content):
        self.require_login()
        if room_id not in self.client.rooms:
            raise CommandError(f"{room_id} is not a room this peer has joined (yet)")
        if self.client.rooms[room_id].encrypted:
            await self.settle_keys(room_id)
        # nio refuses to encrypt for devices nobody verified unless told to: with
        # ignore_unverified_devices=True every device of the other members still gets the room
        # key (it is marked "ignored", not verified). Interop tests have no verification step.
        response = await self.client.room_send(
            room_id, msgtype, content, ignore_unverified_devices=True
        )
        return check(response, "room_send").event_id

    def find(self, room_id, accept, sender):
        """The first event in the room that `accept`s; retries decryption of undecrypted ones.
        Returns (event, last decryption error of a candidate that stayed encrypted)."""
        failure = None
        events = self.timeline.get(room_id, [])
        for i, event in enumerate(events):
            if sender and event.sender != sender:
                continue
            if isinstance(event, MegolmEvent):
                try:
                    events[i] = event = self.client.decrypt_event(event)
                except Exception as e:  # the room key may simply not have arrived yet
                    failure = f"event {event.event_id} from {event.sender} (session {event.session_id}) could not be decrypted: {e}"
                    continue
            if accept(event):
                return event, None
        return None, failure

    async def wait_for(self, room_id, accept, sender, timeout_ms, what):
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            event, failure = self.find(room_id, accept, sender)
            if event is not None:
                return event
            if time.monotonic() >= deadline:
                if failure:
                    raise CommandError(f"no {what} within {timeout_ms} ms ({failure})")
                seen = [f"{e.sender}: {getattr(e, 'body', type(e).__name__)!r}"
                         for e in self.timeline.get(room_id, [])
                         if isinstance(e, (RoomMessageText, RoomMessageImage, RoomEncryptedImage))][-5:]
                raise CommandError(f"no {what} arrived within {timeout_ms} ms"
                                   f" (last messages here: {'; '.join(seen) or 'none'})")
            await asyncio.sleep(0.1)

    # --- commands ------------------------------------------------------------------------------

    async def cmd_register(self, a):
        self.homeserver = a["homeserver"].rstrip("/")
        self.http = self.http or aiohttp.ClientSession()
        body = {"username": a["user"], "password": a["password"], "auth": {"type": "m.login.dummy"},
                "inhibit_login": True}
        async with self.http.post(self.homeserver + "/_matrix/client/v3/register", json=body) as r:
            reply = await r.json()
            if r.status != 200:
                raise CommandError(f"register answered {r.status}: {reply}")
        return {"user_id": reply["user_id"]}

    async def cmd_login(self, a):
        if a.get("register"):
            await self.cmd_register(a)
        self.homeserver = a["homeserver"].rstrip("/")
        user = a["user"]
        os.makedirs(self.store_dir, exist_ok=True)
        config = AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True)
        self.client = AsyncClient(self.homeserver, user, device_id=a.get("device_id"),
                                  store_path=self.store_dir, config=config)
        response = check(await self.client.login(a["password"], device_name="nio interop peer"),
                         "login")
        self.client.add_response_callback(self.on_sync, SyncResponse)
        if self.client.should_upload_keys:
            check(await self.client.keys_upload(), "keys_upload")
        self.sync_task = asyncio.create_task(self.sync_loop())
        return {"user_id": response.user_id, "device_id": response.device_id}

    async def cmd_create_room(self, a):
        self.require_login()
        initial_state = []
        if a.get("encrypted", True):
            initial_state.append({"type": "m.room.encryption", "state_key": "",
                                  "content": {"algorithm": "m.megolm.v1.aes-sha2"}})
        response = check(await self.client.room_create(
            name=a.get("name"), invite=a.get("invite", []), initial_state=initial_state),
            "room_create")
        await self.wait_joined(response.room_id)
        return {"room_id": response.room_id}

    async def wait_joined(self, room_id, timeout=30):
        # Commands that follow need nio's room object, which only sync creates.
        deadline = time.monotonic() + timeout
        while room_id not in self.client.rooms:
            if time.monotonic() > deadline:
                raise CommandError(f"{room_id} did not appear in sync within {timeout} s")
            await asyncio.sleep(0.1)

    async def cmd_join(self, a):
        self.require_login()
        response = check(await self.client.join(a["room"]), "join")
        await self.wait_joined(response.room_id)
        return {"room_id": response.room_id}

    async def cmd_invite(self, a):
        self.require_login()
        check(await self.client.room_invite(a["room"], a["user"]), "invite")
        return {}

    async def cmd_leave(self, a):
        self.require_login()
        check(await self.client.room_leave(a["room"]), "leave")
        return {}

    def membership(self, room_id, user_id):
        room = self.client.rooms.get(room_id)
        if room is None:
            return None
        if user_id in room.invited_users:
            return "invite"
        return "join" if user_id in room.users else "leave"

    async def cmd_wait_membership(self, a):
        # nio forgets members who left, so "leave" here also covers users it never saw.
        self.require_login()
        wanted, timeout_ms = a["membership"], a.get("timeout_ms", 30000)
        deadline = time.monotonic() + timeout_ms / 1000
        while (current := self.membership(a["room"], a["user"])) != wanted:
            if time.monotonic() >= deadline:
                raise CommandError(f"{a['user']} is '{current}', not '{wanted}', after {timeout_ms} ms")
            await asyncio.sleep(0.1)
        return {"membership": current}

    async def cmd_send_text(self, a):
        event_id = await self.room_send(a["room"], "m.room.message",
                                        {"msgtype": "m.text", "body": a["body"]})
        return {"event_id": event_id}

    async def cmd_wait_message(self, a):
        self.require_login()
        body, contains = a.get("body"), a.get("contains")

        def accept(event):
            if not isinstance(event, RoomMessageText):
                return False
            if body is not None and event.body != body:
                return False
            return contains is None or contains in event.body

        event = await self.wait_for(a["room"], accept, a.get("sender"),
                                    a.get("timeout_ms", 30000), "matching message")
        return {"event_id": event.event_id, "sender": event.sender, "body": event.body,
                "encrypted": bool(getattr(event, "decrypted", False)),
                "session_id": getattr(event, "session_id", None)}

    async def cmd_send_image(self, a):
        self.require_login()
        room_id, path = a["room"], a["path"]
        with open(path, "rb") as f:
            data = f.read()
        name = os.path.basename(path)
        mimetype = a.get("mimetype", "image/png")
        encrypted = room_id in self.client.rooms and self.client.rooms[room_id].encrypted
        upload_bytes, file_info = (encrypt_attachment(data) if encrypted else (data, None))
        query = urllib.parse.urlencode({"filename": name})
        reply = await self.raw("POST", f"/_matrix/media/v3/upload?{query}", data=upload_bytes,
                               content_type="application/octet-stream" if encrypted else mimetype)
        content = {"msgtype": "m.image", "body": name, "info": {"mimetype": mimetype, "size": len(data)}}
        if encrypted:
            file_info["url"] = reply["content_uri"]
            content["file"] = file_info
        else:
            content["url"] = reply["content_uri"]
        event_id = await self.room_send(room_id, "m.room.message", content)
        return {"event_id": event_id, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    async def download(self, mxc):
        if not mxc.startswith("mxc://"):
            raise CommandError(f"not an mxc URI: {mxc}")
        server, media_id = mxc[len("mxc://"):].split("/", 1)
        return await self.raw("GET", f"/_matrix/client/v1/media/download/{server}/{media_id}")

    async def cmd_wait_image(self, a):
        self.require_login()
        body = a.get("body")

        def accept(event):
            if not isinstance(event, (RoomMessageImage, RoomEncryptedImage)):
                return False
            return body is None or event.body == body

        event = await self.wait_for(a["room"], accept, a.get("sender"),
                                    a.get("timeout_ms", 30000), "image")
        if isinstance(event, RoomEncryptedImage):
            ciphertext = await self.download(event.url)
            data = decrypt_attachment(ciphertext, event.key["k"], event.hashes["sha256"], event.iv)
        else:
            data = await self.download(event.url)
        return {"event_id": event.event_id, "sender": event.sender, "body": event.body,
                "encrypted": isinstance(event, RoomEncryptedImage),
                "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    async def decrypt_file(self, file):
        """Downloads an EncryptedFile's ciphertext and decrypts it (nio checks the SHA-256 first)."""
        ciphertext = await self.download(file["url"])
        return decrypt_attachment(ciphertext, file["key"]["k"], file["hashes"]["sha256"], file["iv"])

    async def cmd_wait_media(self, a):
        # Any m.room.message by event ID, as this peer decrypted it, with its files decrypted: for
        # checking what a sender put in m.video / m.audio / m.file beyond what nio's classes parse.
        self.require_login()
        room, event_id = a["room"], a["event_id"]

        def accept(event):
            return event.event_id == event_id and not isinstance(event, MegolmEvent)

        event = await self.wait_for(room, accept, a.get("sender"), a.get("timeout_ms", 30000), "media event")
        path = f"/_matrix/client/v3/rooms/{urllib.parse.quote(room, safe='')}/event/{urllib.parse.quote(event_id, safe='')}"
        reply = {"server_event": await self.raw("GET", path), "decrypted": bool(getattr(event, "decrypted", False)),
                 "type": event.source.get("type"), "content": event.source.get("content", {})}
        content = reply["content"]
        if "file" in content:
            data = await self.decrypt_file(content["file"])
            reply["file"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        thumbnail = content.get("info", {}).get("thumbnail_file")
        if thumbnail:
            data = await self.decrypt_file(thumbnail)
            reply["thumbnail"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                                  "base64": base64.b64encode(data).decode()}
        return reply

    async def cmd_room_key_info(self, a):
        self.require_login()
        room = urllib.parse.quote(a["room"], safe="")
        event = urllib.parse.quote(a["event_id"], safe="")
        reply = await self.raw("GET", f"/_matrix/client/v3/rooms/{room}/event/{event}")
        content = reply.get("content", {})
        if reply.get("type") != "m.room.encrypted":
            raise CommandError(f"{a['event_id']} is not encrypted (type {reply.get('type')})")
        return {"session_id": content.get("session_id"), "sender_key": content.get("sender_key"),
                "algorithm": content.get("algorithm")}

    async def cmd_has_room_key(self, a):
        self.require_login()
        present = any(s.room_id == a["room"] and s.id == a["session_id"]
                      for s in self.client.olm.inbound_group_store)
        return {"present": present}

    async def cmd_devices(self, a):
        self.require_login()
        user = a["user"]
        if a.get("refresh", True):
            self.client.olm.users_for_key_query.add(user)
            try:
                check(await self.client.keys_query(), "keys_query")
            except Exception as e:  # a query already in flight answers the same question
                log.info("keys_query: %s", e)
        devices = [{"device_id": d.id, "verified": self.client.olm.is_device_verified(d)}
                   for d in self.client.device_store.active_user_devices(user)]
        return {"devices": devices}

    # --- SAS verification: nio 0.20 only knows the legacy flow that begins with
    # m.key.verification.start (no request/ready step). -------------------------------------------

    async def cmd_verify_start(self, a):
        self.require_login()
        device = self.client.device_store[a["user"]].get(a["device_id"])
        if device is None:
            raise CommandError(f"unknown device {a['device_id']} of {a['user']} (devices first)")
        check(await self.client.start_key_verification(device), "start_key_verification")
        self.transaction = next(tx for tx, sas in self.client.key_verifications.items()
                                if sas.other_olm_device.id == device.id and not sas.canceled)
        return {"transaction_id": self.transaction}

    async def cmd_verify_accept(self, a):
        self.require_login()
        deadline = time.monotonic() + a.get("timeout_ms", 30000) / 1000
        while True:
            waiting = [tx for tx, sas in self.client.key_verifications.items()
                       if not sas.we_started_it and tx not in self.accepted]
            if waiting:
                break
            if time.monotonic() >= deadline:
                raise CommandError("no m.key.verification.start arrived")
            await asyncio.sleep(0.1)
        self.transaction = waiting[0]
        self.accepted.add(self.transaction)
        check(await self.client.accept_key_verification(self.transaction), "accept_key_verification")
        sas = self.client.key_verifications[self.transaction]
        return {"transaction_id": self.transaction, "user": sas.other_olm_device.user_id,
                "device_id": sas.other_olm_device.id}

    def current_sas(self):
        sas = self.client.key_verifications.get(self.transaction) if self.transaction else None
        if sas is None:
            raise CommandError("no verification running (verify_start or verify_accept first)")
        return sas

    async def wait_sas(self, what, timeout_ms, ready):
        deadline = time.monotonic() + timeout_ms / 1000
        while not ready(self.current_sas()):
            sas = self.current_sas()
            if sas.canceled:
                raise CommandError(f"verification cancelled: {sas.cancel_reason}")
            if time.monotonic() >= deadline:
                raise CommandError(f"no {what} within {timeout_ms} ms")
            await asyncio.sleep(0.1)
        return self.current_sas()

    async def cmd_verify_sas(self, a):
        self.require_login()
        sas = await self.wait_sas("short authentication string", a.get("timeout_ms", 30000),
                                  lambda s: s.other_key_set)
        return {"emoji": [list(e) for e in sas.get_emoji()], "decimal": list(sas.get_decimals())}

    async def cmd_verify_confirm(self, a):
        self.require_login()
        check(await self.client.confirm_short_auth_string(self.transaction), "confirm_short_auth_string")
        return {}

    async def cmd_verify_mismatch(self, a):
        self.require_login()
        check(await self.client.cancel_key_verification(self.transaction, reject=True), "cancel")
        return {}

    async def cmd_verify_done(self, a):
        self.require_login()
        await self.wait_sas("completed verification", a.get("timeout_ms", 30000), lambda s: s.verified)
        return {"verified": True}

    async def cmd_bootstrap_cross_signing(self, a):
        raise CommandError("matrix-nio 0.20 does not implement cross-signing")

    async def cmd_set_only_verified(self, a):
        self.only_verified = bool(a.get("on", True))
        if not self.only_verified:
            # Unblacklisting also discards the outbound session, so the next message reaches them.
            for device in self.blacklisted:
                self.client.unblacklist_device(device)
            self.blacklisted = []
        return {}

    async def cmd_stop(self, a):
        self.stopping = True
        if self.sync_task:
            self.sync_task.cancel()
            self.sync_task = None
        return {}

    async def cmd_close(self, a):
        await self.cmd_stop(a)
        if self.client:
            await self.client.close()
        if self.http:
            await self.http.close()
        return {}


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", required=True, help="directory for nio's stores")
    args = parser.parse_args()
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format="nio_peer %(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("nio").setLevel(logging.WARNING)
    peer = Peer(args.store)

    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    def reply(obj):
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()

    async def run(command):
        cid = command.get("id")
        name = command.get("cmd", "")
        handler = getattr(peer, "cmd_" + name, None)
        try:
            if handler is None:
                raise CommandError(f"unknown command '{name}'")
            result = await handler(command.get("args", {}))
            reply({"id": cid, "ok": True, **result})
        except KeyError as e:
            reply({"id": cid, "ok": False, "error": f"{name}: missing argument {e}"})
        except Exception as e:
            log.exception("%s failed", name)
            reply({"id": cid, "ok": False, "error": f"{name}: {e}"})
        return name

    # One command at a time, in order: a command may rely on what the previous one did.
    while True:
        line = await reader.readline()
        if not line:
            break
        line = line.strip()
        if not line:
            continue
        try:
            command = json.loads(line)
        except json.JSONDecodeError as e:
            reply({"id": None, "ok": False, "error": f"not JSON: {e}"})
            continue
        if await run(command) == "close":
            return
    await peer.cmd_close({})


if __name__ == "__main__":
    asyncio.run(main())
