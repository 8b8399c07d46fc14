"""Choosing a family's original without dates: decorations added by re-posters, tidied rewrites,
headline-style leads; and the pair similarity that reads the lead on its own."""

from __future__ import annotations

from recoupe.model import Document, Story
from recoupe.stories import find_derivations, story_similarity
from recoupe.stories.features import doc_features
from recoupe.stories.provenance import ROOT_WEIGHTS
from recoupe.stories.similarity import _lead


def _doc(doc_id: str, text: str, language: str = "fr") -> Document:
    return Document(id=doc_id, source=doc_id, text=text, language=language)


def _roots(docs: list[Document]) -> set[str]:
    derivs = find_derivations(docs, [Story("S1", [d.id for d in docs])])
    assert derivs, "the family is found"
    return {d.source for d in derivs} - {d.target for d in derivs}


BASE = (
    "La médiathèque de Valbrune rouvre ses portes après huit mois de travaux et propose désormais un espace "
    "numérique de quarante postes. La maire a promis des horaires élargis le samedi soir dès le mois prochain"
)


def test_reposts_with_emoji_and_hashtags_point_to_the_plain_text():
    docs = [
        _doc("c1", BASE + " 😍 #Valbrune"),
        _doc("c2", "[À la une] " + BASE + " !!"),
        _doc("orig", BASE),
        _doc("c3", "\"" + BASE + " 👏\""),
    ]
    assert _roots(docs) == {"orig"}


def test_tidied_rewrites_point_to_the_raw_text():
    # a terse, unpunctuated original; three paraphrases made by one process: tidy, alike, wordier
    raw = "Valbrune médiathèque rouverte après 8 mois de chantier, 40 postes numériques et horaires du samedi soir"
    docs = [
        _doc("r1", "La médiathèque de Valbrune a rouvert ses portes après huit mois de travaux. Elle propose "
                   "désormais 40 postes numériques et des horaires élargis le samedi soir."),
        _doc("r2", "Après huit mois de travaux, la médiathèque de Valbrune a rouvert ses portes. Elle offre "
                   "désormais 40 postes numériques et ouvre plus tard le samedi soir."),
        _doc("raw", raw),
        _doc("r3", "La médiathèque de Valbrune a rouvert ses portes au terme de huit mois de travaux et met "
                   "désormais 40 postes numériques à disposition, avec des horaires élargis le samedi soir."),
    ]
    assert _roots(docs) == {"raw"}


def test_hand_typography_marks_the_original_of_translations():
    # curly apostrophes in the French text; the machine translations use plain ones
    docs = [
        _doc("en", "The Valbrune library has reopened after eight months of work. It now offers forty computers "
                   "and will stay open later on Saturday evenings.", "en"),
        _doc("fr", "La médiathèque de Valbrune a rouvert après huit mois de travaux. Elle propose désormais "
                   "quarante ordinateurs et restera ouverte plus tard le samedi soir, d’après la mairie."),
        _doc("es", "La biblioteca de Valbrune ha reabierto tras ocho meses de obras. Ahora ofrece cuarenta "
                   "ordenadores y abrirá hasta más tarde los sábados por la noche.", "es"),
        _doc("de", "Die Mediathek von Valbrune hat nach acht Monaten Bauzeit wieder geöffnet. Sie bietet nun "
                   "vierzig Computer und bleibt samstagabends länger geöffnet.", "de"),
    ]
    assert _roots(docs) == {"fr"}


def test_the_root_weights_are_all_used():
    assert {"votes", "centrality", "closeness", "unpolished", "hand_typography", "language", "decorations"} <= set(ROOT_WEIGHTS)


def test_lead_similarity_ignores_a_shared_boilerplate_sentence():
    cookie = " Nous utilisons des cookies pour améliorer votre expérience sur ce site."
    a = _doc("a", "Incendie dans une usine de solvants à Valbrune : 300 habitants évacués." + cookie)
    b = _doc("b", "Valbrune : un incendie dans une usine chimique entraîne l'évacuation de 300 habitants. "
                  "Les pompiers sont intervenus toute la nuit.")
    c = _doc("c", "Le club de rugby de Valbrune s'impose face à Cerlac en finale régionale." + cookie)
    fa, fb, fc = doc_features([a, b, c])
    assert _lead(fa, fc) < 0.6  # only the two headlines are compared, not the shared cookie notice
    assert _lead(fa, fb) > _lead(fa, fc)
    assert story_similarity(a, b) > story_similarity(a, c)


def test_copies_keep_their_full_lead_similarity():
    a = _doc("a", BASE)
    fa, fb = doc_features([a, _doc("b", BASE + " 😍")])
    assert _lead(fa, fb) > 0.95


def test_copy_with_its_punctuation_reshuffled_is_still_a_copy():
    orig = ("la crue de la Brenne a atteint quatre mètres cette nuit. les riverains du quai Sud ont été évacués vers "
            "le gymnase. la préfecture annonce une décrue lente, pas avant jeudi. les écoles resteront fermées "
            "demain, a précisé le maire")
    # sentences merged and split elsewhere, small typing fixes inside each: no sentence pair matches
    copy = ("\"La crue de la Brenne a atteint 4 mètres cette nuit, les riverains du quai sud ont été évacués "
            "vers le gymnase; la préfecture annonce une décrue lente... pas avant jeudi! Les écoles resteront "
            "fermées demain a précisé le maire.\"")
    a = Document(id="orig", source="orig", text=orig, language="fr", published="2025-02-01")
    b = Document(id="copy", source="copy", text=copy, language="fr", published="2025-02-02")
    derivs = find_derivations([a, b], [Story("S1", ["orig", "copy"])])
    assert [(d.source, d.target, d.kind) for d in derivs] == [("orig", "copy", "copy")]
