"""Claims compared across the documents of a story.

What documents assert about the same thing is aligned by a *topic* key:

* a dated event: ``date:<event>`` where the event is the cue (``incendie``, ``signature``,
  ``évacuation`` ... see :mod:`recoupe.crosscheck.lexicon`) nearest to the date in its sentence;
* a count: ``quantity:<unit>`` with the unit made canonical through a synonym table (obus ~
  projectile, habitant ~ résident ~ resident) and, for people, what they undergo (évacués,
  blessés), so that the population of a town never meets an evacuation count;
* a quoted statement: ``quote:<group>`` from :func:`link_quote_variants`.

Values are compared explicitly (never by embeddings): ISO dates by granularity, quantities as
intervals (``plus de 80`` = (80, ∞), ``environ 3 000`` = 3 000 ± 15 %).  A topic is *contested*
when two independent source families give values that cannot both be true; *corroborated* when
at least two families give it; *single_source* otherwise.  Copies, rewrites and translations of
one original are one family (:func:`recoupe.stories.families.source_families`).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from recoupe.crosscheck import lexicon as lx
from recoupe.crosscheck.values import (
    date_key,
    dates_compatible,
    day_of,
    format_quantity,
    quantities_compatible,
    sort_key,
)
from recoupe.graph import UnionFind
from recoupe.model import Analysis, Claim, ClaimSource, Document, Quote, Ref
from recoupe.stories.families import source_families
from recoupe.textnorm import fold, split_sentences

PRIORITY_CHARS = 30  # a cue one priority level lower must be this many characters nearer to win
DATE_EPISODE_DAYS = 4  # two day-precise dates of one event kind further apart are two events


# --------------------------------------------------------------------------- compiled data


def _compile(pats: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(pats) + r")(?![\w-])")


_EVENT_RES = {k: (prio, _compile(pats)) for k, (prio, _label, pats) in lx.EVENTS.items()}
_CTX_RES = {k: _compile(pats) for k, pats in lx.QUANTITY_CONTEXTS.items()}
_CTX_CUES = {k: (2, p) for k, p in _CTX_RES.items()}
_CITE_RE = re.compile("|".join(lx.CITE_PATTERNS))
_DE_NOUN = re.compile(r"\b(?:de|d')\s*(?:la |l'|les |des )?([a-z][a-z-]{2,})")


# --------------------------------------------------------------------------- items


@dataclass(slots=True)
class Item:
    """One assertion found in one document: a topic, a value, and the evidence."""

    doc: str
    story: str | None
    topic: str
    ref: Ref
    value: Any  # ISO date string, or (value, approx) for a quantity
    family: str
    sentence: tuple[int, int]
    cites: str | None = None
    display: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class _Sentences:
    """Sentence spans of each document, cached, with lookup by offset."""

    def __init__(self, docs: dict[str, Document]) -> None:
        self.docs = docs
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._starts: dict[str, list[int]] = {}
        self._folded: dict[str, str] = {}

    def folded(self, doc_id: str) -> str:
        if doc_id not in self._folded:
            self._folded[doc_id] = fold(self.docs[doc_id].text)
        return self._folded[doc_id]

    def around(self, doc_id: str, start: int, end: int) -> tuple[int, int]:
        if doc_id not in self._spans:
            spans = split_sentences(self.docs[doc_id].text) or [(0, len(self.docs[doc_id].text))]
            self._spans[doc_id] = spans
            self._starts[doc_id] = [s for s, _ in spans]
        spans, starts = self._spans[doc_id], self._starts[doc_id]
        i = max(0, bisect.bisect_right(starts, start) - 1)
        s, e = spans[i]
        return (s, max(e, end))

    def before(self, doc_id: str, sent: tuple[int, int], n: int) -> tuple[int, int]:
        """The span of the ``n`` sentences before ``sent`` (within the same paragraph)."""
        starts = self._starts.get(doc_id, [])
        i = bisect.bisect_right(starts, sent[0]) - 1
        j = max(0, i - n)
        if i <= 0 or not starts:
            return (sent[0], sent[0])
        lo = starts[j]
        gap = self.docs[doc_id].text.rfind("\n\n", lo, sent[0])
        return (max(lo, gap + 2) if gap >= 0 else lo, sent[0])


CLAUSE_PENALTY = 80  # a cue in another clause of the sentence counts as this many characters further
ANAPHORA_SENTENCES = 2  # an act with a pronoun object looks this many sentences back for its agreement

_CLAUSE_RE = re.compile(r"[,;:()\[\]\u2013\u2014]|(?<![\w'-])(?:" + "|".join(lx.CLAUSE_WORDS) + r")(?![\w-])")
_AGREEMENT_RE = re.compile(r"(?<![\w-])" + lx.AGREEMENT_NOUN + r"(s)?(?![\w-])")
_EARLIER_RE = _compile(lx.EARLIER_MARKERS)


def _clause_cuts(folded: str, sent: tuple[int, int]) -> list[int]:
    """Offsets where a new clause begins inside the sentence (commas, conjunctions, relatives).

    A comma or "et" inside an enumeration of numbers ("en 1961, 2000 et 2001") is not a cut.
    """
    cuts: list[int] = []
    for m in _CLAUSE_RE.finditer(folded, sent[0], sent[1]):
        after = folded[m.end() : m.end() + 6].lstrip(" ,")
        before = folded[max(sent[0], m.start() - 3) : m.start()].rstrip(" ,")
        if after[:1].isdigit() and before[-1:].isdigit():
            continue
        cuts.append(m.start())
    return cuts


def _cue_matches(folded: str, sent: tuple[int, int], span: tuple[int, int],
                 res: dict[str, tuple[int, re.Pattern[str]]]) -> tuple[str, int, int] | None:
    """The cue (key, start, end) governing ``span``: nearest in its own clause first.

    Cost = distance + a handicap for lower-priority cues + a penalty per clause boundary crossed, so a
    date is attached to the event word of its own clause and a verbless clause ("Ce samedi, ...")
    falls back to the neighbouring one.
    """
    best: tuple[int, int, str, int, int] | None = None
    s0, e0 = sent
    text = folded[s0:e0]
    cuts = _clause_cuts(folded, sent)
    own = bisect.bisect_right(cuts, span[0])
    for key, (prio, pat) in res.items():
        for m in pat.finditer(text):
            ms, me = m.start() + s0, m.end() + s0
            if ms < span[1] and me > span[0]:
                continue  # the cue is part of the mention itself
            dist = span[0] - me if me <= span[0] else ms - span[1]
            crossed = abs(bisect.bisect_right(cuts, ms) - own)
            cand = (dist + PRIORITY_CHARS * (3 - prio) + CLAUSE_PENALTY * crossed, -prio, key, ms, me)
            if best is None or cand < best:
                best = cand
    return (best[2], best[3], best[4]) if best else None


def _nearest_cue(folded: str, sent: tuple[int, int], span: tuple[int, int],
                 res: dict[str, tuple[int, re.Pattern[str]]]) -> str | None:
    """The cue key governing ``span`` inside the sentence (see :func:`_cue_matches`)."""
    hit = _cue_matches(folded, sent, span, res)
    return hit[0] if hit else None


def _agreement_object(folded: str, sent: tuple[int, int], cue: tuple[int, int],
                      before: tuple[int, int] | None) -> str | None:
    """The event of an act on an agreement: ``accord`` (this story's agreement), ``accord-anterieur``
    (plural or earlier agreements), or None when the act's object is no agreement.

    The object is the agreement noun of the cue's clause nearest to the cue; failing that (a pronoun:
    "il a été signé"), the last agreement noun of the ``before`` span (the previous sentences).
    """
    cuts = [sent[0], *_clause_cuts(folded, sent), sent[1]]
    i = bisect.bisect_right(cuts, cue[0]) - 1
    c0, c1 = cuts[max(0, i)], cuts[min(len(cuts) - 1, i + 1)]
    nouns = list(_AGREEMENT_RE.finditer(folded, c0, c1))
    anaphora = False
    if not nouns:  # a relative clause: its antecedent sits earlier in the sentence
        nouns = list(_AGREEMENT_RE.finditer(folded, sent[0], c0))[-1:]
        c0 = nouns[0].start() if nouns else c0
    if not nouns and before and before[1] > before[0]:  # a pronoun ("il a été signé"): singular antecedent
        nouns = [m for m in _AGREEMENT_RE.finditer(folded, before[0], before[1]) if not m.group(1)][-1:]
        anaphora = True
    if not nouns:
        return None
    m = min(nouns, key=lambda m: (0 if m.end() <= cue[1] else 1, abs(m.start() - cue[0])))
    if anaphora:
        m = nouns[-1]
    plural = bool(m.group(1)) or m.group(0) == "treaties"
    lead = folded[max(0 if anaphora else c0, m.start() - 30) : m.start()]
    trail = folded[m.end() : m.end() + 30]
    if plural or _EARLIER_RE.search(lead) or _EARLIER_RE.search(trail):
        return lx.EARLIER_AGREEMENT_EVENT
    return lx.AGREEMENT_EVENT


def _cites(doc: Document, folded: str, sent: tuple[int, int]) -> str | None:
    """The named origin a sentence cites ("selon l'AFP" -> "AFP"), if any."""
    m = _CITE_RE.search(folded, sent[0], sent[1])
    if not m:
        return None
    rest = doc.text[m.end() : sent[1]]
    words = re.findall(r"[\w'’-]+|[,;:.!?()«»\"“”]", rest)
    out: list[str] = []
    for w in words[:4]:
        if not re.match(r"\w", w):
            break
        if out and not w[:1].isupper():
            break
        out.append(w)
        if not w[:1].isupper():
            break
    if not out or fold(out[0]) in lx.VAGUE_ORIGINS:
        return None
    return " ".join(out)


@lru_cache(maxsize=4096)
def canonical_unit(unit: str) -> str:
    """Canonical unit of a unit lemma, through the synonym table (plural and case folded)."""
    u = fold(unit.strip())
    if u in lx.UNITS:
        return lx.UNITS[u]
    singular = "-".join(_singular(p) for p in u.split("-"))
    for cand in (singular, " ".join(_singular(p) for p in u.split()), u.split()[-1] if u else u):
        if cand in lx.UNITS:
            return lx.UNITS[cand]
    return singular


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith("ss"):
        return word[:-1]
    return word


_MEASURES = frozenset({"tonne", "litre", "euro", "dollar", "%", "kilometre", "metre", "hectare", "mile"})
_NOT_NOUNS = frozenset({"plus", "moins", "pres", "environ", "personnes", "euros", "dollars"})


def quantity_topic(doc: Document, folded: str, ref: Ref, unit: str, sent: tuple[int, int]) -> str | None:
    """The topic key of a quantity, or None when it is not comparable (durations, no unit)."""
    cu = canonical_unit(unit) if unit else ""
    if not cu or cu in lx.DURATION_UNITS or cu in lx.GENERIC_COUNT_UNITS:
        return None
    key = cu
    if cu in lx.PERSON_UNITS:
        ctx = _nearest_cue(folded, sent, (ref.start, ref.end), _CTX_CUES)
        if ctx in ("mort", "blesse"):
            return f"quantity:{ctx}"
        if ctx == "emploi" or (cu == "salarie" and ctx != "licenciement"):
            return "quantity:salarie"
        if ctx and ctx in lx.SPLITTING_CONTEXTS:
            key = f"{cu}:{ctx}"
    elif cu in _MEASURES:
        m = _DE_NOUN.match(folded, ref.end) or _DE_NOUN.match(folded, ref.end + 1)
        noun = m.group(1) if m else ""
        # without "tonnes de X" the key is weak: reported, never contested
        key = f"{cu}:{noun.rstrip('s')}" if noun and noun not in _NOT_NOUNS else f"{cu}:?"
    return f"quantity:{key}"


def _date_event(sents: _Sentences, doc_id: str, folded: str, sent: tuple[int, int],
                span: tuple[int, int]) -> str | None:
    """The event a date mention dates: the cue of its clause, and for an act on an agreement the
    agreement itself (signed, ratified or confirmed: one event per story)."""
    hit = _cue_matches(folded, sent, span, _EVENT_RES)
    if hit is None:
        return None
    key, ms, me = hit
    if key in lx.AGREEMENT_ACTS:
        pronoun_object = key in ("signature", "ratification")
        before = sents.before(doc_id, sent, ANAPHORA_SENTENCES) if pronoun_object else None
        obj = _agreement_object(folded, sent, (ms, me), before)
        if obj:
            return obj
        if key == "accord":
            return lx.AGREEMENT_EVENT
    return key


def claim_worthy(unit: str, value: float) -> bool:
    """Is a count checkable?  Not a generic relational noun ("deux pays", "deux fois") nor a duration,
    and either a casualty / person count or a value of at least ``MIN_CLAIM_VALUE``."""
    cu = canonical_unit(unit) if unit else ""
    if not cu or cu in lx.GENERIC_COUNT_UNITS or cu in lx.DURATION_UNITS:
        return False
    if cu in lx.PERSON_COUNT_UNITS or cu in lx.PERSON_UNITS or cu in lx.MEASURE_KINDS:
        return True
    return abs(float(value)) >= lx.MIN_CLAIM_VALUE


_LINK_RE = re.compile(r"(?<![\w-])(?:" + "|".join(lx.CODATING_LINKS) + r")(?: de| d'| a)?\s+"
                      r"(?:(?:l'|le |la |les |du |des |the |this |ce |cet |cette )\s*)?$")


def _codated(folded: str, sent: tuple[int, int], span: tuple[int, int], event: str) -> str | None:
    """Another event the date also dates: its word follows a temporal link ("après l'incendie") in the
    date's clause or the next one, and the date's own event happens at its time (see the lexicon)."""
    others = lx.CODATED_EVENTS.get(event)
    if not others:
        return None
    cuts = [*_clause_cuts(folded, sent), sent[1]]
    own = bisect.bisect_right(cuts, span[0])
    limit = cuts[min(own + 1, len(cuts) - 1)]
    for key in others:
        _prio, pat = _EVENT_RES[key]
        for m in pat.finditer(folded, span[1], limit):
            if _LINK_RE.search(folded, max(span[1], m.start() - 30), m.start()):
                return key
    return None


def collect_items(analysis: Analysis) -> list[Item]:
    """Every dated event and counted thing of every document, with its topic and family."""
    docs = analysis.by_id()
    families = source_families(list(docs), analysis.derivations)
    story_of = {d: s.id for s in analysis.stories for d in s.documents}
    sents = _Sentences(docs)
    items: list[Item] = []
    for dm in analysis.dates:
        if dm.kind != "date" or dm.ref.document not in docs:
            continue
        if dm.anchor.startswith("story:"):
            # a relative date of an undated document, resolved against the story's other articles:
            # good enough for a timeline, too weak to confirm or contest anything
            continue
        value = date_key(dm.value)
        if not value:
            continue
        doc_id = dm.ref.document
        folded = sents.folded(doc_id)
        sent = sents.around(doc_id, dm.ref.start, dm.ref.end)
        event = _date_event(sents, doc_id, folded, sent, (dm.ref.start, dm.ref.end))
        events = [event or "?"]
        also = _codated(folded, sent, (dm.ref.start, dm.ref.end), event) if event else None
        if also:
            events.append(also)
        for ev in events:
            items.append(Item(doc_id, story_of.get(doc_id), f"date:{ev}", dm.ref, value,
                              families.get(doc_id, doc_id), sent, _cites(docs[doc_id], folded, sent), value))
    for q in analysis.quantities:
        doc_id = q.ref.document
        if doc_id not in docs:
            continue
        folded = sents.folded(doc_id)
        sent = sents.around(doc_id, q.ref.start, q.ref.end)
        if not claim_worthy(q.unit, q.value):
            continue
        topic = quantity_topic(docs[doc_id], folded, q.ref, q.unit, sent)
        if topic is None:
            continue
        items.append(Item(doc_id, story_of.get(doc_id), topic, q.ref, (float(q.value), q.approx),
                          families.get(doc_id, doc_id), sent, _cites(docs[doc_id], folded, sent),
                          format_quantity(q.value, q.approx), {"unit": q.unit}))
    return items


# --------------------------------------------------------------------------- grouping


def _compatible(a: Item, b: Item) -> bool:
    if isinstance(a.value, str):
        return dates_compatible(a.value, b.value)
    return quantities_compatible(a.value, b.value)


def _date_episodes(items: list[Item]) -> list[list[Item]]:
    """Split one event kind into episodes: day-precise dates more than a few days apart are
    different events (a fire in 2019 and the fire of this week); coarser dates join the episode
    they are compatible with, else stand alone."""
    days = sorted((it for it in items if day_of(it.value)), key=lambda it: it.value)
    episodes: list[list[Item]] = []
    last = None
    for it in days:
        d = day_of(it.value)
        if last is None or (d - last).days > DATE_EPISODE_DAYS:
            episodes.append([])
        episodes[-1].append(it)
        last = d
    for it in sorted((it for it in items if not day_of(it.value)), key=lambda it: it.value):
        for ep in episodes:
            if any(dates_compatible(it.value, o.value) for o in ep):
                ep.append(it)
                break
        else:
            episodes.append([it])
    return episodes


def _value_clusters(items: list[Item]) -> list[list[Item]]:
    """Items grouped by mutually compatible values (most precise / most supported first)."""
    clusters: list[list[Item]] = []
    order = sorted(items, key=lambda it: (-len(str(it.value)) if isinstance(it.value, str) else 0))
    for it in order:
        for cl in clusters:
            if all(_compatible(it, o) for o in cl):
                cl.append(it)
                break
        else:
            clusters.append([it])
    return clusters


def _contested(items: list[Item]) -> bool:
    """Two families whose values are pairwise incompatible."""
    by_fam: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_fam[it.family].append(it)
    fams = list(by_fam)
    for i, fa in enumerate(fams):
        for fb in fams[i + 1 :]:
            if not any(_compatible(a, b) for a in by_fam[fa] for b in by_fam[fb]):
                return True
    return False


def _n_fam(items: Iterable[Item]) -> int:
    return len({it.family for it in items})


def _sources_word(n: int) -> str:
    return f"{n} source{'s' if n > 1 else ''}"


def _unit_display(unit: str, items: Iterable[Item] = ()) -> str:
    """How a canonical unit reads: the extractor's own (accented) unit when it folds to it."""
    for it in items:
        raw = str(it.extra.get("unit", "")).strip()
        if raw and canonical_unit(raw) == unit and fold(raw) != raw:
            return _singular(raw) if len(raw) > 3 else raw
    return lx.UNIT_DISPLAY.get(unit, unit)


def _de(word: str) -> str:
    """French "de" before a word: d' before a vowel."""
    return ("d'" if fold(word[:1]) in "aeiouyh" else "de ") + word


def _topic_label(topic: str, items: Iterable[Item] = ()) -> str:
    kind, _, key = topic.partition(":")
    if kind == "date":
        ev = lx.EVENTS.get(key)
        if key == lx.EARLIER_AGREEMENT_EVENT:
            return "Date d'un accord antérieur"
        return f"Date de l'événement « {ev[1]} »" if ev else "Date"
    if key in lx.UNIT_LABELS:
        return lx.UNIT_LABELS[key]
    unit, _, qual = key.partition(":")
    unit_l = _unit_display(unit, list(items))
    meaningful = qual if qual and qual != "?" else ""
    measure = lx.MEASURE_KINDS.get(unit)
    if measure:
        if unit == "%":
            return f"{measure} ({meaningful})" if meaningful else measure
        if unit in lx.PLACE_MEASURES or not meaningful:
            return f"{measure} ({unit_l})"
        return f"{measure} ({unit_l} {_de(meaningful)})"
    if qual in lx.QUANTITY_CONTEXTS:
        return f"Quantité ({unit_l}, {lx.UNIT_DISPLAY.get(qual, qual)})"
    if qual and qual != "?":
        return f"Quantité ({unit_l} {_de(qual)})"
    return f"Quantité ({unit_l})"


def _cluster_value(cl: list[Item]) -> str:
    if isinstance(cl[0].value, str):
        return max((it.value for it in cl), key=len)
    best = max(cl, key=lambda it: (it.value[1] == "exact", len([o for o in cl if o.value == it.value])))
    return best.display


def _competitors(clusters: list[list[Item]]) -> list[list[Item]]:
    """The majority value and the values that really compete with it: a family that also gives the
    majority value is not a competitor (a stray date wrongly attached in an agreeing article)."""
    if not clusters:
        return clusters
    top_fams = {it.family for it in clusters[0]}
    out = [clusters[0]]
    for cl in clusters[1:]:
        rest = [it for it in cl if it.family not in top_fams]
        if rest:
            out.append(rest)
    return out


def _source(it: Item) -> ClaimSource:
    if isinstance(it.value, str):
        value: Any = it.value
    else:
        v = it.value[0]
        value = int(v) if float(v).is_integer() else v
    return ClaimSource(ref=it.ref, value=value, family=it.family, cites=it.cites)


def _claim_for(group: list[Item], story: str | None, topic: str, weak: bool) -> Claim:
    clusters = _value_clusters(group)
    clusters.sort(key=lambda cl: (-_n_fam(cl), -len(cl)))
    n_fam = _n_fam(group)
    contested = not weak and n_fam >= 2 and _contested(group)
    label = _topic_label(topic, group)
    notes: list[str] = []
    if contested:
        status = "contested"
        parts = [f"{_cluster_value(cl)} ({_sources_word(_n_fam(cl))})" for cl in _competitors(clusters)]
        statement = f"{label} : " + " / ".join(parts)
    else:
        status = "corroborated" if n_fam >= 2 else "single_source"
        shown = list(dict.fromkeys(it.display for it in group))
        if isinstance(group[0].value, str) or len(shown) > 3:
            shown = list(dict.fromkeys(_cluster_value(cl) for cl in clusters))
        value = " ~ ".join(shown)
        if status == "corroborated":
            statement = f"{label} : {value} ({n_fam} sources indépendantes)"
        else:
            docs = sorted({it.doc for it in group})
            statement = f"{label} : {value} (une seule source : {', '.join(docs)})"
            notes.append("single source family: " + group[0].family)
        distinct = list(dict.fromkeys(it.display for it in group))
        if len(distinct) > 1 and not isinstance(group[0].value, str):
            notes.append("divergent but compatible: " + " vs ".join(distinct))
    cited = defaultdict(set)
    for it in group:
        if it.cites:
            cited[fold(it.cites)].add(it.family)
    for origin, fams in cited.items():
        if len(fams) >= 2:
            name = next(it.cites for it in group if it.cites and fold(it.cites) == origin)
            notes.append(f"{len(fams)} families cite the same origin: {name}")
    order = sorted(group, key=lambda it: (it.family, it.doc, it.ref.start))
    return Claim(id="", statement=statement, status=status, sources=[_source(it) for it in order],
                 independent_sources=n_fam, story=story, topic=topic, note="; ".join(notes))


def _elsewhere(items: list[Item]) -> set[str]:
    """Documents of a story that date its shared events days away from the day most families give.

    A fire "lundi 10 mars" in a story about a fire on 4 March is another fire that the story
    clustering merged: its counts must not be compared with the others'.
    """
    days: dict[tuple[str | None, str], dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for it in items:
        if (it.topic.startswith("date:") and it.topic != "date:?" and day_of(it.value)
                and it.topic[5:] not in lx.MULTI_PHASE_EVENTS):
            days[(it.story, it.topic)][it.doc].add(day_of(it.value))
    fam = {it.doc: it.family for it in items}
    verdict: dict[str, bool] = {}
    for by_doc in days.values():
        for doc, ds in by_doc.items():
            support: dict = defaultdict(set)  # day -> families (other than doc's) giving it
            for o, ods in by_doc.items():
                if fam[o] != fam[doc]:
                    for d in ods:
                        support[d].add(fam[o])
            if not support:
                continue
            top = max(len(f) for f in support.values())
            main_days = [d for d, f in support.items() if len(f) == top]
            far = all(abs((d - o).days) > DATE_EPISODE_DAYS for d in ds for o in main_days)
            verdict[doc] = verdict.get(doc, True) and far
    return {doc for doc, far in verdict.items() if far}


def _groups(items: list[Item]) -> list[tuple[str | None, str, list[Item], bool]]:
    """(story, topic, items, weak) for every comparable group."""
    apart = _elsewhere(items)
    by_key: dict[tuple[str | None, str, str], list[Item]] = defaultdict(list)
    for it in items:
        by_key[(it.story, it.topic, it.doc if it.doc in apart else "")].append(it)
    out = []
    for (story, topic, _apart), group in by_key.items():
        weak = topic.endswith(":?")
        if topic.startswith("date:"):
            for ep in _date_episodes(group):
                out.append((story, topic, ep, weak))
        else:
            out.append((story, topic, group, weak))
    out.sort(key=lambda g: (g[0] or "", _first_pos(g[2])))
    return out


def _first_pos(items: list[Item]) -> tuple[str, int]:
    it = min(items, key=lambda it: (it.doc, it.ref.start))
    return (it.doc, it.ref.start)


def _self_contradictions(items: list[Item]) -> list[Claim]:
    """One document dating an ending event before the event it ends (a farewell before the visit)."""
    out: list[Claim] = []
    by_doc: dict[str, dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for it in items:
        if it.topic.startswith("date:") and day_of(it.value):
            by_doc[it.doc][it.topic[5:]].append(it)
    for doc, events in sorted(by_doc.items()):
        for end_ev, start_ev in lx.EVENT_ENDS.items():
            for e in events.get(end_ev, []):
                starts = [s for s in events.get(start_ev, [])
                          if 0 < (day_of(s.value) - day_of(e.value)).days <= DATE_EPISODE_DAYS]
                if not starts:
                    continue
                s = starts[0]
                end_l, start_l = lx.EVENTS[end_ev][1], lx.EVENTS[start_ev][1]
                out.append(Claim(
                    id="", status="contested", independent_sources=1, story=e.story,
                    topic=f"self-contradiction:{start_ev}/{end_ev}",
                    statement=(f"Contradiction interne de {doc} : {end_l} le {e.value} "
                               f"avant {start_l} le {s.value}"),
                    sources=[_source(s), _source(e)],
                    note=f"self-contradiction: {end_l} ({e.value}) dated before {start_l} ({s.value})"))
    return out


# --------------------------------------------------------------------------- quotes


def _wording_note(wordings: list[str], max_changes: int = 4) -> str:
    """"3 wordings; 2: « accord » → « traité » ..." -- what each other wording changes in the first."""
    firsts: dict[str, str] = {}
    for w in wordings:
        firsts.setdefault(fold(w), w)
    distinct = list(firsts.values())
    if len(distinct) < 2:
        return ""
    parts = [f"{len(distinct)} wordings"]
    for n, other in enumerate(distinct[1:], 2):
        changes = []
        ops = quote_diff(distinct[0], other)
        k = 0
        while k < len(ops) and len(changes) < max_changes:
            op, text = ops[k]
            if op == "delete" and k + 1 < len(ops) and ops[k + 1][0] == "insert":
                changes.append(f"« {text} » → « {ops[k + 1][1]} »")
                k += 2
                continue
            if op == "delete":
                changes.append(f"− « {text} »")
            elif op == "insert":
                changes.append(f"+ « {text} »")
            k += 1
        if changes:
            parts.append(f"wording {n}: " + ", ".join(changes))
    return "; ".join(parts)


def _speaker_phrase(name: str | None) -> str:
    """"de X" with French contraction (de + le -> du, de + les -> des); unknown speaker said so."""
    if not name:
        return "d'un locuteur non identifié"
    name = " ".join(name.split())
    low = name.lower()
    if low.startswith("le "):
        return "du " + name[3:]
    if low.startswith("les "):
        return "des " + name[4:]
    return _de(name)


def _quote_claims(analysis: Analysis, families: dict[str, str], story_of: dict[str, str]) -> list[Claim]:
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in analysis.quotes:
        if q.variant_of:
            groups[q.variant_of].append(q)
    out = []
    for gid, qs in groups.items():
        docs = {q.ref.document for q in qs}
        if len(docs) < 2:
            continue
        fams = {families.get(q.ref.document, q.ref.document) for q in qs}
        names = {e.id: e.name for e in analysis.entities}
        known = next((q.speaker for q in qs if q.speaker), None)
        # the entity's canonical name when the speaker is resolved, else how the text names them
        speaker = _speaker_phrase(names.get(known) if known in names else
                                  next((q.speaker_text for q in qs if q.speaker_text and q.speaker), None))
        first = min(qs, key=lambda q: (q.ref.document, q.ref.start))
        words = first.ref.text if len(first.ref.text) <= 90 else first.ref.text[:87].rstrip() + "…"
        n = len(fams)
        status = "corroborated" if n >= 2 else "single_source"
        tail = f"{n} sources indépendantes" if n >= 2 else f"une seule source : {', '.join(sorted(docs))}"
        wordings = list(dict.fromkeys(q.ref.text for q in sorted(qs, key=lambda q: (q.ref.document,
                                                                                      q.ref.start))))
        out.append(Claim(
            id="", statement=f"Propos {speaker} : « {words} » ({tail})", status=status,
            sources=[ClaimSource(ref=q.ref, value=q.ref.text, family=families.get(q.ref.document, ""))
                     for q in sorted(qs, key=lambda q: (q.ref.document, q.ref.start))],
            independent_sources=n, story=story_of.get(first.ref.document), topic=f"quote:{gid}",
            note=_wording_note(wordings)))
    return out


# --------------------------------------------------------------------------- public


def _main_events(claims: list[Claim]) -> dict[str | None, tuple[str, int]]:
    """The dated event of each story most families report (the story's main event), with the number of
    families of its best-supported episode."""
    support: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    best_ep: dict[tuple[str | None, str], int] = defaultdict(int)
    for c in claims:
        if c.topic.startswith("date:") and c.topic != f"date:{lx.EARLIER_AGREEMENT_EVENT}":
            fams = {s.family for s in c.sources}
            support[(c.story, c.topic)].update(fams)
            best_ep[(c.story, c.topic)] = max(best_ep[(c.story, c.topic)], len(fams))
    best: dict[str | None, tuple[int, str]] = {}
    for (story, topic), fams in support.items():
        if story not in best or len(fams) > best[story][0]:
            best[story] = (len(fams), topic)
    return {story: (topic, best_ep[(story, topic)]) for story, (_n, topic) in best.items()}


def _importance(c: Claim, main: dict[str | None, tuple[str, int]]) -> int:
    """0 for person counts and dates of the story's main event, 1 other counts and quotes, 2 other dates
    (including far episodes of the main event that fewer families give), 3 earlier agreements."""
    kind, _, key = c.topic.partition(":")
    if kind == "quantity":
        unit = key.split(":")[0]
        return 0 if unit in lx.PERSON_COUNT_UNITS or unit in lx.PERSON_UNITS else 1
    if kind == "date":
        if key == lx.EARLIER_AGREEMENT_EVENT:
            return 3
        topic, n = main.get(c.story, ("", 0))
        return 0 if topic == c.topic and len({s.family for s in c.sources}) >= n else 2
    return 1


def build_claims(analysis: Analysis) -> list[Claim]:
    """Claims of every story: dated events, counts and quoted statements, with their status."""
    items = collect_items(analysis)
    claims: list[Claim] = []
    for story, topic, group, weak in _groups(items):
        if topic == "date:?":
            continue  # a date with no event cue says nothing checkable
        claims.append(_claim_for(group, story, topic, weak))
    claims.extend(_self_contradictions(items))
    docs = [d.id for d in analysis.documents]
    families = source_families(docs, analysis.derivations)
    story_of = {d: s.id for s in analysis.stories for d in s.documents}
    if analysis.quotes and not any(q.variant_of for q in analysis.quotes):
        link_quote_variants(analysis)
    claims.extend(_quote_claims(analysis, families, story_of))
    rank = {"contested": 0, "corroborated": 1, "single_source": 2}
    main = _main_events(claims)
    claims.sort(key=lambda c: (c.story or "", rank[c.status], _importance(c, main), -c.independent_sources))
    for i, c in enumerate(claims, 1):
        c.id = f"C{i}"
    return claims


# --------------------------------------------------------------------------- quote variants

SAME_LANG_RATIO = 72.0  # rapidfuzz ratio on folded text
PARTIAL_RATIO = 92.0  # one quote is a cut of the other (at least PARTIAL_MIN_WORDS words)
PARTIAL_MIN_WORDS = 6
EMBED_SAME = 0.86  # cosine, same language (rewordings)
EMBED_CROSS = 0.72  # cosine, across languages (translations)
# Same language, heavier rewording: mean of encoder cosine and content-word overlap (synonyms merged).
# Calibrated on hand-written pairs (tests/test_claims_variants.py): rewordings of one statement score
# 0.66-0.79, other statements of the same speaker on the same subject 0.24-0.40.
BLEND_SAME = 0.55
BLEND_MIN_WORDS = 4  # content words each quote needs for the blended score
PAIR_PREFILTER = 0.45  # cosine below which two quotes are not compared further (a cut or a rewording scores more)


def _quote_similar(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fuzz.ratio(fa, fb) >= SAME_LANG_RATIO:
        return True
    short = min(fa, fb, key=len)
    return len(short.split()) >= PARTIAL_MIN_WORDS and fuzz.partial_ratio(fa, fb) >= PARTIAL_RATIO


_QUOTE_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("french")


@lru_cache(maxsize=1)
def _quote_stopwords() -> frozenset[str]:
    from recoupe.stories.lexicon import STOPWORDS

    return frozenset().union(*STOPWORDS.values()) | lx.QUOTE_WEAK_WORDS


def _content_keys(text: str) -> set[str]:
    """Content words of a quote, folded, synonyms merged (traité ~ pacte ~ accord), stemmed."""
    stop = _quote_stopwords()
    out = set()
    for w in _QUOTE_WORD.findall(fold(text)):
        if len(w) < 3 or w in stop or w.isdigit():
            continue
        w = lx.QUOTE_SYNONYMS.get(w, w)
        out.add(_stemmer().stemWord(w)[:7])
    return out


def _embeddings(texts: list[str]):
    try:
        from recoupe.stories.embed import embed

        return embed(texts)
    except Exception:  # noqa: BLE001 - the encoder is optional here; fall back to string matching
        return None


def link_quote_variants(analysis: Analysis) -> None:
    """Set ``Quote.variant_of`` for renderings of one statement across documents.

    Same language: fuzzy string match (a cut or a light rewording).  Across languages or for
    heavier rewordings: the multilingual sentence encoder, when available.  Two quotes whose
    speakers are both known and differ are never linked.  Groups get ids ``Q1``, ``Q2``... in
    order of first appearance; a quote found in one document only keeps ``variant_of = None``.
    """
    quotes = analysis.quotes
    if not quotes:
        return
    lang = {d.id: d.language for d in analysis.documents}
    story_of = {d: s.id for s in analysis.stories for d in s.documents}
    uf: UnionFind[int] = UnionFind(range(len(quotes)))

    texts = [q.ref.text for q in quotes]
    keys: dict[int, set[str]] = {}

    def blended(i: int, j: int, cosine: float) -> float:
        for k in (i, j):
            if k not in keys:
                keys[k] = _content_keys(texts[k])
        ka, kb = keys[i], keys[j]
        if min(len(ka), len(kb)) < BLEND_MIN_WORDS:
            return 0.0
        return (cosine + len(ka & kb) / min(len(ka), len(kb))) / 2

    def linkable(i: int, j: int) -> bool:
        qa, qb = quotes[i], quotes[j]
        return qa.ref.document != qb.ref.document and not (qa.speaker and qb.speaker and qa.speaker != qb.speaker)

    by_story: dict[str, list[int]] = defaultdict(list)
    for k, q in enumerate(quotes):
        by_story[story_of.get(q.ref.document, "")].append(k)
    for idx in by_story.values():
        if len(idx) < 2:
            continue
        vecs = _embeddings([texts[k] for k in idx])
        if vecs is None:  # no encoder: string matching on every pair
            for a, i in enumerate(idx):
                for j in idx[a + 1 :]:
                    if linkable(i, j) and _quote_similar(texts[i], texts[j]):
                        uf.union(j, i)
            continue
        # every link needs a close meaning, so the cosine matrix prunes the pairs worth a closer look
        sims = vecs @ vecs.T
        rows, cols = np.nonzero(np.triu(sims >= PAIR_PREFILTER, k=1))
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i, j = idx[r], idx[c]
            if not linkable(i, j):
                continue
            if _quote_similar(texts[i], texts[j]):
                uf.union(j, i)
                continue
            sim = float(sims[r, c])
            cross = lang.get(quotes[i].ref.document) != lang.get(quotes[j].ref.document)
            if sim >= (EMBED_CROSS if cross else EMBED_SAME) or (not cross and blended(i, j, sim) >= BLEND_SAME):
                uf.union(j, i)
    order = sorted(uf.groups(range(len(quotes))), key=lambda ks: min((quotes[k].ref.document, quotes[k].ref.start)
                                                         for k in ks))
    n = 0
    for ks in order:
        if len({quotes[k].ref.document for k in ks}) < 2:
            for k in ks:
                quotes[k].variant_of = None
            continue
        n += 1
        for k in ks:
            quotes[k].variant_of = f"Q{n}"


_TOK = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def quote_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level differences between two wordings of a quote, for display.

    Returns ``(op, text)`` pieces in reading order: ``"equal"`` (in both), ``"delete"`` (only in
    ``a``), ``"insert"`` (only in ``b``).  Tokens are compared case- and accent-insensitively.
    """
    ta, tb = _TOK.findall(a), _TOK.findall(b)
    sm = SequenceMatcher(a=[fold(t) for t in ta], b=[fold(t) for t in tb], autojunk=False)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out.append(("equal", _join(ta[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", _join(ta[i1:i2])))
        if j2 > j1:
            out.append(("insert", _join(tb[j1:j2])))
    return out


def _join(tokens: list[str]) -> str:
    s = ""
    for t in tokens:
        word_gap = (t[0].isalnum() or t in "«“(") and not s.endswith(("'", "’", "(", "«", "“"))
        if s and (word_gap or t in "»”:;!?"):
            s += " "
        s += t
    return s


__all__ = ["build_claims", "link_quote_variants", "quote_diff", "collect_items", "Item", "canonical_unit",
           "quantity_topic", "sort_key"]
