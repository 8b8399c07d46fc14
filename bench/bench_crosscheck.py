"""Cross-check benchmark: the planted claims of the example corpus, and the time the stage adds.

1. Example corpus (examples/gold): gold clean texts -> the real date / quantity / quote
   extractors -> cross-check, (a) with the gold stories and derivations (isolates this stage)
   and (b) with stories and derivations found by the tool.  Each planted claim of gold.json is
   matched to the claim sharing most of its (document, value) pairs; status and independent
   source counts are compared.
2. Time: a generated 100-document story (hand-built facts: dates, counts, quotes; copies and
   independent reports), the four cross-check calls timed.
Run: ``.venv/bin/python -m bench.bench_crosscheck``.
"""

from __future__ import annotations

import random
import time

from rapidfuzz import fuzz

from bench._report import example_gold, peak_rss_mb, table, write_section
from recoupe.crosscheck.claims import build_claims, link_quote_variants
from recoupe.crosscheck.framing import detect_framing
from recoupe.crosscheck.timeline import build_timeline
from recoupe.model import Analysis, DateMention, Derivation, Document, Quantity, Quote, Story
from recoupe.textnorm import fold


def _facts(a: Analysis) -> None:
    from recoupe.facts.dates import extract_dates
    from recoupe.facts.entities import extract_entities
    from recoupe.facts.quantities import extract_quantities
    from recoupe.facts.quotes import extract_quotes

    a.entities = extract_entities(a.documents, a.stories)
    a.dates = extract_dates(a.documents)
    a.quantities = extract_quantities(a.documents)
    a.quotes = extract_quotes(a.documents, a.entities)


def _same(gold_value, value) -> bool:
    if isinstance(gold_value, str) and isinstance(value, str):
        if len(gold_value) > 12:
            return fuzz.ratio(fold(gold_value), fold(value)) >= 80
        return gold_value == value
    try:
        return abs(float(gold_value) - float(value)) < 1e-6
    except (TypeError, ValueError):
        return False


def _match(gclaim: dict, claims) -> tuple[object | None, int]:
    kind = gclaim["topic"].split(":")[0]
    best, best_n = None, 0
    for c in claims:
        if not c.topic.startswith(kind):
            continue
        n = sum(1 for d, v in gclaim["values"].items()
                if any(s.ref.document == d and _same(v, s.value) for s in c.sources))
        if n > best_n:
            best, best_n = c, n
    return best, best_n


def _run_crosscheck(a: Analysis) -> None:
    link_quote_variants(a)
    a.claims = build_claims(a)
    a.framing, a.genres = detect_framing(a.documents)
    a.timeline = build_timeline(a)


def example_corpus() -> str:
    loaded = example_gold()
    if loaded is None:
        return "Example corpus absent: nothing measured."
    gold, docs = loaded
    out = []
    for mode in ("gold stories + derivations", "stories + derivations by the tool"):
        a = Analysis(documents=docs)
        if mode.startswith("gold"):
            a.stories = [Story(f"S{i}", list(ids)) for i, ids in enumerate(gold["stories"], 1)]
            a.derivations = [Derivation(d["source"], d["target"], d["kind"], 1.0) for d in gold["derivations"]]
        else:
            from recoupe.stories.cluster import find_stories
            from recoupe.stories.provenance import find_derivations

            a.stories = find_stories(docs)
            a.derivations = find_derivations(docs, a.stories)
        _facts(a)
        t0 = time.perf_counter()
        _run_crosscheck(a)
        dt = time.perf_counter() - t0
        rows = []
        ok_status = ok_indep = 0
        for g in gold["claims"]:
            c, n = _match(g, a.claims)
            status = c.status if c else "—"
            indep = c.independent_sources if c else "—"
            ok_status += status == g["status"]
            ok_indep += indep == g["independent_sources"]
            rows.append([g["topic"], g["status"], status, g["independent_sources"], indep,
                         f"{n}/{len(g['values'])}", (c.statement if c else "no matching claim")[:90]])
        n_cont = sum(c.status == "contested" for c in a.claims)
        genres_ok = sum(a.genres.get(d) == g for d, g in gold.get("genres", {}).items())
        out.append(
            f"**{mode}** — {len(a.claims)} claims ({n_cont} contested), {len(a.timeline)} timeline entries, "
            f"cross-check {dt:.2f} s; planted claims: status right {ok_status}/{len(gold['claims'])}, "
            f"independent sources right {ok_indep}/{len(gold['claims'])}; genres right "
            f"{genres_ok}/{len(gold.get('genres', {}))}.\n\n"
            + table(["gold topic", "gold status", "our status", "gold indep.", "our indep.",
                     "values matched", "our statement"], rows))
    return "\n\n".join(out)


# --------------------------------------------------------------------------- timing

_TEMPLATES = [
    "L'incendie s'est déclaré {day} soir dans l'usine de Valbourg, selon la préfecture.",
    "Au total, {evac} habitants ont été évacués vers le gymnase municipal.",
    "Plus de {pomp} pompiers ont été mobilisés toute la nuit.",
    "« La situation est sous contrôle et aucune fumée toxique n'a été mesurée », a déclaré la préfète.",
    "Le maire a ouvert une cellule d'accueil à la salle des fêtes.",
    "Faut-il encore faire confiance aux exploitants ?",
]


def synthetic_story(n_docs: int = 100, seed: int = 7) -> Analysis:
    """``n_docs`` reports of one event: 1 in 4 a copy of an earlier one, a few disagreeing."""
    rng = random.Random(seed)
    docs, dates, qtys, quotes, derivs = [], [], [], [], []
    for i in range(n_docs):
        day, value = ("mardi", "2025-03-04") if rng.random() > 0.1 else ("lundi", "2025-03-03")
        evac = rng.choice([1200, 1200, 1200, 3000])
        pomp = rng.choice([80, 80, 100])
        filler = " ".join(f"Paragraphe de contexte numéro {k} sur la zone industrielle." for k in range(8))
        text = " ".join(t.format(day=day, evac=f"{evac:,}".replace(",", " "), pomp=pomp) for t in _TEMPLATES)
        text = text + "\n\n" + filler
        d = Document(id=f"d{i:03d}", source=f"d{i:03d}", text=text, language="fr", published="2025-03-05")
        docs.append(d)

        def ref(s: str, d: Document = d):
            k = d.text.index(s)
            return d.ref(k, k + len(s))

        dates.append(DateMention(ref(f"{day} soir"), value))
        qtys.append(Quantity(ref(f"{evac:,}".replace(",", " ") + " habitants"), evac, "habitant"))
        qtys.append(Quantity(ref(f"Plus de {pomp} pompiers"), pomp, "pompier", "more_than"))
        quotes.append(Quote(ref("La situation est sous contrôle et aucune fumée toxique n'a été mesurée"),
                            speaker_text="la préfète"))
        if i and rng.random() < 0.25:
            derivs.append(Derivation(f"d{rng.randrange(i):03d}", d.id, "copy", 1.0))
    return Analysis(documents=docs, stories=[Story("S1", [d.id for d in docs])], derivations=derivs,
                    dates=dates, quantities=qtys, quotes=quotes)


def timing() -> str:
    rows = []
    for n in (10, 100):
        a = synthetic_story(n)
        t = {}
        t0 = time.perf_counter()
        link_quote_variants(a)
        t["quote variants"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        a.claims = build_claims(a)
        t["claims"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        a.framing, a.genres = detect_framing(a.documents)
        t["framing"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        a.timeline = build_timeline(a)
        t["timeline"] = time.perf_counter() - t0
        rows.append([n, len(a.dates) + len(a.quantities), len(a.quotes), len(a.claims),
                     *(round(v, 3) for v in t.values()), round(sum(t.values()), 3)])
    return ("Generated story (hand-built facts, French, ~1 kB per document, 25 % copies, 10 % "
            "disagreeing on the day); seconds on this machine:\n\n"
            + table(["documents", "dates+counts", "quotes", "claims", "quote variants (s)", "claims (s)",
                     "framing (s)", "timeline (s)", "cross-check total (s)"], rows))


def main() -> int:
    body = "### Example corpus: planted claims\n\n" + example_corpus()
    body += "\n\n### Time the cross-check stage adds\n\n" + timing()
    body += f"\n\nPeak RSS {peak_rss_mb():.0f} MB."
    write_section("crosscheck", "Cross-check: claims, framing, timeline", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
