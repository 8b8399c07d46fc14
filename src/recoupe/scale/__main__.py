"""``python -m recoupe.scale PATH... -o OUT [--engine local|spark|serial] [--workers N] [--master URL]``.

Also the script to give ``spark-submit`` (its path: ``python -c "import recoupe.scale.__main__ as m;
print(m.__file__)"``); under spark-submit the existing SparkSession and its master are used.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from recoupe.scale import run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m recoupe.scale", description="Analyse a large corpus block by block.")
    ap.add_argument("paths", nargs="+", type=Path, help="input files or folders")
    ap.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    ap.add_argument("--engine", default="local", choices=["local", "spark", "serial"])
    ap.add_argument("--workers", type=int, default=None, help="processes (local) or local[N] (spark)")
    ap.add_argument("--master", default=None, help="Spark master URL, e.g. spark://host:7077 (default: local[*])")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    summary = run(args.paths, args.out, engine=args.engine, workers=args.workers, master=args.master)
    summary.pop("skipped_reasons", None)
    json.dump(summary, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
