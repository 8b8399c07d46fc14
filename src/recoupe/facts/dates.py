"""Time expressions, resolved against the publication date."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.model import DateMention, Document


def extract_dates(docs: Sequence[Document]) -> list[DateMention]:
    return []
