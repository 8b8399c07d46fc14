"""Time expressions, resolved against the publication date.

Rules per language live in data modules (``lang_fr``, ``lang_en``, ``lang_es``): word lists and
pattern templates over folded text.  This module compiles them once per language, finds the
candidate spans (longest wins), and resolves each one:

* absolute expressions ("19 juin 2024", "15/05/1999", "en 2022") need no anchor;
* relative ones ("hier", "ce samedi", "en juin dernier", "l'année dernière", "il y a 24 ans")
  are resolved against the publication date; without one, against an inferred anchor (the text's
  own strongest full date, else a story anchor given by the caller), and skipped when there is none;
* a weekday + day + month without a year ("mercredi 19 juin") takes the year where that day is that
  weekday; a year-less date or month otherwise takes the nearest year, moved by the verb's tense;
* "la veille", "le lendemain" are resolved against the previous day-level date in the text;
* a bare weekday is the past one (news usage) unless a modifier ("prochain") or a future-tense
  cue in the same sentence points forward;
* durations ("depuis 24 ans") give an ISO 8601 duration (``P24Y``) with kind ``"duration"``.

Values keep their granularity: ``2024-11-09``, ``2024-06``, ``2024``, ``2024-W45``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

from recoupe.facts import lang_en, lang_es, lang_fr
from recoupe.facts.quantities import parse_number
from recoupe.model import DateMention, Document, Story
from recoupe.textnorm import fold

LANGS: dict[str, ModuleType] = {"fr": lang_fr, "en": lang_en, "es": lang_es}
# a bare weekday with no tense cue is read forward when the past one is this many days back or more
FAR_BACK_DAYS = 5
# without a publication date, a weekday + day + month takes a year at most this many years back
WEEKDAY_YEAR_SPAN = 6
# rules that give a full day-level date (the evidence a text without publication date anchors on)
DAY_RULES = frozenset({"iso", "dmy", "date"})


class DateHit(NamedTuple):
    """A time expression found in a text: ``text[start:end]``, its value and what it was resolved against."""

    start: int
    end: int
    value: str
    kind: str  # "date" or "duration"
    anchor: str
    rule: str


# --------------------------------------------------------------------------- compiled rules


@dataclass(frozen=True)
class _Rules:
    lang: ModuleType
    patterns: list[tuple[str, re.Pattern[str]]]
    months: dict[str, int]
    weekdays: dict[str, int]
    reldays: dict[str, int]
    anaphors: dict[str, int]
    past: frozenset[str]
    future: frozenset[str]
    tunits: dict[str, str]
    periods: dict[str, str]
    year_before: frozenset[str]
    year_after: frozenset[str]
    future_cues: re.Pattern[str]
    past_cues: re.Pattern[str]
    holidays: dict[str, tuple[int, int]]
    later: frozenset[str]
    ambiguous_months: frozenset[str]


def _alt(words: Sequence[str]) -> str:
    """Regex alternation of folded words, longest first; spaces match any white space."""
    uniq = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def _folded(d: dict[str, object]) -> dict:
    return {re.sub(r"\s+", " ", fold(k)): v for k, v in d.items()}


def _full_months(mod: ModuleType) -> list[str]:
    """Month names that are not abbreviations (a strict prefix of another name of the same month)
    nor ambiguous words ("mai", "mars")."""
    names = {fold(k): v for k, v in mod.MONTHS.items()}
    amb = {fold(w) for w in mod.AMBIGUOUS_MONTHS}
    return [k for k, v in names.items()
            if k not in amb and not any(o != k and o.startswith(k) and names[o] == v for o in names)]


@lru_cache(maxsize=8)
def _rules(lang: str) -> _Rules | None:
    mod = LANGS.get(lang)
    if mod is None:
        return None
    wd_long = [w for w in mod.WEEKDAYS if w not in mod.SHORT_WEEKDAYS]
    num_words = list(mod.NUMBER_WORDS) + list(mod.MULTIPLIERS)
    num_word = _alt(num_words)
    fills = {
        "MONTH": _alt(list(mod.MONTHS)),
        "MONTHFULL": _alt(_full_months(mod)),
        "WD": _alt(list(mod.WEEKDAYS)),
        "WDLONG": _alt(wd_long),
        "PASTMOD": _alt(mod.PAST_MODIFIERS),
        "FUTMOD": _alt(mod.FUTURE_MODIFIERS),
        "THIS": _alt(mod.THIS_WORDS),
        "PERIOD": _alt(list(mod.PERIODS)),
        "TUNIT": _alt(list(mod.TIME_UNITS)),
        "RELDAY": _alt(list(mod.RELATIVE_DAYS)),
        "ANAPH": _alt(list(mod.ANAPHORIC_DAYS)),
        "DAYPART": _alt(mod.DAY_PARTS),
        "HOLIDAY": _alt(list(getattr(mod, "HOLIDAYS", {}))) if getattr(mod, "HOLIDAYS", None) else "(?!x)x",
        "LATER": _alt(getattr(mod, "LATER_WORDS", ())) if getattr(mod, "LATER_WORDS", ()) else "(?!x)x",
        "EARLIER": _alt(getattr(mod, "EARLIER_WORDS", ())) if getattr(mod, "EARLIER_WORDS", ()) else "(?!x)x",
        "NUM": r"(?:\d+(?:[.,]\d+)?|" + num_word + r"(?:[-\s](?:et[-\s])?" + num_word + r")*)",
    }
    patterns = []
    for kind, template in mod.DATE_PATTERNS:
        rx = template
        for key, val in fills.items():
            rx = rx.replace("{" + key + "}", val)
        patterns.append((kind, re.compile(rx)))
    return _Rules(
        lang=mod,
        patterns=patterns,
        months=_folded(mod.MONTHS),
        weekdays=_folded(mod.WEEKDAYS),
        reldays=_folded(mod.RELATIVE_DAYS),
        anaphors=_folded(mod.ANAPHORIC_DAYS),
        past=frozenset(fold(w) for w in mod.PAST_MODIFIERS),
        future=frozenset(fold(w) for w in mod.FUTURE_MODIFIERS),
        tunits=_folded(mod.TIME_UNITS),
        periods=_folded(mod.PERIODS),
        year_before=frozenset(fold(w) for w in mod.YEAR_BEFORE),
        year_after=frozenset(fold(w) for w in mod.YEAR_AFTER),
        future_cues=re.compile(mod.FUTURE_CUES),
        past_cues=re.compile(mod.PAST_CUES),
        holidays=_folded(getattr(mod, "HOLIDAYS", {})),
        later=frozenset(re.sub(r"\s+", " ", fold(w)) for w in getattr(mod, "LATER_WORDS", ())),
        ambiguous_months=frozenset(fold(w) for w in mod.AMBIGUOUS_MONTHS),
    )


# --------------------------------------------------------------------------- calendar helpers


def parse_anchor(published: str | None) -> dt.date | None:
    """The publication date as a day (a month or a year anchor is taken at its first day)."""
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", published.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _year2(y: str) -> int:
    n = int(y)
    if len(y) <= 2:
        return 2000 + n if n < 50 else 1900 + n
    return n


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _nearest_year(anchor: dt.date, month: int, day: int) -> int | None:
    """Year putting ``day/month`` nearest the anchor (ties go to the past)."""
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(y, month, day):
            continue
        dist = abs((dt.date(y, month, day) - anchor).days)
        key = (dist, 0 if dt.date(y, month, day) <= anchor else 1)
        if best is None or key < (best[0], 0 if dt.date(best[1], month, day) <= anchor else 1):
            best = (dist, y)
    return best[1] if best else None


def _shift(anchor: dt.date, n: float, unit: str, sign: int) -> tuple[str, str] | None:
    """The anchor moved ``n`` units, as (value, granularity)."""
    k = int(n) * sign
    if unit == "D":
        return (anchor + dt.timedelta(days=k)).isoformat(), "day"
    if unit == "W":
        return (anchor + dt.timedelta(weeks=k)).isoformat(), "day"
    if unit == "M":
        y, m = _add_months(anchor.year, anchor.month, k)
        return f"{y:04d}-{m:02d}", "month"
    mult = {"Y": 1, "DE": 10, "CE": 100}.get(unit)
    if mult is None:
        return None
    return f"{anchor.year + k * mult:04d}", "year"


def _iso_duration(n: float, unit: str) -> str:
    num = int(n) if float(n).is_integer() else n
    if unit == "DE":
        return f"P{num * 10}Y"
    if unit == "CE":
        return f"P{num * 100}Y"
    return f"P{num}{unit}"


# --------------------------------------------------------------------------- finding


def _sentence_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    s = max(folded.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (folded.find(c, end) for c in ".!?\n") if i >= 0]
    return s, (min(ends) if ends else len(folded))


def _tense(r: _Rules, text: str, folded: str, start: int, end: int) -> str:
    """"future", "past" or "" from tense cues near the expression, in the same sentence."""
    s, e = _sentence_bounds(folded, start, end)
    s = max(s, start - 80)
    e = min(e, end + 60)
    if r.future_cues.search(folded, s, start) or r.future_cues.search(folded, end, e):
        return "future"
    for a, b in ((s, start), (end, e)):
        for m in r.past_cues.finditer(folded, a, b):
            if text[m.start()] not in "àÀ":  # folding made "à" look like the auxiliary "a"
                return "past"
    return ""


def _prev_word(folded: str, start: int) -> str:
    m = re.search(r"([\w'-]+)\W*$", folded[max(0, start - 30) : start])
    return m.group(1) if m else ""


def _next_word(folded: str, end: int) -> tuple[str, str]:
    """The next word and the separator before it."""
    m = re.match(r"(\W*?)([\w'-]+)", folded[end : end + 40])
    return (m.group(2), m.group(1)) if m else ("", folded[end : end + 1])


def _year_ok(r: _Rules, folded: str, start: int, end: int) -> bool:
    """A bare 4-digit number is a year after a cue word, before punctuation or a function word."""
    prev = _prev_word(folded, start)
    if prev.split("'")[-1] in r.year_before or prev in r.year_before:
        nxt, sep = _next_word(folded, end)
        # "de 2000 soldats": a noun right after means a count
        weak = prev in ("de", "d'", "du", "a", "au", "et", "entre", "of", "to", "and", "y", "del")
        return not (weak and nxt and not sep.strip() and nxt not in r.year_after)
    nxt, sep = _next_word(folded, end)
    if not nxt or any(c in sep for c in ",;:.)!?") or sep.strip():
        return not re.match(r"\s*(?:%|€|\$|£)", folded[end : end + 3])
    return nxt in r.year_after


def _candidates(r: _Rules, folded: str) -> list[tuple[int, int, int, str, re.Match[str]]]:
    cands = []
    for prio, (kind, rx) in enumerate(r.patterns):
        for m in rx.finditer(folded):
            if m.end() > m.start():
                cands.append((m.start(), m.end(), prio, kind, m))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen: list[tuple[int, int, int, str, re.Match[str]]] = []
    # greedy by length: longest first, then position
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if any(c[0] < o[1] and o[0] < c[1] for o in chosen):
            continue
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _abbreviation_before(r: _Rules, folded: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviated month or weekday ("janv.", "mer.")."""
    m = re.search(r"([a-z]+)$", folded[max(0, dot - 12) : dot])
    if not m:
        return False
    w = m.group(1)
    for names in (r.months, r.weekdays):
        if w in names and any(k != w and k.startswith(w) and names[k] == names[w] for k in names):
            return True
    return False


def _num(m: re.Match[str], lang: str) -> float | None:
    gd = m.groupdict()
    if gd.get("one"):
        return 1.0
    raw = gd.get("num") or gd.get("num2")
    if not raw:
        return None
    return parse_number(raw, lang)


def find_dates(
    text: str,
    published: str | None,
    lang: str = "fr",
    *,
    fallback: str | None = None,
    today: dt.date | None = None,
) -> list[DateHit]:
    """Every day/month/year expression of ``text`` with its normalised value (see module doc).

    Relative expressions resolve against ``published``.  Without it, the anchor is inferred
    (:func:`infer_anchor`): the text's own strongest full date, else ``fallback`` (e.g. the
    publication date of another article of the same story); a weekday + day + month without a
    year takes the year in which that day is that weekday, at or before ``fallback``/``today``.
    """
    r = _rules(lang)
    if r is None or not text:
        return []
    folded = fold(text)
    anchor = parse_anchor(published)
    if anchor is not None:
        return _scan(r, text, folded, anchor, f"published:{anchor.isoformat()}", None, lang)
    story = parse_anchor(fallback)
    ref = story or today or _today()
    first = _scan(r, text, folded, None, "", ref, lang)
    inferred = infer_anchor(r, folded, first, story, today or _today())
    if inferred is not None:
        anchor, label = inferred, f"inferred:{inferred.isoformat()}"
    elif story is not None:
        anchor, label = story, f"story:{story.isoformat()}"
    else:
        return first
    return _scan(r, text, folded, anchor, label, ref, lang)


def _today() -> dt.date:
    """The current date (the reference for year inference when nothing else is known)."""
    return dt.date.today()


def _scan(
    r: _Rules,
    text: str,
    folded: str,
    anchor: dt.date | None,
    label: str,
    wd_ref: dt.date | None,
    lang: str,
) -> list[DateHit]:
    out: list[DateHit] = []
    last_day: tuple[dt.date, str] | None = None
    for start, end, _prio, kind, m in _candidates(r, folded):
        res = _resolve(r, kind, m, text, folded, anchor, last_day, lang, label, wd_ref)
        if res is None:
            continue
        value, rkind, anch = res
        if folded[end - 1] == "." and not _abbreviation_before(r, folded, end - 1):
            end -= 1
        out.append(DateHit(start, end, value, rkind, anch, kind))
        if rkind == "date" and len(value) == 10:
            last_day = (dt.date.fromisoformat(value), f"previous:{value}")
    return _anaphors_of_dates(r, folded, out)


def _anaphors_of_dates(r: _Rules, folded: str, hits: list[DateHit]) -> list[DateHit]:
    """"la veille du 14 juillet": an anaphor right before a day-level date counts from that date."""
    links = "|".join(re.escape(fold(w)) for w in sorted(getattr(r.lang, "ANAPHOR_LINKS", ()), key=len, reverse=True))
    if not links:
        return hits
    gap = re.compile(rf"\s*(?:{links})\s*")
    out = list(hits)
    for i in range(len(out) - 1):
        h, nxt = out[i], out[i + 1]
        if h.rule != "anaphor" or nxt.kind != "date" or len(nxt.value) != 10:
            continue
        off = r.anaphors.get(re.sub(r"\s+", " ", folded[h.start : h.end]))
        if off is None or not gap.fullmatch(folded, h.end, nxt.start):
            continue
        day = dt.date.fromisoformat(nxt.value) + dt.timedelta(days=off)
        out[i] = h._replace(value=day.isoformat(), anchor=f"of:{nxt.value}")
    return out


def infer_anchor(
    r: _Rules, folded: str, hits: Sequence[DateHit], story: dt.date | None, today: dt.date
) -> dt.date | None:
    """The reference day a text without publication date gives itself, or None.

    Evidence, strongest first: a full day-level date named with its weekday ("mercredi 19 juin",
    "lundi 11 novembre 2024"): people name the weekday of days close to the time of writing; then
    the latest full date with a year.  Dates after ``today`` are not evidence; a plain full date more
    than a year away from the ``story`` anchor yields to it.
    """
    strong: list[dt.date] = []
    weak: list[dt.date] = []
    for h in hits:
        if h.kind != "date" or len(h.value) != 10 or h.rule not in DAY_RULES:
            continue
        if h.anchor and not h.anchor.startswith("weekday-year:"):
            continue
        day = dt.date.fromisoformat(h.value)
        if day > today:
            continue
        first = re.match(r"[a-z]+", folded[h.start : h.end])
        (strong if first and first.group(0) in r.weekdays else weak).append(day)
    if strong:
        return max(strong)
    if weak:
        best = max(weak)
        if story is None or abs((best - story).days) <= 366:
            return best
    return None


def _resolve(
    r: _Rules,
    kind: str,
    m: re.Match[str],
    text: str,
    folded: str,
    anchor: dt.date | None,
    last_day: tuple[dt.date, str] | None,
    lang: str,
    label: str = "",
    wd_ref: dt.date | None = None,
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    pub = label or (f"published:{anchor.isoformat()}" if anchor else "")
    if kind in ("my", "ym"):
        return f"{int(g['year']):04d}-{int(g['mnum']):02d}", "date", ""
    if kind in ("iso", "dmy", "date", "mdy", "dm"):
        month = int(g["mnum"]) if g.get("mnum") else r.months.get(re.sub(r"\s+", " ", g["month"]))
        day_s = g["day"]
        day = 1 if day_s in ("1er", "premier", "1st", "primero") else int(re.sub(r"\D", "", day_s) or 0)
        if month is None or not day:
            return None
        if g.get("year"):
            y = _year2(g["year"])
            if not _valid(y, month, day):
                return None
            return f"{y:04d}-{month:02d}-{day:02d}", "date", ""
        if g.get("wd") and wd_ref is not None:
            # no publication date: the weekday fixes the year
            y = _weekday_year(r.weekdays.get(g["wd"]), month, day, anchor, wd_ref)
            return (f"{y:04d}-{month:02d}-{day:02d}", "date", f"weekday-year:{y}") if y else None
        if anchor is None:
            return None
        if g.get("wd"):
            wd = r.weekdays.get(g["wd"])
            y = _year_matching_weekday(anchor, month, day, wd)
        else:
            y = _nearest_year(anchor, month, day)
            if y is not None:
                y = _tense_year(_tense(r, text, folded, m.start(), m.end()), anchor, y, month, day)
        if y is None:
            return None
        return f"{y:04d}-{month:02d}-{day:02d}", "date", pub
    if kind == "month_year":
        month = r.months.get(g["month"])
        if g["month"] in r.ambiguous_months and len(g["year"]) == 2:
            return None
        return f"{_year2(g['year']):04d}-{month:02d}", "date", ""
    if kind in ("month_mod", "month_this", "month", "month_bare"):
        month = r.months.get(g["month"])
        if month is None or anchor is None:
            return None
        nxt = re.match(r"[-\s]+(\w)", text[m.end() : m.end() + 4])
        if kind == "month_bare" and nxt and nxt.group(1).isupper():
            return None  # "Avril Haines": a given name before a surname
        mod = g.get("mod") or ""
        if mod in r.past:
            y = anchor.year if month < anchor.month else anchor.year - 1
        elif mod in r.future:
            y = anchor.year if month > anchor.month else anchor.year + 1
        elif kind == "month_this":
            y = anchor.year
        else:
            y = _nearest_month_year(anchor, month)
            y = _tense_year(_tense(r, text, folded, m.start(), m.end()), anchor, y, month, None)
        return f"{y:04d}-{month:02d}", "date", pub
    if kind == "wd_day":
        if anchor is None:
            return None
        wd = r.weekdays.get(g["wd"])
        day = 1 if g["day"] in ("1er", "1st") else int(re.sub(r"\D", "", g["day"]))
        best = None
        for k in (-1, 0, 1):
            y, mo = _add_months(anchor.year, anchor.month, k)
            if _valid(y, mo, day) and dt.date(y, mo, day).weekday() == wd:
                d = dt.date(y, mo, day)
                if best is None or abs((d - anchor).days) < abs((best - anchor).days):
                    best = d
        if best is None:
            return None
        return best.isoformat(), "date", pub
    if kind in ("period_mod", "period_this"):
        if anchor is None:
            return None
        period = r.periods.get(re.sub(r"\s+", " ", g["period"]))
        mod = g.get("mod") or ""
        sign = -1 if mod in r.past else 1 if mod in r.future else 0
        if period == "year":
            return f"{anchor.year + sign:04d}", "date", pub
        if period == "month":
            y, mo = _add_months(anchor.year, anchor.month, sign)
            return f"{y:04d}-{mo:02d}", "date", pub
        if period == "week":
            iso = (anchor + dt.timedelta(weeks=sign)).isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}", "date", pub
        return None
    if kind in ("ago", "in"):
        n = _num(m, lang)
        unit = r.tunits.get(re.sub(r"\s+", " ", g["unit"]))
        if n is None or unit is None or anchor is None or not float(n).is_integer():
            return None
        res = _shift(anchor, n, unit, -1 if kind == "ago" else 1)
        return (res[0], "date", pub) if res else None
    if kind == "duration":
        n = _num(m, lang)
        unit = r.tunits.get(re.sub(r"\s+", " ", g["unit"]))
        if n is None or unit is None:
            return None
        return _iso_duration(n, unit), "duration", ""
    if kind == "weekday":
        if anchor is None:
            return None
        wd = r.weekdays.get(g["wd"])
        mod = g.get("mod") or ""
        if mod in r.past:
            delta = -((anchor.weekday() - wd) % 7 or 7)
        elif mod in r.future:
            delta = (wd - anchor.weekday()) % 7 or 7
        else:
            back = (anchor.weekday() - wd) % 7
            ahead = (wd - anchor.weekday()) % 7
            tense = _tense(r, text, folded, m.start(), m.end())
            # news usage: the past day, unless the tense points forward, or no tense cue and the past
            # reading is most of a week back while the future one is days away
            if tense == "future" or (not tense and back >= FAR_BACK_DAYS and ahead <= 2):
                delta = ahead
            else:
                delta = -back
        return (anchor + dt.timedelta(days=delta)).isoformat(), "date", pub
    if kind == "wd_week":
        if anchor is None:
            return None
        wd = r.weekdays.get(g["wd"])
        mod = g.get("mod") or ""
        sign = -1 if (mod in r.past or mod == "d'avant") else 1 if (mod in r.future or mod == "d'apres") else 0
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return (monday + dt.timedelta(weeks=sign, days=wd)).isoformat(), "date", pub
    if kind == "holiday":
        md = r.holidays.get(re.sub(r"\s+", " ", g["hol"]))
        if md is None:
            return None
        if g.get("year"):
            return f"{int(g['year']):04d}-{md[0]:02d}-{md[1]:02d}", "date", ""
        if anchor is None:
            return None
        y = _nearest_year(anchor, *md)
        return (f"{y:04d}-{md[0]:02d}-{md[1]:02d}", "date", pub) if y else None
    if kind == "later":
        n = _num(m, lang)
        unit = r.tunits.get(re.sub(r"\s+", " ", g["unit"]))
        base, anch = last_day if last_day else ((anchor, pub) if anchor else (None, ""))
        if n is None or unit is None or base is None or not float(n).is_integer():
            return None
        sign = 1 if re.sub(r"\s+", " ", g["dir"]) in r.later else -1
        res = _shift(base, n, unit, sign)
        return (res[0], "date", anch) if res else None
    if kind == "relday":
        if anchor is None:
            return None
        off = r.reldays.get(re.sub(r"\s+", " ", g["rel"]))
        if off is None:
            return None
        return (anchor + dt.timedelta(days=off)).isoformat(), "date", pub
    if kind == "anaphor":
        off = r.anaphors.get(re.sub(r"\s+", " ", g["ana"]))
        base, anch = last_day if last_day else ((anchor, pub) if anchor else (None, ""))
        if off is None or base is None:
            return None
        return (base + dt.timedelta(days=off)).isoformat(), "date", anch
    if kind == "year":
        if not _year_ok(r, folded, m.start(), m.end()):
            return None
        return g["year"], "date", ""
    return None


def _tense_year(tense: str, anchor: dt.date, y: int, month: int, day: int | None) -> int:
    """The nearest year ``y`` moved when the tense contradicts it: a future verb with a date already
    past goes to the next year, a past verb with a date still to come to the previous one."""
    when = (y, month, day or 1)
    now = (anchor.year, anchor.month, anchor.day if day else 1)
    if tense == "future" and when < now and (day is None or _valid(y + 1, month, day)):
        return y + 1
    if tense == "past" and when > now and (day is None or _valid(y - 1, month, day)):
        return y - 1
    return y


def _nearest_month_year(anchor: dt.date, month: int) -> int:
    """Year putting a bare month nearest the anchor month (ties go to the past)."""
    best_y, best_d = anchor.year, 99
    for y in (anchor.year, anchor.year - 1, anchor.year + 1):
        d = abs((y * 12 + month) - (anchor.year * 12 + anchor.month))
        if d < best_d:
            best_y, best_d = y, d
    return best_y


def _weekday_year(
    wd: int | None, month: int, day: int, anchor: dt.date | None, ref: dt.date
) -> int | None:
    """Year in which ``day/month`` falls on weekday ``wd``: within ~250 days of the anchor when there is
    one, else the most recent one at or before ``ref`` within :data:`WEEKDAY_YEAR_SPAN` years."""
    if wd is None:
        return None
    if anchor is not None:
        for y in sorted((anchor.year, anchor.year - 1, anchor.year + 1), key=lambda y: abs(y - anchor.year)):
            ok = _valid(y, month, day) and dt.date(y, month, day).weekday() == wd
            if ok and abs((dt.date(y, month, day) - anchor).days) < 250:
                return y
    for y in range(ref.year, ref.year - WEEKDAY_YEAR_SPAN - 1, -1):
        if _valid(y, month, day) and dt.date(y, month, day) <= ref and dt.date(y, month, day).weekday() == wd:
            return y
    return None


def _year_matching_weekday(anchor: dt.date, month: int, day: int, wd: int | None) -> int | None:
    """Year where ``day/month`` falls on weekday ``wd`` (nearest the anchor), else the nearest year."""
    if wd is not None:
        for y in sorted((anchor.year, anchor.year - 1, anchor.year + 1), key=lambda y: abs(y - anchor.year)):
            ok = _valid(y, month, day) and dt.date(y, month, day).weekday() == wd
            if ok and abs((dt.date(y, month, day) - anchor).days) < 250:
                return y
    return _nearest_year(anchor, month, day)


# --------------------------------------------------------------------------- documents


def story_anchors(docs: Sequence[Document], stories: Sequence[Story]) -> dict[str, str]:
    """For each document without publication date, the latest day-level publication date of the other
    documents of its story (the ``anchors`` argument of :func:`extract_dates`); documents not in ``docs``
    are ignored, so pass every document of the stories you know."""
    published = {d.id: d.published for d in docs}
    out: dict[str, str] = {}
    for story in stories:
        days = sorted(p[:10] for i in story.documents if (p := published.get(i)) and parse_anchor(p) and len(p) >= 10)
        if not days:
            continue
        for i in story.documents:
            if i in published and not published[i]:
                out[i] = days[-1]
    return out


def extract_dates(docs: Sequence[Document], anchors: Mapping[str, str] | None = None) -> list[DateMention]:
    """Dates and durations of each document, resolved against its publication date.

    A document without publication date is resolved against the anchor its own text gives
    (:func:`infer_anchor`), else against ``anchors[doc.id]`` (an ISO date, e.g. the publication
    date of other articles of the same story).  ``DateMention.anchor`` says which was used.
    """
    out: list[DateMention] = []
    for doc in docs:
        lang = doc.language if doc.language in LANGS else ("fr" if doc.language in ("und", "") else "")
        if not lang:
            continue
        fallback = anchors.get(doc.id) if anchors else None
        for h in find_dates(doc.text, doc.published, lang, fallback=fallback):
            out.append(DateMention(ref=doc.ref(h.start, h.end), value=h.value, kind=h.kind, anchor=h.anchor))
    return out
