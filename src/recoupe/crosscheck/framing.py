"""Reporting or opinion: framing spans and a per-document genre.

Rules over the author's own words: text inside quotation marks (« », “ ”, "…") is someone
else's and is masked before any cue is looked for.  Sentence-level kinds (opinion, rhetorical
question, unattributed claim, hedged report, call to action) flag the sentence; loaded language
flags the word.  The genre of a document comes from the density of these signals, first-person
markers and exclamations, against reporting signals (attribution verbs, quotes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.crosscheck import framing_lexicon as fx
from recoupe.model import Document, Framing, FramingKind
from recoupe.textnorm import fold, split_sentences


def _alt(pats: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(pats) + r")(?![\w-])")


_SENTENCE_KINDS: list[tuple[FramingKind, re.Pattern[str]]] = [
    ("unattributed_claim", _alt(fx.UNATTRIBUTED)),
    ("hedged_report", _alt(fx.HEDGED)),
    ("opinion", _alt(fx.OPINION)),
]
_LOADED = _alt(fx.LOADED + fx.LOADED_MORE)
_DOUBT = _alt(fx.DOUBT)
_EXAGGERATION = _alt(fx.EXAGGERATION)
_SLOGAN = _alt(fx.SLOGANS)
_SATIRE = _alt(fx.SATIRE)
_CALL = re.compile(r"(?:" + "|".join(fx.CALL_START) + r")")
_FIRST = re.compile(fx.FIRST_PERSON)
_REPORTING = re.compile(fx.REPORTING)
_QUOTE_PAIRS = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"|„[^“”\n]*[“”]")
_DIALOGUE = re.compile(r"^\s*[—–-]\s")


def mask_quotes(text: str) -> str:
    """``text`` with quoted speech (inside « », “ ”, "…") replaced by spaces, same length."""
    return _QUOTE_PAIRS.sub(lambda m: " " * len(m.group()), text)


@dataclass(slots=True)
class DocSignals:
    sentences: int = 0
    words: int = 0
    flags: dict[str, int] | None = None
    first_person: int = 0
    exclamations: int = 0
    reporting: int = 0
    quotes: int = 0
    satire: int = 0  # parody markers

    def rate(self, kind: str) -> float:
        return (self.flags or {}).get(kind, 0) / max(1, self.sentences)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def framing_of(doc: Document) -> tuple[list[Framing], DocSignals]:
    """Framing spans of one document, and the counts the genre is decided from."""
    text = doc.text
    folded = fold(text)
    masked = mask_quotes(folded)
    out: list[Framing] = []
    sig = DocSignals(flags={})
    sig.quotes = len(_QUOTE_PAIRS.findall(folded))
    for s, e in split_sentences(text):
        own = masked[s:e]
        if not own.strip() or _DIALOGUE.match(text[s:e]) or len(own.strip()) < 0.3 * (e - s):
            continue  # quoted speech or dialogue: someone else's words
        sig.sentences += 1
        sig.words += len(own.split())
        sig.first_person += len(_FIRST.findall(own))
        sig.reporting += len(_REPORTING.findall(own))
        ref = doc.ref(s, e)
        if own.rstrip().endswith("?") or re.search(r"\?\s*$", own.rstrip(" »”\"')")):
            out.append(Framing(ref, "rhetorical_question", "?"))
        if own.rstrip().endswith("!"):
            sig.exclamations += 1
        lead = own.lstrip(" \"'-–—")
        if _CALL.match(lead):
            out.append(Framing(ref, "call_to_action", lead.split()[0] if lead.split() else ""))
        else:
            m = _SLOGAN.search(own)
            if m or (own.rstrip().endswith("!") and len(own.split()) <= fx.SLOGAN_MAX_WORDS):
                out.append(Framing(ref, "call_to_action", m.group().strip() if m else "!"))
        m = _DOUBT.search(own)
        if m and not own.rstrip().endswith("?"):
            out.append(Framing(ref, "rhetorical_question", m.group().strip()))
        m = _EXAGGERATION.search(own)
        if m:
            out.append(Framing(ref, "opinion", m.group().strip()))
        sig.satire += len(_SATIRE.findall(own))
        for kind, pat in _SENTENCE_KINDS:
            m = pat.search(own)
            if m:
                out.append(Framing(ref, kind, m.group().strip()))
        for m in _LOADED.finditer(own):
            ws, we = _trim(text, s + m.start(), s + m.end())
            out.append(Framing(doc.ref(ws, we), "loaded_language", m.group().strip()))
    for f in out:
        sig.flags[f.kind] = sig.flags.get(f.kind, 0) + 1
    return out, sig


# Genre weights: each signal's rate per sentence of the author's own words.
OPINION_WEIGHTS = {"opinion": 1.0, "rhetorical_question": 1.0, "unattributed_claim": 1.0,
                   "call_to_action": 1.0, "loaded_language": 0.5, "hedged_report": 0.0}
FIRST_PERSON_WEIGHT = 0.5
EXCLAMATION_WEIGHT = 1.0
REPORTING_WEIGHT = 0.6
QUOTE_WEIGHT = 0.25
OPINION_THRESHOLD = 0.03


def opinion_score(sig: DocSignals) -> float:
    """Opinion signals per sentence minus reporting signals per sentence."""
    n = max(1, sig.sentences)
    pos = sum(w * sig.rate(k) for k, w in OPINION_WEIGHTS.items())
    pos += FIRST_PERSON_WEIGHT * sig.first_person / n + EXCLAMATION_WEIGHT * sig.exclamations / n
    neg = REPORTING_WEIGHT * sig.reporting / n + QUOTE_WEIGHT * sig.quotes / n
    return pos - neg


def genre_of(sig: DocSignals, threshold: float = OPINION_THRESHOLD) -> str:
    """``satire`` when parody markers are present, ``opinion`` when the author's own judgement
    outweighs reporting, else ``reporting``.

    Satire imitates reporting; only explicit parody markers catch it (weak: most satire has none).
    """
    if sig.satire >= fx.SATIRE_MIN:
        return "satire"
    return "opinion" if opinion_score(sig) >= threshold else "reporting"


def detect_framing(docs: Sequence[Document]) -> tuple[list[Framing], dict[str, str]]:
    """Framing spans, and document id -> genre (reporting / opinion / satire)."""
    spans: list[Framing] = []
    genres: dict[str, str] = {}
    for doc in docs:
        found, sig = framing_of(doc)
        spans.extend(found)
        genres[doc.id] = genre_of(sig)
    return spans, genres
