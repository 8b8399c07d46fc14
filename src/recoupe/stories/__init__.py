"""Stories (clusters of documents telling the same story) and provenance (who copied whom)."""

from recoupe.stories.cluster import find_stories
from recoupe.stories.provenance import find_derivations

__all__ = ["find_stories", "find_derivations"]
