"""Framing: each kind flagged in the author's words, never inside quoted speech; document genre."""

from __future__ import annotations

import pytest

from recoupe.crosscheck.framing import detect_framing, mask_quotes
from recoupe.model import Document


def _kinds(text: str) -> dict[str, list[str]]:
    doc = Document(id="d", source="d", text=text, language="fr")
    spans, _ = detect_framing([doc])
    out: dict[str, list[str]] = {}
    for f in spans:
        assert f.ref.check(doc)
        out.setdefault(f.kind, []).append(f.ref.text)
    return out


@pytest.mark.parametrize(
    ("kind", "positive", "negative"),
    [
        ("opinion", "Force est de constater que la direction a failli.",
         "La direction a publié un communiqué mardi."),
        ("rhetorical_question", "Combien de temps faudra-t-il encore attendre ?",
         "« Combien de temps faudra-t-il attendre ? », a demandé une riveraine."),
        ("unattributed_claim", "Tout le monde sait que le site était vétuste.",
         "Le site avait été inspecté en 2023, selon la préfecture."),
        ("hedged_report", "L'usine aurait stocké des solvants sans autorisation.",
         "L'usine a stocké des solvants avec une autorisation préfectorale."),
        ("hedged_report", "Selon des sources syndicales, les alarmes étaient coupées.",
         "Selon la préfecture, les alarmes fonctionnaient."),
        ("call_to_action", "Signez la pétition avant vendredi.", "La pétition a recueilli 3 000 signatures."),
        ("call_to_action", "Restez vigilants.", "Les habitants sont restés vigilants."),
    ],
)
def test_kind_positive_and_negative(kind: str, positive: str, negative: str) -> None:
    assert kind in _kinds(positive)
    assert kind not in _kinds(negative)


def test_loaded_language_flags_the_word_not_the_sentence():
    found = _kinds("Les pollueurs du lobby de la chimie imposent leur omerta.")
    assert sorted(found["loaded_language"]) == ["lobby", "omerta", "pollueurs"]
    assert "loaded_language" not in _kinds("Les riverains ont rencontré les représentants de l'usine.")


def test_regime_as_label_vs_ordinary_word():
    assert "loaded_language" in _kinds("Le régime de Damas a réprimé la manifestation.")
    assert "loaded_language" not in _kinds("Le régime fiscal des entreprises change en 2026.")


def test_quoted_speech_is_not_flagged():
    text = "« C'est un scandale, tout le monde sait que ce lobby ment ! », a lancé le maire."
    assert _kinds(text) == {}
    assert mask_quotes("a « b » c") == "a " + " " * 5 + " c"


def test_english_cues():
    found = _kinds("Clearly, the regime lied. Sign the petition now.")
    assert {"opinion", "loaded_language", "call_to_action"} <= set(found)


def test_genre_opinion_vs_reporting():
    blog = Document(id="blog", source="b", language="fr", text=(
        "Je suis en colère. Force est de constater que les pollueurs ne paient jamais. "
        "Combien de catastrophes faudra-t-il encore ? Tout le monde sait que les contrôles sont une farce. "
        "C'est scandaleux ! Signez la pétition."))
    news = Document(id="news", source="n", language="fr", text=(
        "Un incendie s'est déclaré mardi soir dans une usine de Valbourg. Selon la préfecture, "
        "1 200 habitants ont été évacués. « La situation est maîtrisée », a déclaré la préfète. "
        "Le maire a indiqué qu'une cellule d'accueil était ouverte."))
    _, genres = detect_framing([blog, news])
    assert genres == {"blog": "opinion", "news": "reporting"}
