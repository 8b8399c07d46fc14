"""Candidate generation speed: vectorised MinHash-LSH (recoupe.stories.candidates) vs plain datasketch.

Generates ~400-word French articles from templates and a vocabulary written for this
benchmark, with planted near-duplicates (copies with boilerplate, light edits, truncations),
then measures documents per second on one core, the recall of the planted pairs and the
memory of the index, for both methods in the same run (datasketch on a subset: its rate
is per document, so the subset is enough).  No shared data is needed.

Run: ``.venv/bin/python -m bench.bench_candidates [--docs N]``.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time

from bench._report import peak_rss_mb, table, write_section
from recoupe.stories.candidates import BANDS, NUM_PERM, SHINGLE, CandidateIndex

SUBJECTS = (
    "le maire", "la préfète", "le conseil municipal", "les pompiers", "la gendarmerie", "le syndicat",
    "la direction", "les riverains", "le ministre", "l'association", "les commerçants", "le tribunal",
    "la région", "les enseignants", "le club", "les agriculteurs", "la mairie", "le directeur",
)
VERBS = (
    "a annoncé", "a confirmé", "a dénoncé", "a présenté", "a rejeté", "prépare", "examine", "a voté",
    "a reporté", "soutient", "conteste", "a financé", "a inauguré", "réclame", "a suspendu", "a lancé",
)
OBJECTS = (
    "un nouveau plan de circulation", "la fermeture de l'usine", "un budget de crise", "la rénovation du pont",
    "une enquête administrative", "la hausse des tarifs", "un projet de piscine", "la réouverture de l'école",
    "un dispositif d'alerte", "la vente du terrain", "une aide exceptionnelle", "le tracé de la déviation",
    "la fusion des communes", "un plan de prévention", "la création d'une crèche", "le contrat de concession",
)
PLACES = (
    "à Valbrune", "à Morvillers", "dans le centre-bourg", "près de la gare", "sur la zone industrielle",
    "au bord de l'Orne", "dans le quartier nord", "à la salle des fêtes", "devant la préfecture", "au port",
)
TIMES = (
    "lundi", "mardi soir", "mercredi matin", "jeudi", "vendredi", "ce week-end", "la semaine dernière",
    "depuis janvier", "cet été", "avant la fin du mois",
)
TAILS = (
    "selon un communiqué", "d'après plusieurs témoins", "malgré les critiques", "après de longs débats",
    "sans donner de calendrier", "pour un coût de {n} euros", "devant {n} personnes", "avec {n} agents",
)
BOILER = "Partager sur Facebook Partager sur X Lire aussi nos autres articles Abonnez-vous à la newsletter"


def _sentence(rng: random.Random) -> str:
    tail = rng.choice(TAILS).format(n=rng.randint(2, 9000))
    return f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} {rng.choice(TIMES)}, {tail}."


def _article(rng: random.Random, words: int = 400) -> str:
    out: list[str] = []
    n = 0
    while n < words:
        s = _sentence(rng)
        out.append(s)
        n += s.count(" ") + 1
    return " ".join(out)


def _edit(rng: random.Random, text: str, share: float) -> str:
    w = text.split()
    for _ in range(int(len(w) * share)):
        w[rng.randrange(len(w))] = rng.choice(("nouveau", "ancien", "premier", "dernier", "grand"))
    return " ".join(w)


def corpus(n: int, seed: int = 7) -> tuple[list[str], set[tuple[int, int]]]:
    """n articles; about 1 in 10 is a copy (+ boilerplate), a light edit (5 % words) or a truncation."""
    rng = random.Random(seed)
    texts: list[str] = []
    planted: set[tuple[int, int]] = set()
    while len(texts) < n:
        base = _article(rng)
        texts.append(base)
        if rng.random() < 0.3 and len(texts) < n:
            kind = rng.choice(("copy", "edit", "trunc"))
            if kind == "copy":
                derived = base + " " + BOILER
            elif kind == "edit":
                derived = _edit(rng, base, 0.05)
            else:
                derived = base[: int(len(base) * 0.8)]
            planted.add((len(texts) - 1, len(texts)))
            texts.append(derived)
    return texts, planted


def _rss_mb() -> float:
    try:
        with open(f"/proc/{os.getpid()}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return 0.0


def run_ours(texts: list[str]) -> tuple[float, set[tuple[int, int]], float]:
    gc.collect()
    t = time.process_time()
    idx = CandidateIndex()
    pairs = set(idx.add(texts))
    dt = time.process_time() - t
    mem = idx.signatures.nbytes + idx._band_keys.nbytes
    del idx
    return dt, pairs, mem / 1e6


def run_datasketch(texts: list[str]) -> tuple[float, set[tuple[int, int]], float]:
    from datasketch import MinHash, MinHashLSH

    gc.collect()
    before = _rss_mb()
    t = time.process_time()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, NUM_PERM // BANDS))
    pairs: set[tuple[int, int]] = set()
    for i, text in enumerate(texts):
        w = text.lower().split()
        sh = {" ".join(w[k : k + SHINGLE]).encode() for k in range(max(1, len(w) - SHINGLE + 1))}
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch(list(sh))
        for j in lsh.query(m):
            pairs.add((j, i))
        lsh.insert(i, m)
    dt = time.process_time() - t
    return dt, pairs, _rss_mb() - before


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--baseline-docs", type=int, default=3_000)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    texts, planted = corpus(args.docs)
    words = sum(t.count(" ") + 1 for t in texts) / len(texts)

    dt, pairs, mem_mb = run_ours(texts)
    rate = len(texts) / dt
    recall = len(planted & pairs) / max(1, len(planted))

    sub = texts[: args.baseline_docs]
    sub_planted = {p for p in planted if p[1] < len(sub)}
    bdt, bpairs, bmem = run_datasketch(sub)
    brate = len(sub) / bdt
    brecall = len(sub_planted & bpairs) / max(1, len(sub_planted))
    ours_sub = {p for p in pairs if p[1] < len(sub)}

    per100k = mem_mb * 100_000 / len(texts)
    bper100k = bmem * 100_000 / len(sub)
    body = "\n".join(
        [
            f"{len(texts):,} generated French articles (~{words:.0f} words each), {len(planted):,} planted "
            f"near-duplicates (copy + boilerplate, 5 % word edits, 80 % truncations). Word {SHINGLE}-gram "
            f"shingles, {NUM_PERM} permutations, LSH {BANDS} bands × {NUM_PERM // BANDS} rows, both methods. "
            "CPU time of one process (single-threaded numpy), so docs/s is per core.",
            "",
            table(
                ["method", "docs", "docs/s per core", "planted pairs found", "candidate pairs", "index memory per 100k docs (MB)"],
                [
                    ["recoupe CandidateIndex (vectorised)", len(texts), f"{rate:,.0f}", f"{recall:.3f}", len(pairs),
                     f"{per100k:.0f} (signatures + band keys, extrapolated)"],
                    ["datasketch MinHash + MinHashLSH (baseline)", len(sub), f"{brate:,.0f}", f"{brecall:.3f}",
                     len(bpairs), f"{bper100k:.0f} (RSS growth, extrapolated)"],
                    ["recoupe on the baseline's subset", len(sub), "", f"{len(sub_planted & ours_sub) / max(1, len(sub_planted)):.3f}",
                     len(ours_sub), ""],
                ],
            ),
            "",
            f"Speed-up over the baseline: **{rate / brate:.1f}×** (goal ≥ 3×; goal ≥ 4,000 docs/s per core). "
            f"Peak RSS of the run: {peak_rss_mb():.0f} MB.",
        ]
    )
    if args.no_write:
        print(body)
    else:
        write_section("candidates", "Provenance candidates: MinHash-LSH speed", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
