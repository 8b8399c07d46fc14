"""Scale-out plan: documents per second for steps (a) clean, (b) blocking keys, (c) blocking, per engine.

N short French articles are generated from templates written for this benchmark (invented
events: a town, people, numbers, a date; each event told by 1-6 articles: the original, exact
copies, a rewrite with the same facts, a shortened version).  Steps (a)+(b) run as one task per
input unit, on the serial engine and the local engine at 1 and 2 workers; (c) on the local
engine.  Blocking recall = share of same-event document pairs that land in one block (before
packing); purity = share of blocked pairs that are from one event.  Memory for blocking is the
size of the key arrays plus the peak resident growth during (c), extrapolated linearly to 100k
documents.  Step (d) (full analysis per block, spaCy) is timed on a small slice only.
Run: ``.venv/bin/python -m bench.bench_scale [N]``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import sys
import tempfile
import time
from collections import Counter
from functools import partial
from pathlib import Path

from bench._report import peak_rss_mb, shared_path, table, write_section
from recoupe.model import Document
from recoupe.scale import ScaleParams, doc_keys
from recoupe.scale.blocking import KeyBatch
from recoupe.scale.engines import LocalEngine, SerialEngine, make_engine
from recoupe.scale.plan import block_documents, input_units, prepare_unit, run_plan

SYL = ["bar", "len", "mor", "tic", "val", "bré", "cour", "dan", "fon", "gar", "lis", "pel", "ros", "tar", "vil", "quen"]
FIRST = ["Claire", "Yves", "Odile", "Martin", "Nadia", "Paul", "Inès", "Hugo", "Léa", "Karim", "Sophie", "Marc"]
ROLES = ["le maire", "la préfète", "le directeur", "la porte-parole", "l'adjoint", "le président du club"]
EVENTS = {
    "incendie": (
        "Un incendie a détruit {day} un entrepôt de la société {org} à {town}. {n1} pompiers sont intervenus "
        "pendant {n2} heures. {role}, {person}, indique que {n3} salariés sont concernés. "
        "Les dégâts atteindraient {n4} millions d'euros.",
        "À {town}, les flammes ont ravagé {day} un bâtiment de {org}. Pas moins de {n1} pompiers ont "
        "lutté {n2} heures contre le feu. Selon {person}, {n3} employés seront touchés, pour un préjudice "
        "de {n4} millions d'euros.",
    ),
    "vote": (
        "Le conseil municipal de {town} a voté {day} un projet de {n1} millions d'euros porté par {org}. "
        "{person}, {role}, promet {n2} logements et {n3} emplois. Les travaux dureront {n4} mois.",
        "{town} lance un chantier de {n1} millions d'euros : le vote a eu lieu {day}. {org} construira "
        "{n2} logements, affirme {person}, qui annonce {n3} emplois sur {n4} mois.",
    ),
    "grève": (
        "Les salariés de {org} à {town} sont en grève depuis {day}. Ils sont {n1} à réclamer une hausse de "
        "{n2} euros. {person}, {role}, évoque {n3} jours de production perdus et {n4} commandes en retard.",
        "Grève chez {org} : depuis {day}, {n1} salariés de {town} demandent {n2} euros de plus. D'après "
        "{person}, {n3} jours de production et {n4} commandes sont déjà perdus.",
    ),
    "accident": (
        "Un accident entre un car et {n1} voitures a fait {n2} blessés {day} près de {town}. {person}, "
        "{role}, précise que {n3} passagers du car de la société {org} ont été évacués. La route est fermée "
        "sur {n4} kilomètres.",
        "Près de {town}, un car de {org} a percuté {n1} voitures {day} : {n2} blessés. {n3} passagers ont "
        "été évacués, selon {person}. La circulation est coupée sur {n4} kilomètres.",
    ),
}
SITES = [f"{a}{b}-info.fr" for a, b in itertools.product(SYL[:8], SYL[8:])]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYL) for _ in range(parts)).capitalize()


def generate(n: int, path: Path, seed: int = 11) -> list[int]:
    """Write ``n`` articles as JSONL; return the event number of each article (ground truth)."""
    rng = random.Random(seed)
    truth: list[int] = []
    with path.open("w", encoding="utf-8") as fh:
        ev = 0
        while len(truth) < n:
            kind = rng.choice(sorted(EVENTS))
            original, rewrite = EVENTS[kind]
            slots = {
                "town": _name(rng, 3) + rng.choice(["", "-sur-" + _name(rng), "-le-" + _name(rng)]),
                "org": _name(rng, 2) + rng.choice([" SA", " Industries", "", " Transports"]),
                "person": f"{rng.choice(FIRST)} {_name(rng, 3)}",
                "role": rng.choice(ROLES).capitalize(),
                "day": rng.choice(DAYS),
                **{f"n{i}": rng.randint(3, 900) for i in range(1, 5)},
            }
            date = 738000 + rng.randint(0, 365)
            for k in range(min(n - len(truth), rng.choice([1, 1, 2, 2, 3, 4, 6]))):
                variant = ["original", "copy", "rewrite", "short", "copy", "rewrite"][k]
                body = (rewrite if variant == "rewrite" else original).format(**slots)
                if variant == "short":
                    body = body.split(". ")[0] + "."
                day = dt.date.fromordinal(date + rng.randint(0, 2)).isoformat()
                rec = {"id": f"g{len(truth):06d}", "text": body, "published": day, "site": rng.choice(SITES),
                       "title": f"{kind.capitalize()} à {slots['town']}"}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                truth.append(ev)
            ev += 1
    return truth


def _prepare(engine, units, work: Path, params: ScaleParams) -> tuple[float, list]:
    t0 = time.perf_counter()
    res = engine.map(partial(prepare_unit, work=str(work), blocking=params.blocking), units)
    return time.perf_counter() - t0, res


def _quality(plan: list[list[int]], truth: list[int]) -> tuple[float, float]:
    where = {i: b for b, m in enumerate(plan) for i in m}
    by_event: dict[int, list[int]] = {}
    for i, e in enumerate(truth):
        by_event.setdefault(e, []).append(i)
    same = hit = 0
    for members in by_event.values():
        for a, b in itertools.combinations(members, 2):
            same += 1
            hit += where[a] == where[b]
    blocked = pure = 0
    for m in plan:
        c = Counter(truth[i] for i in m)
        blocked += len(m) * (len(m) - 1) // 2
        pure += sum(v * (v - 1) // 2 for v in c.values())
    return hit / max(same, 1), pure / max(blocked, 1)


def semeval_recall() -> str:
    """Blocking recall on real same-story pairs: SemEval-2022 Task 8 dev (all texts blocked together, undated)."""
    path = shared_path("eval", "stories", "semeval2022_pairs_dev.jsonl")
    if path is None:
        return "SemEval-2022 Task 8 pairs absent: real-data blocking recall not measured."
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    index: dict[str, int] = {}
    docs: list[Document] = []
    pairs = []
    for r in rows:
        ends = []
        for t, lang in ((r["text1"], r["lang1"]), (r["text2"], r["lang2"])):
            if t not in index:
                index[t] = len(docs)
                docs.append(Document(id=f"d{len(docs)}", source="semeval", text=t, language=lang))
            ends.append(index[t])
        pairs.append((ends[0], ends[1], float(r["Overall"]), r["lang1"] == r["lang2"]))
    params = ScaleParams()
    kb = doc_keys(docs, params.blocking)
    plan, stats = block_documents(kb, SerialEngine(), params)
    where = {i: b for b, m in enumerate(plan) for i in m}
    out = []
    for label, test in (
        ("same story (Overall <= 1.5), same language", lambda o, s: o <= 1.5 and s),
        ("same story (Overall <= 1.5), cross-language", lambda o, s: o <= 1.5 and not s),
        ("related (1.5 < Overall <= 2.5)", lambda o, s: 1.5 < o <= 2.5),
        ("unrelated (Overall >= 3.5): falsely blocked", lambda o, s: o >= 3.5),
    ):
        sel = [(a, b) for a, b, o, s in pairs if test(o, s) and a != b]
        hit = sum(where[a] == where[b] for a, b in sel)
        out.append([label, len(sel), f"{hit / max(len(sel), 1):.3f}"])
    sizes = Counter(len(m) for m in plan)
    return (
        f"Real pairs: SemEval-2022 Task 8 dev, {len(docs)} distinct texts (10 languages, ~1,000 characters each, "
        "no dates: one time window), blocked together with the default parameters. Share of pairs that land in "
        "one block:\n\n"
        + table(["pairs", "count", "in one block"], out)
        + f"\n\nLargest block: {max(sizes)} documents; singletons: {sizes.get(1, 0)}; "
        f"verified pairs: {stats['verified_pairs']}."
    )


def main(n: int = 20000) -> None:
    params = ScaleParams(records_per_unit=500)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "gen.jsonl"
        truth = generate(n, src)
        units, _ = input_units([src], params)
        tiny = Path(tmp) / "tiny.jsonl"
        generate(5, tiny, seed=3)
        warm, _ = input_units([tiny], params)
        work = Path(tmp) / "work"
        work.mkdir()
        results = None
        for label, make in (("serial", SerialEngine), ("local, 1 worker", lambda: LocalEngine(1)),
                            ("local, 2 workers", lambda: LocalEngine(2))):
            eng = make()
            _prepare(eng, warm * getattr(eng, "workers", 1), work, params)  # imports and detector loads
            secs, res = _prepare(eng, units, work, params)
            a = sum(r.seconds["clean"] for r in res)
            b = sum(r.seconds["keys"] for r in res)
            docs = sum(len(r.keys.ids) for r in res)
            kb = KeyBatch.concat([r.keys for r in res], params.blocking.num_perm)
            t0 = time.perf_counter()
            rss0 = peak_rss_mb()
            plan, stats = block_documents(kb, eng, params)
            c = time.perf_counter() - t0
            grow = peak_rss_mb() - rss0
            eng.close()
            rows.append([label, docs, round(docs / secs), round(docs / a), round(docs / b), round(docs / c)])
            results = (res, kb, plan, stats, grow)
        res, kb, plan, stats, grow = results
        recall, purity = _quality(plan, truth)
        keys_mb = (kb.names.nbytes + kb.words.nbytes + kb.windows.nbytes + sum(len(i) + 50 for i in kb.ids)) / 1e6
        per100k = 100_000 / len(kb.ids)
        spark = "not measured (pyspark not importable in this environment)"
        try:
            import pyspark  # noqa: F401

            eng = make_engine("spark", 2)
            _prepare(eng, warm * 2, work, params)
            secs, res_s = _prepare(eng, units, work, params)
            docs = sum(len(r.keys.ids) for r in res_s)
            t0 = time.perf_counter()
            block_documents(KeyBatch.concat([r.keys for r in res_s], params.blocking.num_perm), eng, params)
            c = time.perf_counter() - t0
            rows.append(["spark local[2]", docs, round(docs / secs), "-", "-", round(docs / c)])
            spark = "measured with SparkSession local[2] (row above)"
        except ImportError:
            pass
        # step (d): full analysis on a slice (spaCy NER dominates)
        m = min(300, n)
        small = Path(tmp) / "small.jsonl"
        small.write_text("".join(src.read_text(encoding="utf-8").splitlines(True)[:m]), encoding="utf-8")
        eng = LocalEngine(2)
        t0 = time.perf_counter()
        summ = run_plan([small], Path(tmp) / "out", eng, params=params, workers=2)
        d_secs = time.perf_counter() - t0
        eng.close()

    body = table(["engine", "documents", "(a)+(b) docs/s wall", "(a) clean docs/s (task time)",
                  "(b) keys docs/s (task time)", "(c) blocking docs/s wall"], rows)
    body += "\n\n" + table(
        ["measure", "value"],
        [
            ["blocking recall (same-event pairs in one block)", f"{recall:.3f}"],
            ["blocking purity (blocked pairs from one event)", f"{purity:.3f}"],
            ["candidate pairs / verified pairs", f"{stats['candidate_pairs']} / {stats['verified_pairs']}"],
            ["blocks (before packing) / split / oversized buckets",
             f"{stats['components']} / {stats['split_components']} / {stats['oversized_buckets']}"],
            ["key arrays per 100k documents (extrapolated, linear)", f"{keys_mb * per100k:.0f} MB"],
            ["peak RSS growth during (c) per 100k documents (extrapolated)", f"{grow * per100k:.0f} MB"],
            [f"whole plan (a)-(e) on {m} documents, local 2 workers", f"{d_secs:.1f} s ({m / d_secs:.1f} docs/s), "
             f"{summ['blocks']} blocks, {summ['stories']} stories"],
            ["spark", spark],
        ],
    )
    body += (
        f"\n\n{n} generated articles (templates in bench/bench_scale.py, 1-6 articles per invented event). "
        "'task time' sums the seconds spent inside tasks (CPU work per document, independent of the engine); "
        "'wall' includes process start, pickling and the spill of documents. The machine's 2 cores are shared "
        "with other jobs, so 2-worker speed-ups are a lower bound."
    )
    body += "\n\n" + semeval_recall()
    write_section("scale", "Scale-out plan (bench_scale)", body)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
