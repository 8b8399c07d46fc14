"""The partitioned plan: plain functions over the data model; an engine only moves partitions.

(a) ``prepare_unit``: an input unit (a run of records of one file, or a group of
    small files) → cleaned Documents (``clean_documents`` per unit, so site
    boilerplate is still found among a site's pages), spilled to the work folder;
(b) in the same task, ``doc_keys``: Document → MinHash signatures + time windows;
(c) ``band_task`` per LSH band: documents sharing a band key in a time window →
    candidate pairs; the driver verifies them (estimated Jaccard) and takes
    connected components = blocks, split when oversized;
(d) ``route_unit`` + ``analyze_partition``: documents shuffled to their block;
    ``analyze_documents`` per block; one dossier per block written as a JSON line;
(e) ``run`` gathers the per-block summaries into ``summary.json`` and ``stories``
    (Parquet when pyarrow is there, JSON lines always).
"""

from __future__ import annotations

import json
import logging
import pickle
import shutil
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from recoupe.clean import clean_documents
from recoupe.dossier.data import dossier_dict
from recoupe.errors import Msg
from recoupe.ingest import discover, input_kind, read_file
from recoupe.model import Analysis, Document, RawDocument, Skipped
from recoupe.scale.blocking import (
    DEFAULT_BLOCKING,
    BlockingParams,
    KeyBatch,
    band_keys,
    band_pairs,
    blocks,
    doc_keys,
    pack_blocks,
    unique_pairs,
    verify_pairs,
)
from recoupe.settings import DEFAULT_OPTIONS, Options

log = logging.getLogger("recoupe.scale")


@dataclass(frozen=True, kw_only=True)
class ScaleParams:
    """How the work is cut: unit sizes, block bounds, reducer partitions."""

    records_per_unit: int = 2000  # JSONL records per input unit (a file is cut in ranges)
    files_per_unit: int = 200  # small .txt/.html files per input unit
    max_block: int = 200  # a block never holds more documents than this
    pack_size: int = 50  # small blocks are packed up to this many documents per analysis call
    reducers: int = 0  # reducer partitions for (d); 0 = 2 x workers, at least 1
    blocking: BlockingParams = field(default_factory=lambda: DEFAULT_BLOCKING)


DEFAULT_SCALE = ScaleParams()


@dataclass(frozen=True, slots=True)
class InputUnit:
    """One map task's input: ``files`` (one file with a record range, or several small files)."""

    index: int
    files: tuple[str, ...]
    start: int = 0
    stop: int | None = None


@dataclass(slots=True)
class UnitResult:
    """What a prepare task sends back to the driver: no text, only keys and counts."""

    index: int
    spill: str
    keys: KeyBatch
    skipped: list[Skipped]
    seconds: dict[str, float]
    raw_count: int = 0


# --------------------------------------------------------------------------- (a) inputs


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def input_units(paths: Sequence[Path], params: ScaleParams = DEFAULT_SCALE) -> tuple[list[InputUnit], list[Skipped]]:
    """Cut the inputs in units: JSONL files in record ranges, WARC/gzip files whole, small files grouped."""
    files, skipped = discover(paths)
    units: list[InputUnit] = []
    small: list[str] = []

    def flush() -> None:
        if small:
            units.append(InputUnit(len(units), tuple(small)))
            small.clear()

    for f in files:
        kind = input_kind(f)
        if kind == "jsonl" and not f.name.endswith(".gz"):
            flush()
            n = _count_lines(f)
            step = params.records_per_unit
            for s in range(0, n, step):
                units.append(InputUnit(len(units), (str(f),), s, s + step if s + step < n else None))
        elif kind in ("jsonl", "warc"):
            flush()
            units.append(InputUnit(len(units), (str(f),)))
        else:
            small.append(str(f))
            if len(small) >= params.files_per_unit:
                flush()
    flush()
    return units, skipped


def read_unit(unit: InputUnit, options: Options = DEFAULT_OPTIONS) -> Iterator[RawDocument | Skipped]:
    """The records of one unit (for a record range: items ``start <= i < stop`` of the file's stream)."""
    for f in unit.files:
        for i, item in enumerate(read_file(Path(f), options)):
            if i < unit.start:
                continue
            if unit.stop is not None and i >= unit.stop:
                break
            yield item


def clean_unit(unit: InputUnit, options: Options = DEFAULT_OPTIONS) -> tuple[list[Document], list[Skipped]]:
    """Step (a): the unit's records, cleaned together (ids repeated inside the unit are skipped)."""
    raws: list[RawDocument] = []
    skipped: list[Skipped] = []
    first: dict[str, str] = {}
    for item in read_unit(unit, options):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.id in first:
            skipped.append(Skipped(item.source, Msg.E018.format(doc_id=item.id, first=first[item.id])))
        else:
            first[item.id] = item.source
            raws.append(item)
    docs, bad = clean_documents(raws, options=options) if raws else ([], [])
    return docs, skipped + bad


def prepare_unit(
    unit: InputUnit, *, work: str, options: Options = DEFAULT_OPTIONS, blocking: BlockingParams = DEFAULT_BLOCKING
) -> UnitResult:
    """Steps (a) + (b) in one task: clean, key, and spill the documents to ``work``."""
    t0 = time.perf_counter()
    docs, skipped = clean_unit(unit, options)
    t1 = time.perf_counter()
    keys = doc_keys(docs, blocking)
    t2 = time.perf_counter()
    spill = str(Path(work) / f"docs-{unit.index:06d}.pkl")
    with open(spill, "wb") as fh:
        pickle.dump(docs, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return UnitResult(unit.index, spill, keys, skipped, {"clean": t1 - t0, "keys": t2 - t1}, len(docs))


# --------------------------------------------------------------------------- (c) blocking


def band_task(task: tuple[np.ndarray, np.ndarray, int]) -> tuple[np.ndarray, int]:
    """Step (c), one band: its key column and the time windows → candidate pairs."""
    keys, windows, max_bucket = task
    return band_pairs(keys, windows, max_bucket)


def block_documents(kb: KeyBatch, engine: Any, params: ScaleParams = DEFAULT_SCALE) -> tuple[list[list[int]], dict]:
    """Step (c): blocks of document indexes (into ``kb``) and blocking counts."""
    bp = params.blocking
    tasks = []
    for sigs, nb in ((kb.names, bp.name_bands), (kb.words, bp.word_bands)):
        bk = band_keys(sigs, nb)
        tasks += [(bk[:, b].copy(), kb.windows, bp.max_bucket) for b in range(nb)]
    results = engine.map(band_task, tasks)
    oversized = sum(o for _, o in results)
    if oversized:
        log.info("%d buckets over %d documents were cut in chunks", oversized, bp.max_bucket)
    cand = np.concatenate([p for p, _ in results]) if results else np.zeros((0, 2), dtype=np.int64)
    pairs = verify_pairs(cand, kb, bp)
    out, split = blocks(kb, pairs, params.max_block)
    stats = {
        "candidate_pairs": len(unique_pairs(cand)),
        "verified_pairs": int(len(pairs)),
        "oversized_buckets": int(oversized),
        "components": len(out),
        "split_components": split,
    }
    return out, stats


# --------------------------------------------------------------------------- (d) analysis per block


def block_id(n: int) -> str:
    return f"B{n:06d}"


def route_unit(task: tuple[str, list[tuple[int, int, int]]]) -> Iterator[tuple[int, tuple[int, Document]]]:
    """Shuffle map: the documents of one spilled unit, keyed by their block number.

    ``task`` is ``(spill file, [(position in unit, block number, global order)])``;
    documents not listed (duplicate ids) are dropped.
    """
    spill, where = task
    with open(spill, "rb") as fh:
        docs: list[Document] = pickle.load(fh)
    for pos, blk, order in where:
        yield blk, (order, docs[pos])


def prefix_ids(a: Analysis, prefix: str) -> None:
    """Make story and claim ids unique across blocks: ``B000012-S0001``."""
    story = {s.id: f"{prefix}-{s.id}" for s in a.stories}
    claim = {c.id: f"{prefix}-{c.id}" for c in a.claims}
    for s in a.stories:
        s.id = story[s.id]
    for c in a.claims:
        c.id = claim[c.id]
        c.story = story.get(c.story, c.story) if c.story else c.story
    for t in a.timeline:
        t.story = story.get(t.story, t.story) if t.story else t.story
        t.claim = claim.get(t.claim, t.claim) if t.claim else t.claim


def analyze_block(bid: str, docs: Sequence[Document], options: Options = DEFAULT_OPTIONS) -> Analysis:
    """Step (d): stories, derivations, facts and cross-check of one block (ids prefixed by ``bid``)."""
    from recoupe.pipeline import analyze_documents

    a = analyze_documents(Analysis(documents=list(docs)), options=options)
    prefix_ids(a, bid)
    return a


def analyze_partition(
    index: int, groups: list[tuple[int, list[tuple[int, Document]]]], *, out: str, options: Options = DEFAULT_OPTIONS
) -> list[dict[str, Any]]:
    """Shuffle reduce: analyse each block of this partition, one dossier per JSON line; summaries back."""
    path = Path(out) / "dossiers" / f"part-{index:05d}.jsonl"
    rows: list[dict[str, Any]] = []
    if not groups:
        return rows
    with path.open("w", encoding="utf-8") as fh:
        for blk, items in groups:
            bid = block_id(blk)
            docs = [d for _, d in sorted(items, key=lambda x: x[0])]
            a = analyze_block(bid, docs, options)
            dossier = dossier_dict(a)
            dossier["block"] = bid
            fh.write(json.dumps(dossier, ensure_ascii=False) + "\n")
            rows.append(
                {
                    "block": bid,
                    "file": path.name,
                    "documents": len(docs),
                    "stories": [{"id": s.id, "title": s.title, "documents": list(s.documents)} for s in a.stories],
                    "derivations": [(d.source, d.target, d.kind) for d in a.derivations],
                    "claims": dict(Counter(c.status for c in a.claims)),
                    "timings": dict(a.timings),
                }
            )
    return rows


# --------------------------------------------------------------------------- the whole


def _assign(results: Sequence[UnitResult], plan: Sequence[list[int]]) -> tuple[list[tuple[str, list]], int]:
    """Per unit: where each kept document goes (position, block number, global order)."""
    where: dict[int, tuple[int, int]] = {}
    for b, members in enumerate(plan):
        for i in members:
            where[i] = (b, i)
    tasks = []
    g = 0
    for r in results:
        rows = []
        for pos in range(len(r.keys.ids)):
            if g in where:
                rows.append((pos, *where[g]))
            g += 1
        if rows:
            tasks.append((r.spill, rows))
    return tasks, g


def _dedupe(results: Sequence[UnitResult]) -> tuple[KeyBatch, list[int], list[Skipped]]:
    """All units' keys in input order, without documents whose id was seen in an earlier unit."""
    num_perm = results[0].keys.names.shape[1] if results else DEFAULT_BLOCKING.num_perm
    kb = KeyBatch.concat([r.keys for r in results], num_perm)
    seen: set[str] = set()
    keep: list[int] = []
    skipped: list[Skipped] = []
    for i, doc_id in enumerate(kb.ids):
        if doc_id in seen:
            skipped.append(Skipped(doc_id, Msg.E018.format(doc_id=doc_id, first="an earlier input unit")))
        else:
            seen.add(doc_id)
            keep.append(i)
    return kb, keep, skipped


def _subset(kb: KeyBatch, keep: Sequence[int]) -> KeyBatch:
    idx = np.asarray(keep, dtype=np.int64)
    return KeyBatch([kb.ids[i] for i in keep], kb.names[idx], kb.words[idx], kb.windows[idx], kb.sizes[idx])


def _write_tables(out_dir: Path, rows: Sequence[dict[str, Any]]) -> list[str]:
    stories = [
        {"block": r["block"], "story": s["id"], "title": s["title"], "size": len(s["documents"]),
         "documents": s["documents"]}
        for r in rows for s in r["stories"]
    ]
    written = []
    with (out_dir / "stories.jsonl").open("w", encoding="utf-8") as fh:
        for s in stories:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    written.append("stories.jsonl")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        return written
    if stories:
        pq.write_table(pa.Table.from_pylist(stories), out_dir / "stories.parquet")
        written.append("stories.parquet")
    return written


def run_plan(
    paths: Sequence[Path],
    out_dir: Path,
    engine: Any,
    *,
    options: Options = DEFAULT_OPTIONS,
    params: ScaleParams = DEFAULT_SCALE,
    workers: int = 1,
) -> dict[str, Any]:
    """Run the whole plan on ``engine``; write ``out_dir``; return the summary (also in summary.json)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = out_dir / "_work"
    work.mkdir(exist_ok=True)
    (out_dir / "dossiers").mkdir(exist_ok=True)
    for old in (out_dir / "dossiers").glob("part-*.jsonl"):
        old.unlink()
    t: dict[str, float] = {}
    t0 = time.perf_counter()
    units, skipped = input_units(paths, params)
    results: list[UnitResult] = engine.map(
        partial(prepare_unit, work=str(work), options=options, blocking=params.blocking), units
    )
    t["clean+keys"] = time.perf_counter() - t0
    for r in results:
        skipped += r.skipped
    kb_all, keep, dups = _dedupe(results)
    skipped += dups

    t0 = time.perf_counter()
    kb = _subset(kb_all, keep)
    plan, stats = block_documents(kb, engine, params)
    plan = pack_blocks(plan, params.pack_size)
    plan = [[keep[i] for i in b] for b in plan]  # back to indexes over all units
    t["blocking"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    tasks, _ = _assign(results, plan)
    reducers = params.reducers or max(1, 2 * workers)
    parts = engine.map_reduce(route_unit, tasks, partial(analyze_partition, out=str(out_dir), options=options),
                              reducers)
    rows = sorted((r for p in parts for r in p), key=lambda r: r["block"])
    t["analysis"] = time.perf_counter() - t0
    tables = _write_tables(out_dir, rows)
    shutil.rmtree(work, ignore_errors=True)

    claims: Counter[str] = Counter()
    for r in rows:
        claims.update(r["claims"])
    summary = {
        "engine": engine.name,
        "inputs": len(units),
        "documents": len(keep),
        "skipped": len(skipped),
        "skipped_reasons": [{"source": s.source, "reason": s.reason} for s in skipped[:100]],
        "blocks": len(rows),
        "largest_block": max((r["documents"] for r in rows), default=0),
        "stories": sum(len(r["stories"]) for r in rows),
        "derivations": sum(len(r["derivations"]) for r in rows),
        "claims": dict(claims),
        "blocking": stats,
        "seconds": {k: round(v, 3) for k, v in t.items()},
        "outputs": ["dossiers/part-*.jsonl", *tables, "summary.json"],
    }
    (out_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    summary["rows"] = rows
    return summary
