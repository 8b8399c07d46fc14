"""Timeline of each story's events."""

from __future__ import annotations

from recoupe.model import Analysis, TimelineEvent


def build_timeline(analysis: Analysis) -> list[TimelineEvent]:
    return []
