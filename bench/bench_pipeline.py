"""Whole pipeline: seconds per stage and peak memory on the seeds, the example corpus and 1,000 generated articles.

The generated articles are recombinations of the example corpus's own paragraphs (our text) with names,
numbers and dates varied, so that stories, copies and facts occur at a realistic rate.
Run: ``.venv/bin/python -m bench.bench_pipeline [N]``.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

from bench._report import EXAMPLES, peak_rss_mb, shared_path, table, write_section
from recoupe.pipeline import STAGES, analyze
from recoupe.store import Store

TOWNS = ["Valmoret", "Brémontier", "Saint-Aubin-sur-Lys", "Kerneven", "Montréjac", "Lavaldieu", "Pontcroix-le-Haut"]
PEOPLE = ["Claire Dumontel", "Yves Kerbrat", "Odile Fayard", "Martin Lebrasseur", "Nadia Benhamou", "Paul Orcel"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _paragraphs() -> list[str]:
    paras = []
    for f in sorted((EXAMPLES / "gold" / "text").glob("*.txt")):
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 15]
    return paras


def generate(n: int, folder: Path, seed: int = 7) -> None:
    """``n`` plain-text articles: 1 in 4 a near copy of an earlier one, the rest new recombinations."""
    rng = random.Random(seed)
    paras = _paragraphs()
    made: list[str] = []
    for i in range(n):
        if made and rng.random() < 0.25:
            body = rng.choice(made)
            body = body.replace(rng.choice(DAYS), rng.choice(DAYS), 1)
        else:
            chosen = rng.sample(paras, k=min(len(paras), rng.randint(4, 7)))
            town, person = rng.choice(TOWNS), rng.choice(PEOPLE)
            body = "\n\n".join(chosen)
            body = re.sub(r"Valmoret|Breauté|Saint-Brévin[\w-]*", town, body)
            body = re.sub(r"\b\d{2,4}\b", lambda m: str(int(m.group()) + rng.randint(1, 40)), body)
            body = body.replace("Claire Dumontel", person)
        made.append(body)
        day = 1 + i % 28
        title = f"Article {i} : {rng.choice(TOWNS)}"
        (folder / f"gen_{i:04d}.txt").write_text(f"{title}\n2025-03-{day:02d}\n\n{body}\n", encoding="utf-8")


def run(paths: list[Path]) -> tuple[float, dict[str, float], int, int]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        a = analyze(paths, store=store)
        return time.perf_counter() - t0, a.timings, len(a.documents), sum(len(d.text.split()) for d in a.documents)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rows = []
    seeds = shared_path("corpus", "seeds")
    cases: list[tuple[str, list[Path]]] = []
    if seeds:
        cases.append(("seeds (5 scraped articles)", [seeds]))
    cases.append(("example corpus", [EXAMPLES / "corpus"]))
    with tempfile.TemporaryDirectory() as gen:
        generate(n, Path(gen))
        cases.append((f"{n} generated articles", [Path(gen)]))
        for name, paths in cases:
            secs, timings, docs, words = run(paths)
            stage_s = ", ".join(f"{k} {timings.get(k, 0):.1f}" for k, _ in STAGES)
            rows.append([name, docs, words, f"{secs:.1f}", f"{words / secs:,.0f}", stage_s, f"{peak_rss_mb():.0f}"])
            print(rows[-1], flush=True)
    body = (
        "Whole `analyze` run (ingest → dossier data, store on disk), one process, cold start "
        "(model loading counted in the first run).\n\n"
        + table(["input", "docs", "words", "seconds", "words/s", "seconds per stage", "peak RSS MB (cumulative)"], rows)
    )
    write_section("pipeline", "Whole pipeline: time and memory", body)


if __name__ == "__main__":
    main()
