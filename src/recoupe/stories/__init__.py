"""Stories (clusters of documents telling the same story) and provenance (who copied whom)."""

from recoupe.stories.cluster import find_stories
from recoupe.stories.embed import embed
from recoupe.stories.provenance import find_derivations
from recoupe.stories.similarity import story_similarity

__all__ = ["embed", "find_derivations", "find_stories", "story_similarity"]
