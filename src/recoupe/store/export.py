"""Export the store's tables to Parquet (PyArrow), for analysis at scale (Spark, DuckDB, pandas)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from recoupe.store.sqlite import Store

# table -> (SQL, JSON columns decoded to strings kept as-is)
TABLES: dict[str, str] = {
    "documents": "SELECT id, content_hash, source, title, published, author, site, url, language, text, "
    "removed, provenance, ingested_at FROM documents ORDER BY id",
    "stories": "SELECT s.id AS story, d.document FROM stories s JOIN story_documents d ON d.story = s.id "
    "ORDER BY s.id, d.document",
    "derivations": "SELECT source, target, kind, score, passages, direction_evidence FROM derivations",
    "entities": "SELECT id, name, type, aliases FROM entities ORDER BY id",
    "spans": "SELECT kind, document, start, end, text, owner, payload, stage FROM spans ORDER BY document, start",
    "claims": "SELECT id, story, statement, status, independent_sources, payload FROM claims ORDER BY id",
    "timeline": "SELECT id, story, date, event, conflict FROM timeline ORDER BY story, date",
}


def export_parquet(store: Store, out_dir: Path) -> dict[str, int]:
    """Write one ``<table>.parquet`` per table into ``out_dir``; return rows written per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, sql in TABLES.items():
        cur = store.db.execute(sql)
        cols = [c[0] for c in cur.description]
        rows = cur.fetchall()
        data = {c: [r[i] for r in rows] for i, c in enumerate(cols)}
        table = pa.table(data) if rows else pa.table({c: pa.array([], pa.string()) for c in cols})
        pq.write_table(table, out_dir / f"{name}.parquet")
        counts[name] = len(rows)
    (out_dir / "README.json").write_text(
        json.dumps({"tables": TABLES, "rows": counts}, indent=1), encoding="utf-8"
    )
    return counts
