"""Scale-out plan: blocking, block splitting, and engines agreeing with the one-machine pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import numpy as np
import pytest

import recoupe
from recoupe.model import Analysis, Document
from recoupe.pipeline import analyze_documents
from recoupe.scale import ScaleParams, doc_keys, run, week_windows
from recoupe.scale.blocking import (
    BlockingParams,
    KeyBatch,
    band_pairs,
    blocks,
    limit_links,
    split_block,
    verify_pairs,
)
from recoupe.scale.engines import SerialEngine
from recoupe.scale.plan import block_documents

FIRE = (
    "Un incendie a ravagé dans la nuit de lundi un entrepôt de la société Lorvane à Castelbrune. "
    "Selon les pompiers du Haut-Verdal, 85 sapeurs-pompiers ont été mobilisés pendant sept heures. "
    "Le maire, Odile Ferrandier, a indiqué que 42 salariés seraient placés en chômage partiel. "
    "Les dégâts sont estimés à 3,5 millions d'euros par la direction de Lorvane."
)
FIRE_REWRITE = (
    "A Castelbrune, l'entrepôt de Lorvane a été détruit par les flammes lundi soir. "
    "Pas moins de 85 sapeurs-pompiers du Haut-Verdal ont lutté contre le feu durant sept heures. "
    "Odile Ferrandier, maire de la commune, annonce que 42 salariés de Lorvane seront en chômage partiel, "
    "pour un préjudice évalué à 3,5 millions d'euros."
)
TRAM = (
    "Le conseil municipal de Brivancourt a voté jeudi la création d'une ligne de tramway de 14 kilomètres. "
    "Le projet, porté par l'adjoint Mathis Quennec, coûtera 310 millions d'euros. "
    "Les travaux doivent commencer en 2027 et la ligne desservira 23 stations entre Saint-Aubrac et Montclavel."
)
TRAM_REWRITE = (
    "Brivancourt aura son tramway : 14 kilomètres et 23 stations, de Saint-Aubrac à Montclavel. "
    "Le vote du conseil municipal, jeudi, ouvre la voie à des travaux dès 2027. "
    "Mathis Quennec, adjoint chargé des transports, chiffre le chantier à 310 millions d'euros."
)
CHEESE = (
    "La fête du fromage de Pontarmé a attiré un public nombreux ce week-end sous le soleil. "
    "Les producteurs Gaëlle Rivoire et Anselme Taupin ont présenté leurs tommes affinées en cave. "
    "Un concours de dégustation a récompensé douze fromageries de la vallée de la Sorne."
)


def _doc(doc_id: str, text: str, published: str = "2025-03-10", site: str | None = None) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, language="fr", published=published, site=site)


def _corpus() -> list[Document]:
    return [
        _doc("fire-a", FIRE, "2025-03-10", "ouest-gazette.fr"),
        _doc("tram-a", TRAM, "2025-03-13", "le-courrier.fr"),
        _doc("fire-copy", FIRE, "2025-03-11", "infos-locales.fr"),
        _doc("cheese", CHEESE, "2025-03-12", "vallee-mag.fr"),
        _doc("fire-b", FIRE_REWRITE, "2025-03-11", "radio-verdal.fr"),
        _doc("tram-b", TRAM_REWRITE, "2025-03-14", "brivancourt-info.fr"),
    ]


def _write_jsonl(docs: list[Document], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d.id, "text": d.text, "published": d.published, "site": d.site}) + "\n")
    return path


def _block_of(docs: list[Document], params: ScaleParams = ScaleParams()) -> dict[str, int]:
    kb = doc_keys(docs, params.blocking)
    plan, _ = block_documents(kb, SerialEngine(), params)
    return {kb.ids[i]: b for b, members in enumerate(plan) for i in members}


def test_reports_of_one_event_meet_in_one_block_and_an_unrelated_article_does_not():
    where = _block_of(_corpus())
    assert where["fire-a"] == where["fire-copy"] == where["fire-b"]
    assert where["tram-a"] == where["tram-b"]
    assert where["fire-a"] != where["tram-a"]
    assert where["cheese"] not in {where["fire-a"], where["tram-a"]}


def test_reports_more_than_a_week_apart_are_not_blocked_together():
    docs = [_doc("fire-a", FIRE, "2025-03-10"), _doc("fire-late", FIRE, "2025-04-20")]
    where = _block_of(docs)
    assert where["fire-a"] != where["fire-late"]
    assert week_windows("2025-03-10")[1] == week_windows("2025-03-11")[1]
    assert week_windows(None) == week_windows("2025")  # year alone: undated window


def test_candidate_pairs_are_verified_by_estimated_jaccard():
    kb = doc_keys([_doc("fire-a", FIRE), _doc("fire-b", FIRE_REWRITE), _doc("cheese", CHEESE)])
    every_pair = np.array([[0, 1], [0, 2], [1, 2]])
    kept = {tuple(p) for p in verify_pairs(every_pair, kb, BlockingParams()).tolist()}
    assert kept == {(0, 1)}


def test_oversized_buckets_are_cut_and_counted():
    keys = np.full(7, 12345, dtype=np.uint64)
    windows = np.tile(np.array([[10, 11]]), (7, 1))
    pairs, oversized = band_pairs(keys, windows, max_bucket=3)
    assert oversized == 2  # the same key in each of the two time windows
    # chunks {0,1,2}, {3,4,5}, {6}: no pair crosses a chunk
    assert {tuple(p) for p in pairs.tolist()} == {(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5)}


def test_a_hub_document_keeps_only_its_strongest_links():
    star = np.array([[0, i] for i in range(1, 6)])
    scores = np.array([0.2, 0.6, 0.3, 0.5, 0.1])
    assert limit_links(star, scores, 2).tolist() == [[0, 2], [0, 4]]
    assert len(limit_links(star, scores, 0)) == 5  # 0 = keep all
    copies = np.full(5, 0.95)  # near-duplicates never use up the budget
    assert len(limit_links(star, copies, 2)) == 5


def test_oversized_block_is_split_deterministically_within_the_bound():
    docs = [_doc(f"fire-{i}", FIRE) for i in range(11)]
    kb = doc_keys(docs)
    chain = np.array([[i, i + 1] for i in range(10)])
    first, split = blocks(kb, chain, max_block=4)
    again, _ = blocks(kb, chain, max_block=4)
    assert split == 1
    assert first == again
    assert all(len(b) <= 4 for b in first)
    assert sorted(i for b in first for i in b) == list(range(11))
    assert split_block(range(3), kb, 4) == [[0, 1, 2]]


def test_documents_without_enough_features_are_left_alone():
    kb = doc_keys([_doc("short", "Il pleut."), _doc("short2", "Il pleut.")])
    assert isinstance(kb, KeyBatch)
    plan, _ = block_documents(kb, SerialEngine(), ScaleParams(pack_size=1))
    assert plan == [[0], [1]]


def _stories(stories) -> set[frozenset[str]]:
    return {frozenset(s["documents"] if isinstance(s, dict) else s.documents) for s in stories}


def _reference() -> Analysis:
    return analyze_documents(Analysis(documents=_corpus()))


@pytest.fixture(scope="module")
def reference() -> Analysis:
    return _reference()


@pytest.mark.parametrize("engine", ["serial", "local"])
def test_engines_give_the_stories_and_derivations_of_the_one_machine_pipeline(tmp_path, engine, reference):
    src = _write_jsonl(_corpus(), tmp_path / "in.jsonl")
    out = tmp_path / "out"
    summary = run([src], out, engine=engine, workers=2, params=ScaleParams(pack_size=1, records_per_unit=2))
    assert summary["documents"] == 6
    assert summary["inputs"] == 3  # the JSONL file was cut in record ranges
    dossiers = [json.loads(line) for p in sorted((out / "dossiers").glob("*.jsonl")) for line in p.open()]
    stories = [s for d in dossiers for s in d["stories"]]
    assert _stories(stories) == _stories(reference.stories)
    derivs = {(x["source"], x["target"], x["kind"]) for d in dossiers for x in d["derivations"]}
    assert derivs == {(x.source, x.target, x.kind) for x in reference.derivations}
    ids = [s["id"] for s in stories]
    assert len(ids) == len(set(ids)) and all(i.startswith("B") and "-S" in i for i in ids)
    for d in dossiers:  # claims point at the block's own (prefixed) stories
        own = {s["id"] for s in d["stories"]}
        assert all(c["story"] in own for c in d["claims"] if c["story"])
    assert (out / "summary.json").exists() and (out / "stories.parquet").exists()
    schema = json.loads((Path(recoupe.__file__).parent / "dossier" / "schema" / "dossier.schema.json").read_text())
    for d in dossiers:
        jsonschema.validate(d, schema)


def test_duplicate_ids_across_input_units_are_skipped(tmp_path):
    docs = _corpus()[:2]
    a = _write_jsonl(docs, tmp_path / "a.jsonl")
    b = _write_jsonl(docs[:1], tmp_path / "b.jsonl")
    summary = run([a, b], tmp_path / "out", engine="serial")
    assert summary["documents"] == 2
    assert any("duplicate document id" in s["reason"] for s in summary["skipped_reasons"])


def test_spark_engine_matches_serial(tmp_path):
    pytest.importorskip("pyspark")
    src = _write_jsonl(_corpus(), tmp_path / "in.jsonl")
    params = ScaleParams(pack_size=1, records_per_unit=3)
    serial = run([src], tmp_path / "s", engine="serial", params=params)
    spark = run([src], tmp_path / "k", engine="spark", workers=2, params=params)
    for key in ("documents", "blocks", "stories", "derivations"):
        assert spark[key] == serial[key]
