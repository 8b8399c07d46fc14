"""Per-document features shared by clustering and provenance, computed once per text.

Sentences (spans into ``Document.text``), their folded keys and embeddings, a document
vector, word (or, for ja/zh, character) shingles, numbers, capitalised names and
content-word stems.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from recoupe.model import Document
from recoupe.stories.embed import DIM, embed
from recoupe.stories.lexicon import CJK_LANGS, EXTRA_SENTENCE_ENDS, NOT_NAMES, QUOTE_PAIRS, STOPWORDS
from recoupe.textnorm import fold, split_sentences, words

SHINGLE_WORDS = 4
SHINGLE_CHARS = 4
MAX_SENTENCE_CHARS = 600
LEAD_SENTENCES = 2  # opening sentences kept apart (with the title) for the lead similarity

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_NUM = re.compile(r"\d+(?:[ .,\u202f]\d{3})*(?:[.,]\d+)?")
_CAP = re.compile(r"\b[A-ZÀ-ÝĀ-ſА-Я][\w'’-]+")
_EXTRA_END = re.compile(f"[{EXTRA_SENTENCE_ENDS}]+")


@dataclass(slots=True)
class DocFeatures:
    id: str
    language: str
    cjk: bool
    sentences: list[tuple[int, int]]
    keys: list[str]  # folded sentence texts
    quoted: list[float]  # share of each sentence inside quotation marks
    emb: np.ndarray  # (n_sentences, DIM)
    vec: np.ndarray  # (DIM,) document vector (title + sentences)
    head_vec: np.ndarray  # (DIM,) title + first sentences
    lead: np.ndarray = field(default_factory=lambda: np.zeros((0, DIM), dtype=np.float32))  # title, first 2 sentences
    shingles: set[int] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    content: Counter[str] = field(default_factory=Counter)
    length: int = 0
    truncated: bool = False
    skeleton: str = ""  # punctuation marks in order (see provenance._skeleton)


_cache: dict[tuple[str, int, str], DocFeatures] = {}


def is_cjk(text: str, language: str = "und") -> bool:
    if language in CJK_LANGS:
        return True
    sample = text[:400]
    return bool(sample) and len(_CJK.findall(sample)) > 0.3 * len(sample)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """split_sentences, also cut at CJK full stops and before over-long runs."""
    out: list[tuple[int, int]] = []
    for s, e in split_sentences(text):
        start = s
        for m in _EXTRA_END.finditer(text, s, e):
            if m.end() - start > 1:
                out.append((start, m.end()))
            start = m.end()
        while start < e and text[start].isspace():
            start += 1
        if start < e:
            out.append((start, e))
    final: list[tuple[int, int]] = []
    for s, e in out:
        while e - s > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", s, s + MAX_SENTENCE_CHARS)
            cut = cut if cut > s + 50 else s + MAX_SENTENCE_CHARS
            final.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            final.append((s, e))
    return final


def quoted_mask(text: str) -> np.ndarray:
    """Boolean array: is each character inside quotation marks."""
    mask = np.zeros(len(text), dtype=bool)
    for left, right in QUOTE_PAIRS:
        pos = 0
        while True:
            i = text.find(left, pos)
            if i < 0:
                break
            j = text.find(right, i + 1)
            if j < 0 or j - i > 1500:
                pos = i + 1
                continue
            mask[i : j + 1] = True
            pos = j + 1
    return mask


def tokens(key: str, cjk: bool) -> list[str]:
    """Word tokens of a folded text; for CJK scripts, single characters of CJK runs plus words."""
    if not cjk:
        return words(key)
    out: list[str] = []
    for w in words(key):
        if _CJK.search(w):
            out.extend(ch for ch in w if not ch.isspace())
        else:
            out.append(w)
    return out


def shingle_hashes(toks: list[str], n: int) -> set[int]:
    if len(toks) < n:
        return {hash(" ".join(toks))} if toks else set()
    return {hash(" ".join(toks[i : i + n])) for i in range(len(toks) - n + 1)}


def normalise_number(raw: str) -> str:
    digits = re.sub(r"[ \u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        digits = re.sub(r"[.,]", "", digits)
    return digits.replace(",", ".").rstrip("0").rstrip(".") if re.search(r"[.,]", digits) else digits


def _names(text: str, sentences: list[tuple[int, int]]) -> set[str]:
    """Folded capitalised words; one that only ever opens a sentence is not taken for a name."""
    starts = {s for s, _ in sentences}
    inner: set[str] = set()
    initial: set[str] = set()
    for m in _CAP.finditer(text):
        w = fold(m.group(0)).strip("'’-")
        if len(w) < 3 or w in NOT_NAMES or w in _ALL_STOP:
            continue
        at_start = m.start() in starts or (m.start() >= 2 and text[m.start() - 2] in ".!?:«\"")
        (initial if at_start else inner).add(w)
    return inner | (initial & inner)


_ALL_STOP: frozenset[str] = frozenset().union(*STOPWORDS.values())


def _content(key: str, language: str, cjk: bool) -> Counter[str]:
    stop = STOPWORDS.get(language, _ALL_STOP)
    c: Counter[str] = Counter()
    for w in tokens(key, cjk):
        if w in stop or (len(w) < 3 and not cjk) or w.isdigit():
            continue
        c[w[:6]] += 1
    return c


def doc_features(docs: Sequence[Document]) -> list[DocFeatures]:
    """Features of each document (cached); all new sentences are embedded in one batch."""
    pending: list[tuple[int, Document, tuple[str, int, str], list[tuple[int, int]], list[str]]] = []
    out: list[DocFeatures | None] = []
    batch: list[str] = []
    for d in docs:
        ck = (d.id, hash(d.text), d.title or "")
        f = _cache.get(ck)
        out.append(f)
        if f is None:
            spans = sentence_spans(d.text)
            texts = [d.text[s:e] for s, e in spans]
            pending.append((len(out) - 1, d, ck, spans, texts))
            batch.extend(texts)
            if d.title:
                batch.append(d.title)
    if pending:
        embed(batch)  # one batch; later calls hit the cache
    for idx, d, ck, spans, texts in pending:
        f = _build(d, spans, texts)
        _cache[ck] = f
        out[idx] = f
    if len(_cache) > 50_000:
        _cache.clear()
    return [f for f in out if f is not None]


def _build(d: Document, spans: list[tuple[int, int]], texts: list[str]) -> DocFeatures:
    cjk = is_cjk(d.text, d.language)
    folded = fold(d.text)
    keys = [folded[s:e] for s, e in spans]
    qm = quoted_mask(d.text)
    quoted = [float(qm[s:e].mean()) if e > s else 0.0 for s, e in spans]
    emb = embed(texts) if texts else np.zeros((0, DIM), dtype=np.float32)
    title_emb = embed([d.title]) if d.title else np.zeros((0, DIM), dtype=np.float32)
    weights = np.array([max(1.0, np.sqrt(e - s)) for s, e in spans], dtype=np.float32)
    scale = max(1.0, float(weights.mean())) if len(weights) else 1.0
    vec = _mean_vec(np.vstack([title_emb * 2.0, emb * weights[:, None] / scale]))
    head_vec = _mean_vec(np.vstack([title_emb, emb[:3]]))
    toks = tokens(folded, cjk)
    n = SHINGLE_CHARS if cjk else SHINGLE_WORDS
    numbers = {normalise_number(m.group(0)) for m in _NUM.finditer(d.text)}
    content = _content(folded, d.language, cjk)
    if d.title:
        content.update(_content(fold(d.title), d.language, cjk))
    return DocFeatures(
        id=d.id,
        language=d.language,
        cjk=cjk,
        sentences=spans,
        keys=keys,
        quoted=quoted,
        emb=emb,
        vec=vec,
        head_vec=head_vec,
        lead=np.vstack([title_emb, emb[:LEAD_SENTENCES]]),
        shingles=shingle_hashes(toks, n),
        numbers={x for x in numbers if x},
        names=_names(d.text, spans) | (_names(d.title, [(0, 0)]) if d.title else set()),
        content=content,
        length=len(d.text),
    )


def _mean_vec(m: np.ndarray) -> np.ndarray:
    if len(m) == 0:
        return np.zeros(DIM, dtype=np.float32)
    v = m.sum(axis=0)
    n = float(np.linalg.norm(v))
    return (v / n).astype(np.float32) if n > 0 else v.astype(np.float32)
