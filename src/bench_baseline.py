"""The analysis baseline for `pyexec bench --analysis`: what the seeds did per snippet.

CPython's `ast.parse(source)` plus the seeds' upstream regex table (15 write, 14 read
patterns, compiled once) searched over the raw source with `re.findall`. Timed in-process
with `time.perf_counter`, so interpreter start-up is not counted.

Usage: python bench_baseline.py SCRIPT MIN_SECONDS PROCESSES

Prints one JSON object on stdout: the single-process loop (analyses/s, mean, p50, p99) and,
with PROCESSES > 1, the throughput of PROCESSES forked processes looping at once (the GIL
rules out threads; this is how a Python service would use every core).
"""

import ast
import json
import multiprocessing
import re
import sys
import time

WRITE_PATTERNS = [
    r"epics\.caput\(",
    r"\.put\(",
    r"caput\(",
    r"caput_many\(",
    r"\.put_many\(",
    r"epics\.ca\.put\(",
    r"ca\.put\(",
    r"write_channel\(",
    r"write_channels\(",
    r"\.write_attribute\(",
    r"\.write_attributes\(",
    r"tango\.write_attribute\(",
    r"device_proxy\.write_attribute\(",
    r"\.command_inout\(",
    r"\.write\(",
]

READ_PATTERNS = [
    r"epics\.caget\(",
    r"\.get\(",
    r"caget\(",
    r"caget_many\(",
    r"epics\.ca\.get\(",
    r"ca\.get\(",
    r"read_channel\(",
    r"read_channels\(",
    r"\.read_attribute\(",
    r"\.read_attributes\(",
    r"tango\.read_attribute\(",
    r"device_proxy\.read_attribute\(",
    r"PV\(",
    r"get_pv\(",
]

WRITES = [re.compile(p) for p in WRITE_PATTERNS]
READS = [re.compile(p) for p in READ_PATTERNS]


def analyse(source):
    """One baseline analysis: parse, then every pattern over the raw text."""
    tree = ast.parse(source)
    writes = sum(len(p.findall(source)) for p in WRITES)
    reads = sum(len(p.findall(source)) for p in READS)
    return tree, writes, reads


def loop(source, min_seconds, samples=None):
    """Analyses `source` until `min_seconds` have passed; returns (count, seconds)."""
    count = 0
    started = time.perf_counter()
    now = started
    while now - started < min_seconds:
        before = now
        analyse(source)
        now = time.perf_counter()
        count += 1
        if samples is not None:
            samples.append(now - before)
    return count, now - started


def worker(source, min_seconds, barrier, results):
    barrier.wait()
    results.put(loop(source, min_seconds)[0])


def all_cores(source, min_seconds, processes):
    """Total analyses per second of `processes` forked loops started together."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(processes + 1)
    results = context.Queue()
    children = [
        context.Process(target=worker, args=(source, min_seconds, barrier, results))
        for _ in range(processes)
    ]
    for child in children:
        child.start()
    barrier.wait()
    started = time.perf_counter()
    total = sum(results.get() for _ in children)
    wall = time.perf_counter() - started
    for child in children:
        child.join()
    return total, wall


def main():
    path, min_seconds, processes = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    with open(path, encoding="utf-8") as f:
        source = f.read()
    _, writes, reads = analyse(source)
    samples = []
    count, seconds = loop(source, min_seconds, samples)
    samples.sort()

    def at(q):
        return samples[round((len(samples) - 1) * q)] * 1e6

    out = {
        "python": sys.version.split()[0],
        "write_patterns": len(WRITES),
        "read_patterns": len(READS),
        "write_matches": writes,
        "read_matches": reads,
        "analyses": count,
        "seconds": seconds,
        "analyses_per_second": count / seconds,
        "mean_us": seconds / count * 1e6,
        "p50_us": at(0.50),
        "p99_us": at(0.99),
    }
    if processes > 1:
        total, wall = all_cores(source, min_seconds, processes)
        out["processes"] = processes
        out["all_cores_analyses"] = total
        out["all_cores_seconds"] = wall
        out["all_cores_analyses_per_second"] = total / wall
    else:
        out["processes"] = 1
        out["all_cores_analyses"] = count
        out["all_cores_seconds"] = seconds
        out["all_cores_analyses_per_second"] = count / seconds
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
