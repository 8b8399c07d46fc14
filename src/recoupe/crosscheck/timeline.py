"""Timeline of each story's events.

Each dated event (the date mentions grouped as for the claims: same story, same event cue,
same episode) becomes one entry per compatible value: the most precise date, a one-line
description (the shortest sentence carrying the date, trimmed) and every mention dating it.
When independent sources disagree, each competing value is its own entry with
``conflict=True`` and ``claim`` naming the contested claim.  Durations are skipped; a month or
a year sorts after the precise days of the same period.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from recoupe.crosscheck.claims import (
    Item,
    _contested,
    _date_episodes,
    _value_clusters,
    build_claims,
    collect_items,
)
from recoupe.crosscheck.values import sort_key
from recoupe.model import Analysis, TimelineEvent

MAX_EVENT_CHARS = 160


def _describe(items: list[Item], texts: dict[str, str], langs: dict[str, str], main_lang: str) -> str:
    """The shortest sentence carrying one of the dates (in the story's main language), on one line."""
    best = min(items, key=lambda it: (langs.get(it.doc) != main_lang, it.sentence[1] - it.sentence[0],
                                      it.doc, it.ref.start))
    s, e = best.sentence
    line = " ".join(texts[best.doc][s:e].split())
    if len(line) > MAX_EVENT_CHARS:
        cut = line.rfind(" ", 0, MAX_EVENT_CHARS - 1)
        line = line[: cut if cut > 40 else MAX_EVENT_CHARS - 1].rstrip(" ,;:") + "…"
    return line


def _claim_of(items: list[Item], claims) -> str | None:
    refs = {(it.ref.document, it.ref.start, it.ref.end) for it in items}
    for c in claims:
        if c.status != "contested" or c.topic.startswith("self-contradiction"):
            continue
        if any((s.ref.document, s.ref.start, s.ref.end) in refs for s in c.sources):
            return c.id
    return None


def build_timeline(analysis: Analysis) -> list[TimelineEvent]:
    """Events of every story with their date, description, dating sources and conflicts."""
    items = [it for it in collect_items(analysis) if isinstance(it.value, str)]
    if not items:
        return []
    claims = analysis.claims or build_claims(analysis)
    texts = {d.id: d.text for d in analysis.documents}
    langs = {d.id: d.language for d in analysis.documents}
    counts = Counter(langs.values())
    main_lang = "fr" if counts.get("fr") else (counts.most_common(1)[0][0] if counts else "fr")
    by_key: dict[tuple[str | None, str], list[Item]] = defaultdict(list)
    for it in items:
        by_key[(it.story, it.topic)].append(it)
    events: list[tuple[tuple, TimelineEvent]] = []
    for (story, topic), group in by_key.items():
        episodes = _date_episodes(group) if topic != "date:?" else _by_value(group)
        for ep in episodes:
            conflict = topic != "date:?" and _contested(ep)
            claim_id = _claim_of(ep, claims) if conflict else None
            for cl in _value_clusters(ep):
                value = max((it.value for it in cl), key=len)
                ev = TimelineEvent(
                    date=value, event=_describe(cl, texts, langs, main_lang), story=story, conflict=conflict,
                    sources=[it.ref for it in sorted(cl, key=lambda it: (it.doc, it.ref.start))])
                ev.claim = claim_id
                events.append(((story or "", sort_key(value), topic == "date:?", ev.event), ev))
    events.sort(key=lambda x: x[0])
    return [ev for _, ev in events]


def _by_value(items: list[Item]) -> list[list[Item]]:
    """Dates with no event cue: one entry per exact value."""
    groups: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        groups[it.value].append(it)
    return list(groups.values())
