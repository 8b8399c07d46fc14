"""Comparing normalised values: ISO dates at their granularity, approximate quantities as intervals."""

from __future__ import annotations

import datetime as dt
import math
import re

from recoupe.model import ApproxKind

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
ABOUT = 0.15  # "environ 3 000" covers 3 000 +- 15 %
_EPS = 1e-9


def date_key(value: str) -> str | None:
    """The ISO date part of ``value`` (``2025``, ``2025-03``, ``2025-03-04``), or None if not a date."""
    m = _ISO.match(value or "")
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def dates_compatible(a: str, b: str) -> bool:
    """Two ISO dates at their own granularity agree when one is a prefix of the other."""
    return a.startswith(b) or b.startswith(a)


def day_of(value: str) -> dt.date | None:
    """The calendar day of a day-precision ISO date, else None."""
    m = _ISO.match(value or "")
    if not m or not m.group(3):
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def sort_key(value: str) -> tuple[int, int, int]:
    """Chronological key; a month or a year sorts after the precise days of that period."""
    m = _ISO.match(value or "")
    if not m:
        return (9999, 99, 99)
    y, mo, d = m.groups()
    return (int(y), int(mo) if mo else 99, int(d) if d else 99)


def interval(value: float, approx: ApproxKind | str) -> tuple[float, float]:
    """The values an approximate quantity allows, as a closed interval (strict bounds nudged)."""
    v = float(value)
    if approx == "about":
        return (v * (1 - ABOUT), v * (1 + ABOUT))
    if approx == "more_than":
        return (v + abs(v) * _EPS + _EPS, math.inf)
    if approx == "less_than":
        return (-math.inf if v < 0 else 0.0, v - abs(v) * _EPS - _EPS)
    if approx == "up_to":
        return (-math.inf if v < 0 else 0.0, v)
    tol = rounding(v)
    return (v - tol, v + tol)


def rounding(v: float) -> float:
    """Implicit tolerance of a round "exact" figure: 13 000 may stand for 12 500-13 499.

    Only for thousands and above (three trailing zeros or more): "80" and "1 200" stay exact.
    """
    if not float(v).is_integer() or v == 0:
        return 0.0
    n, k = int(abs(v)), 0
    while n % 10 == 0:
        n //= 10
        k += 1
    return 10**k / 2 if k >= 3 else 0.0


def quantities_compatible(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """``(value, approx)`` pairs conflict only when their intervals do not intersect."""
    lo1, hi1 = interval(*a)
    lo2, hi2 = interval(*b)
    return max(lo1, lo2) <= min(hi1, hi2)


APPROX_FR = {"exact": "", "about": "environ ", "more_than": "plus de ", "less_than": "moins de ",
             "up_to": "jusqu'à "}


def format_number(v: float) -> str:
    """French number: ``1 200``, ``2,5``."""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", " ")
    return f"{v:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")


def format_quantity(value: float, approx: str) -> str:
    return APPROX_FR.get(approx, "") + format_number(value)
