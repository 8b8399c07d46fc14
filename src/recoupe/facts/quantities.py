"""Quantities: value, unit (what is counted) and approximation."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.model import Document, Quantity


def extract_quantities(docs: Sequence[Document]) -> list[Quantity]:
    return []
