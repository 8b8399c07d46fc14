"""Framing, round 2: doubt, exaggeration, slogans, more loaded labels, parody markers."""

from __future__ import annotations

from recoupe.crosscheck.framing import framing_of, genre_of
from recoupe.model import Document


def _kinds(text: str) -> dict[str, list[str]]:
    spans, _ = framing_of(Document(id="d", source="d", text=text, language="fr"))
    out: dict[str, list[str]] = {}
    for f in spans:
        out.setdefault(f.kind, []).append(f.cue)
    return out


def test_doubt_cue_flags_questioning_without_question_mark():
    assert "rhetorical_question" in _kinds("Comme par hasard, le rapport a disparu la veille du vote.")
    assert "rhetorical_question" not in _kinds("Le rapport a été publié la veille du vote.")


def test_exaggeration_and_fear_are_flagged_as_opinion():
    assert "opinion" in _kinds("Le pays est au bord du gouffre et cette réforme est une menace existentielle.")
    assert "opinion" not in _kinds("Le pays a adopté la réforme mardi après un long débat.")


def test_short_exclamation_and_rallying_formula_are_slogans():
    assert "call_to_action" in _kinds("Non à la fermeture de l'hôpital ! Le conseil se réunira lundi.")
    assert "call_to_action" not in _kinds("Le conseil municipal se réunira lundi pour voter le budget annuel.")


def test_new_pejorative_labels_are_loaded():
    assert "mascarade" in _kinds("Cette consultation est une mascarade organisée par ses sbires.")["loaded_language"]
    assert "loaded_language" not in _kinds("Cette consultation a réuni 300 habitants selon la mairie.")


def test_parody_marker_makes_satire():
    text = ("Un article satirique de notre rubrique humour. Le ministre a annoncé la suppression du lundi, "
            "a indiqué son cabinet.")
    _, sig = framing_of(Document(id="d", source="d", text=text, language="fr"))
    assert genre_of(sig) == "satire"
    _, sig2 = framing_of(Document(id="e", source="e", text="Le ministre a annoncé un plan, a indiqué son cabinet.",
                                  language="fr"))
    assert genre_of(sig2) == "reporting"


def test_neutral_words_that_fold_like_english_labels_are_not_loaded() -> None:
    from recoupe.crosscheck.framing import detect_framing
    from recoupe.model import Document

    doc = Document(id="n", source="n", text="Les deux pays veulent échapper aux circuits financiers liés au dollar, "
                   "un an après l'invasion du territoire voisin, selon le ministère.")
    spans, _ = detect_framing([doc])
    assert not [f for f in spans if f.kind == "loaded_language"]
