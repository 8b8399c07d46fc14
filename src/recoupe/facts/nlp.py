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

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any

from recoupe.textnorm import split_paragraphs

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


def ner_documents(texts: Iterable[str]) -> list[list[Span]]:
    """Entity spans of whole texts, computed paragraph by paragraph (offsets into each text)."""
    texts = list(texts)
    paras: list[tuple[int, int, int]] = []
    for i, text in enumerate(texts):
        paras += [(i, s, e) for s, e in split_paragraphs(text)]
    results = ner_texts([texts[i][s:e] for i, s, e in paras])
    out: list[list[Span]] = [[] for _ in texts]
    for (i, s, _e), spans in zip(paras, results, strict=True):
        out[i] += [(s + a, s + b, label) for a, b, label in spans]
    return out
