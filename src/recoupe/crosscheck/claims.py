"""Claims compared across the documents of a story."""

from __future__ import annotations

from recoupe.model import Analysis, Claim


def build_claims(analysis: Analysis) -> list[Claim]:
    return []


def link_quote_variants(analysis: Analysis) -> None:
    """Set ``Quote.variant_of`` for renderings of one statement across documents."""
