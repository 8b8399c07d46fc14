"""The pipeline: ingest → clean → store → stories/provenance → facts → cross-check.

Each stage is a plain function over the data model (see the modules named in
:data:`STAGES`); this module only chains them, times them and reports progress.
The core never prints: the caller passes a :class:`Progress` to watch.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, TypeVar

from recoupe.clean import clean_documents
from recoupe.crosscheck.claims import build_claims, link_quote_variants
from recoupe.crosscheck.framing import detect_framing
from recoupe.crosscheck.timeline import build_timeline
from recoupe.errors import Msg
from recoupe.facts.dates import extract_dates, story_anchors
from recoupe.facts.entities import extract_entities
from recoupe.facts.quantities import extract_quantities
from recoupe.facts.quotes import extract_quotes
from recoupe.ingest import read_inputs
from recoupe.model import Analysis, Document, RawDocument, Skipped, Story
from recoupe.settings import DEFAULT_OPTIONS, Options
from recoupe.store import Store
from recoupe.stories import find_derivations, find_stories

T = TypeVar("T")

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
        cleaned, skipped = _clean(fresh, options) if fresh else ([], [])
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


def _clean(raws: list[RawDocument], options: Options) -> tuple[list[Document], list[Skipped]]:
    """Clean a batch; if the batch fails, clean one by one and name the input that breaks it."""
    try:
        return clean_documents(raws, options=options)
    except Exception:  # noqa: BLE001 - isolate the bad input, keep the others
        docs: list[Document] = []
        skipped: list[Skipped] = []
        for r in raws:
            try:
                d, s = clean_documents([r], options=options)
            except Exception as exc:  # noqa: BLE001
                detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
                skipped.append(Skipped(r.source, Msg.E020.format(stage="clean", detail=detail)))
                continue
            docs += d
            skipped += s
        return docs, skipped


def _matching(raws: Sequence[RawDocument], docs: Sequence[Document]) -> list[RawDocument]:
    by_id = {r.id: r for r in raws}
    return [by_id[d.id] for d in docs]


def analyze_documents(
    a: Analysis, *, store: Store | None = None, options: Options = DEFAULT_OPTIONS, progress: Progress | None = None
) -> Analysis:
    """Stories, provenance, facts and cross-check for ``a.documents`` (in place).

    A stage that fails on one document never stops the batch: the stage is run again
    document by document, the failing one is named in ``a.skipped`` with the stage and
    the error, and every other document keeps its results.
    """
    progress = progress or _Silent()
    docs = a.documents
    guard = _Guard(a)
    with _timed(a, "stories", progress):
        known = store.stories() if store is not None else []
        run = {d.id for d in docs}
        others = [i for s in known for i in s.documents if i not in run]
        context = docs + (store.documents(others) if store is not None and others else [])
        stories = guard.whole("stories", lambda: find_stories(context, known=known, options=options), None)
        if stories is None:  # each document its own story rather than no dossier at all
            stories = list(known) + [Story(f"S-{d.id}", [d.id], d.title or "") for d in docs if d.id not in
                                     {i for s in known for i in s.documents}]
        a.stories = _restrict(stories, [d.id for d in docs])
    with _timed(a, "provenance", progress):
        a.derivations = guard.whole("provenance", lambda: find_derivations(docs, a.stories, options=options), [])
    with _timed(a, "facts", progress, 4):
        a.entities = guard.each("entities", lambda ds: extract_entities(ds, a.stories), docs)
        progress.advance()
        # undated documents resolve relative dates against the other documents of their story
        anchors = story_anchors(context, stories)
        a.dates = guard.each("dates", lambda ds: extract_dates(ds, anchors=anchors), docs)
        progress.advance()
        a.quantities = guard.each("quantities", extract_quantities, docs)
        progress.advance()
        a.quotes = guard.each("quotes", lambda ds: extract_quotes(ds, a.entities), docs)
        progress.advance()
    with _timed(a, "crosscheck", progress, 4):
        guard.whole("quote variants", lambda: link_quote_variants(a), None)
        progress.advance()
        a.claims = guard.whole("claims", lambda: build_claims(a), [])
        progress.advance()
        framed = guard.each("framing", lambda ds: [detect_framing(ds)], docs)
        a.framing = [f for spans, _ in framed for f in spans]
        a.genres = {k: v for _, genres in framed for k, v in genres.items()}
        progress.advance()
        a.timeline = guard.whole("timeline", lambda: build_timeline(a), [])
        progress.advance()
    return a


class _Guard:
    """Runs a stage so that an error costs one document (or one stage), never the run."""

    def __init__(self, a: Analysis) -> None:
        self.a = a

    def _note(self, source: str, stage: str, exc: Exception) -> None:
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
        self.a.skipped.append(Skipped(source, Msg.E020.format(stage=stage, detail=detail)))

    def whole(self, stage: str, fn: Callable[[], T], fallback: T) -> T:
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - reported, and the run goes on without this stage
            self._note("(all documents)", stage, exc)
            return fallback

    def each(self, stage: str, fn: Callable[[list[Document]], list[T]], docs: list[Document]) -> list[T]:
        try:
            return fn(docs)
        except Exception:  # noqa: BLE001 - find the document that breaks the stage
            out: list[T] = []
            for d in docs:
                try:
                    out.extend(fn([d]))
                except Exception as exc:  # noqa: BLE001
                    self._note(d.source, stage, exc)
            return out


def _restrict(stories: Sequence[Story], run: Sequence[str]) -> list[Story]:
    """The stories as seen from this run: only its documents (in input order), no empty story."""
    order = {d: i for i, d in enumerate(run)}
    out = []
    for s in stories:
        members = sorted((d for d in s.documents if d in order), key=order.__getitem__)
        if members:
            out.append(Story(s.id, members, s.title))
    return out

