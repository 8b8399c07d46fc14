"""Run every benchmark in bench/ (``make bench``), each in its own process so memory figures are its own.

Each benchmark writes its own section of docs/benchmarks.md.  ``python -m bench.run_all provenance dates``
runs only the benchmarks whose name contains one of the words.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if len(sys.argv) > 1:
        names = [n for n in names if any(arg in n for arg in sys.argv[1:])]
    failed = []
    for name in names:
        t0 = time.perf_counter()
        print(f"== {name}", flush=True)
        rc = subprocess.call([sys.executable, "-m", f"bench.{name}"], cwd=here.parent)
        if rc:
            failed.append(name)
        print(f"== {name}: exit {rc}, {time.perf_counter() - t0:.0f}s", flush=True)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
