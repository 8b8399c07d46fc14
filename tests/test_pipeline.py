"""The pipeline: a stage that breaks on one article costs that article's results, never the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe import pipeline
from recoupe.pipeline import analyze
from recoupe.store import Store

GOOD = (
    "Le conseil municipal de Brémontier a adopté mardi un budget de 4,2 millions d'euros, "
    "en hausse de 3 % sur un an, malgré l'opposition de trois élus de la minorité.\n\n"
    "La maire, Odile Fayard, a défendu « un budget de responsabilité » devant 200 habitants."
)
BAD = GOOD.replace("Brémontier", "Kerneven").replace("200 habitants", "300 habitants POISON")


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    return folder


def test_a_failing_fact_extractor_costs_one_document(inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.extract_quantities

    def fragile(docs):  # type: ignore[no-untyped-def]
        if any("POISON" in d.text for d in docs):
            raise ValueError("could not convert string to float: '15,2'")
        return real(docs)

    monkeypatch.setattr(pipeline, "extract_quantities", fragile)
    a = analyze([inputs], store=Store())
    assert {d.id for d in a.documents} == {"good.txt", "bad.txt"}
    assert {q.ref.document for q in a.quantities} == {"good.txt"}
    (note,) = a.skipped
    assert note.source.endswith("bad.txt") and "stage quantities failed" in note.reason and "15,2" in note.reason


def test_a_failing_whole_stage_leaves_a_dossier(inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("encoder unavailable")

    monkeypatch.setattr(pipeline, "find_stories", broken)
    a = analyze([inputs], store=Store())
    assert sorted(d for s in a.stories for d in s.documents) == ["bad.txt", "good.txt"]  # still a partition
    assert any("stage stories failed" in s.reason for s in a.skipped)


def test_a_failing_cleaner_skips_only_its_input(inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.clean_documents

    def fragile(raws, *, options):  # type: ignore[no-untyped-def]
        if any("POISON" in r.content for r in raws):
            raise UnicodeError("bad surrogate")
        return real(raws, options=options)

    monkeypatch.setattr(pipeline, "clean_documents", fragile)
    a = analyze([inputs], store=Store())
    assert [d.id for d in a.documents] == ["good.txt"]
    assert len(a.skipped) == 1 and "stage clean failed" in a.skipped[0].reason
