"""Dates on datelines: find a calendar date in a short line and say whether the line is only that.

Kept small and rule-based (no dateparser): a dateline is a date plus cue words
("Publié le", "Updated"), a time and fillers.  Dates are returned as ISO strings at
their own granularity (``2025-03-03``, ``2025-03``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recoupe.clean import cues
from recoupe.textnorm import fold

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in cues.MONTHS), key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|\.|º)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS = [
    # 2024-11-10, 2024/11/10, 2024-11-10T08:15:00
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    # 10/11/2024, 10.11.2024, 10-11-2024 (day first: European usage)
    re.compile(r"(?<!\d)(?P<d>[0-3]?\d)[-/.](?P<m>[01]?\d)[-/.](?P<y>(?:19|20)\d\d)(?!\d)"),
    # 06/19/2024: month first, only when the day-first reading is impossible
    re.compile(r"(?<!\d)(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)"),
    # 3 mars 2025, 1er novembre 2024, 3. März 2025, 3 de marzo de 2025
    re.compile(rf"(?<!\w){_DAY}\s+(?:de\s+)?(?P<mn>{_MONTH_ALT})\.?,?\s+(?:de\s+|del\s+)?{_YEAR}(?!\d)"),
    # March 3, 2025 / Mar. 3 2025
    re.compile(rf"(?<!\w)(?P<mn>{_MONTH_ALT})\.?\s+{_DAY},?\s+{_YEAR}(?!\d)"),
    # mars 2025
    re.compile(rf"(?<!\w)(?P<mn>{_MONTH_ALT})\.?\s+{_YEAR}(?!\d)"),
]
def phrase_regex(phrases: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """One compiled alternation matching any of ``phrases`` as whole words, longest first."""
    alt = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


_UPDATED_RE = phrase_regex(cues.UPDATED_CUES)
_PUBLISHED_STRONG_RE = phrase_regex([c for c in cues.PUBLISHED_CUES if c not in cues.PUBLISHED_WEAK])
_PUBLISHED_WEAK_RE = phrase_regex(cues.PUBLISHED_WEAK)
_READING_RE = phrase_regex(cues.READING_TIME)
_RELATIVE_RE = phrase_regex(cues.RELATIVE_DATE)
_WEEKDAY_RE = re.compile(rf"{phrase_regex(cues.WEEKDAYS).pattern}\.?")
_TIME = re.compile(r"(?<!\d)[0-2]?\d\s?(?:h|:|heures?)\s?(?:[0-5]\d)?(?:\s?(?:am|pm|min))?(?!\w)")
_WORD = re.compile(r"[\w'’]+")


@dataclass(slots=True, frozen=True)
class DateHit:
    iso: str
    start: int
    end: int


def find_date(text: str) -> DateHit | None:
    """The first calendar date written in ``text`` (any of FR/EN/ES/DE forms), or None."""
    key = fold(text)
    best: DateHit | None = None
    for pat in _PATTERNS:
        for m in pat.finditer(key):
            iso = _iso(m)
            if iso and (best is None or m.start() < best.start):
                best = DateHit(iso, m.start(), m.end())
                break
    return best


def _all_dates(text: str, limit: int = 4) -> list[DateHit]:
    """The dates written in ``text``, in order (offsets in ``text``)."""
    out: list[DateHit] = []
    offset = 0
    while len(out) < limit:
        hit = find_date(text[offset:])
        if hit is None:
            break
        out.append(DateHit(hit.iso, hit.start + offset, hit.end + offset))
        offset += hit.end
    return out


def _published_hit(key: str, hits: list[DateHit]) -> DateHit | None:
    """The first date not introduced by an update cue ("Mis à jour le 16/03 - Publié le 15/03" -> 15/03)."""
    prev_end = 0
    for h in hits:
        if not _UPDATED_RE.search(key[prev_end: h.start][-30:]):
            return h
        prev_end = h.end
    return hits[0] if hits else None


def published_date_in(text: str) -> str | None:
    """The first date of ``text`` not introduced by an update cue, or None (no date, or only update dates)."""
    key = fold(text)
    prev_end = 0
    for h in _all_dates(text):
        if not _UPDATED_RE.search(key[prev_end: h.start][-30:]):
            return h.iso
        prev_end = h.end
    return None


def _iso(m: re.Match[str]) -> str | None:
    gd = m.groupdict()
    y = int(gd["y"])
    mo = cues.MONTHS.get(gd["mn"].rstrip(".")) if gd.get("mn") else int(gd["m"])
    if not mo or not 1 <= mo <= 12:
        return None
    if gd.get("d") is None:
        return f"{y:04d}-{mo:02d}"
    d = int(gd["d"])
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


@dataclass(slots=True, frozen=True)
class Dateline:
    iso: str | None  # None for relative dates ("il y a 3 heures")
    kind: str  # "published", "updated" or "plain"
    rest: str  # what is left on the line besides the date and its cues (e.g. a byline)


def _blank(m: re.Match[str]) -> str:
    """Replacement keeping offsets: the match becomes spaces of the same length."""
    return " " * len(m.group(0))


def _strip_cues(key: str, pattern: re.Pattern[str]) -> tuple[str, bool]:
    new = pattern.sub(_blank, key)
    return new, new != key


def parse_dateline(line: str) -> Dateline | None:
    """If ``line`` is (mostly) a dateline, the date it gives; None when it is something else.

    Lines of more than about 14 words are never datelines.  What is left after the
    date, time, cue words and fillers must be empty or a short byline (returned as
    ``rest`` so the caller can take the author from it).
    """
    if len(line) > 160 or sum(1 for w in _WORD.findall(line) if not w.isdigit()) > 14:
        return None
    key = fold(line)
    hits = _all_dates(line)
    hit = _published_hit(key, hits)
    relative = hit is None and bool(_RELATIVE_RE.search(key))
    if hit is None and not relative:
        return None
    for h in hits:
        key = key[: h.start] + " " * (h.end - h.start) + key[h.end :]
    key = _TIME.sub(_blank, key)
    key, updated = _strip_cues(key, _UPDATED_RE)
    key, published = _strip_cues(key, _PUBLISHED_STRONG_RE)
    key, weak = _strip_cues(key, _PUBLISHED_WEAK_RE)
    key, _ = _strip_cues(key, _READING_RE)
    key, _ = _strip_cues(key, _RELATIVE_RE)
    key = _WEEKDAY_RE.sub(_blank, key)
    rest_words = [w for w in _WORD.findall(key) if w not in cues.DATELINE_FILLERS and not w.isdigit()]
    if not rest_words:
        rest = ""
    else:
        # keep the original spelling of what is left, for a byline on the same line
        rest = _residue(line, key)
        explicit = (updated or published) and len(rest_words) <= 5  # "Valmoret (Seine-Maritime). Publié le …"
        # "Jeanne Dupont – 3 mars 2025": a person's name before the date
        name_first = hit is not None and _name_like(rest) and fold(line).find(fold(rest.split()[0])) < hit.start
        if not (_looks_like_byline_rest(rest) or name_first or explicit):
            return None
    kind = "updated" if updated and not published else "published" if published or weak else "plain"
    return Dateline(hit.iso if hit else None, kind, rest)


def _residue(line: str, key: str) -> str:
    out = "".join(c if k != " " else " " for c, k in zip(line, key, strict=False))
    out = re.sub(r"\s+", " ", out)
    return out.strip(" ,;|-–—·•:")


_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-ZÀ-Ý]\.|de|du|la|le|van|von|d')$")


def _name_like(rest: str) -> bool:
    """2 to 4 title-case tokens: "Jeanne Dupont" (not "MONTANT TOTAL", not "Article Libération" after a date)."""
    toks = rest.split()
    return 2 <= len(toks) <= 4 and all(_NAME_TOKEN.match(t) for t in toks) and toks[0][:1].isupper()


def _looks_like_byline_rest(rest: str) -> bool:
    k = fold(rest)
    return any(k.startswith(p + " ") or k.startswith(p + ":") for p in cues.BYLINE_PREFIXES)
