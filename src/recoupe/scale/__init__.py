"""Scale-out: the pipeline as a partitioned plan run by an engine (serial, local process pool, Spark).

Entry point: :func:`run`.  See docs/scale.md for what is partitioned and why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from recoupe.scale.blocking import DEFAULT_BLOCKING, BlockingParams, doc_keys, features, week_windows
from recoupe.scale.engines import Engine, LocalEngine, SerialEngine, SparkEngine, make_engine
from recoupe.scale.plan import (
    DEFAULT_SCALE,
    ScaleParams,
    analyze_block,
    block_documents,
    input_units,
    run_plan,
)
from recoupe.settings import DEFAULT_OPTIONS, Options

__all__ = [
    "DEFAULT_BLOCKING", "DEFAULT_SCALE", "BlockingParams", "Engine", "LocalEngine", "ScaleParams", "SerialEngine",
    "SparkEngine", "analyze_block", "block_documents", "doc_keys", "features", "input_units", "make_engine", "run",
    "week_windows",
]


def run(
    paths: list[Path],
    out_dir: Path,
    *,
    engine: str = "local",
    workers: int | None = None,
    options: Options = DEFAULT_OPTIONS,
    master: str | None = None,
    params: ScaleParams = DEFAULT_SCALE,
) -> dict[str, Any]:
    """Analyse ``paths`` block by block on ``engine``; dossiers and tables under ``out_dir``.

    Returns summary counts (documents, skipped, blocks, stories, derivations, claims by
    status, blocking figures, seconds per step), also written to ``out_dir/summary.json``.
    """
    eng = make_engine(engine, workers, spill_dir=Path(out_dir) / "_work", master=master)
    try:
        summary = run_plan(paths, Path(out_dir), eng, options=options, params=params,
                           workers=getattr(eng, "workers", workers or 1))
    finally:
        eng.close()
    summary.pop("rows", None)
    return summary
