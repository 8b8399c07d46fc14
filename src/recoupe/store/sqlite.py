"""The embedded store: one SQLite file (WAL), documents keyed by content hash.

* ``documents`` keeps the raw input beside the clean text; re-ingesting the same
  content under the same id adds nothing.
* ``documents_fts`` is an FTS5 index, accent-insensitive (``remove_diacritics 2``),
  with a pre-stemmed shadow column so "soldat" finds "soldats".
* Every later stage stores its results with the stage name: stories,
  derivations, entities, and one ``spans`` table for everything anchored in a
  document (entity mentions, dates, quantities, quotes, framing), each with
  document id and character span; claims and timeline keep their sources as spans.
* Schema changes are named migrations, applied once, in order.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import snowballstemmer

from recoupe.errors import Msg, RecoupeError
from recoupe.model import Analysis, Document, Removed, Story
from recoupe.textnorm import fold, words

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_documents",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            raw_kind TEXT NOT NULL,
            raw TEXT NOT NULL,
            text TEXT NOT NULL,
            title TEXT, published TEXT, author TEXT, site TEXT, url TEXT,
            language TEXT NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]',
            provenance TEXT NOT NULL DEFAULT '{}',
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_hash ON documents(content_hash);
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            doc_id UNINDEXED, title, text, stemmed,
            tokenize = "unicode61 remove_diacritics 2"
        );
        """,
    ),
    (
        "002_results",
        """
        CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, stage TEXT NOT NULL);
        CREATE TABLE story_documents (
            document TEXT PRIMARY KEY REFERENCES documents(id), story TEXT NOT NULL REFERENCES stories(id)
        );
        CREATE TABLE derivations (
            source TEXT NOT NULL, target TEXT NOT NULL, kind TEXT NOT NULL, score REAL NOT NULL,
            passages TEXT NOT NULL, direction_evidence TEXT, stage TEXT NOT NULL,
            PRIMARY KEY (source, target)
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL, stage TEXT NOT NULL
        );
        CREATE TABLE spans (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,            -- mention, date, quantity, quote, framing, claim_source, timeline_source
            document TEXT NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
            owner TEXT,                    -- entity id, claim id, timeline event id
            payload TEXT NOT NULL DEFAULT '{}',
            stage TEXT NOT NULL
        );
        CREATE INDEX spans_document ON spans(document, kind);
        CREATE INDEX spans_owner ON spans(owner);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY, story TEXT, statement TEXT NOT NULL, status TEXT NOT NULL,
            independent_sources INTEGER NOT NULL, payload TEXT NOT NULL, stage TEXT NOT NULL
        );
        CREATE TABLE timeline (
            id TEXT PRIMARY KEY, story TEXT, date TEXT NOT NULL, event TEXT NOT NULL, conflict INTEGER NOT NULL,
            stage TEXT NOT NULL
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY, finished_at TEXT NOT NULL, documents TEXT NOT NULL, dossier TEXT NOT NULL
        );
        """,
    ),
]

_STEMMER = snowballstemmer.stemmer("french")


def stemmed(text: str) -> str:
    """Accent-folded, stemmed words: the FTS shadow column."""
    return " ".join(_STEMMER.stemWords(words(fold(text))))


class Store:
    """A SQLite store.  ``Store(":memory:")`` for tests."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.Error as exc:
            raise RecoupeError(Msg.E016.format(path=self.path, detail=exc)) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ schema
    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.db.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.db:
                for stmt in _statements(sql):
                    self.db.execute(stmt)
                self.db.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))

    # ------------------------------------------------------------------ documents
    def known_hash(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def add_documents(self, docs: Iterable[Document]) -> tuple[int, int, int]:
        """Store documents; return ``(added, updated, unchanged)``.

        Same id and same content hash: nothing is written.  Same id, new content:
        the document is replaced and its stage results are dropped (recomputed later).
        All of it in one transaction: a failure leaves the store as it was.
        """
        added = updated = unchanged = 0
        with self.db:
            for d in docs:
                old = self.known_hash(d.id)
                if old == d.content_hash:
                    unchanged += 1
                    continue
                if old is not None:
                    self._forget(d.id)
                    updated += 1
                else:
                    added += 1
                self.db.execute(
                    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        d.id, d.content_hash, d.source, d.raw_kind, d.raw, d.text, d.title, d.published,
                        d.author, d.site, d.url, d.language,
                        json.dumps([[r.text, r.reason] for r in d.removed], ensure_ascii=False),
                        json.dumps(d.provenance, ensure_ascii=False), _now(),
                    ),
                )
                self.db.execute(
                    "INSERT INTO documents_fts (doc_id, title, text, stemmed) VALUES (?,?,?,?)",
                    (d.id, d.title or "", d.text, stemmed(f"{d.title or ''} {d.text}")),
                )
        return added, updated, unchanged

    def _forget(self, doc_id: str) -> None:
        for sql in (
            "DELETE FROM documents_fts WHERE doc_id = ?",
            "DELETE FROM spans WHERE document = ?",
            "DELETE FROM story_documents WHERE document = ?",
            "DELETE FROM derivations WHERE source = ?1 OR target = ?1",
            "DELETE FROM documents WHERE id = ?",
        ):
            self.db.execute(sql, (doc_id,))

    def documents(self, ids: Sequence[str] | None = None) -> list[Document]:
        """Documents in the order of ``ids`` (all, by id, when None)."""
        cols = (
            "id, content_hash, source, raw_kind, raw, text, title, published, author, site, url, "
            "language, removed, provenance"
        )
        if ids is None:
            rows = self.db.execute(f"SELECT {cols} FROM documents ORDER BY id").fetchall()
        else:
            found = {}
            for chunk in _chunks(list(ids), 500):
                marks = ",".join("?" * len(chunk))
                for r in self.db.execute(f"SELECT {cols} FROM documents WHERE id IN ({marks})", chunk):
                    found[r[0]] = r
            rows = [found[i] for i in ids if i in found]
        return [_doc_from_row(r) for r in rows]

    def count(self, table: str = "documents") -> int:
        if not re.fullmatch(r"[a-z_]+", table):
            raise ValueError(table)
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    # ------------------------------------------------------------------ stories
    def stories(self) -> list[Story]:
        """Stories already in the store, with their documents."""
        members: dict[str, list[str]] = {}
        for doc, story in self.db.execute("SELECT document, story FROM story_documents ORDER BY document"):
            members.setdefault(story, []).append(doc)
        titles = dict(self.db.execute("SELECT id, title FROM stories"))
        return [Story(sid, docs, titles.get(sid) or "") for sid, docs in sorted(members.items())]

    # ------------------------------------------------------------------ results
    def save_analysis(self, a: Analysis, dossier: dict[str, Any]) -> None:
        """Store what every stage found for ``a.documents`` (replacing earlier results for them)."""
        ids = [d.id for d in a.documents]
        with self.db:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"DELETE FROM spans WHERE document IN ({marks})", chunk)
                self.db.execute(f"DELETE FROM story_documents WHERE document IN ({marks})", chunk)
                self.db.execute(
                    f"DELETE FROM derivations WHERE source IN ({marks}) OR target IN ({marks})", chunk + chunk
                )
            for s in a.stories:
                self.db.execute("INSERT OR REPLACE INTO stories VALUES (?,?,?)", (s.id, s.title, "stories"))
                self.db.executemany(
                    "INSERT OR REPLACE INTO story_documents VALUES (?,?)", [(d, s.id) for d in s.documents]
                )
            self.db.execute(
                "DELETE FROM stories WHERE id NOT IN (SELECT DISTINCT story FROM story_documents)"
            )
            for dv in a.derivations:
                self.db.execute(
                    "INSERT OR REPLACE INTO derivations VALUES (?,?,?,?,?,?,?)",
                    (
                        dv.source, dv.target, dv.kind, float(dv.score),
                        json.dumps([[p.source_start, p.source_end, p.target_start, p.target_end] for p in dv.passages]),
                        dv.direction_evidence, "provenance",
                    ),
                )
            spans: list[tuple[Any, ...]] = []
            for e in a.entities:
                self.db.execute(
                    "INSERT OR REPLACE INTO entities VALUES (?,?,?,?,?)",
                    (e.id, e.name, e.type, json.dumps(e.aliases, ensure_ascii=False), "entities"),
                )
                spans += [("mention", m, e.id, {}, "entities") for m in e.mentions]
            spans += [("date", x.ref, None, {"value": x.value, "kind": x.kind}, "dates") for x in a.dates]
            spans += [
                ("quantity", q.ref, None, {"value": q.value, "unit": q.unit, "approx": q.approx}, "quantities")
                for q in a.quantities
            ]
            spans += [
                ("quote", q.ref, q.speaker, {"variant_of": q.variant_of, "speaker_text": q.speaker_text}, "quotes")
                for q in a.quotes
            ]
            spans += [("framing", f.ref, None, {"kind": f.kind, "cue": f.cue}, "framing") for f in a.framing]
            for c in a.claims:
                self.db.execute(
                    "INSERT OR REPLACE INTO claims VALUES (?,?,?,?,?,?,?)",
                    (
                        c.id, c.story, c.statement, c.status, c.independent_sources,
                        json.dumps({"topic": c.topic, "note": c.note}, ensure_ascii=False), "claims",
                    ),
                )
                spans += [
                    ("claim_source", s.ref, c.id, {"value": _jsonable(s.value), "family": s.family}, "claims")
                    for s in c.sources
                ]
            for i, t in enumerate(a.timeline):
                tid = f"{t.story}:{i}"
                self.db.execute(
                    "INSERT OR REPLACE INTO timeline VALUES (?,?,?,?,?,?)",
                    (tid, t.story, t.date, t.event, int(t.conflict), "timeline"),
                )
                spans += [("timeline_source", r, tid, {}, "timeline") for r in t.sources]
            self.db.executemany(
                "INSERT INTO spans (kind, document, start, end, text, owner, payload, stage) VALUES (?,?,?,?,?,?,?,?)",
                [
                    (k, r.document, r.start, r.end, r.text, owner, json.dumps(p, ensure_ascii=False), stage)
                    for k, r, owner, p, stage in spans
                ],
            )
            self.db.execute(
                "INSERT INTO runs (finished_at, documents, dossier) VALUES (?,?,?)",
                (_now(), json.dumps(ids, ensure_ascii=False), json.dumps(dossier, ensure_ascii=False)),
            )

    def latest_dossier(self) -> dict[str, Any] | None:
        row = self.db.execute("SELECT dossier FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None

    # ------------------------------------------------------------------ search
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search, accent-insensitive and stemmed.

        Each hit has a snippet whose matched words are wrapped in ``\\x02`` … ``\\x03``
        (control characters never occur in clean text), for the caller to style.
        """
        terms = words(fold(query))
        if not terms:
            return []
        stems = _STEMMER.stemWords(terms)
        match = " AND ".join(f'(text:"{t}" OR title:"{t}" OR stemmed:"{s}")' for t, s in zip(terms, stems, strict=True))
        rows = self.db.execute(
            "SELECT doc_id, title, snippet(documents_fts, 2, char(2), char(3), ' … ', 16) "
            "FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [{"document": r[0], "title": r[1], "snippet": r[2]} for r in rows]


def _doc_from_row(r: Sequence[Any]) -> Document:
    return Document(
        id=r[0], content_hash=r[1], source=r[2], raw_kind=r[3], raw=r[4], text=r[5], title=r[6],
        published=r[7], author=r[8], site=r[9], url=r[10], language=r[11],
        removed=[Removed(t, why) for t, why in json.loads(r[12])], provenance=json.loads(r[13]),
    )


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";\n") if s.strip()]


def _chunks(items: list[str], n: int) -> Iterable[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _jsonable(v: Any) -> Any:
    try:
        json.dumps(v)
        return v
    except TypeError:
        return str(v)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
