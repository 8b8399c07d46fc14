"""Bilingual (French / English) labels used by the human-readable dossier (HTML, Markdown, web UI).

Plain data: every label is ``(french, english)``; :func:`label` joins them as ``"Contesté / Contested"``.
"""

from __future__ import annotations

STATUS: dict[str, tuple[str, str]] = {
    "corroborated": ("Corroboré", "Corroborated"),
    "single_source": ("Source unique", "Single source"),
    "contested": ("Contesté", "Contested"),
}

# order in which claims are listed: what needs attention first
STATUS_ORDER: dict[str, int] = {"contested": 0, "single_source": 1, "corroborated": 2}

DERIVATION: dict[str, tuple[str, str]] = {
    "copy": ("Copie", "Copy"),
    "partial_copy": ("Copie partielle", "Partial copy"),
    "rewrite": ("Réécriture", "Rewrite"),
    "translation": ("Traduction", "Translation"),
    # how a repeated piece of evidence relates to the family's lead source (dossier view only)
    "same_document": ("Même document", "Same document"),
    "family": ("Même famille", "Same family"),
}

FRAMING: dict[str, tuple[str, str]] = {
    "opinion": ("Opinion", "Opinion"),
    "rhetorical_question": ("Question rhétorique", "Rhetorical question"),
    "loaded_language": ("Vocabulaire chargé", "Loaded language"),
    "unattributed_claim": ("Affirmation non attribuée", "Unattributed claim"),
    "hedged_report": ("Conditionnel, prudence", "Hedged report"),
    "call_to_action": ("Appel à agir", "Call to action"),
}

GENRE: dict[str, tuple[str, str]] = {
    "reporting": ("Information", "Reporting"),
    "opinion": ("Opinion", "Opinion"),
    "satire": ("Satire", "Satire"),
}

ENTITY_TYPE: dict[str, tuple[str, str]] = {
    "PER": ("Personne", "Person"),
    "ORG": ("Organisation", "Organisation"),
    "LOC": ("Lieu", "Place"),
    "MISC": ("Divers", "Other"),
}

APPROX: dict[str, tuple[str, str]] = {
    "exact": ("", ""),
    "about": ("environ", "about"),
    "more_than": ("plus de", "more than"),
    "less_than": ("moins de", "less than"),
    "up_to": ("jusqu'à", "up to"),
}

# kinds of highlighted spans in the documents' text
SPAN_KIND: dict[str, tuple[str, str]] = {
    "claim": ("Affirmation", "Claim"),
    "quote": ("Citation", "Quote"),
    "entity": ("Entité", "Entity"),
    "date": ("Date", "Date"),
    "quantity": ("Quantité", "Quantity"),
    "framing": ("Cadrage", "Framing"),
    "timeline": ("Chronologie", "Timeline"),
    "passage": ("Passage repris", "Reused passage"),
}

SECTION: dict[str, tuple[str, str]] = {
    "title": ("Dossier de vérification", "Fact-check dossier"),
    "summary": ("Synthèse", "Summary"),
    "story": ("Sujet", "Story"),
    "claims": ("Affirmations clés", "Key claims"),
    "contradictions": ("Contradictions", "Contradictions"),
    "timeline": ("Chronologie", "Timeline"),
    "provenance": ("Provenance", "Provenance"),
    "passages": ("Passages alignés", "Aligned passages"),
    "quotes": ("Citations", "Quotes"),
    "framing": ("Cadrage", "Framing"),
    "facts": ("Faits extraits", "Extracted facts"),
    "entities": ("Entités", "Entities"),
    "dates": ("Dates", "Dates"),
    "quantities": ("Quantités", "Quantities"),
    "documents": ("Documents", "Documents"),
    "skipped": ("Entrées ignorées", "Skipped inputs"),
    "removed": ("Éléments retirés", "Removed pieces"),
    "search": ("Recherche", "Search"),
    "stories": ("Sujets", "Stories"),
    "glance": ("En un coup d'œil", "At a glance"),
    "who_copies": ("Qui reprend qui", "Who copies whom"),
}

FIELD: dict[str, tuple[str, str]] = {
    "statement": ("Affirmation", "Statement"),
    "status": ("Statut", "Status"),
    "independent": ("Sources indépendantes", "Independent sources"),
    "independent_one": ("Source indépendante", "Independent source"),
    "sources": ("Sources", "Sources"),
    "value": ("Valeur", "Value"),
    "date": ("Date", "Date"),
    "event": ("Événement", "Event"),
    "site": ("Site", "Site"),
    "language": ("Langue", "Language"),
    "genre": ("Genre", "Genre"),
    "title": ("Titre", "Title"),
    "author": ("Auteur", "Author"),
    "published": ("Publié", "Published"),
    "speaker": ("Locuteur", "Speaker"),
    "unknown": ("inconnu", "unknown"),
    "aliases": ("Variantes du nom", "Aliases"),
    "mentions": ("Mentions", "Mentions"),
    "expression": ("Expression", "Expression"),
    "resolution": ("Résolution", "Resolved to"),
    "unit": ("Unité", "Unit"),
    "approx": ("Approximation", "Approximation"),
    "kind": ("Type", "Kind"),
    "cue": ("Indice", "Cue"),
    "source_text": ("Texte source", "Source text"),
    "target_text": ("Texte dérivé", "Derived text"),
    "conflict": ("Conflit", "Conflict"),
    "consistent": ("Concordant", "Consistent"),
    "note": ("Note", "Note"),
    "original": ("Original", "Original"),
    "cites": ("Cite", "Cites"),
    "family": ("Famille", "Family"),
    "translated": ("traduction", "translation"),
    "reference_wording": ("formulation de référence", "reference wording"),
    "no_items": ("Rien à signaler", "Nothing found"),
    "reason": ("Raison", "Reason"),
    "similarity": ("Similarité", "Similarity"),
    "evidence": ("Indice de direction", "Direction evidence"),
    "open_article": ("article en ligne", "online article"),
    "no_results": ("Aucun résultat", "No results"),
    "texts": ("textes distincts", "distinct texts"),
    "copies": ("reprises", "copies"),
    "copy_one": ("reprise", "copy"),
    "via": ("via", "via"),
    "more_passages": ("autre(s) passage(s) du même document", "more passage(s) of the same document"),
    "independent_texts": ("Textes sans reprise", "Texts nobody copied"),
    "no_derivation": ("Aucune reprise détectée : chaque document est un texte distinct",
                      "No copy found: every document is a distinct text"),
    "published_range": ("Publication", "Published"),
    "events_range": ("Faits datés", "Dated events"),
    "background": ("hors période, en contexte", "background, outside the period"),
    "family_mismatch": ("familles listées, différent du compte de sources indépendantes",
                        "families listed, not the independent-source count"),
    "contested_list": ("À vérifier en priorité", "Check first"),
    "agreed_list": ("Ce que des sources indépendantes confirment", "What independent sources agree on"),
    "matches": ("occurrence(s)", "match(es)"),
}


def label(pair: tuple[str, str]) -> str:
    """``"Contesté / Contested"``; a single word when both languages agree."""
    fr, en = pair
    if not fr and not en:
        return ""
    return fr if fr == en else f"{fr} / {en}"


def lookup(table: dict[str, tuple[str, str]], key: str | None) -> str:
    """The bilingual label of ``key`` in ``table``, or the key itself when it is unknown."""
    if key is None:
        return ""
    pair = table.get(key)
    return label(pair) if pair else str(key)
