"""Derivations within a story: copy, partial copy, rewrite, translation, with aligned passages."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.model import Derivation, Document, Story
from recoupe.settings import DEFAULT_OPTIONS, Options


def find_derivations(
    docs: Sequence[Document], stories: Sequence[Story], *, options: Options = DEFAULT_OPTIONS
) -> list[Derivation]:
    """For every pair of documents in a story, the derivation (if any), source = original."""
    return []
