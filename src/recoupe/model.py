"""The data model shared by every stage of the pipeline.

One record owns the text: a :class:`Document` holds the cleaned article text and
every extracted thing points back into it through a :class:`Ref` (document id +
``[start, end)`` code-point span + the exact substring).  Stages are plain
functions that read these records and return new ones; the :class:`Analysis`
gathers what all stages produced and is what the dossier renders.

Invariant (checked by :func:`Ref.check` and by the dossier tests)::

    documents[ref.document].text[ref.start:ref.end] == ref.text
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ApproxKind = Literal["exact", "about", "more_than", "less_than", "up_to"]
DerivationKind = Literal["copy", "partial_copy", "rewrite", "translation"]
ClaimStatus = Literal["corroborated", "single_source", "contested"]
FramingKind = Literal[
    "opinion",
    "rhetorical_question",
    "loaded_language",
    "unattributed_claim",
    "hedged_report",
    "call_to_action",
]
EntityType = Literal["PER", "ORG", "LOC", "MISC"]


# --------------------------------------------------------------------------- input


@dataclass(slots=True)
class RawDocument:
    """One article as read from the input, before cleaning.

    ``kind`` says how ``content`` must be cleaned: ``"html"`` or ``"text"``.
    ``meta`` carries metadata given by the container (JSONL fields, WARC
    headers: ``url``, ``title``, ``published``, ``author``, ``site``, ``language``).
    """

    id: str
    source: str
    kind: Literal["html", "text"]
    content: str
    raw_bytes: bytes = b""
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Skipped:
    """An input (file or record) that could not be read; the run goes on."""

    source: str
    reason: str


# --------------------------------------------------------------------------- documents


@dataclass(slots=True)
class Removed:
    """A piece of the input that is not article text, with why it was removed."""

    text: str
    reason: str


@dataclass(slots=True)
class Document:
    """A cleaned article. ``text`` is the article alone; spans index into it."""

    id: str
    source: str
    text: str
    language: str = "und"
    title: str | None = None
    published: str | None = None  # ISO date at its own granularity
    author: str | None = None
    site: str | None = None
    url: str | None = None
    removed: list[Removed] = field(default_factory=list)
    # how each metadata field was found, e.g. {"published": "meta:article:published_time"}
    provenance: dict[str, str] = field(default_factory=dict)
    content_hash: str = ""
    raw: str = ""
    raw_kind: str = "text"

    def ref(self, start: int, end: int) -> Ref:
        """A :class:`Ref` to ``text[start:end]`` of this document."""
        return Ref(self.id, start, end, self.text[start:end])


@dataclass(slots=True, frozen=True)
class Ref:
    """Evidence: a ``[start, end)`` span of a document's clean text."""

    document: str
    start: int
    end: int
    text: str

    def check(self, doc: Document) -> bool:
        return doc.id == self.document and doc.text[self.start : self.end] == self.text

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "span": [self.start, self.end], "text": self.text}


# --------------------------------------------------------------------------- stories


@dataclass(slots=True)
class Story:
    id: str
    documents: list[str]
    title: str = ""


@dataclass(slots=True)
class Passage:
    """Two aligned spans: ``source`` in the original, ``target`` in the derived text."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int
    similarity: float = 1.0


@dataclass(slots=True)
class Derivation:
    """``target`` was made from ``source`` (the original)."""

    source: str
    target: str
    kind: DerivationKind
    score: float
    passages: list[Passage] = field(default_factory=list)
    direction_evidence: str = ""  # why source is taken as the original


# --------------------------------------------------------------------------- facts


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: list[Ref] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A time expression. ``value`` is ISO at its own granularity or a duration (``P24Y``)."""

    ref: Ref
    value: str
    kind: Literal["date", "duration"] = "date"
    anchor: str = ""  # what it was resolved against ("published:2024-11-10", "previous:2024-06-19")


@dataclass(slots=True)
class Quantity:
    ref: Ref
    value: float
    unit: str
    approx: ApproxKind = "exact"


@dataclass(slots=True)
class Quote:
    ref: Ref  # the quoted words (inside the quotation marks)
    speaker: str | None = None  # Entity.id
    speaker_text: str | None = None  # how the speaker is named near the quote
    variant_of: str | None = None  # group id across documents
    cue: str = ""  # the introducing verb or "selon"


# --------------------------------------------------------------------------- cross-check


@dataclass(slots=True)
class ClaimSource:
    ref: Ref
    value: Any = None
    family: str = ""  # source-family id (original + copies/rewrites/translations)
    cites: str | None = None  # named origin quoted by the source ("AFP", "le Kremlin")


@dataclass(slots=True)
class Claim:
    id: str
    statement: str
    status: ClaimStatus
    sources: list[ClaimSource]
    independent_sources: int
    story: str | None = None
    topic: str = ""  # what the claim is about: "date:signature", "quantity:soldat"
    note: str = ""  # e.g. "divergent but compatible: 1 000 000 vs 5 000 000"


@dataclass(slots=True)
class Framing:
    ref: Ref
    kind: FramingKind
    cue: str = ""  # the word or rule that triggered the flag


@dataclass(slots=True)
class TimelineEvent:
    date: str
    event: str
    sources: list[Ref]
    story: str | None = None
    conflict: bool = False
    claim: str | None = None  # id of the contested claim when conflict is True


# --------------------------------------------------------------------------- the whole


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline found; the dossier renders this."""

    documents: list[Document] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    derivations: list[Derivation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    genres: dict[str, str] = field(default_factory=dict)  # document id -> reporting/opinion/satire
    skipped: list[Skipped] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def doc(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}
