#!/usr/bin/env python3
"""Time and peak memory of the Python package on many abstracts (docs/python.md):

    PYTHONPATH=build/python python3 bench/python_memory.py [N] [JOBS]

maps N made-up abstracts (default 100,000) with argmap.iter_extract, which
holds one batch at a time, and a tenth of them with argmap.extract, which holds
the whole map; each in its own process, so each peak is its own."""

import resource
import subprocess
import sys
import time

TEXTS = [
    "We argue that open data improves replication. Because shared code lets others rerun "
    "analyses, errors are found sooner. Therefore, journals should require data sharing.",
    "This paper examines whether tariffs protect jobs. We find that tariffs raise prices. "
    "Thus, tariffs do not protect jobs in the long run.",
    "Results suggest that sleep improves memory. However, the effect may be small.",
]


def run(mode: str, n: int, jobs: int) -> None:
    import argmap

    abstracts = (TEXTS[i % len(TEXTS)] for i in range(n))
    start = time.perf_counter()
    if mode == "iter_extract":
        nodes = sum(len(m.nodes) for m in argmap.iter_extract(abstracts, jobs=jobs))
    else:
        nodes = len(argmap.extract(list(abstracts), jobs=jobs).nodes)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("%-12s %7d abstracts  %6d nodes  %6.1f s  %6.0f abstracts/s  peak %5.0f MB"
          % (mode, n, nodes, seconds, n / seconds, peak))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("iter_extract", "extract"):
        run(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
        sys.exit(0)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    jobs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    for mode, count in (("iter_extract", n), ("extract", n // 10), ("iter_extract", n // 10)):
        subprocess.run([sys.executable, __file__, mode, str(count), str(jobs)], check=True)
