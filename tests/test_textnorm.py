"""Text normalisation: kept text is cleaned, matching keys keep offsets."""

from __future__ import annotations

from recoupe.textnorm import clean_unicode, fold, split_paragraphs, split_sentences


def test_clean_unicode_drops_controls_and_bidi_and_composes() -> None:
    raw = "Le\u200b maire\u202e a dit\r\nCafe\u0301\u00a0noir\x07"
    assert clean_unicode(raw) == "Le maire a dit\nCafé noir"


def test_fold_keeps_length_so_offsets_survive() -> None:
    text = "L’Œuvre « déjà » — Élysée ﬁn"
    key = fold(text)
    assert len(key) == len(text)
    assert key.startswith('l\'ouvre " deja " - elysee')
    assert fold("KIM JONG-UN") == "kim jong-un"


def test_sentences_respect_abbreviations_initials_and_numbers() -> None:
    text = "M. Dupont et J. Martin sont venus. Le taux est de 3.5 %. Fin!\n\nNouveau paragraphe"
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["M. Dupont et J. Martin sont venus.", "Le taux est de 3.5 %.", "Fin!", "Nouveau paragraphe"]


def test_glued_sentence_end_is_split() -> None:
    text = "signés en 1961, 2000 et 2001.Comme l'a dit le conseiller."
    assert [text[a:b] for a, b in split_sentences(text)] == ["signés en 1961, 2000 et 2001.", "Comme l'a dit le conseiller."]


def test_paragraph_spans_are_stripped() -> None:
    text = "\n  Un.\nDeux.  \n\n\n Trois. \n"
    assert [text[a:b] for a, b in split_paragraphs(text)] == ["Un.\nDeux.", "Trois."]
