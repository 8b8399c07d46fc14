"""MinHash-LSH candidates: near-duplicates found, unrelated texts not paired, incremental ids."""

from __future__ import annotations

from recoupe.stories.candidates import CandidateIndex, candidate_pairs

BASE = (
    "Le conseil municipal de Valbrune a voté mardi soir un budget de crise pour la rénovation du pont, "
    "fermé depuis janvier après une inspection alarmante. Les travaux dureront huit mois et coûteront "
    "trois millions d'euros, selon le maire, qui promet une déviation balisée et une navette gratuite "
    "pour les écoliers pendant toute la durée du chantier."
)
OTHER = (
    "Les agriculteurs du canton ont manifesté jeudi devant la préfecture pour réclamer une aide après "
    "la grêle de juin, qui a détruit une partie des vergers et des champs de colza de la vallée."
)


def test_copy_and_light_edit_are_candidates_unrelated_is_not():
    edited = BASE.replace("huit mois", "neuf mois")
    pairs = {(i, j) for i, j, _ in candidate_pairs([BASE, OTHER, BASE + " Partager sur Facebook", edited])}
    assert (0, 2) in pairs and (0, 3) in pairs
    assert not any(1 in p for p in pairs)


def test_incremental_add_reports_only_new_pairs():
    idx = CandidateIndex()
    assert idx.add([BASE, OTHER]) == []
    assert idx.add([BASE]) == [(0, 2)]
    assert idx.estimate(0, 2) == 1.0
