"""End to end: the CLI on the example corpus, as a user runs it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from recoupe.cli import EXIT_SKIPPED, app
from recoupe.model import Derivation
from recoupe.store import Store
from recoupe.stories.families import source_families

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
SCHEMA = ROOT / "src" / "recoupe" / "dossier" / "schema" / "dossier.schema.json"
SHARED_SCHEMA = ROOT.parent / "shared" / "spec" / "dossier.schema.json"
REQUIRED = ["format", "documents", "stories", "derivations", "entities", "dates", "quantities", "quotes",
            "claims", "framing", "timeline"]

pytestmark = pytest.mark.e2e
runner = CliRunner()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["analyze", str(CORPUS), "-o", str(out), "--format", "all"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    return {"out": out, "data": data, "output": result.output}


def test_writes_the_three_dossiers(run: dict) -> None:
    out = run["out"]
    assert {p.name for p in out.iterdir()} >= {"dossier.json", "dossier.md", "dossier.html", "recoupe.db"}
    assert "summary" in run["output"] and "wrote" in run["output"]
    # the terminal tells what to check first: the contested claims lead
    check_first = run["output"].split("to check first", 1)[1]
    assert check_first.index("contested") < check_first.index("corroborated")


def test_dossier_validates_against_the_contract(run: dict) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(run["data"])
    assert set(REQUIRED) <= set(run["data"]) and run["data"]["format"] == "recoupe.dossier/1"


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="../shared/spec is absent")
def test_bundled_schema_is_the_shared_contract() -> None:
    assert json.loads(SCHEMA.read_text()) == json.loads(SHARED_SCHEMA.read_text())


def test_document_ids_follow_the_spec(run: dict) -> None:
    ids = {d["id"] for d in run["data"]["documents"]}
    files = {p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".html")}
    assert files <= ids  # file names, without directory
    jsonl_ids = {json.loads(line)["id"] for line in (CORPUS / "feed.jsonl").read_text().splitlines() if line.strip()}
    assert jsonl_ids <= ids  # JSONL: the record's id
    assert any(i.startswith("https://") for i in ids)  # WARC: the target URI
    assert len(ids) == len(run["data"]["documents"])


def test_every_span_points_at_its_text(run: dict) -> None:
    data = run["data"]
    texts = {d["id"]: d["text"] for d in data["documents"]}
    refs = [m for e in data["entities"] for m in e["mentions"]]
    for key in ("dates", "quantities", "quotes", "framing"):
        refs += data[key]
    refs += [s for c in data["claims"] for s in c["sources"]]
    refs += [s for t in data["timeline"] for s in t["sources"]]
    for r in refs:
        start, end = r["span"]
        assert texts[r["document"]][start:end] == r["text"], r
    for dv in data["derivations"]:
        for p in dv["passages"]:
            assert 0 <= p["source_span"][0] < p["source_span"][1] <= len(texts[dv["source"]])
            assert 0 <= p["target_span"][0] < p["target_span"][1] <= len(texts[dv["target"]])


def test_stories_are_a_partition(run: dict) -> None:
    data = run["data"]
    members = [d for s in data["stories"] for d in s["documents"]]
    assert sorted(members) == sorted(d["id"] for d in data["documents"])


def test_clean_text_has_no_scraper_boilerplate(run: dict) -> None:
    for d in run["data"]["documents"]:
        assert "Laisser un commentaire" not in d["text"], d["id"]
        assert not re.search(r"(?m)^(PREV|NEXT)\b", d["text"]), d["id"]


def test_html_dossier_is_self_contained(run: dict) -> None:
    html = (run["out"] / "dossier.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html.split("</head>")[0])
    assert not re.search(r"""<(script|img|link|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", html)


def test_rerun_adds_nothing_and_reuses_the_store(run: dict) -> None:
    db = run["out"] / "recoupe.db"
    with Store(db) as s:
        before = s.count()
    result = runner.invoke(app, ["analyze", str(CORPUS), "-o", str(run["out"]), "-q", "-f", "json"])
    assert result.exit_code == 0, result.output
    with Store(db) as s:
        assert s.count() == before == len(run["data"]["documents"])
        assert s.count("runs") == 2
    again = json.loads((run["out"] / "dossier.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in again["documents"]] == [d["id"] for d in run["data"]["documents"]]
    assert again["stories"] == run["data"]["stories"]


def test_bad_inputs_are_named_and_the_run_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(
        "Le conseil municipal de Brémontier a adopté mardi soir un budget de 4,2 millions d'euros, "
        "en hausse de 3 % sur un an, malgré l'opposition de trois élus.\n\n"
        "La maire, Odile Fayard, a défendu « un budget de responsabilité » devant une salle comble.",
        encoding="utf-8",
    )
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (inputs / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "recoupe.cli", "analyze", str(inputs), "-o", str(out), "-q", "-f", "json"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("skipped:")]
    assert len(lines) == 3
    assert any("empty.txt" in ln and "empty file" in ln for ln in lines)
    assert any("photo.html" in ln and "binary file" in ln for ln in lines)
    assert any("broken.warc.gz" in ln for ln in lines)
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["good.txt"]


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(tmp_path), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1
    assert "no readable article" in result.output


GOLD = json.loads((ROOT / "examples" / "gold" / "gold.json").read_text(encoding="utf-8"))


def test_example_stories_and_derivations_match_the_gold(run: dict) -> None:
    data = run["data"]
    assert sorted(sorted(s["documents"]) for s in data["stories"]) == sorted(sorted(s) for s in GOLD["stories"])
    found = {(d["source"], d["target"], d["kind"]) for d in data["derivations"]}
    assert found == {(d["source"], d["target"], d["kind"]) for d in GOLD["derivations"]}


def test_example_planted_claims_have_the_right_status(run: dict) -> None:
    claims = run["data"]["claims"]

    def carrying(doc: str, value: object) -> list[dict]:
        return [c for c in claims if any(s["document"] == doc and s.get("value") == value for s in c["sources"])]

    fire_day = carrying("06_gazette_independent.html", "2025-03-03")
    assert fire_day and fire_day[0]["status"] == "contested" and fire_day[0]["independent_sources"] >= 2
    evacuated = [c for c in claims if c["status"] == "contested" and any("3 000" in s["text"] for s in c["sources"])]
    assert evacuated, "1 200 vs près de 3 000 evacuated must be contested"
    firefighters = [c for c in claims if any("120 pompiers" in s["text"] for s in c["sources"])]
    assert firefighters and all(c["status"] != "contested" for c in firefighters)  # 120 is compatible with 'plus de 80'
    tonnes = [c for c in claims if any("15 tonnes" in s["text"] for s in c["sources"])]
    assert tonnes and tonnes[0]["status"] == "single_source" and tonnes[0]["independent_sources"] == 1
    # a copy is not a confirmation: the count is the number of source families among the sources
    families = source_families(
        [d["id"] for d in run["data"]["documents"]],
        [Derivation(d["source"], d["target"], d["kind"], d["score"]) for d in run["data"]["derivations"]],
    )
    for c in claims:
        assert c["independent_sources"] == len({families[s["document"]] for s in c["sources"]}), c["statement"]
