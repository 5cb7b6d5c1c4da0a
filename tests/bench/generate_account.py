#!/usr/bin/python3
"""Fill a test Synapse with the benchmark's reference account.

The main user "bench" (password "bench-password") ends up in --rooms rooms: group rooms of
--min-members..--max-members members (drawn from a pool of other users) and, for
--dm-fraction of the rooms, two-person DMs marked with is_direct and listed in bench's m.direct
account data. Every room gets --messages text messages from its members.

The content (who is where, who says what) depends only on --seed; room and event IDs are the
server's. Standard library only, so it runs with the system python3 and nothing installed.
A SQLite Synapse answers roughly 20 requests/s per connection; rooms are filled in parallel
threads to overlap request latency with the server's work.
"""
import argparse
import concurrent.futures
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

MAIN_USER, MAIN_PASSWORD = "bench", "bench-password"

WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
         "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee "
         "zulu lunch meeting release build deploy review coffee weekend ticket").split()


class Client:
    """Tiny Matrix client API caller; counts requests for the throughput figure."""

    def __init__(self, base):
        self.base = base.rstrip("/") + "/_matrix/client/v3"
        self.lock = threading.Lock()
        self.requests = 0

    def call(self, method, path, token=None, body=None, ok_errors=()):
        data = None if method == "GET" else json.dumps(body if body is not None else {}).encode()
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        for attempt in range(8):
            with self.lock:
                self.requests += 1
            req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
            try:
                with urllib.request.urlopen(req, timeout=120) as resp:
                    return json.load(resp)
            except urllib.error.HTTPError as e:
                payload = e.read()
                try:
                    err = json.loads(payload)
                except ValueError:
                    err = {"errcode": "?", "error": payload[:200].decode(errors="replace")}
                if err.get("errcode") in ok_errors:
                    return err
                # 429 should not happen (rate limits are off) but costs nothing to honour;
                # 5xx under load (sqlite "database is locked") is worth a retry too.
                if e.code == 429 or e.code >= 500:
                    time.sleep(err.get("retry_after_ms", 500 * (attempt + 1)) / 1000)
                    continue
                raise RuntimeError(f"{method} {path}: HTTP {e.code} {err}") from None
            except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
                time.sleep(0.5 * (attempt + 1))
                last = e
                continue
        raise RuntimeError(f"{method} {path}: gave up after retries ({locals().get('last')})")


def register(cl, username, password):
    """Register, or log in when the user already exists (re-running on the same server)."""
    r = cl.call("POST", "/register", body={"username": username, "password": password,
                                             "auth": {"type": "m.login.dummy"}},
                ok_errors=("M_USER_IN_USE",))
    if r.get("errcode") == "M_USER_IN_USE":
        r = cl.call("POST", "/login", body={"type": "m.login.password", "password": password,
                                              "identifier": {"type": "m.id.user", "user": username}})
    return r["user_id"], r["access_token"]


def plan(args):
    """The whole account as data, decided up front from the seed so threads cannot change it."""
    rng = random.Random(args.seed)
    pool = [f"member{i:04d}" for i in range(args.pool)]
    rooms = []
    for i in range(args.rooms):
        if rng.random() < args.dm_fraction:
            others = [rng.choice(pool)]
            kind, name = "dm", None
        else:
            count = rng.randint(args.min_members, args.max_members) - 1  # minus bench
            others = rng.sample(pool, min(count, len(pool)))
            kind = "group"
            # Some rooms stay unnamed so clients must compute names from heroes.
            name = f"Room {i} {rng.choice(WORDS)}" if rng.random() < 0.8 else None
        members = [MAIN_USER] + others
        msgs = [(rng.choice(members), " ".join(rng.choices(WORDS, k=rng.randint(3, 25))))
                for _ in range(args.messages)]
        rooms.append({"index": i, "kind": kind, "name": name, "others": others, "messages": msgs})
    return pool, rooms


def fill_room(cl, tokens, uid, room):
    if room["kind"] == "dm":
        # The other side opens the DM, as when someone messages you first.
        creator = room["others"][0]
        body = {"preset": "trusted_private_chat", "is_direct": True, "invite": [uid[MAIN_USER]]}
        joiners = [MAIN_USER]
    else:
        creator = MAIN_USER
        body = {"preset": "private_chat", "invite": [uid[u] for u in room["others"]]}
        if room["name"]:
            body["name"] = room["name"]
        joiners = room["others"]
    room_id = cl.call("POST", "/createRoom", tokens[creator], body)["room_id"]
    quoted = urllib.parse.quote(room_id)
    for user in joiners:
        cl.call("POST", f"/rooms/{quoted}/join", tokens[user])
    for n, (sender, text) in enumerate(room["messages"]):
        cl.call("PUT", f"/rooms/{quoted}/send/m.room.message/bench-{room['index']}-{n}",
                tokens[sender], {"msgtype": "m.text", "body": text})
    return room_id


def fill_big_room(cl, tokens, uid, ex, count):
    """One more group room, "Big room", with `count` messages from bench and two members: the
    app's figure for opening and scrolling a long timeline. Sent from several threads to overlap
    request latency, so neighbouring messages may swap places; each body carries its number."""
    others = ["member0000", "member0001"]
    body = {"preset": "private_chat", "name": "Big room", "invite": [uid[u] for u in others]}
    room_id = cl.call("POST", "/createRoom", tokens[MAIN_USER], body)["room_id"]
    quoted = urllib.parse.quote(room_id)
    for user in others:
        cl.call("POST", f"/rooms/{quoted}/join", tokens[user])
    senders = [MAIN_USER] + others

    def send(n):
        sender = senders[n % 3]
        text = f"{n}: " + " ".join(random.Random(n).choices(WORDS, k=3 + n % 23))
        cl.call("PUT", f"/rooms/{quoted}/send/m.room.message/big-{n}", tokens[sender],
                {"msgtype": "m.text", "body": text})
    for done, _ in enumerate(ex.map(send, range(count)), 1):
        if done % 1000 == 0:
            print(f"big room: {done}/{count} messages, {cl.requests} requests", flush=True)
    return room_id


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--homeserver", required=True)
    p.add_argument("--rooms", type=int, default=500)
    p.add_argument("--min-members", type=int, default=3)
    p.add_argument("--max-members", type=int, default=20)
    p.add_argument("--messages", type=int, default=30)
    p.add_argument("--dm-fraction", type=float, default=0.1)
    p.add_argument("--pool", type=int, default=60, help="other users to draw members from")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--first-room", type=int, default=0,
                   help="skip rooms before this index: an earlier run with the same seed made them "
                        "(room i's content does not depend on --rooms), so a bigger account can "
                        "grow from a smaller one's snapshot")
    p.add_argument("--big-room", type=int, default=0, metavar="MESSAGES",
                   help="also make one room, \"Big room\", with this many messages")
    args = p.parse_args()
    if args.pool < args.max_members - 1:
        p.error("--pool must be at least --max-members - 1")

    pool, rooms = plan(args)
    cl = Client(args.homeserver)
    t0 = time.monotonic()
    tokens, uid = {}, {}
    with concurrent.futures.ThreadPoolExecutor(args.threads) as ex:
        # Registration hashes the password (bcrypt), so it is worth doing in parallel too.
        users = [(MAIN_USER, MAIN_PASSWORD)] + [(u, "pw-" + u) for u in pool]
        for (name, _), (user_id, token) in zip(users, ex.map(lambda u: register(cl, *u), users)):
            uid[name], tokens[name] = user_id, token
        print(f"registered {len(users)} users in {time.monotonic() - t0:.1f} s", flush=True)

        direct = {}
        if args.first_room:
            # Keep the DMs of the rooms made earlier.
            direct = cl.call("GET", f"/user/{urllib.parse.quote(uid[MAIN_USER])}/account_data/m.direct",
                             tokens[MAIN_USER], ok_errors=("M_NOT_FOUND",))
            direct.pop("errcode", None), direct.pop("error", None)
        todo = rooms[args.first_room:]
        futures = {ex.submit(fill_room, cl, tokens, uid, r): r for r in todo}
        for done, fut in enumerate(concurrent.futures.as_completed(futures), 1):
            r = futures[fut]
            room_id = fut.result()  # re-raises a failed room's error and stops here
            if r["kind"] == "dm":
                direct.setdefault(uid[r["others"][0]], []).append(room_id)
            if done % 25 == 0 or done == len(todo):
                el = time.monotonic() - t0
                print(f"{done}/{len(todo)} rooms, {cl.requests} requests, {el:.0f} s, "
                      f"{cl.requests / el:.1f} req/s", flush=True)
        if args.big_room:
            print(f"big room: {fill_big_room(cl, tokens, uid, ex, args.big_room)}", flush=True)

    for v in direct.values():
        v.sort()
    cl.call("PUT", f"/user/{urllib.parse.quote(uid[MAIN_USER])}/account_data/m.direct",
            tokens[MAIN_USER], direct)
    el = time.monotonic() - t0
    dms = sum(1 for r in rooms if r["kind"] == "dm")
    print(f"done: {len(rooms)} rooms ({dms} DMs), {len(pool) + 1} users, "
          f"{cl.requests} requests in {el:.1f} s ({cl.requests / el:.1f} req/s)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
