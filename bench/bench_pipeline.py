"""Whole pipeline: seconds per stage and peak memory on the seeds, the example corpus and 1,000 generated articles.

The generated articles are invented events (templates of bench.bench_scale plus context sentences written
here) told by 1 to 6 articles each: an original, copies with scraper boilerplate, rewrites, an independent
report — so stories, copies and facts occur at a realistic rate.
Run: ``.venv/bin/python -m bench.bench_pipeline [N]``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from bench._report import EXAMPLES, peak_rss_mb, shared_path, table, write_section
from recoupe.pipeline import STAGES, analyze
from recoupe.store import Store

DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


CONTEXT = [
    "{person} a rappelé que {town} avait déjà connu une situation comparable il y a {n5} ans.",
    "Les habitants du quartier interrogés par notre rédaction se disent inquiets pour la suite.",
    "La préfecture a annoncé une réunion publique {day2} à la salle des fêtes de {town}.",
    "Selon les premiers éléments de l'enquête, {n6} personnes ont déjà été entendues par les gendarmes.",
    "{org} n'a pas souhaité répondre à nos questions dans l'immédiat.",
    "Le député de la circonscription demande « des réponses claires » et une inspection complète.",
    "Un premier bilan fait état de {n7} foyers concernés dans les communes voisines.",
    "La maire de la commune voisine, {person2}, a proposé d'accueillir les familles touchées.",
    "Les associations locales organisent une collecte de dons depuis {day2}.",
    "Le dossier sera examiné par le conseil départemental le mois prochain.",
    "{person2} estime que « rien n'a été fait depuis des années » pour prévenir ce type d'événement.",
    "Les services de l'État ont dépêché sur place une équipe de {n6} agents.",
]
BOILERPLATE = ["Partager sur Facebook", "Lire aussi", "{town} : les travaux de la mairie reportés", "Actualité",
               "Laisser un commentaire", "Votre adresse de messagerie ne sera pas publiée."]


def generate(n: int, folder: Path, seed: int = 7) -> None:
    """``n`` plain-text articles in stories of 1-6: originals, copies with scraper boilerplate, rewrites.

    Event sentences come from bench.bench_scale's templates, context sentences from the list above,
    all filled with invented names and numbers.
    """
    from bench.bench_scale import EVENTS, FIRST, ROLES, _name

    rng = random.Random(seed)
    i = 0
    while i < n:
        kind = rng.choice(sorted(EVENTS))
        original, rewrite = EVENTS[kind]
        slots = {
            "town": _name(rng, 3), "org": _name(rng, 2) + " SA", "person": f"{rng.choice(FIRST)} {_name(rng, 3)}",
            "person2": f"{rng.choice(FIRST)} {_name(rng, 3)}", "role": rng.choice(ROLES).capitalize(),
            "day": rng.choice(DAYS), "day2": rng.choice(DAYS), **{f"n{k}": rng.randint(3, 900) for k in range(1, 8)},
        }
        context = [c.format(**slots) for c in rng.sample(CONTEXT, 8)]
        base = [original.format(**slots)] + [" ".join(context[k : k + 2]) for k in range(0, 8, 2)]
        day = 1 + rng.randint(0, 27)
        for k in range(min(n - i, rng.choice([1, 1, 2, 3, 4, 6]))):
            variant = ["original", "copy", "rewrite", "independent", "copy", "rewrite"][k]
            if variant == "rewrite":
                paras = [rewrite.format(**slots)] + rng.sample(base[1:], 3)
            elif variant == "independent":
                own = {**slots, "person": f"{rng.choice(FIRST)} {_name(rng, 3)}", "n1": slots["n1"] + 40}
                paras = [rewrite.format(**own), rng.choice(CONTEXT).format(**own)]
            else:
                paras = list(base)
            body = "\n\n".join(paras)
            if variant == "copy":
                body += "\n\n" + "\n".join(b.format(**slots) for b in BOILERPLATE)
            title = f"{kind.capitalize()} à {slots['town']}"
            (folder / f"gen_{i:04d}.txt").write_text(f"{title}\n2025-03-{day:02d}\n\n{body}\n", encoding="utf-8")
            i += 1


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
