#!/usr/bin/python3
"""Helpers for run-bench (standard library only).

  bench_util.py measure LABEL SIZE RUN [--stdin TEXT] -- CMD...
      Runs CMD, waits for it with wait4 (that child's own rusage, so each figure is one
      process's peak RSS, not the maximum over everything run so far) and prints one JSON line:
      label, size, run, wall_s, cpu_s (user + system), peak_rss_mib, rc, plus CMD's own JSON
      line if it printed one (bench_sync does), under "figures".
  bench_util.py summarize RAW.jsonl MACHINE_INFO
      Prints the markdown table of medians per size.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def measure(argv):
    label, size, run = argv[0], int(argv[1]), int(argv[2])
    rest = argv[3:]
    stdin_text = None
    if rest[0] == "--stdin":
        stdin_text, rest = rest[1], rest[2:]
    assert rest[0] == "--"
    cmd = rest[1:]
    errfile = tempfile.TemporaryFile()  # a file, not a pipe: only stdout needs draining
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=errfile)
    if stdin_text is not None:
        p.stdin.write((stdin_text + "\n").encode())
        p.stdin.close()
    out = p.stdout.read()  # read before waiting so a full pipe cannot block the child
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    errfile.seek(0)
    err = errfile.read()
    rec = {"label": label, "size": size, "run": run, "wall_s": round(wall, 4),
           "cpu_s": round(usage.ru_utime + usage.ru_stime, 4),  # load-independent, unlike wall_s
           "peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "rc": p.returncode}
    lines = out.decode(errors="replace").strip().splitlines()
    if lines and lines[-1].startswith("{") and label.startswith("bench_sync"):
        rec["figures"] = json.loads(lines[-1])
    if label.startswith("cli rooms"):
        rec["rooms_listed"] = len(lines)
    if p.returncode != 0:
        rec["stderr"] = err.decode(errors="replace")[-500:]
    print(json.dumps(rec), flush=True)
    return 0


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summarize(argv):
    recs = [json.loads(l) for l in open(argv[0]) if l.strip()]
    machine = argv[1]
    by = {}
    for r in recs:
        if r["rc"] == 0:
            by.setdefault((r["size"], r["label"]), []).append(r)
    sizes = sorted({r["size"] for r in recs})

    def fig(size, label, key):
        return med([x["figures"].get(key) for x in by.get((size, label), []) if "figures" in x])

    def top(size, label, key):
        return med([x.get(key) for x in by.get((size, label), [])])

    def cli_cold(size):
        # login and the first `rooms` (initial sync + store + list) as one user-visible span.
        logins = [x["wall_s"] for x in by.get((size, "cli login"), [])]
        rooms = [x["wall_s"] for x in by.get((size, "cli rooms (initial sync)"), [])]
        return med([a + b for a, b in zip(logins, rooms)])

    rows = [
        ("Initial /sync: server response (s)", lambda s: fig(s, "bench_sync cold", "server_s"), None),
        ("Initial sync processing: parse + store (s)", lambda s: fig(s, "bench_sync cold", "process_s"), "< 0.4"),
        ("  of which parse (s)", lambda s: fig(s, "bench_sync cold", "parse_s"), None),
        ("  of which store, SyncWriter::apply (s)", lambda s: fig(s, "bench_sync cold", "apply_s"), None),
        ("Room list after initial sync, listRooms (s)", lambda s: fig(s, "bench_sync cold", "list_s"), None),
        ("Login until room list usable, in process (s)", lambda s: fig(s, "bench_sync cold", "total_s"), None),
        ("bench_sync cold peak RSS (MiB)", lambda s: top(s, "bench_sync cold", "peak_rss_mib"), None),
        ("bench_sync cold, process CPU user + system (s)", lambda s: top(s, "bench_sync cold", "cpu_s"), None),
        ("Warm start to room list, in process (s)", lambda s: fig(s, "bench_sync warm", "total_s"), "< 0.3"),
        ("Warm start to room list, incl. exec (s)", lambda s: top(s, "bench_sync warm", "wall_s"), "< 0.3"),
        ("lattice-cli login + rooms, wall (s)", cli_cold, None),
        ("lattice-cli rooms (initial sync), CPU user + system (s)",
         lambda s: top(s, "cli rooms (initial sync)", "cpu_s"), None),
        ("lattice-cli login peak RSS (MiB)", lambda s: top(s, "cli login", "peak_rss_mib"), None),
        ("lattice-cli rooms (initial sync) peak RSS (MiB)",
         lambda s: top(s, "cli rooms (initial sync)", "peak_rss_mib"), "< 40"),
        ("lattice-cli rooms again (incremental sync), wall (s)", lambda s: top(s, "cli rooms (warm)", "wall_s"), None),
        ("lattice-cli rooms again, CPU user + system (s)", lambda s: top(s, "cli rooms (warm)", "cpu_s"), None),
        ("lattice-cli rooms again peak RSS (MiB)", lambda s: top(s, "cli rooms (warm)", "peak_rss_mib"), "< 40"),
        ("Initial /sync body (MB)", lambda s: (fig(s, "bench_sync cold", "sync_bytes") or 0) / 1e6, None),
    ]

    def fmt(v):
        return "n/a" if v is None else (f"{v:.3f}" if v < 10 else f"{v:.1f}")

    runs = {s: len(by.get((s, "bench_sync cold"), [])) for s in sizes}
    print(f"Medians of {', '.join(f'{runs[s]}' for s in sizes)} runs. {machine}\n")
    print("| Figure | " + " | ".join(f"{s} rooms" for s in sizes) + " | Aim |")
    print("|---|" + "---:|" * len(sizes) + "---|")
    for name, get, aim in rows:
        print(f"| {name} | " + " | ".join(fmt(get(s)) for s in sizes) + f" | {aim or ''} |")
    failed = [r for r in recs if r["rc"] != 0]
    if failed:
        print(f"\n{len(failed)} runs failed (left out); see the raw file.")
    return 0


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    sys.exit({"measure": measure, "summarize": summarize}[cmd](args))
