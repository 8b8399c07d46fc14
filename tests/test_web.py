"""The web UI: every page renders the dossier, escapes article text and sends a strict CSP."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from dossier_fixture import make_dossier  # noqa: E402
from recoupe.model import Document  # noqa: E402
from recoupe.web.app import create_app, load_dossier, substring_search  # noqa: E402

ATTACK = "<script>alert(1)</script>"


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    data = make_dossier()
    data["documents"][4]["text"] += " " + ATTACK
    data["documents"][4]["title"] = ATTACK
    (tmp_path / "dossier.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "recoupe.db"


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _csp_ok(r) -> None:  # noqa: ANN001
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "script-src" not in csp  # falls back to default-src 'none': no script at all
    assert r.headers["x-content-type-options"] == "nosniff"


def test_load_dossier_reads_json_next_to_db(db: Path) -> None:
    assert load_dossier(db)["format"] == "recoupe.dossier/1"
    assert load_dossier(db.parent / "elsewhere" / "x.db") is None


def test_index_lists_stories_with_claim_counts(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    _csp_ok(r)
    assert "Incendie de l&#39;usine Valmont Chimie" in r.text
    assert 'href="/story/0"' in r.text and 'href="/story/1"' in r.text
    assert "Contesté / Contested" in r.text
    assert ATTACK not in r.text and "&lt;script&gt;" in r.text


def test_story_page_has_sections_and_links_into_document_pages(client: TestClient) -> None:
    r = client.get("/story/0")
    assert r.status_code == 200
    _csp_ok(r)
    order = [r.text.index(f'id="story-0-{s}"') for s in ("claims", "contradictions", "timeline", "provenance")]
    assert order == sorted(order)
    assert 'href="/doc/3#r-3-0-21"' in r.text  # "Près de 300 riverains"
    assert '<svg class="provenance"' in r.text
    assert client.get("/story/99").status_code == 404


def test_document_page_highlights_the_linked_span(client: TestClient) -> None:
    r = client.get("/doc/3")
    assert r.status_code == 200
    _csp_ok(r)
    assert '<mark id="r-3-0-21"' in r.text
    assert client.get("/doc/42").status_code == 404


def test_document_page_escapes_article_text(client: TestClient) -> None:
    r = client.get("/doc/4")
    assert ATTACK not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<script" not in r.text


def test_search_without_store_uses_the_dossier(client: TestClient) -> None:
    r = client.get("/search", params={"q": "riverains"})
    assert r.status_code == 200
    _csp_ok(r)
    assert 'href="/doc/3"' in r.text and "<mark>riverains</mark>" in r.text
    r = client.get("/search", params={"q": "<script>"})
    assert "<script>" not in r.text.split("</style>", 1)[1]


def test_substring_search_ignores_accents_and_case() -> None:
    hits = substring_search(make_dossier(), "PREFETE")
    assert [h["document"] for h in hits] == ["001_original.html", "002_copie.txt"]


def test_search_uses_the_store_when_present(db: Path) -> None:
    from recoupe.store import Store

    with Store(db) as store:
        store.add_documents([Document(id="x1.txt", source="x1.txt", text="Les sapeurs-pompiers <b>ont</b> éteint le feu.",
                                      title="Feu éteint", language="fr", content_hash="h1")])
    r = TestClient(create_app(db)).get("/search", params={"q": "pompiers"})
    assert r.status_code == 200
    assert "FTS" in r.text and "x1.txt" in r.text
    assert "<b>ont</b>" not in r.text  # the store's snippet is escaped too


def test_json_endpoints(client: TestClient) -> None:
    r = client.get("/api/dossier")
    assert r.status_code == 200 and r.json()["format"] == "recoupe.dossier/1"
    _csp_ok(r)
    s = client.get("/api/stories/s2").json()
    assert [d["id"] for d in s["documents"]] == ["006_autre.txt"]
    assert [c["id"] for c in s["claims"]] == ["c5"]
    assert client.get("/api/stories/nope").status_code == 404


def test_empty_store_says_so(tmp_path: Path) -> None:
    c = TestClient(create_app(tmp_path / "none.db"))
    r = c.get("/")
    assert r.status_code == 200 and "No dossier yet" in r.text
    assert c.get("/api/dossier").status_code == 404
