"""Blocking: which documents may share a story, cheaply, for millions of documents.

Each document gets two MinHash signatures over folded feature sets:

* ``names``: capitalised tokens and numbers — shared across languages, so a
  translation meets its original;
* ``words``: the names plus long content words (a cheap stand-in for rare lemmas).

Signatures are cut into LSH bands; a band key is combined with a coarse time window
(publication week and the next one, so documents at most one week apart share a
window).  Documents sharing a key are candidate pairs; a pair is kept when the
estimated Jaccard of either signature reaches a threshold, then connected
components of kept pairs are blocks, split when larger than a bound.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import rensa

from recoupe.model import Document
from recoupe.scale.lexicon import LONG_WORD, NOT_NAMES, STEM_CHARS
from recoupe.textnorm import fold

log = logging.getLogger("recoupe.scale")

UNDATED = -1  # the window of documents without a usable date
NO_WINDOW = -2  # the second window slot of an undated document
_MIX = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.iinfo(np.uint32).max


@dataclass(frozen=True, kw_only=True)
class BlockingParams:
    """Knobs of the blocking step.

    Defaults chosen on SemEval-2022 Task 8 dev pairs (real same-story / unrelated pairs, see
    docs/scale.md) and on generated same-event / other-event articles (bench/bench_scale.py).
    """

    num_perm: int = 128  # MinHash permutations per signature
    name_bands: int = 64  # names signature: 64 bands x 2 rows (LSH threshold ~0.13)
    word_bands: int = 32  # words signature: 32 bands x 4 rows (LSH threshold ~0.42)
    min_names: int = 3  # fewer names+numbers than this: no names signature
    min_words: int = 5  # fewer features than this: the document is not blocked (own block)
    # estimated Jaccard that keeps a candidate pair: names and numbers decide; content words
    # alone need a high bar (same-topic articles about different events share their vocabulary)
    name_jaccard: float = 0.1
    min_shared_names: int = 3  # and at least this many names/numbers in common (chance matches)
    word_jaccard: float = 0.6
    max_links: int = 2  # strongest verified links kept per document (0 = all)
    max_bucket: int = 100  # documents linked per bucket; larger buckets are cut in chunks (logged)
    seed: int = 1


DEFAULT_BLOCKING = BlockingParams()

_TOKEN = re.compile(r"\d+(?:[ .,\u202f\u00a0]\d{3})*(?:[.,]\d+)?|\w+(?:[-'’]\w+)*", re.UNICODE)


def features(doc: Document) -> tuple[set[str], set[str]]:
    """(names and numbers, names + numbers + long-word stems) of a document, folded.

    A capitalised word counts as a name when it is not a listed function word and
    appears capitalised at least once away from the start of a sentence or line
    (so "Incendie à ..." or "Près de ..." opening a sentence are not names).
    """
    names: set[str] = set()
    words: set[str] = set()
    initial: set[str] = set()
    text = f"{doc.title}\n{doc.text}" if doc.title else doc.text
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[0].isdigit():
            names.add("#" + re.sub(r"[ .,\u202f\u00a0](?=\d{3}\b)", "", tok).replace(",", "."))
            continue
        key = fold(tok)
        if tok[0].isupper() and len(tok) > 1:
            key = key.rsplit("'", 1)[-1]
            if key in NOT_NAMES:
                continue
            if _at_start(text, m.start()):
                initial.add(key)
            else:
                names.add(key)
        elif len(tok) >= LONG_WORD:
            words.add("w:" + key[:STEM_CHARS])
    words |= {"w:" + k[:STEM_CHARS] for k in initial - names if len(k) >= LONG_WORD}
    return names, names | words


def _at_start(text: str, pos: int) -> bool:
    """True when only spaces, quotes or dashes separate ``pos`` from a line start or a sentence end."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'«»“”‘’-–—(":
        i -= 1
    return i < 0 or text[i] in "\n.!?…"


def _signature(feats: set[str], num_perm: int, seed: int) -> list[int]:
    m = rensa.RMinHash(num_perm=num_perm, seed=seed)
    m.update(sorted(feats))
    return m.digest()


def week_windows(published: str | None) -> tuple[int, int]:
    """The two time windows of a document: window ``k`` covers weeks ``k`` and ``k + 1``.

    A day or month date (the 15th for a month) gives its week ``w`` and windows
    ``(w - 1, w)``; a year alone or no date gives the undated window.
    """
    if published:
        m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published)
        if m:
            try:
                day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15))
            except ValueError:
                return UNDATED, NO_WINDOW
            w = day.toordinal() // 7
            return w - 1, w
    return UNDATED, NO_WINDOW


@dataclass(slots=True)
class KeyBatch:
    """The blocking record of a batch of documents: small, numeric, shipped to the driver."""

    ids: list[str]
    names: np.ndarray  # (n, num_perm) uint32; all _EMPTY when the names signature is absent
    words: np.ndarray  # (n, num_perm) uint32; all _EMPTY when the document is not blocked
    windows: np.ndarray  # (n, 2) int64
    sizes: np.ndarray  # (n, 2) int32: number of names, number of all features

    @staticmethod
    def concat(batches: Sequence[KeyBatch], num_perm: int) -> KeyBatch:
        if not batches:
            empty = np.zeros((0, num_perm), dtype=np.uint32)
            return KeyBatch([], empty, empty.copy(), np.zeros((0, 2), dtype=np.int64), np.zeros((0, 2), dtype=np.int32))
        return KeyBatch(
            [i for b in batches for i in b.ids],
            np.concatenate([b.names for b in batches]),
            np.concatenate([b.words for b in batches]),
            np.concatenate([b.windows for b in batches]),
            np.concatenate([b.sizes for b in batches]),
        )


def doc_keys(docs: Sequence[Document], params: BlockingParams = DEFAULT_BLOCKING) -> KeyBatch:
    """Step (b): MinHash signatures and time windows of ``docs``."""
    n, p = len(docs), params.num_perm
    names = np.full((n, p), _EMPTY, dtype=np.uint32)
    words = np.full((n, p), _EMPTY, dtype=np.uint32)
    windows = np.empty((n, 2), dtype=np.int64)
    sizes = np.zeros((n, 2), dtype=np.int32)
    for i, d in enumerate(docs):
        nm, wd = features(d)
        sizes[i] = len(nm), len(wd)
        if len(nm) >= params.min_names:
            names[i] = _signature(nm, p, params.seed)
        if len(wd) >= params.min_words:
            words[i] = _signature(wd, p, params.seed + 1)
        windows[i] = week_windows(d.published)
    return KeyBatch([d.id for d in docs], names, words, windows, sizes)


def band_keys(sigs: np.ndarray, bands: int) -> np.ndarray:
    """(n, bands) uint64 keys: each band's rows mixed into one number; 0 for an absent signature."""
    n, p = sigs.shape
    rows = p // bands
    out = np.zeros((n, bands), dtype=np.uint64)
    valid = sigs[:, 0] != _EMPTY if n else np.zeros(0, dtype=bool)
    with np.errstate(over="ignore"):
        for b in range(bands):
            h = np.full(n, np.uint64(b + 1) * _MIX, dtype=np.uint64)
            for r in range(rows):
                h = (h ^ sigs[:, b * rows + r].astype(np.uint64)) * _MIX
                h ^= h >> np.uint64(29)
            out[:, b] = np.where(valid, h | np.uint64(1), np.uint64(0))
    return out


def band_pairs(keys: np.ndarray, windows: np.ndarray, max_bucket: int) -> tuple[np.ndarray, int]:
    """Candidate pairs of one band: documents with the same key in the same time window.

    ``keys`` is one band column (0 = no key).  Every pair inside a bucket is a
    candidate; a bucket larger than ``max_bucket`` is cut into consecutive chunks
    (documents in input order) so pairs stay bounded.  Returns ``(pairs (k, 2) int64,
    number of oversized buckets)``.
    """
    n = len(keys)
    idx = np.concatenate([np.arange(n), np.arange(n)])
    win = np.concatenate([windows[:, 0], windows[:, 1]])
    k = np.concatenate([keys, keys])
    keep = (k != 0) & (win != NO_WINDOW)
    idx, win, k = idx[keep], win[keep], k[keep]
    with np.errstate(over="ignore"):
        combo = (k ^ (win.astype(np.uint64) * _MIX)) * _MIX
    order = np.lexsort((idx, combo))
    combo, idx = combo[order], idx[order]
    if len(combo) < 2:
        return np.zeros((0, 2), dtype=np.int64), 0
    starts = np.flatnonzero(np.concatenate([[True], combo[1:] != combo[:-1]]))
    ends = np.concatenate([starts[1:], [len(combo)]])
    sizes = ends - starts
    out: list[np.ndarray] = []
    two = starts[sizes == 2]  # most buckets: one pair, done in one vector operation
    if len(two):
        out.append(np.stack([idx[two], idx[two + 1]], axis=1))
    oversized = int((sizes > max_bucket).sum())
    for s, e in zip(starts[sizes > 2].tolist(), ends[sizes > 2].tolist(), strict=True):
        members = idx[s:e]
        for c in range(0, len(members), max_bucket):
            chunk = members[c : c + max_bucket]
            if len(chunk) >= 2:
                a, b = _triu(len(chunk))
                out.append(np.stack([chunk[a], chunk[b]], axis=1))
    if not out:
        return np.zeros((0, 2), dtype=np.int64), oversized
    return np.concatenate(out).astype(np.int64), oversized


@lru_cache(maxsize=256)
def _triu(n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(n, 1)


def unique_pairs(pairs: np.ndarray) -> np.ndarray:
    """Distinct pairs, each as (low, high), sorted."""
    if len(pairs) == 0:
        return pairs.reshape(0, 2)
    lo, hi = pairs.min(axis=1), pairs.max(axis=1)
    width = int(hi.max()) + 1
    keys = np.unique(lo * width + hi)
    return np.stack([keys // width, keys % width], axis=1)


def verify_pairs(pairs: np.ndarray, kb: KeyBatch, params: BlockingParams, chunk: int = 200_000) -> np.ndarray:
    """Keep pairs whose estimated Jaccard (names or words signature) reaches the thresholds.

    Then every document keeps at most ``params.max_links`` links, the strongest first
    (greedy, deterministic): a document full of common names cannot chain many
    stories into one block.
    """
    if len(pairs) == 0:
        return pairs
    pairs = unique_pairs(pairs)
    kept, scores = [], []
    for c in range(0, len(pairs), chunk):
        p = pairs[c : c + chunk]
        a, b = p[:, 0], p[:, 1]
        jw = (kb.words[a] == kb.words[b]).mean(axis=1)
        jn = (kb.names[a] == kb.names[b]).mean(axis=1)
        has_names = (kb.names[a, 0] != _EMPTY) & (kb.names[b, 0] != _EMPTY)
        has_words = (kb.words[a, 0] != _EMPTY) & (kb.words[b, 0] != _EMPTY)
        ok_w = has_words & (jw >= params.word_jaccard)
        # names shared, estimated from Jaccard and set sizes: |A & B| = J (|A| + |B|) / (1 + J)
        shared = jn * (kb.sizes[a, 0] + kb.sizes[b, 0]) / (1.0 + jn)
        ok_n = has_names & (jn >= params.name_jaccard) & (shared >= params.min_shared_names - 0.5)
        ok = ok_w | ok_n
        kept.append(p[ok])
        scores.append(np.maximum(np.where(ok_n, jn, 0.0), np.where(ok_w, jw, 0.0))[ok])
    return limit_links(np.concatenate(kept), np.concatenate(scores), params.max_links)


def limit_links(pairs: np.ndarray, scores: np.ndarray, max_links: int, free_above: float = 0.7) -> np.ndarray:
    """At most ``max_links`` links per document, strongest first (ties: lower indexes first).

    Near-duplicate links (score >= ``free_above``) are always kept and do not count:
    copies of one article must not use up the links its rewrites need.
    """
    if max_links <= 0 or len(pairs) == 0:
        return pairs
    order = np.lexsort((pairs[:, 1], pairs[:, 0], -scores))
    degree: Counter[int] = Counter()
    out = []
    for (a, b), sc in zip(pairs[order].tolist(), scores[order].tolist(), strict=True):
        if sc >= free_above:
            out.append((a, b))
        elif degree[a] < max_links and degree[b] < max_links:
            degree[a] += 1
            degree[b] += 1
            out.append((a, b))
    return np.array(sorted(out), dtype=np.int64).reshape(-1, 2)


def components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components (union-find): a label per document, the smallest index of its component."""
    parent = np.arange(n)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in pairs.tolist():
        ra, rb = find(a), find(b)
        if ra != rb:
            if ra < rb:
                parent[rb] = ra
            else:
                parent[ra] = rb
    return np.array([find(i) for i in range(n)], dtype=np.int64)


def split_block(members: Sequence[int], kb: KeyBatch, max_block: int) -> list[list[int]]:
    """Cut a component larger than ``max_block`` into near-equal parts, deterministically.

    Members are ordered by (time window, first words-MinHash value, index): near
    duplicates share their first MinHash value with probability = their Jaccard, so
    they tend to stay in one part, and documents of one week stay together.
    """
    members = list(members)
    if len(members) <= max_block:
        return [members]
    order = sorted(members, key=lambda i: (int(kb.windows[i, 1]), int(kb.words[i, 0]), i))
    parts = -(-len(order) // max_block)
    size = -(-len(order) // parts)
    return [sorted(order[s : s + size]) for s in range(0, len(order), size)]


def blocks(kb: KeyBatch, pairs: np.ndarray, max_block: int) -> tuple[list[list[int]], int]:
    """Blocks (lists of document indexes, in input order) from verified pairs; and how many were split."""
    labels = components(len(kb.ids), pairs)
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels.tolist()):
        groups.setdefault(lab, []).append(i)
    out: list[list[int]] = []
    split = 0
    for members in groups.values():
        parts = split_block(members, kb, max_block)
        if len(parts) > 1:
            split += 1
            log.info("block of %d documents split into %d parts", len(members), len(parts))
        out.extend(parts)
    out.sort(key=lambda b: b[0])
    return out, split


def pack_blocks(blocks_: Sequence[list[int]], pack_size: int) -> list[list[int]]:
    """Pack small blocks together (in input order) up to ``pack_size`` documents per analysis call.

    Blocking only proposes candidates: the stories step still decides, so packing only
    saves the fixed cost of one analysis call per tiny block.
    """
    if pack_size <= 1:
        return [list(b) for b in blocks_]
    out: list[list[int]] = []
    cur: list[int] = []
    for b in blocks_:
        if len(b) >= pack_size:
            out.append(list(b))
            continue
        if len(cur) + len(b) > pack_size:
            out.append(sorted(cur))
            cur = []
        cur += b
    if cur:
        out.append(sorted(cur))
    out.sort(key=lambda b: b[0])
    return out
