"""Text normalisation shared by every stage.

Two kinds of normalisation are kept apart:

* :func:`clean_unicode` changes the text that is *kept* (NFC, no control or bidi
  characters, ``\\n`` line ends).  It runs once, on input, before cleaning.
* :func:`fold` makes a *matching key* of exactly the same length as its input
  (typographic apostrophes and quotes made plain, accents dropped, lower case), so
  that an offset found in the folded text is the same offset in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Control characters except tab and newline, plus the bidi controls and zero-width marks.
_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]"
)
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")

# one character -> one character, for matching keys
_FOLD_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2039": '"', "\u203a": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u0153": "o", "\u0152": "o", "\u00e6": "a", "\u00c6": "a", "\u00df": "s",
}


def clean_unicode(text: str) -> str:
    """NFC, ``\\r\\n`` -> ``\\n``, control/bidi/zero-width characters removed, odd spaces made plain."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _DROP.sub("", text)
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _FOLD_MAP:
        return _FOLD_MAP[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """Matching key of the same length as ``text``: plain quotes, no accents, lower case."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(_fold_char(c) for c in text)


def normalize_apostrophes(text: str) -> str:
    """Typographic apostrophes and quotes made plain, length kept (for regex rules)."""
    return text.translate(_APOS_TABLE)


_APOS_TABLE = str.maketrans({k: v for k, v in _FOLD_MAP.items() if v in "'\"- "})


# --------------------------------------------------------------------------- segmentation

_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs (runs of non-blank lines; a single line break stays inside)."""
    spans = (_strip_span(text, m.start(), m.end()) for m in _PARA.finditer(text))
    return [sp for sp in spans if sp]


def split_lines(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines, stripped."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        sp = _strip_span(text, pos, pos + len(line))
        pos += len(line) + 1
        if sp:
            spans.append(sp)
    return spans


# Abbreviations after which a full stop does not end a sentence (fr + en).
_ABBREV = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "gén", "gen", "col", "cdt", "lt",
    "av", "bd", "env", "etc", "cf", "p", "pp", "no", "n°", "vol", "fig", "mr", "mrs", "ms", "jr", "sr",
    "inc", "ltd", "co", "corp", "vs", "ex", "art", "al", "min", "max", "approx", "dept", "sept", "oct",
    "nov", "déc", "dec", "janv", "févr", "fév", "jan", "feb", "aug", "apr", "mar", "jun", "jul",
}
_END = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s|$)|[.!?]+[\"'»”)\]]*(?=[A-ZÀ-Ý«“])")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``; paragraphs never share a sentence.

    Rule-based: a sentence ends at ``. ! ? …`` (with closing quotes or brackets) before
    white space, or glued to a capitalised word ("2001.Comme"), except after an
    abbreviation, an initial ("J. Dupont") or inside a number ("3.5").
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for ps, pe in split_paragraphs(text[start:end]):
        ps += start
        pe += start
        s = ps
        for m in _END.finditer(text, ps, pe):
            cut = m.end()
            if text[m.start()] == ".":
                word = re.search(r"(\S+)$", text[s : m.start()])
                w = word.group(1).lower().lstrip("(«\"“'") if word else ""
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
            seg = _strip_span(text, s, cut)
            if seg:
                out.append(seg)
            s = cut
        seg = _strip_span(text, s, pe)
        if seg:
            out.append(seg)
    return out


def _strip_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Word tokens of a folded (see :func:`fold`) or plain text."""
    return _WORD.findall(text)


def word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]
