"""Dates and quantities against the shared French test cases, with dateparser / text2num as anchors.

Run: ``.venv/bin/python -m bench.bench_dates_numbers``.  Writes the section "dates_numbers" of
docs/benchmarks.md.  Reads ../shared/eval/dates_numbers (skips cleanly when absent) and the example
corpus gold (examples/gold) when present.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

from bench._report import EXAMPLES, peak_rss_mb, shared_path, table, write_section
from recoupe.facts.dates import find_dates
from recoupe.facts.lang_fr import FUTURE_MODIFIERS, MONTHS, PAST_MODIFIERS, WEEKDAYS
from recoupe.facts.quantities import find_quantities
from recoupe.textnorm import fold

MAX_CASES = 2500
DEFAULT_REF = "2016-11-07"  # Recognizers-Text's usual reference day, for cases that give none  # per family, to keep the run within a few minutes (dateparser is slow)


# --------------------------------------------------------------------------- date cases


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _span(inp: str, text: str, start: int | None) -> tuple[int, int] | None:
    if start is not None and inp[start : start + len(text)].lower() == text.lower():
        return start, start + len(text)
    i = inp.lower().find(text.lower())
    return (i, i + len(text)) if i >= 0 else None


_GRAN = re.compile(r"^(?:\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2})$")


def _expected_from_model(res: dict) -> tuple[str, str, str] | tuple[None, str, str]:
    """(past, future, kind) from a Recognizers model result, or (None, reason, '') when skipped."""
    tname = res.get("TypeName", "")
    vals = (res.get("Resolution") or {}).get("values") or []
    if not vals:
        return None, "no resolution", ""
    timex = vals[0].get("timex", "")
    if tname == "datetimeV2.date":
        got = [v.get("value") for v in vals if v.get("value") and _GRAN.match(v.get("value", ""))]
        if not got:
            return None, "unresolved", ""
        return got[0], got[-1], "date"
    if tname == "datetimeV2.daterange":
        if _GRAN.match(timex) and len(timex) in (4, 7):
            return timex, timex, "date"
        if re.fullmatch(r"XXXX-\d{2}", timex):
            starts = [v.get("start", "")[:7] for v in vals if v.get("start")]
            if starts:
                return starts[0], starts[-1], "date"
        return None, "period/week/season", ""
    if tname == "datetimeV2.duration":
        if re.fullmatch(r"P\d+[DWMY]", timex):
            return timex, timex, "duration"
        return None, "duration below a day", ""
    return None, tname.replace("datetimeV2.", ""), ""


def _expected_from_parser(res: dict) -> tuple[str, str, str] | tuple[None, str, str]:
    val = res.get("Value") or {}
    typ = res.get("Type", "")
    timex = val.get("Timex", "")
    fut = val.get("FutureResolution") or {}
    past = val.get("PastResolution") or {}
    if typ == "date":
        f, p = fut.get("date", ""), past.get("date", "")
        if _GRAN.match(f or "") and _GRAN.match(p or ""):
            return p, f, "date"
        return None, "unresolved", ""
    if typ == "daterange":
        if _GRAN.match(timex) and len(timex) in (4, 7):
            return timex, timex, "date"
        if re.fullmatch(r"XXXX-\d{2}", timex) and past.get("startDate") and fut.get("startDate"):
            return past["startDate"][:7], fut["startDate"][:7], "date"
        return None, "period/week/season", ""
    if typ == "duration":
        if re.fullmatch(r"P\d+[DWMY]", timex):
            return timex, timex, "duration"
        return None, "duration below a day", ""
    return None, typ or "other", ""


def recognizers_cases(root: Path) -> tuple[list[dict], Counter]:
    cases: list[dict] = []
    skipped: Counter = Counter()
    seen: set[tuple[str, str, str]] = set()
    base = root / "DateTime" / "French"
    files = sorted(base.glob("DateTimeModel*.json")) + [base / "DateParser.json", base / "DatePeriodParser.json"]
    for f in files:
        if not f.exists():
            continue
        for case in _load(f):
            ref = ((case.get("Context") or {}).get("ReferenceDateTime") or "")[:10]
            inp = case.get("Input", "")
            if not inp:
                continue
            for res in case.get("Results") or []:
                exp = _expected_from_model(res) if "TypeName" in res else _expected_from_parser(res)
                if exp[0] is None:
                    skipped[exp[1]] += 1
                    continue
                past, fut, kind = exp
                if not ref:
                    # no reference date given: only absolute expressions (the year is written) are usable
                    txt = res.get("Text", "")
                    if kind != "date" or past != fut or not (past[:4] in txt or re.search(rf"\b{past[2:4]}\b", txt)):
                        skipped["relative, no reference date"] += 1
                        continue
                    ref = DEFAULT_REF
                key = (inp, ref, res.get("Text", ""))
                if key in seen:
                    continue
                seen.add(key)
                span = _span(inp, res.get("Text", ""), res.get("Start"))
                if span is None:
                    skipped["span not found"] += 1
                    continue
                cases.append({"input": inp, "ref": ref, "span": span, "past": past, "future": fut, "kind": kind,
                              "direction": past != fut})
    return cases[:MAX_CASES], skipped


def duckling_cases(path: Path) -> tuple[list[dict], Counter]:
    cases: list[dict] = []
    skipped: Counter = Counter()
    wd = {fold(w) for w in WEEKDAYS if len(w) > 3}
    mods = {fold(w) for w in PAST_MODIFIERS + FUTURE_MODIFIERS}
    months = {fold(w) for w in MONTHS}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        c = json.loads(line)
        exp = c.get("expected") or {}
        grain = exp.get("grain", "")
        if exp.get("type") != "value" or grain not in ("Day", "Month", "Year"):
            skipped[f"{exp.get('type')}:{grain}"] += 1
            continue
        value = exp["value"][: {"Day": 10, "Month": 7, "Year": 4}[grain]]
        words = set(re.findall(r"[a-z]+", fold(c["text"])))
        direction = bool(words & wd) and not (words & mods) and not (words & months) and not re.search(r"\d", c["text"])
        cases.append({"input": c["text"], "ref": c["reference_time"][:10], "span": (0, len(c["text"])),
                      "past": value, "future": value, "kind": "date", "direction": direction})
    return cases, skipped


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run_ours(cases: list[dict]) -> list[str | None]:
    out: list[str | None] = []
    for c in cases:
        hits = [h for h in find_dates(c["input"], c["ref"], "fr") if _overlap((h.start, h.end), c["span"])]
        if not hits:
            out.append(None)
            continue
        best = max(hits, key=lambda h: min(h.end, c["span"][1]) - max(h.start, c["span"][0]))
        out.append(best.value)
    return out


def run_dateparser(cases: list[dict], whole: bool) -> list[str | None]:
    import dateparser
    from dateparser.search import search_dates

    out: list[str | None] = []
    for c in cases:
        base = dt.datetime.fromisoformat(c["ref"])
        settings = {"RELATIVE_BASE": base}
        gran = len(c["future"]) if c["kind"] == "date" else 0
        if not gran:
            out.append(None)
            continue
        value = None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if whole:
                    d = dateparser.parse(c["input"], languages=["fr"], settings=settings)
                    value = d.isoformat()[:gran] if d else None
                else:
                    found = search_dates(c["input"], languages=["fr"], settings=settings) or []
                    pos = 0
                    for sub, d in found:
                        i = c["input"].find(sub, pos)
                        if i < 0:
                            continue
                        pos = i + 1
                        if _overlap((i, i + len(sub)), c["span"]):
                            value = d.isoformat()[:gran]
                            break
        except Exception:  # noqa: BLE001 - the anchor tool failing on a case counts as a miss
            value = None
        out.append(value)
    return out


def score(cases: list[dict], got: list[str | None], kind: str = "date") -> dict[str, object]:
    idx = [i for i, c in enumerate(cases) if c["kind"] == kind]
    n = len(idx)
    raw = sum(got[i] == cases[i]["future"] for i in idx)
    news = sum(got[i] in (cases[i]["past"], cases[i]["future"]) if cases[i]["direction"] else got[i] == cases[i]["past"]
               for i in idx)
    nd = [i for i in idx if not cases[i]["direction"]]
    excl = sum(got[i] == cases[i]["past"] for i in nd)
    found = sum(got[i] is not None for i in idx)
    return {"n": n, "found": found / n if n else 0.0, "raw": raw / n if n else 0.0,
            "news": news / n if n else 0.0, "n_excl": len(nd), "excl": excl / len(nd) if nd else 0.0}


# --------------------------------------------------------------------------- number cases


def _num(s: str) -> float | None:
    s = s.strip().rstrip("%").replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def number_cases(rt: Path | None, duck: Path | None) -> dict[str, list[dict]]:
    fams: dict[str, list[dict]] = {}
    if rt is not None:
        for name, rel in (("RT Number", "Number/French/NumberModel.json"),
                          ("RT Percent", "Number/French/PercentModel.json"),
                          ("RT Currency", "NumberWithUnit/French/CurrencyModel.json"),
                          ("RT Dimension", "NumberWithUnit/French/DimensionModel.json"),
                          ("RT Age", "NumberWithUnit/French/AgeModel.json"),
                          ("RT Temperature", "NumberWithUnit/French/TemperatureModel.json")):
            f = rt / rel
            if not f.exists():
                continue
            rows = []
            for case in _load(f):
                inp = case.get("Input", "")
                for res in case.get("Results") or []:
                    v = _num(str((res.get("Resolution") or {}).get("value", "")))
                    span = _span(inp, res.get("Text", ""), res.get("Start"))
                    if v is None or span is None:
                        continue
                    rows.append({"input": inp, "span": span, "value": v,
                                 "unit": (res.get("Resolution") or {}).get("unit") or ""})
            fams[name] = rows[:MAX_CASES]
    if duck is not None:
        for name in ("numeral", "amountofmoney", "distance", "quantity", "volume", "temperature", "duration"):
            f = duck / f"{name}_fr.jsonl"
            if not f.exists():
                continue
            rows = []
            for line in f.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                c = json.loads(line)
                m = re.search(r"(?:NumeralValue|simple \w+|DurationData)\s+(-?[\d.]+)(?:\s+(\w+))?",
                              c["expected_haskell_expr"])
                if not m:
                    continue
                unit = re.search(r"simple (\w+)", c["expected_haskell_expr"])
                rows.append({"input": c["text"], "span": (0, len(c["text"])), "value": float(m.group(1)),
                             "unit": unit.group(1) if unit else (m.group(2) or "")})
            fams[f"Duckling {name}"] = rows
    return fams


def _unit_key(u: str) -> str:
    w = fold(u).split()
    return w[0].rstrip("s") if w else ""


def score_numbers(rows: list[dict]) -> tuple[float, float, float, float]:
    """(value at the gold span, value anywhere in the input, loose unit agreement, text2num anywhere)."""
    from text_to_num import alpha2digit

    at = anywhere = unit_ok = unit_n = t2n = 0
    for r in rows:
        hits = find_quantities(r["input"], "fr", require_unit=False)
        over = [h for h in hits if _overlap((h.number_start, h.number_end), r["span"])]
        if any(abs(h.value - r["value"]) <= 1e-6 * max(1.0, abs(r["value"])) for h in over):
            at += 1
        if any(abs(h.value - r["value"]) <= 1e-6 * max(1.0, abs(r["value"])) for h in hits):
            anywhere += 1
        if r["unit"] and over:
            unit_n += 1
            unit_ok += any(_unit_key(h.unit) == _unit_key(r["unit"]) for h in over)
        try:
            conv = alpha2digit(r["input"], "fr")
        except Exception:  # noqa: BLE001
            conv = r["input"]
        vals = set()
        for m in re.finditer(r"-?\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?", conv):
            vals.add(float(re.sub(r"[ .]", "", m.group(0)).replace(",", ".")))
        t2n += any(abs(v - r["value"]) <= 1e-6 * max(1.0, abs(r["value"])) for v in vals)
    n = len(rows) or 1
    return at / n, anywhere / n, (unit_ok / unit_n if unit_n else 0.0), t2n / n


# --------------------------------------------------------------------------- example corpus and speed


def example_corpus() -> tuple[str, list[str]]:
    gold_path = EXAMPLES / "gold" / "gold.json"
    if not gold_path.exists():
        return "", []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    texts: list[str] = []
    d_ok = d_n = q_ok = q_n = q_found = 0
    for did, d in g["documents"].items():
        p = EXAMPLES / "gold" / "text" / d["file"]
        if not p.exists():
            continue
        text = p.read_text(encoding="utf-8")
        texts.append(text)
        lang = d.get("language", "fr")
        hits = find_dates(text, d.get("published"), lang)
        for x in (x for x in g["dates"] if x["document"] == did and x["kind"] in ("date", "duration")):
            d_n += 1
            d_ok += any(h.value == x["value"] and _overlap((h.start, h.end), (x["start"], x["end"])) for h in hits)
        qh = find_quantities(text, lang)
        gold_q = [x for x in g["quantities"] if x["document"] == did]
        for x in gold_q:
            q_n += 1
            q_ok += any(abs(h.value - x["value"]) < 1e-6 and h.unit == x["unit"] and h.approx == x["approx"]
                        and _overlap((h.start, h.end), (x["start"], x["end"])) for h in qh)
        if gold_q:
            q_found += len(qh)
    rows = [["dates (day/month/year/duration): value at the gold span", f"{d_ok}/{d_n}"],
            ["quantities: value + unit + approx at the gold span (recall)", f"{q_ok}/{q_n}"],
            ["quantities: precision in the annotated documents", f"{q_ok}/{q_found}"]]
    return table(["example corpus", "score"], rows), texts


def speed(texts: list[str]) -> tuple[float, int]:
    if not texts:
        return 0.0, 0
    words = sum(len(t.split()) for t in texts)
    reps = max(1, 60_000 // max(words, 1))
    t0 = time.process_time()
    for _ in range(reps):
        for t in texts:
            find_dates(t, "2025-03-05", "fr")
            find_quantities(t, "fr")
    cpu = time.process_time() - t0
    return words * reps / cpu if cpu else 0.0, words * reps


# --------------------------------------------------------------------------- main


def main() -> int:
    base = shared_path("eval", "dates_numbers")
    parts: list[str] = []
    if base is not None:
        rt = base / "recognizers_text_fr" if (base / "recognizers_text_fr").exists() else None
        duck = base / "duckling_fr" if (base / "duckling_fr").exists() else None
        rows = []
        notes = []
        for name, (cases, skipped) in (
            ("Recognizers-Text fr", recognizers_cases(rt) if rt else ([], Counter())),
            ("Duckling fr time", duckling_cases(duck / "time_fr.jsonl") if duck else ([], Counter())),
        ):
            if not cases:
                continue
            t0 = time.process_time()
            ours = run_ours(cases)
            t_ours = time.process_time() - t0
            t0 = time.process_time()
            dp = run_dateparser(cases, whole=name.startswith("Duckling"))
            t_dp = time.process_time() - t0
            s, a = score(cases, ours), score(cases, dp)
            rows.append([name, "recoupe", s["n"], s["found"], s["raw"], s["news"], s["n_excl"], s["excl"],
                         f"{t_ours:.2f}"])
            rows.append([name, "dateparser alone", a["n"], a["found"], a["raw"], a["news"], a["n_excl"], a["excl"],
                         f"{t_dp:.2f}"])
            sd = score(cases, ours, "duration")
            if sd["n"]:
                rows.append([name + " durations", "recoupe", sd["n"], sd["found"], sd["raw"], sd["news"],
                             sd["n_excl"], sd["excl"], ""])
            notes.append(f"{name}: {len(cases)} cases scored; skipped {sum(skipped.values())} results "
                         f"(" + ", ".join(f"{k}: {v}" for k, v in skipped.most_common(8)) + ")")
        parts.append(
            "### Dates\n\nValue accuracy over the cases whose expected value is a day, a month or a year "
            "(and, separately, durations in days or more). `found` = a date was found over the gold span; "
            "`raw` = value equals the tool's own (forward) resolution; `news` = the past reading is also "
            "accepted when the gold gives both a past and a future value; `excl` = accuracy once the "
            "direction cases (bare weekday / a gold with distinct past and future values) are left out, "
            "`n excl` = the cases left. Duckling and Recognizers read a bare weekday forward, news usage "
            "reads it back, so `raw` penalises recoupe's news rule by design.\n\n"
            + table(["set", "system", "n", "found", "raw", "news", "n excl", "excl", "CPU s"], rows)
            + "\n\n" + "\n".join(f"- {n}" for n in notes)
        )
        fams = number_cases(rt, duck)
        nrows = []
        for name, rws in fams.items():
            if not rws:
                continue
            at, anywhere, unit, t2n = score_numbers(rws)
            nrows.append([name, len(rws), at, anywhere, unit, t2n])
        parts.append(
            "### Numbers and quantities\n\n`at span` = recoupe's number over the gold span has the gold value; "
            "`anywhere` = the gold value is among recoupe's numbers for the input; `unit` = loose unit agreement "
            "(first word, folded, plural s dropped) where a number was found over the span; `text2num` = the gold "
            "value is among the numbers of `alpha2digit(input)` (the anchor, same `anywhere` metric). "
            "Fractions, ordinals-as-numbers and unit names Recognizers spells in full are counted as misses.\n\n"
            + table(["set", "n", "at span", "anywhere", "unit", "text2num anywhere"], nrows)
        )
    ex, texts = example_corpus()
    if ex:
        parts.append("### Example corpus\n\n" + ex)
    wps, nwords = speed(texts)
    if wps:
        parts.append(f"### Speed\n\nfind_dates + find_quantities: **{wps:,.0f} words per CPU-second** "
                     f"({nwords:,} words of the example corpus, repeated); peak RSS {peak_rss_mb():.0f} MB.")
    if not parts:
        print("skip: no evaluation data and no example corpus", file=sys.stderr)
        return 0
    write_section("dates_numbers", "Dates and quantities", "\n\n".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
