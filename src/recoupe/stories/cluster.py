"""Group documents into stories: a partition, across languages, incremental."""

from __future__ import annotations

from collections.abc import Sequence

from recoupe.model import Document, Story
from recoupe.settings import DEFAULT_OPTIONS, Options


def find_stories(
    docs: Sequence[Document], *, known: Sequence[Story] = (), options: Options = DEFAULT_OPTIONS
) -> list[Story]:
    """Partition ``docs`` into stories.

    ``known`` are stories already in the store (their documents are among ``docs``):
    new documents join one of them or open a new story; known stories keep their ids.
    """
    placed = {d for s in known for d in s.documents}
    stories = [Story(s.id, list(s.documents), s.title) for s in known]
    n = len(stories)
    for d in docs:
        if d.id not in placed:
            n += 1
            stories.append(Story(f"S{n:04d}", [d.id], d.title or ""))
    return stories
