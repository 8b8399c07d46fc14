"""Facts stage throughput (section "facts_throughput" of docs/benchmarks.md).

Words per CPU-second of the whole facts stage — :func:`extract_entities`, :func:`extract_quotes`,
``extract_dates`` and ``extract_quantities`` (whatever :mod:`recoupe.facts.dates` / ``quantities``
provide) — and peak memory, on:

* generated French news text: sentences built here from templates (invented people, places, numbers,
  dates and quotes), every paragraph distinct so the NER paragraph cache does not flatter the figure;
* the example corpus gold texts (``examples/gold/text``), when present.

The spaCy model is loaded (and warmed up) before timing; the goal is ≥ 15,000 words per CPU-second.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence

from bench._report import EXAMPLES, peak_rss_mb, table, write_section
from recoupe.facts import nlp
from recoupe.facts.entities import extract_entities
from recoupe.facts.quotes import extract_quotes
from recoupe.model import Document

N_ARTICLES = 150

_FIRST = [
    "Anne",
    "Paul",
    "Claire",
    "Yves",
    "Karim",
    "Sophie",
    "Marc",
    "Julien",
    "Nadia",
    "Hervé",
    "Lucie",
    "Thomas",
    "Inès",
    "Bruno",
    "Léa",
    "Omar",
]
_LAST = [
    "Delorme",
    "Girard",
    "Vasseur",
    "Kerbrat",
    "Benhaddou",
    "Roussel",
    "Ferrand",
    "Lambert",
    "Morel",
    "Caradec",
    "Perrin",
    "Giraud",
    "Mercier",
    "Aubry",
    "Leclerc",
    "Fontaine",
]
_TOWNS = [
    "Valmoret",
    "Saint-Brevin",
    "Lisieux",
    "Montbrun",
    "Carhaix",
    "Roanne",
    "Vierzon",
    "Brignoles",
    "Dax",
    "Fécamp",
]
_ROLES = ["la préfète", "le maire", "le directeur du site", "la porte-parole des pompiers", "le ministre"]
_ORGS = ["la Croix-Rouge", "l'Ineris", "la CGT", "le groupe Orlova", "l'ONU", "l'Union européenne"]
_VERBS = ["a déclaré", "a précisé", "a affirmé", "a expliqué", "a assuré", "a souligné", "a ajouté"]
_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
]
_SENTENCES = [
    "{role} de {town}, {name}, s'est rendue sur place {day} {d} {month} vers {h} heures.",
    "Plus de {n} pompiers ont été mobilisés et {m} habitants ont été évacués dans la nuit.",
    "« Nous avons fait {adj} ce qui était possible pour protéger les riverains », {verb} {name}.",
    "Selon {org}, environ {n} tonnes de produits étaient stockées sur le site de {town}.",
    "{name} {verb} : « La situation est sous contrôle depuis {h} heures ce {day}. »",
    "Le bilan fait état de {k} blessés légers, dont {k2} pompiers, d'après {org}.",
    "Une réunion publique est prévue le {d} {month} à la salle des fêtes de {town}.",
    "Les analyses confiées à {org} seront connues sous {k} jours, a indiqué {role}.",
    "L'usine, qui emploie {n} salariés, avait déjà connu un incident en {year}.",
    "« C'est un choc pour toute la commune », a-t-elle insisté devant {m} personnes.",
]
_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def generate(n: int, seed: int = 11) -> list[Document]:
    """``n`` French articles of 8–14 paragraphs; names, numbers and dates drawn at random."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(8, 14)):
            sents = []
            for _ in range(rng.randint(2, 4)):
                sents.append(
                    rng.choice(_SENTENCES).format(
                        role=rng.choice(_ROLES).capitalize() if rng.random() < 0.5 else rng.choice(_ROLES),
                        town=rng.choice(_TOWNS),
                        name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                        day=rng.choice(_DAYS),
                        d=rng.randint(1, 28),
                        month=rng.choice(_MONTHS),
                        h=rng.randint(0, 23),
                        n=rng.randint(20, 900),
                        m=rng.randint(100, 5000),
                        k=rng.randint(2, 40),
                        k2=rng.randint(1, 9),
                        year=rng.randint(1990, 2024),
                        org=rng.choice(_ORGS),
                        verb=rng.choice(_VERBS),
                        adj=rng.choice(["tout", "au mieux"]),
                    )
                )
            paras.append(" ".join(sents))
        docs.append(
            Document(
                id=f"gen{i}", source=f"gen{i}", text="\n\n".join(paras), language="fr", published="2025-03-05"
            )
        )
    return docs


def _stage_functions() -> list[tuple[str, Callable[[Sequence[Document]], object]]]:
    out: list[tuple[str, Callable[[Sequence[Document]], object]]] = []
    try:
        from recoupe.facts.dates import extract_dates

        out.append(("dates", extract_dates))
    except ImportError:
        print("note: recoupe.facts.dates.extract_dates unavailable", file=sys.stderr)
    try:
        from recoupe.facts.quantities import extract_quantities

        out.append(("quantities", extract_quantities))
    except ImportError:
        print("note: recoupe.facts.quantities.extract_quantities unavailable", file=sys.stderr)
    return out


def measure(docs: list[Document]) -> tuple[int, dict[str, float]]:
    nlp._cache.clear()
    words = sum(len(d.text.split()) for d in docs)
    cpu: dict[str, float] = {}
    t0 = time.process_time()
    ents = extract_entities(docs)
    cpu["entities"] = time.process_time() - t0
    t0 = time.process_time()
    extract_quotes(docs, ents)
    cpu["quotes"] = time.process_time() - t0
    for name, fn in _stage_functions():
        t0 = time.process_time()
        fn(docs)
        cpu[name] = time.process_time() - t0
    return words, cpu


def _examples() -> list[Document]:
    folder = EXAMPLES / "gold" / "text"
    if not folder.exists():
        print(f"skip: {folder} is absent", file=sys.stderr)
        return []
    return [
        Document(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8"), language="fr")
        for p in sorted(folder.glob("*.txt"))
    ]


def main() -> int:
    nlp.load_ner()
    nlp.ner_texts(["Échauffement du modèle à Paris avec Anne Roy."])
    rows = []
    for label, docs in (("generated French news", generate(N_ARTICLES)), ("example corpus", _examples())):
        if not docs:
            continue
        words, cpu = measure(docs)
        total = sum(cpu.values())
        parts = ", ".join(f"{k} {v:.2f}" for k, v in cpu.items())
        rows.append(
            [
                f"{label} ({len(docs)} docs)",
                words,
                f"{total:.2f}",
                f"{words / total:,.0f}",
                f"{words / cpu['entities']:,.0f}",
                parts,
            ]
        )
    body = table(
        ["text", "words", "CPU s", "words / CPU-s (facts)", "words / CPU-s (entities)", "CPU s per function"],
        rows,
    )
    body += (
        "\n\nWhole facts stage = entities (spaCy fr_core_news_md NER only, one paragraph at a time) + quotes"
        " + dates + quantities, model loaded and warmed before timing, paragraph cache emptied per row."
        f" Goal ≥ 15,000 words per CPU-second.\n\nPeak memory {peak_rss_mb():.0f} MB."
    )
    write_section("facts_throughput", "Facts stage throughput", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
