"""The one cached spaCy loader of the facts stage.

Only the NER component of ``fr_core_news_md`` is loaded (it carries its own
tok2vec, so the tagger, parser and lemmatiser are excluded).  Text is fed one
paragraph at a time through ``nlp.pipe``; results are cached by paragraph text, so
copies of an article (a common case in a news pile) cost nothing the second time.

Other languages: no English/Spanish spaCy model is installable here, so the French
model is run on every Latin-script text; :mod:`recoupe.facts.entities` adds the
shipped alias table and capitalised-sequence rules on top (see ``_fallback_spans``).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any

from recoupe.textnorm import split_paragraphs, split_sentences

MODEL = "fr_core_news_md"
_NOT_NER = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer")
_CACHE_SIZE = 20_000
_cache: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()

Span = tuple[int, int, str]


@lru_cache(maxsize=1)
def load_ner() -> Any:
    """The NER-only French pipeline, loaded once per process."""
    import spacy

    return spacy.load(MODEL, exclude=list(_NOT_NER))


def _one_blas_thread() -> AbstractContextManager[Any]:
    """Small matrices: a second BLAS thread costs more CPU time than it saves (about 9 % measured)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # optional: only a speed-up
        return nullcontext()
    return threadpool_limits(1)


def ner_texts(texts: Sequence[str], batch_size: int = 128) -> list[list[Span]]:
    """``(start, end, label)`` entity spans for each text (offsets into that text)."""
    todo = [t for t in dict.fromkeys(texts) if t not in _cache]
    if todo:
        nlp = load_ner()
        with _one_blas_thread():
            for text, doc in zip(todo, nlp.pipe(todo, batch_size=batch_size), strict=True):
                _cache[text] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
                if len(_cache) > _CACHE_SIZE:
                    _cache.popitem(last=False)
    out = []
    for t in texts:
        spans = _cache.get(t)
        if spans is None:  # evicted meanwhile (tiny cache or huge batch): recompute
            spans = [(e.start_char, e.end_char, e.label_) for e in load_ner()(t).ents]
        out.append(spans)
    return out


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(FR | EN)


_FIRST_WORD = re.compile(r"\W*(\w+)")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def may_hold_names(sentence: str) -> bool:
    """False for a sentence with no capital letter after its first word, which is a common word
    ("Elle a été évacuée vers l'hôpital."): NER has nothing to find there."""
    m = _FIRST_WORD.match(sentence)
    if not m:
        return False
    return bool(_UPPER.search(sentence, m.end())) or m.group(1).lower() not in _stop_words()


def name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs of consecutive sentences that may hold names, paragraph by paragraph."""
    out: list[tuple[int, int]] = []
    for ps, pe in split_paragraphs(text):
        run: tuple[int, int] | None = None
        for s, e in split_sentences(text, ps, pe):
            if may_hold_names(text[s:e]):
                run = (run[0], e) if run else (s, e)
            elif run:
                out.append(run)
                run = None
        if run:
            out.append(run)
    return out


_TOKEN = re.compile(r"\S+")
_CAPITAL = re.compile(r"(?:^\W*|['’])[A-ZÀ-ÖØ-Þ]")
MARGIN = 4  # tokens of context kept on each side of a capitalised word


def name_pieces(text: str, margin: int = MARGIN) -> list[tuple[int, int]]:
    """Spans of the text worth giving to NER: inside each run of :func:`name_runs`, the stretches from
    ``margin`` tokens before a capitalised word (a sentence-initial common word does not count) to
    ``margin`` tokens after the last one of its cluster; a stretch with no capital longer than
    ``2 * margin`` tokens is cut out (the model's window is a few tokens wide)."""
    stop = _stop_words()
    out: list[tuple[int, int]] = []
    for rs, re_ in name_runs(text):
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text, rs, re_)]
        caps = [i for i, (a, b) in enumerate(toks)
                if _CAPITAL.search(text[a:b]) and text[a:b].strip(".,;:!?«»\"()").lower() not in stop]
        if not caps:
            continue
        lo = hi = caps[0]
        for i in caps[1:] + [None]:
            if i is not None and i - hi <= 2 * margin + 1:
                hi = i
                continue
            out.append((toks[max(0, lo - margin)][0], toks[min(len(toks) - 1, hi + margin)][1]))
            if i is not None:
                lo = hi = i
    return out


def ner_documents(texts: Iterable[str]) -> list[list[Span]]:
    """Entity spans of whole texts (offsets into each text).

    NER runs one paragraph at a time, on the runs of sentences that may hold a name (a capital letter
    past the first word, or a first word that is not a common word); the other sentences are skipped
    (about a third of news text; NER F1 moved by less than 0.005 on the europeana and HIPE benchmarks).
    Within a run only the words around capitalised words are given (:func:`name_pieces`).
    """
    texts = list(texts)
    paras: list[tuple[int, int, int]] = []
    for i, text in enumerate(texts):
        paras += [(i, s, e) for s, e in name_pieces(text)]
    results = ner_texts([texts[i][s:e] for i, s, e in paras])
    out: list[list[Span]] = [[] for _ in texts]
    for (i, s, _e), spans in zip(paras, results, strict=True):
        out[i] += [(s + a, s + b, label) for a, b, label in spans]
    return out
