"""Stories: a partition across languages; different events apart; incremental ids kept."""

from __future__ import annotations

from recoupe.model import Story
from recoupe.stories import find_stories, story_similarity
from recoupe.stories.embed import embed
from test_stories_data import INDEPENDENT, ORIGINAL, STRIKE_A, STRIKE_A_EN, STRIKE_B, TRANSLATION, doc


def _story_of(stories, doc_id):
    return next(s.id for s in stories if doc_id in s.documents)


def test_partition_groups_languages_and_separates_events():
    docs = [
        doc("fr", ORIGINAL),
        doc("en", TRANSLATION, "en"),
        doc("ind", INDEPENDENT),
        doc("strike_a", STRIKE_A),
        doc("strike_b", STRIKE_B),
        doc("strike_a_en", STRIKE_A_EN, "en"),
    ]
    stories = find_stories(docs)
    ids = [d for s in stories for d in s.documents]
    assert sorted(ids) == sorted(d.id for d in docs)  # each document exactly once
    assert _story_of(stories, "fr") == _story_of(stories, "en") == _story_of(stories, "ind")
    assert _story_of(stories, "strike_a") == _story_of(stories, "strike_a_en")
    assert _story_of(stories, "strike_a") != _story_of(stories, "strike_b")
    assert _story_of(stories, "strike_a") != _story_of(stories, "fr")


def test_incremental_assignment_keeps_known_ids():
    known = [Story("S0001", ["strike_b"], "métro"), Story("S0007", ["fr"], "pont")]
    docs = [doc("fr", ORIGINAL), doc("strike_b", STRIKE_B), doc("en", TRANSLATION, "en"), doc("strike_a", STRIKE_A)]
    stories = find_stories(docs, known=known)
    by_id = {s.id: s for s in stories}
    assert by_id["S0007"].documents == ["fr", "en"]
    assert by_id["S0001"].documents == ["strike_b"]
    new = [s for s in stories if s.id not in ("S0001", "S0007")]
    assert [s.documents for s in new] == [["strike_a"]]


def test_far_apart_in_time_lowers_similarity():
    a = doc("a", STRIKE_A, published="2025-01-10")
    near = doc("b", STRIKE_A_EN, "en", published="2025-01-11")
    far = doc("c", STRIKE_A_EN, "en", published="2025-09-11")
    assert story_similarity(a, near) > story_similarity(a, far)


def test_pair_similarity_orders_same_story_above_other_story():
    fr, en, other = doc("fr", ORIGINAL), doc("en", TRANSLATION, "en"), doc("x", STRIKE_B)
    assert story_similarity(fr, en) > 0.5 > story_similarity(fr, other)


def test_embed_is_normalised_and_cached():
    v = embed(["Un pont s'est effondré.", "", "Un pont s'est effondré."])
    assert abs(float((v[0] ** 2).sum()) - 1.0) < 1e-4
    assert float(abs(v[1]).sum()) == 0.0
    assert (v[0] == v[2]).all()


def test_known_story_is_compared_through_representatives(monkeypatch):
    import recoupe.stories.cluster as cluster

    seen: list[str] = []
    real = cluster.doc_features

    def spy(docs):
        seen.extend(d.id for d in docs)
        return real(docs)

    monkeypatch.setattr(cluster, "doc_features", spy)
    members = [doc(f"old{i:02d}", STRIKE_A) for i in range(14)]
    known = [Story("S0003", [d.id for d in members])]
    stories = find_stories([*members, doc("new", STRIKE_A_EN, "en")], known=known)
    assert [s.documents[-1] for s in stories] == ["new"]  # joined the known story
    assert "old07" not in seen and "old00" in seen and "old13" in seen
