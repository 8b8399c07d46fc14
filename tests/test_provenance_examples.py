"""The example corpus (gold clean texts + gold metadata): stories and every planted derivation.

Runs on the gold clean texts so that it checks this stage alone; skips when the corpus is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.model import Document
from recoupe.stories import find_derivations, find_stories
from recoupe.stories.families import source_families

GOLD = Path(__file__).resolve().parent.parent / "examples" / "gold"
pytestmark = pytest.mark.skipif(not (GOLD / "gold.json").exists(), reason="example corpus absent")


@pytest.fixture(scope="module")
def run():
    gold = json.loads((GOLD / "gold.json").read_text(encoding="utf-8"))
    docs = []
    for doc_id, meta in gold["documents"].items():
        text = (GOLD / "text" / meta["file"]).read_text(encoding="utf-8").strip()
        docs.append(
            Document(
                id=doc_id, source=meta["file"], text=text, language=meta["language"], title=meta["title"],
                published=meta["published"], site=meta["site"],
            )
        )
    stories = find_stories(docs)
    derivs = find_derivations(docs, stories)
    return gold, docs, stories, derivs


def test_stories_match_gold_partition(run):
    gold, _, stories, _ = run
    assert sorted(sorted(s.documents) for s in stories) == sorted(sorted(s) for s in gold["stories"])


def test_every_planted_derivation_with_kind_and_direction(run):
    gold, _, _, derivs = run
    found = {(d.source, d.target): d.kind for d in derivs}
    for g in gold["derivations"]:
        assert found.get((g["source"], g["target"])) == g["kind"], (g, derivs)
    assert len(derivs) == len(gold["derivations"])


def test_no_edge_between_independent_reports(run):
    gold, _, _, derivs = run
    edges = {frozenset((d.source, d.target)) for d in derivs}
    for a, b in gold["independent"]:
        assert frozenset((a, b)) not in edges


def test_families_match_gold(run):
    gold, docs, _, derivs = run
    fam = source_families([d.id for d in docs], derivs)
    assert sorted(sorted(g) for g in gold["families"]) == sorted(
        sorted(d for d in fam if fam[d] == f) for f in set(fam.values())
    )


def test_passages_index_both_texts(run):
    _, docs, _, derivs = run
    by_id = {d.id: d for d in docs}
    for d in derivs:
        assert d.passages and d.direction_evidence
        for p in d.passages:
            assert 0 <= p.source_start < p.source_end <= len(by_id[d.source].text)
            assert 0 <= p.target_start < p.target_end <= len(by_id[d.target].text)
