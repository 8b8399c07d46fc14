"""A hand-made, realistic ``recoupe.dossier/1`` dict with every section filled (invented event).

Two stories: a night fire at an invented chemical plant (original report, verbatim copy,
English translation, independent report disagreeing on a number and a day, opinion
blog) and an unrelated brush fire.  Spans are computed with ``str.find`` so every Ref is
exact.  :func:`make_dossier` returns a fresh dict each call (tests may mutate it).
"""

from __future__ import annotations

from typing import Any

ORIGINAL = (
    "Un violent incendie s'est déclaré dans la nuit de mardi à mercredi sur le site de l'usine "
    "Valmont Chimie, à Saint-Aubin-sur-Loue. Environ 240 habitants ont été évacués par précaution.\n\n"
    "« La situation est désormais maîtrisée, aucune victime n'est à déplorer », a déclaré la préfète "
    "Claire Dumesnil mercredi matin.\n\n"
    "Quelque 85 sapeurs-pompiers ont été mobilisés pendant six heures. Le maire, Paul Léger, a ouvert "
    "le gymnase municipal aux familles | sinistrées."
)
TRANSLATION = (
    "A violent fire broke out overnight from Tuesday to Wednesday at the Valmont Chimie plant in "
    "Saint-Aubin-sur-Loue. About 240 residents were evacuated as a precaution.\n\n"
    "\u201cThe situation is now under control, no one was hurt,\u201d said prefect Claire Dumesnil "
    "on Wednesday morning.\n\n"
    "Jonathan Whitfield, chief executive of the parent company, promised a full inquiry."
)
INDEPENDENT = (
    "Près de 300 riverains ont dû quitter leur domicile dans la nuit de lundi à mardi après l'incendie "
    "de l'usine Valmont Chimie. « La situation est maîtrisée et personne n'a été blessé », a indiqué "
    "Claire Dumesnil. Le patron du groupe, Jonathan Witfield, a promis une enquête complète."
)
BLOG = (
    "Faut-il attendre une catastrophe pour agir ? Cette usine est une véritable bombe à retardement. "
    "Les contrôles auraient été bâclés depuis des années. Il faut fermer ce site sans attendre. "
    "À mon avis, les autorités savaient tout."
)
OTHER = (
    "Un feu de broussailles a parcouru 12 hectares près de Villeneuve-du-Causse le 3 juin 2024. "
    "Les pompiers ont maîtrisé les flammes en fin d'après-midi."
)


def _doc(doc_id: str, text: str, **meta: Any) -> dict[str, Any]:
    base = {
        "id": doc_id, "source": f"corpus/{doc_id}", "title": None, "published": None, "author": None,
        "site": None, "url": None, "language": "fr", "genre": "reporting", "metadata_found_by": {},
        "text": text, "removed": [],
    }
    base.update(meta)
    return base


def make_dossier() -> dict[str, Any]:
    docs = [
        _doc("001_original.html", ORIGINAL, title="Incendie à l'usine Valmont Chimie : 240 habitants évacués",
             published="2025-03-12", author="Marie Castel", site="courrier-estuaire.example",
             url="https://courrier-estuaire.example/incendie-valmont",
             metadata_found_by={"published": "meta:article:published_time"},
             removed=[{"text": "Abonnez-vous pour lire la suite", "reason": "paywall notice"}]),
        _doc("002_copie.txt", ORIGINAL, title="Incendie à l'usine Valmont Chimie", published="2025-03-12",
             site="actu-agregateur.example",
             removed=[{"text": "Partager sur Facebook | Partager sur X", "reason": "share buttons"},
                      {"text": "Lire aussi : les pompiers recrutent", "reason": "read-also list"}]),
        _doc("003_translation.txt", TRANSLATION, title="Fire at Valmont Chimie plant", published="2025-03-13",
             site="estuary-news.example", language="en"),
        _doc("004_independant.jsonl#4", INDEPENDENT, title="Saint-Aubin : 300 riverains évacués",
             published="2025-03-12", site="radio-loue.example", author="Hugo Ferrand"),
        _doc("005_blog.txt", BLOG, title="Valmont, la bombe qu'on ne voulait pas voir", published="2025-03-14",
             site="blog-citoyen.example", genre="opinion"),
        _doc("006_autre.txt", OTHER, title="Feu de broussailles près de Villeneuve-du-Causse",
             published="2024-06-03", site="midi-causses.example"),
    ]
    texts = {d["id"]: d["text"] for d in docs}

    def ref(doc: str, needle: str, **extra: Any) -> dict[str, Any]:
        start = texts[doc].index(needle)
        return {"document": doc, "span": [start, start + len(needle)], "text": needle, **extra}

    def passage(src: str, s_needle: str, tgt: str, t_needle: str, sim: float) -> dict[str, Any]:
        a, b = ref(src, s_needle), ref(tgt, t_needle)
        return {"source_span": a["span"], "target_span": b["span"], "similarity": sim}

    o, c, t, i, b, x = (d["id"] for d in docs)
    quote_fr = "La situation est désormais maîtrisée, aucune victime n'est à déplorer"
    para1 = ORIGINAL.split("\n\n")[0]
    return {
        "format": "recoupe.dossier/1",
        "generator": "recoupe test-fixture",
        "documents": docs,
        "stories": [
            {"id": "s1", "title": "Incendie de l'usine Valmont Chimie", "documents": [o, c, t, i, b]},
            {"id": "s2", "title": "Feu de broussailles à Villeneuve-du-Causse", "documents": [x]},
        ],
        "derivations": [
            {"source": o, "target": c, "kind": "copy", "score": 1.0,
             "direction_evidence": "copy published with scraper boilerplate",
             "passages": [passage(o, ORIGINAL, c, ORIGINAL, 1.0)]},
            {"source": o, "target": t, "kind": "translation", "score": 0.91,
             "direction_evidence": "published one day later",
             "passages": [passage(o, para1, t, TRANSLATION.split("\n\n")[0], 0.93),
                          passage(o, quote_fr, t, "The situation is now under control, no one was hurt", 0.9)]},
        ],
        "entities": [
            {"id": "e1", "name": "Claire Dumesnil", "type": "PER", "aliases": ["la préfète Claire Dumesnil"],
             "mentions": [ref(o, "Claire Dumesnil"), ref(c, "Claire Dumesnil"), ref(t, "Claire Dumesnil"),
                          ref(i, "Claire Dumesnil")]},
            {"id": "e2", "name": "Jonathan Whitfield", "type": "PER", "aliases": ["Jonathan Witfield"],
             "mentions": [ref(t, "Jonathan Whitfield"), ref(i, "Jonathan Witfield")]},
            {"id": "e3", "name": "Valmont Chimie", "type": "ORG", "aliases": [],
             "mentions": [ref(o, "Valmont Chimie"), ref(t, "Valmont Chimie"), ref(i, "Valmont Chimie")]},
            {"id": "e4", "name": "Saint-Aubin-sur-Loue", "type": "LOC", "aliases": [],
             "mentions": [ref(o, "Saint-Aubin-sur-Loue")]},
            {"id": "e5", "name": "Villeneuve-du-Causse", "type": "LOC", "aliases": [],
             "mentions": [ref(x, "Villeneuve-du-Causse")]},
        ],
        "dates": [
            ref(o, "dans la nuit de mardi à mercredi", value="2025-03-12", kind="date",
                anchor="published:2025-03-12"),
            ref(o, "mercredi matin", value="2025-03-12", kind="date", anchor="published:2025-03-12"),
            ref(o, "six heures", value="PT6H", kind="duration"),
            ref(i, "dans la nuit de lundi à mardi", value="2025-03-11", kind="date",
                anchor="published:2025-03-12"),
            ref(x, "3 juin 2024", value="2024-06-03", kind="date"),
        ],
        "quantities": [
            ref(o, "Environ 240 habitants", value=240, unit="habitant", approx="about"),
            ref(o, "Quelque 85 sapeurs-pompiers", value=85, unit="sapeur-pompier", approx="about"),
            ref(i, "Près de 300 riverains", value=300, unit="riverain", approx="about"),
            ref(x, "12 hectares", value=12, unit="hectare", approx="exact"),
        ],
        "quotes": [
            ref(o, quote_fr, speaker="e1", variant_of="q1", speaker_text="la préfète Claire Dumesnil",
                cue="a déclaré"),
            ref(c, quote_fr, speaker="e1", variant_of="q1", speaker_text="la préfète Claire Dumesnil",
                cue="a déclaré"),
            ref(t, "The situation is now under control, no one was hurt", speaker="e1", variant_of="q1",
                speaker_text="prefect Claire Dumesnil", cue="said"),
            ref(i, "La situation est maîtrisée et personne n'a été blessé", speaker="e1", variant_of="q1",
                speaker_text="Claire Dumesnil", cue="a indiqué"),
        ],
        "claims": [
            {"id": "c1", "statement": "Nombre d'habitants évacués", "story": "s1", "topic": "quantity:habitant",
             "status": "contested", "independent_sources": 2, "note": "240 contre 300",
             "sources": [ref(o, "Environ 240 habitants", value=240, family="f1"),
                         ref(c, "Environ 240 habitants", value=240, family="f1"),
                         ref(t, "About 240 residents", value=240, family="f1"),
                         ref(i, "Près de 300 riverains", value=300, family="f2")]},
            {"id": "c2", "statement": "Nuit de l'incendie", "story": "s1", "topic": "date:incendie",
             "status": "contested", "independent_sources": 2, "note": None,
             "sources": [ref(o, "dans la nuit de mardi à mercredi", value="2025-03-12", family="f1"),
                         ref(i, "dans la nuit de lundi à mardi", value="2025-03-11", family="f2")]},
            {"id": "c3", "statement": "La préfète affirme que la situation est maîtrisée", "story": "s1",
             "topic": "quote:e1", "status": "corroborated", "independent_sources": 2, "note": None,
             "sources": [ref(o, quote_fr, family="f1"),
                         ref(i, "La situation est maîtrisée et personne n'a été blessé", family="f2")]},
            {"id": "c4", "statement": "85 sapeurs-pompiers mobilisés", "story": "s1",
             "topic": "quantity:sapeur-pompier", "status": "single_source", "independent_sources": 1,
             "note": None,
             "sources": [ref(o, "Quelque 85 sapeurs-pompiers", value=85, family="f1"),
                         ref(c, "Quelque 85 sapeurs-pompiers", value=85, family="f1")]},
            {"id": "c5", "statement": "12 hectares brûlés", "story": "s2", "topic": "quantity:hectare",
             "status": "single_source", "independent_sources": 1, "note": None,
             "sources": [ref(x, "12 hectares", value=12, family="f3")]},
        ],
        "framing": [
            ref(b, "Faut-il attendre une catastrophe pour agir ?", kind="rhetorical_question", cue="?"),
            ref(b, "bombe à retardement", kind="loaded_language", cue="bombe à retardement"),
            ref(b, "Les contrôles auraient été bâclés depuis des années", kind="unattributed_claim",
                cue="no source"),
            ref(b, "auraient été bâclés", kind="hedged_report", cue="conditionnel"),
            ref(b, "Il faut fermer ce site sans attendre", kind="call_to_action", cue="il faut"),
            ref(b, "À mon avis, les autorités savaient tout", kind="opinion", cue="à mon avis"),
        ],
        "timeline": [
            {"date": "2025-03-12", "event": "Incendie de l'usine Valmont Chimie (nuit de mardi à mercredi)",
             "story": "s1", "conflict": True, "sources": [ref(o, "dans la nuit de mardi à mercredi")]},
            {"date": "2025-03-11", "event": "Incendie de l'usine Valmont Chimie (nuit de lundi à mardi)",
             "story": "s1", "conflict": True, "sources": [ref(i, "dans la nuit de lundi à mardi")]},
            {"date": "2025-03-12", "event": "Déclaration de la préfète", "story": "s1", "conflict": False,
             "sources": [ref(o, "mercredi matin")]},
            {"date": "2024-06-03", "event": "Feu de broussailles", "story": "s2", "conflict": False,
             "sources": [ref(x, "3 juin 2024")]},
        ],
        "skipped": [{"source": "corpus/broken.warc.gz", "reason": "truncated gzip stream"}],
    }


def all_refs(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every Ref of the dossier (claims, timeline, entities, dates, quantities, quotes, framing)."""
    refs: list[dict[str, Any]] = []
    for c in data["claims"]:
        refs.extend(c["sources"])
    for t in data["timeline"]:
        refs.extend(t["sources"])
    for e in data["entities"]:
        refs.extend(e["mentions"])
    for key in ("dates", "quantities", "quotes", "framing"):
        refs.extend(data[key])
    return refs
