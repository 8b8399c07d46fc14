"""Language of a document: lingua restricted to the configured languages, built once."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from recoupe.settings import DEFAULT_OPTIONS, Options

MIN_LETTERS = 20  # below this many letters the text is too short to tell
SAMPLE_CHARS = 1500  # lingua is linear in text length: a few paragraphs are enough


@lru_cache(maxsize=4)
def _detector(languages: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = []
    for code in languages:
        try:
            langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            continue
    if len(langs) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def detect_language(text: str, options: Options = DEFAULT_OPTIONS) -> str:
    """ISO 639-1 code of ``text`` among ``options.languages``; the default language when unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_LETTERS:
        return options.default_language
    languages = tuple(sorted(set(options.languages)))
    if len(languages) == 1:
        return languages[0]
    det = _detector(languages)
    if det is None:
        return options.default_language
    lang = det.detect_language_of(sample)
    if lang is None:
        return options.default_language
    return lang.iso_code_639_1.name.lower()
