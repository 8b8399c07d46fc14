"""Derivations within a story: copy, partial copy, rewrite, translation, with aligned passages.

For each pair of documents of a story, :func:`relate` aligns sentences twice: verbatim
(normalised text, rapidfuzz ratio or exact containment; quoted words discounted, since a
shared quote proves nothing) and by meaning (multilingual sentence embeddings), and a
rewrite or translation must also agree on numbers and names.  Short texts are compared
whole as well (with a punctuation-shape check across languages).

Related documents form families.  In each family the original is chosen by, in order:
publication dates; then, among the undated or same-day members, a weighted sum of cues
(``ROOT_WEIGHTS``, measured on the D3lta dev families): pairwise evidence (the other names the
original's site, a truncated copy, added decorations, containment plus own material, translation
typography); *support* (the original's words are the ones its derivatives keep); the outlier among
paraphrases (derivatives made by one process resemble each other more than their source); the raw
text (no final punctuation, hand typography such as curly apostrophes or loose spacing, which
paraphrasers and machine translation normalise); fewest decorations; a language prior (the family's
majority language, else the language most often translated from) and metadata completeness.  Every
other member is linked to the original when the two are related, else to its closest related
member, so a family is one tree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from recoupe.graph import UnionFind
from recoupe.model import Derivation, DerivationKind, Document, Passage, Story
from recoupe.settings import DEFAULT_OPTIONS, Options
from recoupe.stories.features import DocFeatures, doc_features, is_cjk, tokens
from recoupe.stories.lexicon import (
    DECORATION_PATTERNS,
    HAND_TYPOGRAPHY_PATTERNS,
    LANG_MARKERS,
    PUNCT_MAP,
    SOURCE_LANGUAGE_RANK,
    TRUNCATION_MARKERS,
)
from recoupe.stories.similarity import specifics_conflict, specifics_idf
from recoupe.textnorm import fold, split_sentences

VERBATIM_RATIO = 85  # rapidfuzz ratio of two normalised sentences to call them the same
COPY_COVERAGE = 0.8  # both sides covered verbatim at least this much: a copy
PARTIAL_COVERAGE = 0.3  # one side covered verbatim at least this much: a partial copy
PARTIAL_MIN_CHARS = 150  # ... and at least this many unquoted characters copied
SEM_SAME = 0.6  # sentence cosine for a paraphrase in the same language
SEM_COVERAGE_SAME = 0.5  # share of each side aligned by meaning for a rewrite
MEAN_BEST = 0.5  # mean best-match sentence cosine, both ways, for a rewrite/translation
NAMES_AGREE = 0.3  # share of the names of a rewrite/translation found in the other text
NUMBERS_AGREE = 0.6  # share of the numbers of a rewrite/translation found in the other text
SEM_CROSS = 0.68  # sentence cosine for a translation
SEM_COVERAGE = 0.6  # share of each side aligned by meaning for a rewrite/translation
DOC_SAME = 0.78  # whole-text cosine (short texts) for a paraphrase
MEAN_BEST_SHORT = 0.68  # ... and mean best-match sentence cosine (two short independent briefs stay below)
MEAN_BEST_SHORT_CROSS = 0.6  # the same for a short translation
DOC_CROSS = 0.6  # whole-text cosine (short texts) for a translation, if the shapes agree (_same_shape)
SHORT_CHARS = 800  # texts at most this long are also compared whole
SHAPE_RATIO = 50  # rapidfuzz ratio of the punctuation skeletons of a translation pair
LANGUAGE_BONUS = 1.0  # weight of the language prior when choosing a family's original (see _language_prior)
PRUNE_COSINE = 0.35
LARGE_STORY = 60  # above this many documents, pairs are pruned harder (PRUNE_COSINE_LARGE)
PRUNE_COSINE_LARGE = 0.55
CONTAINMENT_MARGIN = 0.04  # (texts of 4+ sentences) verbatim coverage difference that tells the original from the copy
WHOLE_COPY_RATIO = 90  # rapidfuzz ratio of the whole normalised word sequences for a copy
MIN_SHARED_SHINGLES = 3  # longer texts sharing fewer word 4-grams: no verbatim alignment is attempted
METADATA_BONUS = 0.05
NEAR_DUPLICATE_COSINE = 0.97  # document vectors this close: a verbatim copy, left out of closeness
SUPPORT_WEIGHT = 2.0  # weight of vocabulary support (see _centrality)
EMB_CENTRALITY_WEIGHT = 0.25  # weight of embedding closeness (see _centrality)
# Weights of the cues that choose an undated family's original (see _root_scores). Measured on the
# D3lta dev families (bench_provenance): each cue alone and in combination; a neighbourhood of these
# values gives the same accuracy, so they are not tuned to the last decimal.
ROOT_WEIGHTS: dict[str, float] = {
    "votes": 2.0,  # net pairwise direction votes (pair_vote), per other member
    "centrality": 0.5,  # vocabulary support + embedding closeness (z-score in the family, sd >= 0.1)
    "closeness": -0.25,  # mean embedding cosine to the same-language others that are not near-duplicates
    # (z, sd >= 0.05): derivatives made by one process (a paraphraser) resemble each other more than their source
    "unpolished": 1.0,  # no final punctuation: rewrites and copies tidy the text, the original is raw
    "hand_typography": 1.5,  # curly apostrophes, loose spacing, lower-case start (HAND_TYPOGRAPHY_PATTERNS):
    # a paraphraser or a machine translation normalises them, a verbatim copy keeps them
    "language": 2.0,  # family majority language, else languages most translated from
    "decorations": -1.0,  # emoji, hashtags, teaser brackets, wrapping quotes: added by re-posters
}


@dataclass(slots=True)
class Relation:
    """How two documents ``a`` and ``b`` are related (undirected), with evidence."""

    a: str
    b: str
    kind: DerivationKind
    score: float
    passages: list[Passage] = field(default_factory=list)  # a is "source" side, b "target" side
    cover_a: float = 0.0
    cover_b: float = 0.0


# --------------------------------------------------------------------------- alignment


def _norm_keys(f: DocFeatures) -> list[str]:
    return [" ".join(tokens(k, f.cjk)) for k in f.keys]


def _weights(f: DocFeatures) -> np.ndarray:
    return np.array(
        [(e - s) * max(0.1, 1.0 - q) for (s, e), q in zip(f.sentences, f.quoted, strict=True)], dtype=np.float64
    )


def _verbatim(fa: DocFeatures, fb: DocFeatures) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, float]]]:
    """Matched flags of a's and b's sentences, and the aligned pairs (i, j, similarity)."""
    ka, kb = _norm_keys(fa), _norm_keys(fb)
    ma = np.zeros(len(ka), dtype=bool)
    mb = np.zeros(len(kb), dtype=bool)
    pairs: list[tuple[int, int, float]] = []
    if not ka or not kb:
        return ma, mb, pairs
    m = process.cdist(ka, kb, scorer=fuzz.ratio, dtype=np.uint8, workers=1)
    ja = m.argmax(axis=1)
    for i, j in enumerate(ja):
        if m[i, j] >= VERBATIM_RATIO and ka[i]:
            ma[i] = mb[j] = True
            pairs.append((i, int(j), float(m[i, j]) / 100))
    # sentence boundaries may differ: an unmatched sentence found whole in the other text counts
    full_a, full_b = " ".join(ka), " ".join(kb)
    for i, k in enumerate(ka):
        if not ma[i] and len(k) >= 20 and k in full_b:
            ma[i] = True
    for j, k in enumerate(kb):
        if not mb[j] and len(k) >= 20 and k in full_a:
            mb[j] = True
    return ma, mb, pairs


def _semantic(
    fa: DocFeatures, fb: DocFeatures, threshold: float
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, float]]]:
    if len(fa.emb) == 0 or len(fb.emb) == 0:
        return np.zeros(len(fa.emb), bool), np.zeros(len(fb.emb), bool), []
    m = fa.emb @ fb.emb.T
    ba, bb = m.max(axis=1), m.max(axis=0)
    ja = m.argmax(axis=1)
    pairs = [(i, int(j), float(m[i, j])) for i, j in enumerate(ja) if m[i, j] >= threshold]
    return ba >= threshold, bb >= threshold, pairs


def _cover(flags: np.ndarray, w: np.ndarray) -> float:
    tot = float(w.sum())
    return float(w[flags].sum()) / tot if tot > 0 else 0.0


def _passages(fa: DocFeatures, fb: DocFeatures, pairs: list[tuple[int, int, float]]) -> list[Passage]:
    """Aligned sentence pairs, consecutive runs merged into one passage."""
    out: list[Passage] = []
    run: list[tuple[int, int, float]] = []
    for p in sorted(pairs):
        if run and p[0] == run[-1][0] + 1 and p[1] == run[-1][1] + 1:
            run.append(p)
            continue
        if run:
            out.append(_passage(fa, fb, run))
        run = [p]
    if run:
        out.append(_passage(fa, fb, run))
    return out


def _passage(fa: DocFeatures, fb: DocFeatures, run: list[tuple[int, int, float]]) -> Passage:
    i0, j0, _ = run[0]
    i1, j1, _ = run[-1]
    sim = sum(p[2] for p in run) / len(run)
    return Passage(fa.sentences[i0][0], fa.sentences[i1][1], fb.sentences[j0][0], fb.sentences[j1][1], round(sim, 3))


def _numbers_conflict(fa: DocFeatures, fb: DocFeatures) -> bool:
    """Both texts give several numbers and most differ: not the same text."""
    a = {n for n in fa.numbers if len(n) > 1 or n not in "0123456789"}
    b = {n for n in fb.numbers if len(n) > 1 or n not in "0123456789"}
    if len(a) < 2 or len(b) < 2:
        return False
    return len(a & b) / math.sqrt(len(a) * len(b)) < 0.34


def _numbers_agree(fa: DocFeatures, fb: DocFeatures) -> bool:
    """Most numbers of the text with fewer numbers are found in the other (when both give 2+)."""
    a = {n for n in fa.numbers if len(n) > 1}
    b = {n for n in fb.numbers if len(n) > 1}
    if len(a) < 2 or len(b) < 2:
        return True
    return len(a & b) / min(len(a), len(b)) >= NUMBERS_AGREE


def _names_agree(fa: DocFeatures, fb: DocFeatures) -> bool:
    """Texts in one script naming 3+ people/places share a fair part of those names."""
    a, b = fa.names, fb.names
    if len(a) < 3 or len(b) < 3:
        return True
    latin_a = sum(n.isascii() for n in a) >= 0.8 * len(a)
    latin_b = sum(n.isascii() for n in b) >= 0.8 * len(b)
    if latin_a != latin_b:
        return True
    return len(a & b) / min(len(a), len(b)) >= NAMES_AGREE


def _mean_best(fa: DocFeatures, fb: DocFeatures) -> float:
    """Smaller of the two mean best-match sentence cosines."""
    if len(fa.emb) == 0 or len(fb.emb) == 0:
        return 0.0
    m = fa.emb @ fb.emb.T
    return float(min(m.max(axis=1).mean(), m.max(axis=0).mean()))


def relate(
    fa: DocFeatures, fb: DocFeatures, full_cos: float | None = None, spec_idf: dict[str, float] | None = None
) -> Relation | None:
    """The derivation relation between two documents, if any (undirected).

    None when their names and numbers conflict (:func:`specifics_conflict`): a copy, rewrite or
    translation keeps those of its source, a text sharing only the template wording does not.
    """
    if specifics_conflict(fa, fb, spec_idf):
        return None
    cross = fa.language != fb.language and "und" not in (fa.language, fb.language)
    wa, wb = _weights(fa), _weights(fb)
    if not cross and (
        len(fa.shingles & fb.shingles) >= MIN_SHARED_SHINGLES or min(len(fa.shingles), len(fb.shingles)) < 50
    ):
        ma, mb, vpairs = _verbatim(fa, fb)
        va, vb = _cover(ma, wa), _cover(mb, wb)
        copied = min(float(wa[ma].sum()), float(wb[mb].sum()))
        if min(va, vb) >= COPY_COVERAGE:
            return Relation(fa.id, fb.id, "copy", (va + vb) / 2, _passages(fa, fb, vpairs), va, vb)
        if max(va, vb) >= 0.9 and (_truncated(fa, va) or _truncated(fb, vb)):
            return Relation(fa.id, fb.id, "copy", max(va, vb), _passages(fa, fb, vpairs), va, vb)
        whole = _whole_copy(fa, fb)
        if whole is not None:
            return whole
        if max(va, vb) >= PARTIAL_COVERAGE and copied >= PARTIAL_MIN_CHARS and len(vpairs) >= 2:
            return Relation(fa.id, fb.id, "partial_copy", max(va, vb), _passages(fa, fb, vpairs), va, vb)
        if max(va, vb) >= 0.6 and min(fa.length, fb.length) <= SHORT_CHARS and vpairs:
            return Relation(fa.id, fb.id, "partial_copy", max(va, vb), _passages(fa, fb, vpairs), va, vb)
    if _numbers_conflict(fa, fb):
        return None
    thr = SEM_CROSS if cross else SEM_SAME
    sa, sb, spairs = _semantic(fa, fb, thr)
    ca, cb = _cover(sa, wa), _cover(sb, wb)
    kind: DerivationKind = "translation" if cross else "rewrite"
    need = SEM_COVERAGE if cross else SEM_COVERAGE_SAME
    if min(ca, cb) >= need and _mean_best(fa, fb) >= MEAN_BEST and _numbers_agree(fa, fb) and _names_agree(fa, fb):
        sims = [p[2] for p in spairs] or [thr]
        return Relation(fa.id, fb.id, kind, min(ca, cb) * float(np.mean(sims)), _passages(fa, fb, spairs), ca, cb)
    short = max(fa.length, fb.length) <= SHORT_CHARS
    if short and full_cos is not None and full_cos >= (DOC_CROSS if cross else DOC_SAME) and (
        _same_shape(fa, fb) and _mean_best(fa, fb) >= MEAN_BEST_SHORT_CROSS if cross else _mean_best(fa, fb) >= MEAN_BEST_SHORT
    ):
        la, lb = len(fa.sentences), len(fb.sentences)
        pas = [Passage(fa.sentences[0][0], fa.sentences[la - 1][1], fb.sentences[0][0], fb.sentences[lb - 1][1],
                       round(full_cos, 3))] if la and lb else []
        return Relation(fa.id, fb.id, kind, full_cos, pas, 1.0, 1.0)
    return None


def _whole_copy(fa: DocFeatures, fb: DocFeatures) -> Relation | None:
    """Two texts whose words match almost all the way, punctuation aside: a copy whose changed
    punctuation (or decorations) moved the sentence boundaries, so no sentence pair matched."""
    if not 0.8 <= fa.length / max(1, fb.length) <= 1.25 or not fa.sentences or not fb.sentences:
        return None
    ka, kb = " ".join(_norm_keys(fa)), " ".join(_norm_keys(fb))
    ratio = fuzz.ratio(ka, kb, score_cutoff=WHOLE_COPY_RATIO) / 100
    if not ratio:
        return None
    la, lb = len(fa.sentences), len(fb.sentences)
    passage = Passage(fa.sentences[0][0], fa.sentences[la - 1][1], fb.sentences[0][0], fb.sentences[lb - 1][1], ratio)
    return Relation(fa.id, fb.id, "copy", ratio, [passage], ratio, ratio)


def _skeleton(text: str) -> str:
    return "".join(re.findall(r"[,.!?:;()\"]", text.translate(PUNCT_MAP).replace("...", ".")))


def _same_shape(fa: DocFeatures, fb: DocFeatures) -> bool:
    """A translation keeps the punctuation skeleton and (alphabetic scripts) roughly the length."""
    if not (fa.cjk or fb.cjk) and not 0.5 <= fa.length / max(1, fb.length) <= 2.0:
        return False
    sa, sb = fa.skeleton, fb.skeleton
    if max(len(sa), len(sb)) < 4:
        return True
    return fuzz.ratio(sa, sb) >= SHAPE_RATIO


def _truncated(f: DocFeatures, cover: float) -> bool:
    return cover >= 0.9 and f.truncated


# --------------------------------------------------------------------------- direction


def _iso(d: Document) -> str | None:
    p = d.published
    return p if p and len(p) >= 10 else None


def _markers(text: str, lang: str) -> int:
    return sum(1 for pat in LANG_MARKERS.get(lang, ()) if re.search(pat, text))


def pair_vote(da: Document, db: Document, rel: Relation) -> tuple[str, str] | None:
    """Which of the two is the original, from the pair alone: (source id, reason) or None."""
    pa, pb = _iso(da), _iso(db)
    if pa and pb and pa[:10] != pb[:10]:
        return (da.id, f"published {pa[:10]} before {pb[:10]}") if pa < pb else (db.id, f"published {pb[:10]} before {pa[:10]}")
    for src, tgt in ((da, db), (db, da)):
        if src.site and len(src.site) >= 4 and fold(src.site) in fold(tgt.text):
            return src.id, f"{tgt.id} names {src.site!r}, where {src.id} was published"
    if rel.kind in ("copy", "partial_copy"):
        cover = {rel.a: rel.cover_a, rel.b: rel.cover_b}
        cover_a, cover_b = cover[da.id], cover[db.id]
        short_a, short_b = len(da.text) < 0.8 * len(db.text), len(db.text) < 0.8 * len(da.text)
        ta = short_a and cover_a >= 0.9 and _ends_truncated(da.text)
        tb = short_b and cover_b >= 0.9 and _ends_truncated(db.text)
        if ta != tb:
            return (db.id, f"{da.id} is cut short (truncated copy)") if ta else (da.id, f"{db.id} is cut short (truncated copy)")
        deco_a, deco_b = _decorations(da.text), _decorations(db.text)
        if deco_a != deco_b:
            if deco_a < deco_b:
                return da.id, f"{db.id} adds decorations (emoji, hashtags, quotes, teaser) to the same text"
            return db.id, f"{da.id} adds decorations (emoji, hashtags, quotes, teaser) to the same text"
        long_texts = min(len(split_sentences(da.text)), len(split_sentences(db.text))) >= 4
        if long_texts and abs(cover_a - cover_b) >= CONTAINMENT_MARGIN:
            if cover_a > cover_b:
                return da.id, f"{db.id} contains {da.id} plus material of its own"
            return db.id, f"{da.id} contains {db.id} plus material of its own"
        lead = _lead_vote(da, db, rel)
        if lead:
            return lead
    if rel.kind == "translation":
        ma = _markers(db.text, da.language) - _markers(db.text, db.language)
        mb = _markers(da.text, db.language) - _markers(da.text, da.language)
        if ma > 0 and mb <= 0:
            return da.id, f"{db.id} keeps {da.language} typography (translation artefact)"
        if mb > 0 and ma <= 0:
            return db.id, f"{da.id} keeps {db.language} typography (translation artefact)"
    return None


def _lead_vote(da: Document, db: Document, rel: Relation) -> tuple[str, str] | None:
    """A partial copy takes the original's lead and wraps it in its own introduction: the
    shared passage opens the original but comes after other material in the copy."""
    if rel.kind != "partial_copy" or not rel.passages:
        return None
    first = min(rel.passages, key=lambda p: p.source_start)
    starts = {rel.a: first.source_start, rel.b: first.target_start}
    sa, sb = starts[da.id] / max(1, len(da.text)), starts[db.id] / max(1, len(db.text))
    if sa < 0.02 and sb > 0.1:
        return da.id, f"the shared passage opens {da.id} but follows {db.id}'s own introduction"
    if sb < 0.02 and sa > 0.1:
        return db.id, f"the shared passage opens {db.id} but follows {da.id}'s own introduction"
    return None


def _decorations(text: str) -> int:
    return sum(len(re.findall(p, text)) for p in DECORATION_PATTERNS)


def _ends_truncated(text: str) -> bool:
    t = text.rstrip()
    return t.endswith(TRUNCATION_MARKERS)


# --------------------------------------------------------------------------- families


def find_derivations(
    docs: Sequence[Document], stories: Sequence[Story], *, options: Options = DEFAULT_OPTIONS
) -> list[Derivation]:
    """For every pair of documents in a story, the derivation (if any), source = original.

    Each derived document gets one edge: from the family's original when the two are
    related, else from its closest related member (so copies of copies stay in the family).
    """
    by_id = {d.id: d for d in docs}
    grouped = [[by_id[i] for i in story.documents if i in by_id] for story in stories]
    grouped = [m for m in grouped if len(m) >= 2]
    # rarity of names and numbers over the whole input: a site's boilerplate names weigh little
    spec_idf = specifics_idf(doc_features([d for m in grouped for d in m])) if grouped else None
    out: list[Derivation] = []
    for members in grouped:
        out.extend(_story_derivations(members, options, spec_idf))
    return out


def _full_cos(members: list[Document], feats: list[DocFeatures]) -> np.ndarray:
    from recoupe.stories.embed import embed

    texts = [d.text if f.length <= SHORT_CHARS else "" for d, f in zip(members, feats, strict=True)]
    e = embed(texts)
    return e @ e.T


def _story_derivations(
    members: list[Document], options: Options, spec_idf: dict[str, float] | None = None
) -> list[Derivation]:
    feats = doc_features(members)
    for d, f in zip(members, feats, strict=True):
        f.truncated = _ends_truncated(d.text)
        f.skeleton = _skeleton(d.text)
    n = len(members)
    vecs = np.stack([f.vec for f in feats])
    dcos = vecs @ vecs.T
    fcos = _full_cos(members, feats)
    rels: dict[tuple[int, int], Relation] = {}
    prune = PRUNE_COSINE if n <= LARGE_STORY else PRUNE_COSINE_LARGE
    for i in range(n):
        for j in range(i + 1, n):
            if dcos[i, j] < prune and not (feats[i].shingles & feats[j].shingles):
                continue
            r = relate(feats[i], feats[j], float(fcos[i, j]), spec_idf)
            if r is not None:
                rels[(i, j)] = r
    if not rels:
        return []
    out: list[Derivation] = []
    for comp in _components(n, rels):
        out.extend(_family_edges(comp, members, rels, dcos))
    return out


def _components(n: int, rels: dict[tuple[int, int], Relation]) -> list[list[int]]:
    uf: UnionFind[int] = UnionFind(range(n))
    for i, j in rels:
        uf.union(j, i)
    return [g for g in uf.groups(range(n)) if len(g) > 1]


def _rel(rels: dict[tuple[int, int], Relation], i: int, j: int) -> Relation | None:
    return rels.get((i, j)) or rels.get((j, i))


def _choose_root(
    comp: list[int],
    members: list[Document],
    rels: dict[tuple[int, int], Relation],
    dcos: np.ndarray,
) -> tuple[int, str]:
    dated = [i for i in comp if _iso(members[i])]
    prefix = "no decisive date"
    if len(dated) == len(comp):
        first = min(_iso(members[i]) or "" for i in comp)
        earliest = [i for i in comp if (_iso(members[i]) or "")[:10] == first[:10]]
        timed = [i for i in earliest if len(_iso(members[i]) or "") > 10]
        if len(timed) == len(earliest) > 1:
            first = min(_iso(members[i]) or "" for i in timed)
            earliest = [i for i in timed if _iso(members[i]) == first]
        if len(earliest) == 1:
            return earliest[0], f"earliest publication of its family ({first})"
        prefix = f"published first ({first[:10]}) with {len(earliest) - 1} other(s)"
        comp = earliest
    votes = {i: 0.0 for i in comp}
    reasons: dict[int, str] = {}
    for a in comp:
        for b in comp:
            if a < b and (r := _rel(rels, a, b)) is not None:
                v = pair_vote(members[a], members[b], r)
                if v:
                    src = a if v[0] == members[a].id else b
                    votes[src] += 1.0
                    votes[b if src == a else a] -= 1.0
                    reasons.setdefault(src, v[1])
    lang = _language_prior(comp, members)
    score = _root_scores(comp, members, dcos, votes, lang)

    def key(i: int) -> tuple[float, int]:
        return (score[i] + _metadata_bonus(members[i]), -i)

    root = max(comp, key=key)
    why = reasons.get(root) if votes[root] > 0 else None
    hub = sum(1 for j in comp if j != root and _rel(rels, root, j))
    if why:
        return root, f"{prefix}; original of its family, as {why}"
    if lang.get(root, 0.0) >= max(lang.values(), default=0.0) > 0 and len({members[i].language for i in comp}) > 1:
        return root, (f"{prefix}; written in {members[root].language}, the language most of its family shares "
                      f"(or the one most often translated from), and related directly to {hub} of {len(comp) - 1}")
    return root, (f"{prefix}; the likeliest source of the {len(comp) - 1} others of its family (shared vocabulary, "
                  f"fewest additions and least tidying; related directly to {hub})")


_UNPOLISHED_END = re.compile(r"[^.!?…»\"'”’)\]]\s*$")


def _zscores(values: list[float], min_sd: float) -> list[float]:
    """Standard scores in the family; differences below ``min_sd`` are not blown up."""
    a = np.asarray(values, dtype=np.float64)
    return ((a - a.mean()) / max(min_sd, float(a.std()))).tolist()


def _root_scores(
    comp: list[int], members: list[Document], dcos: np.ndarray, votes: dict[int, float], lang: dict[int, float]
) -> dict[int, float]:
    """How much each member looks like the family's original, combining the cues of ROOT_WEIGHTS."""
    w = ROOT_WEIGHTS
    central = _centrality(comp, members, dcos)
    cues = {
        "centrality": _zscores([central[i] for i in comp], 0.1),
        "closeness": _zscores([_closeness(i, comp, members, dcos) for i in comp], 0.05),
    }
    n = max(1, len(comp) - 1)
    out: dict[int, float] = {}
    for k, i in enumerate(comp):
        text = members[i].text
        out[i] = (
            w["votes"] * votes[i] / n
            + sum(w[name] * vals[k] for name, vals in cues.items())
            + w["unpolished"] * bool(_UNPOLISHED_END.search(text))
            + w["hand_typography"] * any(re.search(p, text) for p in HAND_TYPOGRAPHY_PATTERNS)
            + w["language"] * lang.get(i, 0.0)
            + w["decorations"] * min(3, _decorations(text))
        )
    return out


def _closeness(i: int, comp: list[int], members: list[Document], dcos: np.ndarray) -> float:
    """Mean embedding cosine of member i to the others of its language, near-duplicates left out."""
    lang = members[i].language
    sims = [float(dcos[i, j]) for j in comp
            if j != i and members[j].language == lang and dcos[i, j] < NEAR_DUPLICATE_COSINE]
    return float(np.mean(sims)) if sims else 1.0


def _metadata_bonus(d: Document) -> float:
    """Small tie-break: originals tend to carry a full timestamp and an author; scraped copies lose them."""
    return METADATA_BONUS * (bool(d.published) + (len(d.published or "") > 10) + bool(d.author))


def _centrality(comp: list[int], members: list[Document], dcos: np.ndarray) -> dict[int, float]:
    """How much each member looks like the common source of the others.

    Embedding closeness to all members, plus *support* among members of the same language:
    the mean share of the others that use each of its words.  Copies and rewrites keep
    words of the original and each adds its own (decorations, synonyms, filler), so the
    original's vocabulary is the best supported.
    """
    vocab = {i: set(tokens(fold(members[i].text), is_cjk(members[i].text, members[i].language))) for i in comp}
    out: dict[int, float] = {}
    for i in comp:
        emb = float(np.mean([dcos[i, j] for j in comp if j != i]))
        same = [vocab[j] for j in comp if j != i and members[j].language == members[i].language]
        support = 0.0
        if same and vocab[i]:
            support = float(np.mean([sum(w in o for o in same) / len(same) for w in vocab[i]]))
        out[i] = EMB_CENTRALITY_WEIGHT * emb + SUPPORT_WEIGHT * support
    return out


def _language_prior(comp: list[int], members: list[Document]) -> dict[int, float]:
    """Bonus for documents in the family's majority language (copies and rewrites keep the
    original's language), else in the languages most often translated from."""
    counts: dict[str, int] = {}
    for i in comp:
        counts[members[i].language] = counts.get(members[i].language, 0) + 1
    if len(counts) <= 1:
        return {}
    top = max(counts.values())
    prior = {lang: 1.0 if c == top and c > 1 else 0.0 for lang, c in counts.items()}
    if not any(prior.values()):
        ranked = [lang for lang in SOURCE_LANGUAGE_RANK if lang in prior]
        for rank, lang in enumerate(ranked[:3]):
            prior[lang] = 1.0 - 0.3 * rank
    return {i: LANGUAGE_BONUS * prior.get(members[i].language, 0.0) for i in comp}


def _family_edges(
    comp: list[int],
    members: list[Document],
    rels: dict[tuple[int, int], Relation],
    dcos: np.ndarray,
) -> list[Derivation]:
    root, why = _choose_root(comp, members, rels, dcos)
    in_tree = {root}
    out: list[Derivation] = []
    while len(in_tree) < len(comp):
        best: tuple[float, int, int] | None = None
        for p in in_tree:
            for c in comp:
                if c in in_tree or (r := _rel(rels, p, c)) is None:
                    continue
                w = r.score + (1.0 if p == root else 0.0)
                if best is None or w > best[0]:
                    best = (w, p, c)
        if best is None:
            break
        _, p, c = best
        in_tree.add(c)
        r = _rel(rels, p, c)
        assert r is not None
        if p == root:
            vote = pair_vote(members[p], members[c], r)
            reason = vote[1] if vote and vote[0] == members[p].id else why
        else:
            reason = f"closest relative in the family whose original is {members[root].id}"
        out.append(_derivation(members[p], members[c], r, reason))
    return out


def _derivation(src: Document, tgt: Document, r: Relation, reason: str) -> Derivation:
    if r.a == src.id:
        passages = r.passages
    else:
        passages = [Passage(p.target_start, p.target_end, p.source_start, p.source_end, p.similarity) for p in r.passages]
    return Derivation(src.id, tgt.id, r.kind, round(float(r.score), 3), passages, reason)
