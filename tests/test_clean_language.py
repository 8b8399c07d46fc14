"""Language detection on the restricted language set, with a fallback for very short text."""

from __future__ import annotations

import pytest

from recoupe.clean.language import detect_language
from recoupe.settings import DEFAULT_OPTIONS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les pompiers ont maîtrisé l'incendie de l'usine vers trois heures du matin, selon la préfecture.", "fr"),
        ("Firefighters brought the blaze at the plant under control at around three in the morning.", "en"),
        ("Los bomberos controlaron el incendio de la fábrica hacia las tres de la madrugada, según la prefectura.",
         "es"),
        ("Die Feuerwehr hatte den Brand in der Fabrik gegen drei Uhr morgens unter Kontrolle.", "de"),
    ],
)
def test_detects_language(text: str, lang: str) -> None:
    assert detect_language(text, DEFAULT_OPTIONS) == lang


def test_short_text_falls_back_to_default() -> None:
    assert detect_language("OK", DEFAULT_OPTIONS) == "fr"
    assert detect_language("Hello", DEFAULT_OPTIONS.with_(default_language="en")) == "en"


def test_restricted_to_configured_languages() -> None:
    opts = DEFAULT_OPTIONS.with_(languages=("fr", "en"))
    # Spanish text must be answered with one of the allowed languages
    got = detect_language("Los bomberos controlaron el incendio de la fábrica durante la noche.", opts)
    assert got in ("fr", "en")
