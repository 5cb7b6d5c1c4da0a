#!/usr/bin/python3
"""Measures the desktop app (run by run-app-bench inside with-keyring; figures, not a test).

Drives the real `lattice` binary with --trace-ui (see app/desktop/ui_trace.h) on the platform in
QT_QPA_PLATFORM (offscreen), and reads its milestones as they arrive, timestamped here so process
start counts. Prints a markdown table of medians; raw figures go to OUT/raw.jsonl.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

BIG_ROOM = "Big room"


def cpu_s(pid):
    """User + system CPU time of the process so far (all threads): less sensitive to a loaded
    machine than wall time."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class App:
    """One run of the app; `until(event)` reads trace lines until one starts with that event."""

    def __init__(self, exe, data_dir, extra=(), env=None):
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen([exe, "--data-dir", data_dir, "--trace-ui", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                     env={**os.environ, **(env or {})})
        self.seen = {}

    def until(self, event, timeout=600):
        deadline = time.monotonic() + timeout
        while event not in self.seen:
            if time.monotonic() > deadline:
                raise RuntimeError(f"no '{event}' within {timeout} s")
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"the app exited before '{event}'")
            parts = line.split()
            fields = dict(p.split("=", 1) for p in parts[2:] if "=" in p)
            self.seen.setdefault(parts[1], {"wall_s": time.monotonic() - self.t0,
                                            "cpu_s": cpu_s(self.proc.pid),
                                            "app_ms": int(parts[0]), **fields})
        return self.seen[event]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def settled_rss(pid, window=3.0, limit=90.0):
    """RSS (MiB) once it has changed by less than 1 % over `window` seconds."""
    samples, t_end = [], time.monotonic() + limit
    while time.monotonic() < t_end:
        samples.append((time.monotonic(), rss_kib(pid)))
        old = [r for t, r in samples if t <= samples[-1][0] - window]
        if old and abs(samples[-1][1] - old[-1]) <= 0.01 * old[-1]:
            break
        time.sleep(0.5)
    return samples[-1][1] / 1024, rss_kib(pid, "VmHWM") / 1024


def cli(args, exe, data_dir, stdin=None):
    return subprocess.run([exe, "--data-dir", data_dir, *args], input=stdin, capture_output=True,
                          text=True, check=True).stdout


def main():
    p = argparse.ArgumentParser()
    for a in ("--app", "--cli", "--homeserver", "--work", "--out"):
        p.add_argument(a, required=True)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--scroll-ms", type=int, default=5000)
    args = p.parse_args()
    raw = open(os.path.join(args.out, "raw.jsonl"), "a")
    figures = {}

    def keep(name, value, **extra):
        figures.setdefault(name, []).append(value)
        raw.write(json.dumps({"figure": name, "value": value, **extra}) + "\n")
        raw.flush()
        print(f"  {name}: {value:.3f}", file=sys.stderr, flush=True)

    big_dir = None
    for run in range(1, args.runs + 1):
        d = os.path.join(args.work, f"run-{run}")
        cli(["login", "--homeserver", args.homeserver, "--user", "bench"], args.cli, d, "bench-password\n")
        # Cold: the app's own initial sync on a fresh data dir.
        app = App(args.app, d)
        loaded = app.until("rooms-loaded")
        shown = app.until("room-list-shown")
        rss, hwm = settled_rss(app.proc.pid)
        app.stop()
        keep("initial sync: start to rooms stored (s)", loaded["wall_s"], run=run)
        keep("initial sync: start to room list shown (s)", shown["wall_s"], run=run)
        keep("RSS settled after the initial sync (MiB)", rss, run=run)
        keep("peak RSS during the initial sync (MiB)", hwm, run=run)
        # Warm: the cached room list.
        app = App(args.app, d)
        shown = app.until("room-list-shown")
        app.stop()
        keep("warm start: process start to room list shown (s)", shown["wall_s"], run=run)
        keep("warm start: main() to room list shown (s)", shown["app_ms"] / 1000, run=run)
        keep("warm start: CPU time until the room list is shown (s)", shown["cpu_s"], run=run)
        if big_dir is None:
            rooms = [json.loads(line) for line in cli(["rooms"], args.cli, d).splitlines() if line.strip()]
            big = next(r["room_id"] for r in rooms if r.get("name") == BIG_ROOM or r.get("display_name") == BIG_ROOM)
            t = time.monotonic()
            stored = cli(["history", big, "10000"], args.cli, d).count("\n")
            print(f"  back-filled {stored} events of {BIG_ROOM} in {time.monotonic() - t:.1f} s",
                  file=sys.stderr, flush=True)
            big_dir = d
        # Opening Big room from the cache, then flicking through it.
        app = App(args.app, big_dir, ["--room", big], {"LATTICE_TRACE_SCROLL_MS": str(args.scroll_ms)})
        selected = app.until("room-selected")
        opened = app.until("room-shown")
        scroll = app.until("scroll", timeout=120)
        app.stop()
        if "error" in scroll:
            raise RuntimeError(f"scrolling failed: {scroll['error']}")
        keep("open Big room: selected to first frame (ms)", float(opened["ms"]), run=run, rows=opened["rows"])
        keep("open Big room: CPU time from selecting to first frame (ms)",
             (opened["cpu_s"] - selected["cpu_s"]) * 1000, run=run)
        for k in ("median_ms", "p95_ms", "max_ms"):
            keep(f"flicking Big room: frame interval {k[:-3]} (ms)", float(scroll[k]), run=run,
                 frames=scroll["frames"])

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"Machine: {os.cpu_count()} CPUs ({cpu}), {platform.system()} {platform.release()}; "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}; {args.runs} runs, medians.\n")
    print("| Figure | 500 rooms + Big room (10,000 messages) |\n|---|---:|")
    for name, values in figures.items():
        print(f"| {name} | {statistics.median(values):.3f} |")


if __name__ == "__main__":
    sys.exit(main())
