#!/usr/bin/env python3
"""How many cores one indexing run keeps busy, and would keep busy on an idle machine.

Runs `NOMEN bench index-one --engine ENGINE` (the child `nomen bench index` runs per
contender) and reads every thread's /proc/PID/task/TID/schedstat every 20 ms: time
on a CPU and time waiting on a run queue (runnable, but the cores were taken). Over
the run's wall time, the first summed over threads is the cores it used; the first
plus the second is the cores it asked for. On a shared, loaded machine the cores used
say little; asked for >= 2 says the pipeline itself would keep both cores busy, and
per thread where the work is. Linux only.

    scripts/bench/cores-demanded.py NOMEN ENGINE CORPUS [--entities FILE --no-builtin]

ENGINE: nomen, tantivy, nomen-no-linking, nomen-no-exact, nomen-no-linking-no-exact.
Extra arguments go to `bench index-one` (threads 2, writer 256 MiB, commit every
512 MiB are set, as `nomen bench index` sets them).
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, engine, corpus, extra = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    index_dir = tempfile.mkdtemp(prefix="cores-demanded-")
    shutil.rmtree(index_dir)
    cmd = [binary, "bench", "index-one", "--engine", engine, "--corpus", corpus,
           "--index-dir", index_dir, "--threads", "2", "--memory-mb", "256",
           "--commit-every-mb", "512", *extra]
    started = time.monotonic()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    last, names = {}, {}
    while child.poll() is None:
        try:
            tids = os.listdir(f"/proc/{child.pid}/task")
        except OSError:
            tids = []
        for tid in tids:
            try:
                with open(f"/proc/{child.pid}/task/{tid}/schedstat") as f:
                    on_cpu, queued, _ = f.read().split()
                with open(f"/proc/{child.pid}/task/{tid}/comm") as f:
                    names[tid] = f.read().strip()
                last[tid] = (int(on_cpu) / 1e9, int(queued) / 1e9)
            except (OSError, ValueError):
                pass
        time.sleep(0.02)
    wall = time.monotonic() - started
    out = child.stdout.read()
    shutil.rmtree(index_dir, ignore_errors=True)
    if child.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {child.returncode}")
    run = json.loads(out)
    on_cpu = sum(v[0] for v in last.values())
    queued = sum(v[1] for v in last.values())
    threads = collections.defaultdict(lambda: [0.0, 0.0])
    for tid, (c, q) in last.items():
        threads[names[tid]][0] += c
        threads[names[tid]][1] += q
    print(f"{engine}: wall {wall:.2f} s (run {run['seconds']:.2f} s), on a CPU {on_cpu:.2f} s, "
          f"queued {queued:.2f} s; cores used {on_cpu / wall:.2f}, "
          f"asked for {(on_cpu + queued) / wall:.2f}")
    for name, (c, q) in sorted(threads.items(), key=lambda kv: -kv[1][0]):
        if c >= 0.01:
            print(f"  {name:<16} on a CPU {c:6.2f} s  queued {q:6.2f} s")


if __name__ == "__main__":
    main()
