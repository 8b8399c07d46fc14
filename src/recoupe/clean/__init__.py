"""Cleaning: from a raw input (HTML or scraped plain text) to a Document (article text + metadata)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from recoupe.model import Document, RawDocument, Skipped
from recoupe.settings import DEFAULT_OPTIONS, Options
from recoupe.textnorm import clean_unicode


def clean_documents(
    raws: Sequence[RawDocument], *, options: Options = DEFAULT_OPTIONS
) -> tuple[list[Document], list[Skipped]]:
    """Clean a batch (cues repeated across documents of one site are used)."""
    docs = []
    for raw in raws:
        text = clean_unicode(raw.content).strip()
        docs.append(
            Document(
                id=raw.id, source=raw.source, text=text, language=raw.meta.get("language") or "fr",
                title=raw.meta.get("title"), published=raw.meta.get("published"),
                author=raw.meta.get("author"), site=raw.meta.get("site"), url=raw.meta.get("url"),
                content_hash=hashlib.sha256(raw.content.encode()).hexdigest(), raw=raw.content, raw_kind=raw.kind,
            )
        )
    return docs, []
