"""The pipeline: ingest → clean → store → stories/provenance → facts → cross-check.

Each stage is a plain function over the data model (see the modules named in
:data:`STAGES`); this module only chains them, times them and reports progress.
The core never prints: the caller passes a :class:`Progress` to watch.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from recoupe.clean import clean_documents
from recoupe.crosscheck.claims import build_claims, link_quote_variants
from recoupe.crosscheck.framing import detect_framing
from recoupe.crosscheck.timeline import build_timeline
from recoupe.facts.dates import extract_dates, story_anchors
from recoupe.facts.entities import extract_entities
from recoupe.facts.quantities import extract_quantities
from recoupe.facts.quotes import extract_quotes
from recoupe.ingest import read_inputs
from recoupe.model import Analysis, Document, RawDocument, Skipped, Story
from recoupe.settings import DEFAULT_OPTIONS, Options
from recoupe.store import Store
from recoupe.stories import find_derivations, find_stories

# (name, what it adds) — in order; the CLI shows them as progress steps.
STAGES: list[tuple[str, str]] = [
    ("ingest", "read files and records"),
    ("clean", "article text and metadata"),
    ("store", "documents into the store"),
    ("stories", "stories (clusters)"),
    ("provenance", "derivations between documents"),
    ("facts", "entities, dates, quantities, quotes"),
    ("crosscheck", "claims, quote variants, framing, timeline"),
]


class Progress(Protocol):
    def stage(self, name: str, total: int | None = None) -> None: ...
    def advance(self, n: int = 1) -> None: ...


class _Silent:
    def stage(self, name: str, total: int | None = None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


def content_hash(raw: RawDocument) -> str:
    """Hash that keys a document in the store: its raw content."""
    return hashlib.sha256(raw.content.encode("utf-8", "surrogatepass")).hexdigest()


@contextmanager
def _timed(a: Analysis, name: str, progress: Progress, total: int | None = None) -> Iterator[None]:
    progress.stage(name, total)
    t0 = time.perf_counter()
    yield
    a.timings[name] = a.timings.get(name, 0.0) + time.perf_counter() - t0


def analyze(
    paths: Iterable[Path],
    *,
    store: Store,
    options: Options = DEFAULT_OPTIONS,
    progress: Progress | None = None,
) -> Analysis:
    """Run every stage on the inputs under ``paths``; the analysis covers exactly those documents.

    Documents already in the store with the same content are not cleaned again;
    new documents join the stories already in the store where they belong.
    """
    progress = progress or _Silent()
    a = Analysis()
    raws: list[RawDocument] = []
    with _timed(a, "ingest", progress):
        for item in read_inputs(list(paths), options):
            if isinstance(item, Skipped):
                a.skipped.append(item)
            else:
                raws.append(item)
            progress.advance()
    run_ids = [r.id for r in raws]

    fresh = [r for r in raws if store.known_hash(r.id) != content_hash(r)]
    with _timed(a, "clean", progress, len(fresh)):
        cleaned, skipped = clean_documents(fresh, options=options) if fresh else ([], [])
        for d, r in zip(cleaned, _matching(fresh, cleaned), strict=True):
            d.content_hash = content_hash(r)
        a.skipped += skipped
        progress.advance(len(fresh))

    with _timed(a, "store", progress):
        store.add_documents(cleaned)
        failed = {r.id for r in fresh} - {d.id for d in cleaned}
        keep = [i for i in run_ids if i not in failed]
        a.documents = store.documents(keep)
    analyze_documents(a, store=store, options=options, progress=progress)
    return a


def _matching(raws: Sequence[RawDocument], docs: Sequence[Document]) -> list[RawDocument]:
    by_id = {r.id: r for r in raws}
    return [by_id[d.id] for d in docs]


def analyze_documents(
    a: Analysis, *, store: Store | None = None, options: Options = DEFAULT_OPTIONS, progress: Progress | None = None
) -> Analysis:
    """Stories, provenance, facts and cross-check for ``a.documents`` (in place)."""
    progress = progress or _Silent()
    docs = a.documents
    with _timed(a, "stories", progress):
        known = store.stories() if store is not None else []
        run = {d.id for d in docs}
        others = [i for s in known for i in s.documents if i not in run]
        context = docs + (store.documents(others) if store is not None and others else [])
        stories = find_stories(context, known=known, options=options)
        a.stories = _restrict(stories, [d.id for d in docs])
    with _timed(a, "provenance", progress):
        a.derivations = find_derivations(docs, a.stories, options=options)
    with _timed(a, "facts", progress, 4):
        a.entities = extract_entities(docs, a.stories)
        progress.advance()
        # undated documents resolve relative dates against the other documents of their story
        a.dates = extract_dates(docs, anchors=story_anchors(context, stories))
        progress.advance()
        a.quantities = extract_quantities(docs)
        progress.advance()
        a.quotes = extract_quotes(docs, a.entities)
        progress.advance()
    with _timed(a, "crosscheck", progress, 4):
        link_quote_variants(a)
        progress.advance()
        a.claims = build_claims(a)
        progress.advance()
        a.framing, a.genres = detect_framing(docs)
        progress.advance()
        a.timeline = build_timeline(a)
        progress.advance()
    return a


def _restrict(stories: Sequence[Story], run: Sequence[str]) -> list[Story]:
    """The stories as seen from this run: only its documents (in input order), no empty story."""
    order = {d: i for i, d in enumerate(run)}
    out = []
    for s in stories:
        members = sorted((d for d in s.documents if d in order), key=order.__getitem__)
        if members:
            out.append(Story(s.id, members, s.title))
    return out

