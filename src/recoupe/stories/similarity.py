"""How likely two documents tell the same story: embeddings + shared names/numbers + content words + time.

The lead (title and opening sentences) is compared on its own too: a headline says what the story is,
and scraped bodies may be diluted by boilerplate or drift into background.  Weights were checked on the
SemEval-2022 Task 8 dev pairs (bench_stories), on both halves of a random split.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from recoupe.model import Document
from recoupe.stories.features import DocFeatures, doc_features

# weights of the signals (they sum to 1) and the time penalty
W_EMB = 0.55
W_HEAD = 0.15
W_ANCHORS = 0.15
W_CONTENT = 0.15
W_LEAD = 0.3  # share of the best lead-to-lead cosine (titles, first sentences) in the score
SAME_SENTENCE_COSINE = 0.97  # two sentences this close are the same words (boilerplate or copy)
TIME_PENALTY = 0.25
NAME_CLASH_PENALTY = 0.1  # subtracted when two texts name different people and places (_names_clash)
MIN_NAMES = 4
NAME_CLASH_OVERLAP = 0.15
MIN_SPECIFICS = 4  # names + numbers each text must give before their specifics can veto a match
# Word 4-gram containment from which two texts share wording verbatim (template-alike pairs of different
# events measured 0.16-0.40; same-story reports by different outlets almost always under 0.05).
TEMPLATE_WORDING = 0.10
SPECIFICS_VETO = 0.25  # weighted share of specifics in common below which two texts are different events
MIN_STEM = 4  # names this long may carry an inflection ending (Macron / Macrona)


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _cos_counts(a: Counter[str], b: Counter[str], idf: dict[str, float] | None = None) -> float:
    if not a or not b:
        return 0.0
    w = idf or {}
    dot = sum(v * b[k] * w.get(k, 1.0) ** 2 for k, v in a.items() if k in b)
    if dot == 0:
        return 0.0
    na = math.sqrt(sum((v * w.get(k, 1.0)) ** 2 for k, v in a.items()))
    nb = math.sqrt(sum((v * w.get(k, 1.0)) ** 2 for k, v in b.items()))
    return dot / (na * nb)


def _latin(names: set[str]) -> bool:
    return sum(n.isascii() for n in names) >= 0.8 * len(names)


def _names_clash(a: set[str], b: set[str]) -> bool:
    """Both texts name several people/places/organisations (same script) and share almost none."""
    if len(a) < MIN_NAMES or len(b) < MIN_NAMES or _latin(a) != _latin(b):
        return False
    return len(a & b) / min(len(a), len(b)) < NAME_CLASH_OVERLAP


def _specifics(f: DocFeatures) -> tuple[set[str], set[str]]:
    """Names and numbers (multi-digit: list markers and single digits say little) of a text."""
    return f.names, {n for n in f.numbers if len(n) > 1}


def specifics_idf(feats: Sequence[DocFeatures]) -> dict[str, float]:
    """Rarity of each name (``"n:" + name``) and number (``"#" + number``) among ``feats``."""
    df: Counter[str] = Counter()
    for f in feats:
        names, numbers = _specifics(f)
        df.update({"n:" + x for x in names} | {"#" + x for x in numbers})
    n = len(feats)
    return {k: math.log((1 + n) / (1 + v)) + 1.0 for k, v in df.items()}


def _found(name: str, others: set[str]) -> bool:
    """``name`` is among ``others``, maybe inflected (one is the other plus an ending of 1-2 letters)."""
    if name in others:
        return True
    if len(name) < MIN_STEM:
        return False
    for o in others:
        if len(o) >= MIN_STEM and 0 < abs(len(o) - len(name)) <= 2 and (o.startswith(name) or name.startswith(o)):
            return True
    return False


def specifics_overlap(fa: DocFeatures, fb: DocFeatures, idf: dict[str, float] | None = None) -> float | None:
    """Rarity-weighted share of one text's specifics (names, numbers) also in the other, the larger
    of the two directions; None when either text gives fewer than ``MIN_SPECIFICS``.

    A copy, rewrite or translation keeps the names, places and numbers of its source, and two
    reports of one event share the main ones; texts written from one template about different
    events share the wording but not these.  Names count only between texts in one script
    (a transliterated name is not compared), numbers always (normalised, see features).
    """
    na, ua = _specifics(fa)
    nb, ub = _specifics(fb)
    if fa.names and fb.names and _latin(fa.names) != _latin(fb.names):
        na, nb = set(), set()
    if len(na) + len(ua) < MIN_SPECIFICS or len(nb) + len(ub) < MIN_SPECIFICS:
        return None
    w = idf or {}
    top = max(w.values(), default=1.0)

    def share(names: set[str], nums: set[str], o_names: set[str], o_nums: set[str]) -> float:
        total = hit = 0.0
        for x in names:
            v = w.get("n:" + x, top)
            total += v
            hit += v if _found(x, o_names) else 0.0
        for x in nums:
            v = w.get("#" + x, top)
            total += v
            hit += v if x in o_nums else 0.0
        return hit / total if total else 0.0

    return max(share(na, ua, nb, ub), share(nb, ub, na, ua))


def specifics_conflict(fa: DocFeatures, fb: DocFeatures, idf: dict[str, float] | None = None) -> bool:
    """Both texts give names/numbers and hardly any are in common: different events, whatever the wording."""
    ov = specifics_overlap(fa, fb, idf)
    return ov is not None and ov < SPECIFICS_VETO


def _days(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    try:
        da = dt.date.fromisoformat(a[:10]) if len(a) >= 10 else None
        db = dt.date.fromisoformat(b[:10]) if len(b) >= 10 else None
    except ValueError:
        return None
    if da is None or db is None:
        return None
    return abs((da - db).days)


def _rescale(cos: float) -> float:
    """Embeddings of unrelated texts sit around 0.1-0.2, of the same story above 0.6: map to [0, 1]."""
    return min(1.0, max(0.0, (cos - 0.15) / 0.65))


def _lead(fa: DocFeatures, fb: DocFeatures) -> float:
    """Best cosine between the leads (title and first sentences) of two texts.

    A lead sentence found verbatim in the other text (a shared cookie notice, paywall blurb or
    site banner) says nothing about the story and is left out, unless nothing else is left
    (then the texts are copies and the leads are compared as they are).
    """
    if len(fa.lead) == 0 or len(fb.lead) == 0:
        return float(np.dot(fa.head_vec, fb.head_vec))
    m = fa.lead @ fb.lead.T
    keep_a = _not_shared(fa.lead, fb)
    keep_b = _not_shared(fb.lead, fa)
    if keep_a.any() and keep_b.any():
        return float(m[np.ix_(keep_a, keep_b)].max())
    return float(m.max())


def _not_shared(lead: np.ndarray, other: DocFeatures) -> np.ndarray:
    """Which lead rows have no near-identical sentence (or title) in the other text."""
    rows = np.vstack([other.lead, other.emb]) if len(other.emb) else other.lead
    return (lead @ rows.T).max(axis=1) < SAME_SENTENCE_COSINE


def feature_similarity(
    fa: DocFeatures,
    fb: DocFeatures,
    *,
    published: tuple[str | None, str | None] = (None, None),
    window_days: int = 30,
    idf: dict[str, float] | None = None,
    spec_idf: dict[str, float] | None = None,
) -> float:
    """Same-story score in [0, 1] (0.5 is the usual cut); 0 for shared wording with conflicting specifics.

    ``idf`` weighs content words, ``spec_idf`` names and numbers (see :func:`specifics_idf`).
    """
    spec = specifics_overlap(fa, fb, spec_idf)
    emb = float(np.dot(fa.vec, fb.vec))
    head = float(np.dot(fa.head_vec, fb.head_vec))
    anchors = _overlap(fa.names | fa.numbers, fb.names | fb.numbers)
    content = _cos_counts(fa.content, fb.content, idf) if fa.language == fb.language else anchors
    emb_s, head_s = _rescale(emb), _rescale(head)
    score = W_EMB * emb_s + W_HEAD * head_s + W_ANCHORS * min(1.0, 2 * anchors) + W_CONTENT * min(1.0, 2 * content)
    score = (1.0 - W_LEAD) * score + W_LEAD * _rescale(_lead(fa, fb))
    if _names_clash(fa.names, fb.names):
        score -= NAME_CLASH_PENALTY
    days = _days(*published)
    if days is not None and days > window_days:
        score -= TIME_PENALTY * min(1.0, (days - window_days) / max(1, window_days))
    if spec is not None and spec < SPECIFICS_VETO and _containment(fa.shingles, fb.shingles) >= TEMPLATE_WORDING:
        # verbatim wording but other names and numbers: a template told of another event, not this story.
        # (Independent reports of one event share almost no word 4-grams, so they are never vetoed here.)
        return 0.0
    return max(0.0, min(1.0, score))


def _containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller shingle set found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def story_similarity(a: Document, b: Document) -> float:
    """Same-story score in [0, 1] of two documents (higher = more likely the same story)."""
    fa, fb = doc_features([a, b])
    return feature_similarity(fa, fb, published=(a.published, b.published))
