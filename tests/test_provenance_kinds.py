"""Derivations: each kind found with the right direction; independent reports are not linked."""

from __future__ import annotations

import pytest

from recoupe.model import Story
from recoupe.stories import find_derivations
from recoupe.stories.families import source_families
from test_stories_data import COPY, INDEPENDENT, ORIGINAL, PARTIAL, REWRITE, TRANSLATION, doc


def _derive(*docs):
    return find_derivations(list(docs), [Story("S1", [d.id for d in docs])])


def _only(derivs, target):
    found = [d for d in derivs if d.target == target]
    assert len(found) == 1, derivs
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [(COPY, "fr", "copy"), (PARTIAL, "fr", "partial_copy"), (REWRITE, "fr", "rewrite"), (TRANSLATION, "en", "translation")],
)
def test_each_kind_from_the_original(text, language, kind):
    derivs = _derive(doc("orig", ORIGINAL, published="2025-03-04"), doc("der", text, language, published="2025-03-05"))
    d = _only(derivs, "der")
    assert d.source == "orig"
    assert d.kind == kind
    assert d.passages, "evidence passages are given"
    orig_len, der_len = len(ORIGINAL), len(text)
    for p in d.passages:
        assert 0 <= p.source_start < p.source_end <= orig_len
        assert 0 <= p.target_start < p.target_end <= der_len


def test_direction_without_dates_copy_contains_original():
    derivs = _derive(doc("b", COPY), doc("a", ORIGINAL))
    d = _only(derivs, "b")
    assert (d.source, d.kind) == ("a", "copy")
    assert "contains" in d.direction_evidence


def test_direction_from_dates_wins():
    derivs = _derive(doc("early", COPY, published="2025-03-01"), doc("late", ORIGINAL, published="2025-03-02"))
    d = _only(derivs, "late")
    assert d.source == "early" and "2025-03-01" in d.direction_evidence


def test_verbatim_passage_points_at_the_same_words():
    derivs = _derive(doc("orig", ORIGINAL, published="2025-03-04"), doc("part", PARTIAL, published="2025-03-05"))
    d = _only(derivs, "part")
    for p in d.passages:
        assert ORIGINAL[p.source_start : p.source_end] == PARTIAL[p.target_start : p.target_end]


def test_independent_report_sharing_quote_and_wire_sentence_is_not_a_derivation():
    # same event, shared facts, the same quote and the same agency sentence, written independently
    assert _derive(doc("orig", ORIGINAL), doc("ind", INDEPENDENT)) == []


def test_family_links_everything_derived_and_leaves_the_independent_report_alone():
    docs = [
        doc("orig", ORIGINAL, published="2025-03-04T08:00"),
        doc("copy", COPY, published="2025-03-04T10:00"),
        doc("part", PARTIAL, published="2025-03-05"),
        doc("rew", REWRITE, published="2025-03-05"),
        doc("en", TRANSLATION, "en", published="2025-03-06"),
        doc("ind", INDEPENDENT, published="2025-03-05"),
    ]
    derivs = _derive(*docs)
    by_target = {d.target: d for d in derivs}
    assert set(by_target) == {"copy", "part", "rew", "en"}
    assert all(d.source == "orig" for d in derivs)
    assert {t: d.kind for t, d in by_target.items()} == {
        "copy": "copy", "part": "partial_copy", "rew": "rewrite", "en": "translation"
    }
    fam = source_families([d.id for d in docs], derivs)
    assert len({fam[i] for i in ("orig", "copy", "part", "rew", "en")}) == 1
    assert fam["ind"] != fam["orig"]


def test_rewrite_of_a_copy_stays_in_the_family():
    derivs = _derive(doc("copy", COPY, published="2025-03-04"), doc("rew", REWRITE, published="2025-03-05"))
    assert [(d.source, d.target, d.kind) for d in derivs] == [("copy", "rew", "rewrite")]


def test_short_texts_in_chinese_use_characters():
    zh_a = "一座公路桥周二晚上在瓦尔布吕讷倒塌，此前当地连续三天暴雨。省政府表示没有人员伤亡。"
    zh_copy = "【转发】一座公路桥周二晚上在瓦尔布吕讷倒塌，此前当地连续三天暴雨。省政府表示没有人员伤亡。"
    derivs = _derive(doc("a", zh_a, "zh"), doc("b", zh_copy, "zh"))
    assert [(d.source, d.target, d.kind) for d in derivs] == [("a", "b", "copy")]


def test_independent_report_in_another_language_is_not_a_translation():
    from test_stories_data import INDEPENDENT_EN

    assert _derive(doc("orig", ORIGINAL), doc("ind_en", INDEPENDENT_EN, "en")) == []


def test_paywall_truncation_is_a_copy_of_the_full_text():
    from test_stories_data import PAYWALLED

    derivs = _derive(doc("cut", PAYWALLED), doc("full", ORIGINAL))
    d = _only(derivs, "cut")
    assert (d.source, d.kind) == ("full", "copy")
    assert "cut short" in d.direction_evidence


def test_two_short_independent_briefs_are_not_a_rewrite():
    brief = (
        "Grève dans les TER normands : depuis lundi, Sud-Rail mobilise les conducteurs autour des primes de nuit. "
        "Sur l'axe Rouen - Le Havre, sept trains sur dix ne circulent pas. Une prime de 80 euros a été mise sur "
        "la table par la direction, sans convaincre."
    )
    spun = (
        "Depuis lundi, les conducteurs des trains régionaux normands font grève afin d'obtenir une augmentation "
        "de leurs primes de nuit. D'après le syndicat Sud-Rail, 70 % des TER ne roulent pas entre Rouen et Le "
        "Havre. La direction de la région a proposé une prime de 80 euros, que les grévistes trouvent trop faible."
    )
    from test_stories_data import STRIKE_A

    assert _derive(doc("a", STRIKE_A), doc("brief", brief)) == []
    assert [(d.source, d.kind) for d in _derive(doc("a", STRIKE_A, published="2025-01-06"),
                                                 doc("spun", spun, published="2025-01-07"))] == [("a", "rewrite")]


def test_short_independent_brief_in_english_is_not_a_translation():
    from test_stories_data import STRIKE_A, STRIKE_A_EN

    brief_en = (
        "Rail strike in Normandy: since Monday, the Sud-Rail union has called out regional train drivers over "
        "night-shift bonuses. Seven out of ten trains are not running between Rouen and Le Havre. Management put "
        "an 80-euro bonus on the table, without convincing anyone."
    )
    assert _derive(doc("a", STRIKE_A), doc("brief", brief_en, "en")) == []
    derivs = _derive(doc("a", STRIKE_A, published="2025-01-06"), doc("en", STRIKE_A_EN, "en", published="2025-01-07"))
    assert [(d.target, d.kind) for d in derivs] == [("en", "translation")]


def test_undated_partial_copy_wrapping_the_lead_points_to_the_original():
    d = _only(_derive(doc("p", PARTIAL), doc("o", ORIGINAL)), "p")
    assert (d.source, d.kind) == ("o", "partial_copy")
