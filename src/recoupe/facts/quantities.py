"""Quantities: value, unit (what is counted) and approximation.

A quantity is a number (digits with the language's separators, number words, a multiplier:
"3 milliards", "cinq millions", an approximate noun: "une trentaine") followed by what it counts
(a currency or unit symbol, a unit abbreviation, or the head noun, after "de/d'" if needed),
optionally preceded by an approximation cue ("jusqu'à", "plus de", "près de").

Not quantities: years and dates (spans found by :mod:`recoupe.facts.dates`), ordinals ("16e"),
times of day ("22 h 30", "à 22 heures"), vague plurals ("des milliers", "des millions de") and
numbers with nothing counted after them.  Language rules are data in ``lang_fr`` / ``lang_en`` /
``lang_es``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

from recoupe.facts import lang_en, lang_es, lang_fr
from recoupe.model import Document, Quantity
from recoupe.textnorm import fold

LANGS: dict[str, ModuleType] = {"fr": lang_fr, "en": lang_en, "es": lang_es}


class QuantityHit(NamedTuple):
    """A quantity found in a text: ``text[start:end]`` (cue + number + unit)."""

    start: int
    end: int
    value: float
    unit: str
    approx: str  # model.ApproxKind
    number_start: int
    number_end: int


# --------------------------------------------------------------------------- compiled rules


def _alt(words: Sequence[str], plural_s: bool = False) -> str:
    uniq = sorted({fold(w) for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)
    return "(?:" + body + ")" + ("s?" if plural_s else "")


@dataclass(frozen=True)
class _QRules:
    lang: ModuleType
    master: re.Pattern[str]
    word_token: re.Pattern[str]
    number_words: dict[str, float]
    multipliers: dict[str, float]
    approx_nouns: dict[str, float]
    vague: frozenset[str]
    cues: dict[str, str]
    after_cues: dict[str, str]
    symbols: dict[str, str]
    abbrev: dict[str, str]
    mult_abbrev: dict[str, float]
    not_units: frozenset[str]
    prenominal: frozenset[str]
    time_preps: frozenset[str]
    unit_link: re.Pattern[str]
    noun: re.Pattern[str]
    ordinal: re.Pattern[str]
    time_after: re.Pattern[str]
    decimal: str
    thousands: str
    modifier_first: bool
    glued_mult: dict[str, float]
    not_glued: frozenset[str]
    fractions: dict[str, float]
    half_after: re.Pattern[str] | None
    frac_link: re.Pattern[str]


def _fd(d: dict) -> dict:
    return {re.sub(r"\s+", " ", fold(k)): v for k, v in d.items()}


@lru_cache(maxsize=8)
def _qrules(lang: str) -> _QRules | None:
    mod = LANGS.get(lang)
    if mod is None:
        return None
    dec = mod.DECIMAL_MARK
    th = mod.THOUSANDS_SEPARATORS
    th_cls = "[" + re.escape(th) + "]"
    digits = (
        rf"\d{{1,3}}(?:{th_cls}\d{{3}})+(?:{re.escape(dec)}\d+)?(?!\d)"
        rf"|\d+(?:[.,]\d+)?"
    )
    word = _alt(list(mod.NUMBER_WORDS) + list(mod.MULTIPLIERS))
    joiners = _alt(mod.NUMBER_JOINERS)
    wordseq = rf"{word}(?:(?:[-\s]+{joiners})?[-\s]+{word})*"
    anoun = _alt(list(mod.APPROX_NOUNS), plural_s=True)
    # after digits only the large multipliers ("34 cents" is money, "3 millions" a multiplier)
    mult = _alt([k for k, v in mod.MULTIPLIERS.items() if v >= 1000])
    cues = _alt(list(mod.APPROX_BEFORE))
    sym = "[" + re.escape("".join(k for k in mod.CURRENCY_SYMBOLS if len(k) == 1)) + "]"
    fracs = _alt(list(getattr(mod, "FRACTIONS", {}))) if getattr(mod, "FRACTIONS", None) else "(?!x)x"
    master = re.compile(
        rf"(?<![\w\-/.,])(?:(?P<cue>{cues})\s*)?"
        rf"(?:(?P<presym>{sym})\s?)?"
        rf"(?P<sign>-(?=\d))?"
        rf"(?P<num>(?:{digits})(?:\s*{mult}\b)?|{wordseq}|{anoun})"
        rf"(?:(?<=\d)(?P<glued>°[cf]?|[a-z]{{1,4}}[²³]?)(?![\w]))?"
        rf"(?:\s+(?P<fet>{joiners}\s+)?(?:(?P<fnum>{word})\s+)?(?P<frac>{fracs})(?![\w-]))?"
        rf"(?:[-\s]+(?P<anoun>{anoun}))?"
        rf"(?![\w])"
    )
    return _QRules(
        lang=mod,
        master=master,
        word_token=re.compile(rf"{digits}|{_alt(list(mod.NUMBER_WORDS) + list(mod.MULTIPLIERS))}"),
        number_words=_fd(mod.NUMBER_WORDS),
        multipliers=_fd(mod.MULTIPLIERS),
        approx_nouns=_fd(mod.APPROX_NOUNS),
        vague=frozenset(fold(w) for w in mod.VAGUE_PLURALS),
        cues=_fd(mod.APPROX_BEFORE),
        after_cues=_fd(mod.APPROX_AFTER),
        symbols=dict(mod.CURRENCY_SYMBOLS),
        abbrev=_fd(mod.UNIT_ABBREV),
        mult_abbrev=_fd(mod.MULTIPLIER_ABBREV),
        not_units=frozenset(fold(w) for w in mod.NOT_UNITS),
        prenominal=frozenset(fold(w) for w in mod.PRENOMINAL),
        time_preps=frozenset(fold(w) for w in mod.TIME_PREPOSITIONS),
        unit_link=re.compile(r"\s*(?:" + "|".join(
            re.escape(fold(w)) + (r"\s*" if w.endswith("'") else r"\s+") for w in mod.UNIT_LINKS) + ")"),
        noun=re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]"),
        ordinal=re.compile(mod.ORDINAL_SUFFIX + r"\b"),
        time_after=re.compile(r"\s*" + mod.TIME_AFTER),
        decimal=dec,
        thousands=th,
        modifier_first=bool(getattr(mod, "MODIFIER_FIRST", False)),
        glued_mult=dict(getattr(mod, "GLUED_MULTIPLIERS", {})),
        not_glued=frozenset(getattr(mod, "NOT_GLUED_UNITS", ())),
        fractions=_fd(getattr(mod, "FRACTIONS", {})),
        half_after=re.compile(mod.HALF_AFTER) if getattr(mod, "HALF_AFTER", "") else None,
        frac_link=re.compile(r"\s+(?:" + "|".join(
            re.escape(fold(w)).replace(r"\ ", r"\s+") + (r"\s*" if w.endswith("'") else r"\s+")
            for w in sorted(getattr(mod, "FRACTION_LINKS", ()), key=len, reverse=True)) + ")"),
    )


# --------------------------------------------------------------------------- numbers


def _parse_digits(s: str, dec: str, th: str) -> float | None:
    s = s.strip()
    other = "." if dec == "," else ","
    if re.fullmatch(r"\d{1,3}(?:[" + re.escape(th) + r"]\d{3})+(?:" + re.escape(dec) + r"\d+)?", s):
        intpart, _, frac = s.partition(dec)
        return float(re.sub(r"\D", "", intpart) + ("." + frac if frac else ""))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        # "15,2" in English or "15.2" in French: not a thousands group, so the mark is a decimal point
        if other in s and other not in th:
            return float(s.replace(",", "."))
        return float(s.replace(dec, ".").replace(other, "."))
    return None


def parse_number(raw: str, lang: str = "fr") -> float | None:
    """Value of a number written in digits, words or both ("1,5 million", "quatre-vingt-dix")."""
    r = _qrules(lang)
    if r is None:
        return None
    f = re.sub(r"\s+", " ", fold(raw)).strip()
    total = 0.0
    current = 0.0
    seen = False
    for m in r.word_token.finditer(f):
        tok = m.group(0)
        if tok[0].isdigit():
            v = _parse_digits(tok, r.decimal, r.thousands)
            if v is None:
                return None
            current += v
            seen = True
            continue
        if tok in r.multipliers:
            mv = r.multipliers[tok]
            if mv == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * mv
                current = 0.0
            seen = True
        elif tok in r.number_words:
            current += r.number_words[tok]
            seen = True
    if not seen:
        return None
    return total + current


# --------------------------------------------------------------------------- units


@lru_cache(maxsize=20000)
def unit_lemma(word: str, lang: str = "fr") -> str:
    """Singular lower-case lemma of the counted noun ("soldats" -> "soldat"), accents kept."""
    w = word.lower()
    mod = LANGS.get(lang)
    if mod is not None and w in mod.UNIT_LEMMAS:
        return mod.UNIT_LEMMAS[w]
    if mod is not None and (w in getattr(mod, "INVARIABLE_NOUNS", ())
                            or w.startswith(tuple(getattr(mod, "INVARIABLE_PREFIXES", ())))):
        return w
    parts = w.split("-")
    if len(parts) > 1 and all(len(p) > 1 and p.endswith(("s", "x")) for p in parts):
        # "sapeurs-pompiers": both nouns of the compound are plural
        return "-".join(unit_lemma(p, lang) for p in parts)
    try:
        import simplemma

        lem = simplemma.lemmatize(w, lang=lang).lower()
    except (ImportError, ValueError):
        lem = w
    # the lemmatiser may turn a plural noun into a verb ("blessés" -> "blesser"): keep nouns nouns
    if lem.endswith(("er", "ir", "re")) and not w.startswith(lem[:-2]) or len(lem) < 2:
        lem = w
    # an unknown plural: cut the -s, unless the ending is that of an invariable noun ("processus")
    invariable = w.endswith(tuple(getattr(mod, "INVARIABLE_ENDINGS", ("ss",))))
    if lem == w and mod is not None and len(w) > 3 and w.endswith("s") and not invariable:
        lem = w[:-1]
    return lem


def _modifier_head(text: str, folded: str, r: _QRules, start: int, end: int, lang: str) -> tuple[str, int] | None:
    """"fire engines": (unit "fire engine", end) when the counted word is a singular modifier of a plural
    noun (languages that put modifiers first); a capitalised modifier ("US troops") gives the head alone."""
    word = text[start:end]
    if not word.isalpha() or folded[start:end] in r.abbrev:
        return None
    if not (word.isupper() and len(word) > 1) and unit_lemma(word, lang) != word.lower():
        return None  # a plural or a lemmatised word is the counted noun itself
    m = re.match(r" ([a-z][a-z'\-]*[a-z])\b", folded[end : end + 40])
    if not m or m.group(1) in r.not_units:
        return None
    head_text = text[end + 1 : end + m.end()]
    head = unit_lemma(head_text, lang)
    if head == head_text.lower():
        return None
    return (head if word[0].isupper() else f"{word.lower()} {head}"), end + m.end()


def _unit_after(r: _QRules, text: str, folded: str, pos: int, lang: str) -> tuple[str, int, float]:
    """(unit lemma, end of the unit, multiplier from an abbreviation) after ``pos``; ("", pos, 1) if none."""
    n = len(folded)
    i = pos
    while i < n and folded[i] == " ":
        i += 1
    mult = 1.0
    # "3 Md€", "2,5 M$"
    m = re.match(r"(md|mds|mrd|mrds|m|k)\s?(?=[€$£])", folded[i : i + 6])
    if m and m.group(1) in r.mult_abbrev:
        mult = r.mult_abbrev[m.group(1)]
        i += m.end()
    if i < n and folded[i] in r.symbols:
        return r.symbols[folded[i]], i + 1, mult
    # abbreviations and fixed phrases ("km", "pour cent", "km/h")
    m = re.match(r"[a-z°²³/]+(?:\s(?:cent|mille))?", folded[i : i + 12])
    if m:
        for k in sorted(r.abbrev, key=len, reverse=True):
            if folded.startswith(k, i) and (i + len(k) >= n or not folded[i + len(k)].isalnum()):
                return r.abbrev[k], i + len(k), mult
    # "de/d'" + noun (+ one prenominal adjective)
    j = i
    link = r.unit_link.match(folded, pos)
    if link:
        j = link.end()
    m = r.noun.match(folded, j)
    if m and m.group(0) in r.prenominal and not link:
        k = m.end()
        while k < n and folded[k] == " ":
            k += 1
        m2 = r.noun.match(folded, k)
        if m2 and m2.group(0) not in r.not_units:
            m = m2
    if not m:
        return "", pos, mult
    w = m.group(0)
    if w.split("'")[0] in r.not_units or w in r.not_units or "'" in w:
        return "", pos, mult
    if link and w in r.prenominal:
        return "", pos, mult
    return unit_lemma(text[m.start() : m.end()], lang), m.end(), mult


# --------------------------------------------------------------------------- finding


_TIME_HM = re.compile(r"\d{1,2}\s?(?:h|:)\s?\d{2}\b")


def _masked_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of dates and of day-or-longer durations ("depuis 12 ans"): their numbers are not quantities."""
    from recoupe.facts.dates import find_dates  # lazy: dates imports this module

    return [
        (h.start, h.end)
        for h in find_dates(text, "2000-01-01", lang)
        if h.rule not in ("relday", "anaphor", "weekday", "period_mod", "period_this")
    ]


def find_quantities(text: str, lang: str = "fr", require_unit: bool = True) -> list[QuantityHit]:
    """Quantities in ``text`` (see module doc). With ``require_unit=False`` bare numbers are kept too."""
    r = _qrules(lang)
    if r is None or not text:
        return []
    folded = fold(text)
    masks = _masked_spans(text, lang)
    hits: list[QuantityHit] = []
    for m in r.master.finditer(folded):
        ns, ne = m.start("num"), m.end("num")
        if any(s <= ns < e or s < ne <= e for s, e in masks):
            continue
        hit = _make_hit(r, text, folded, m, lang)
        if hit is not None:
            hits.append(hit)
    hits = _share_range_units(folded, hits)
    if require_unit:
        hits = [h for h in hits if h.unit]
    return hits


def _make_hit(r: _QRules, text: str, folded: str, m: re.Match[str], lang: str) -> QuantityHit | None:
    num = m.group("num")
    ns, ne = m.start("num"), m.end("num")
    anoun = m.group("anoun")
    approx = "exact"
    frac = _fraction(r, m, lang)
    if frac is not None:
        return _finish(r, text, folded, m, lang, frac, m.end("frac"), "exact")
    head = re.sub(r"\s+", " ", num)
    words = head.replace("-", " ").split()
    # a lone approximate noun or vague plural with no numeral before it
    if head in r.vague or (words and words[0] in r.vague):
        return None
    if head.rstrip("s") in r.approx_nouns or head in r.approx_nouns:
        value = r.approx_nouns.get(head, r.approx_nouns.get(head.rstrip("s"), 0.0))
        approx = "about"
    else:
        v = parse_number(num, lang)
        if v is None:
            return None
        value = v
        if anoun:
            an = re.sub(r"s$", "", anoun)
            value *= r.approx_nouns.get(an, r.approx_nouns.get(anoun, 1.0))
            approx = "about"
            ne = m.end("anoun")
        elif len(words) == 1 and words[0] in r.number_words and r.number_words[words[0]] == 1:
            return None  # "un", "une", "one": an article far more often than a count
    # ordinals, times of day
    if num[0].isdigit():
        glued = m.group("glued") or ""
        unit_glued = glued in r.abbrev and glued not in r.not_glued
        if r.ordinal.match(folded, ne) and not unit_glued:
            return None
        if _TIME_HM.match(folded, ns) or r.time_after.match(folded, ne):
            return None
    if m.group("frac"):  # a fraction word that did not parse: keep the number, drop what follows
        return None
    return _finish(r, text, folded, m, lang, value, ne, approx)


def _fraction(r: _QRules, m: re.Match[str], lang: str) -> float | None:
    """Value of "trois quarts" (3 x 1/4), "cinq et un quart" (5 + 1/4), "un million et demi" (1.5 M)."""
    if not m.group("frac"):
        return None
    part = r.fractions.get(re.sub(r"\s+", " ", m.group("frac")))
    num = re.sub(r"\s+", " ", m.group("num"))
    if part is None or not num[0].isalnum():
        return None
    whole_s, numer_s = num, m.group("fnum")
    if not m.group("fet") and not numer_s:
        # "vingt et trois cinquièmes": the number words after the last joiner are the numerator
        split = re.match(r"(.+)\s+(?:et|and|y)\s+(\S+)$", num)
        whole_s, numer_s = (split.group(1), split.group(2)) if split else ("", num)
    numer = parse_number(numer_s, lang) if numer_s else 1.0
    whole = parse_number(whole_s, lang) if whole_s else 0.0
    if numer is None or whole is None:
        return None
    scale = 1.0
    last = whole_s.split()[-1] if whole_s else ""
    if m.group("fet") and last in r.multipliers and r.multipliers[last] >= 1000:
        scale = r.multipliers[last]  # "un million et demi": half a million
    return whole + numer * part * scale


def _finish(r: _QRules, text: str, folded: str, m: re.Match[str], lang: str, value: float, ne: int,
            approx: str) -> QuantityHit | None:
    """The unit, the cues and the span of a number whose value is known."""
    ns = m.start("num")
    if m.group("sign"):
        value, ns = -value, m.start("sign")
    if m.group("cue"):
        approx = r.cues.get(re.sub(r"\s+", " ", m.group("cue")), approx)
    start = m.start()
    glued = text[m.start("glued") : m.end("glued")] if m.group("glued") else ""
    if glued:
        gf = glued.lower()
        if glued in r.glued_mult or (m.group("presym") and gf in r.mult_abbrev):
            value *= r.glued_mult.get(glued) or r.mult_abbrev[gf]
            ne = m.end("glued")
        elif gf in r.abbrev and gf not in r.not_glued:
            ne = m.end("glued")
            return _tail(r, text, folded, m, lang, value, r.abbrev[gf], start, ne, ns, ne, approx)
        else:
            return None
    if m.group("frac") and not m.group("presym"):
        # "trois quarts des sondés": the fraction divides the noun after the link
        link = r.frac_link.match(folded, ne)
        unit, end, _mult = _unit_after(r, text, folded, link.end() if link else ne, lang)
        if unit:
            return _tail(r, text, folded, m, lang, value, unit, start, end, ns, ne, approx)
    if m.group("presym"):
        unit, end, mult = r.symbols[m.group("presym")], ne, 1.0
        # "$ 75 millions" is handled by the multiplier in num
    else:
        unit, end, mult = _unit_after(r, text, folded, ne, lang)
    value *= mult
    return _tail(r, text, folded, m, lang, value, unit, start, end, ns, ne, approx)


def _tail(r: _QRules, text: str, folded: str, m: re.Match[str], lang: str, value: float, unit: str,
          start: int, end: int, ns: int, ne: int, approx: str) -> QuantityHit | None:
    num = m.group("num")
    if unit and r.modifier_first and value != 1 and not m.group("presym"):
        ws = re.search(r"[^\W\d_]+$", text[max(0, end - 40) : end])
        both = _modifier_head(text, folded, r, end - len(ws.group(0)), end, lang) if ws else None
        if both:
            unit, end = both
    if unit in ("heure", "hour", "hora") and num[0].isdigit() and value <= 24:
        prev = re.search(r"([\w']+)\s*$", folded[max(0, start - 15) : start])
        at_time = prev and (prev.group(1) in r.time_preps or prev.group(1).split("'")[-1] in r.time_preps)
        if at_time and not m.group("cue"):
            return None
    if unit and unit in _month_names(lang):
        return None
    # "deux ans et demi"
    half = r.half_after.match(folded, end) if r.half_after and unit else None
    if half and value == int(value):
        value += 0.5
        end = half.end()
    # cue after: "3 000 environ"
    tail = re.match(r"\s+([a-z' -]{2,12})", folded[end : end + 14])
    if tail and approx == "exact":
        for k, v in r.after_cues.items():
            if tail.group(1).startswith(k) and (len(tail.group(1)) == len(k) or not tail.group(1)[len(k)].isalpha()):
                approx = v
                end = end + tail.start(1) + len(k)
                break
    return QuantityHit(start, end, float(value), unit, approx, ns, ne)


@lru_cache(maxsize=8)
def _month_names(lang: str) -> frozenset[str]:
    mod = LANGS.get(lang)
    return frozenset(w.lower() for w in mod.MONTHS) if mod else frozenset()


def _share_range_units(folded: str, hits: list[QuantityHit]) -> list[QuantityHit]:
    """"entre 2 000 et 3 000 personnes": the first number counts the same thing."""
    out = list(hits)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if not a.unit and b.unit:
            between = folded[a.end : b.start]
            if re.fullmatch(r"\s*(?:et|a|ou|and|to|or|y|o|-)\s*", between):
                out[i - 1] = a._replace(unit=b.unit)
    return out


# --------------------------------------------------------------------------- documents


def extract_quantities(docs: Sequence[Document]) -> list[Quantity]:
    """Quantities of each document, with the span as evidence."""
    out: list[Quantity] = []
    for doc in docs:
        lang = doc.language if doc.language in LANGS else ("fr" if doc.language in ("und", "") else "")
        if not lang:
            continue
        for h in find_quantities(doc.text, lang):
            out.append(Quantity(ref=doc.ref(h.start, h.end), value=h.value, unit=h.unit, approx=h.approx))
    return out
