"""The web UI shows what the single-page dossier shows (glance, sentences, families) and search hits
in their sentence with the match marked, article text always escaped."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from dossier_fixture import make_dossier  # noqa: E402
from recoupe.web.app import create_app, substring_search  # noqa: E402

ATTACK = "<img src=x onerror=alert(1)>"


@pytest.fixture()
def client(tmp_path: Path) -> TestClient:
    data = make_dossier()
    doc = data["documents"][3]  # the independent report: hostile text right after a searchable word
    doc["text"] = doc["text"].replace("riverains", "riverains " + ATTACK, 1)
    for c in data["claims"]:  # its spans after the insertion moved: keep them exact
        for s in c["sources"]:
            if s["document"] == doc["id"] and s["span"][0] > 10:
                s["span"] = [doc["text"].index(s["text"]), doc["text"].index(s["text"]) + len(s["text"])]
    (tmp_path / "dossier.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return TestClient(create_app(tmp_path / "recoupe.db"))


def test_story_page_has_glance_families_and_sentences(client: TestClient) -> None:
    html = client.get("/story/0").text
    glance = html[html.index('id="story-0-glance"'): html.index('id="story-0-claims"')]
    assert "3</strong> textes distincts" in glance
    assert 'href="/doc/1#doc-1"' in glance  # the copy, linked to its page
    assert 'href="/story/0#claim-0-0"' in glance
    claims = html[html.index('id="story-0-claims"'): html.index('id="story-0-contradictions"')]
    assert '<a class="ref" href="/doc/0#r-0-' in claims and '<mark class="hl">Environ 240 habitants</mark>' in claims
    assert '<details class="copies">' in claims
    assert ATTACK not in html


def test_index_counts_distinct_texts(client: TestClient) -> None:
    row = re.search(r"<tr><td><a href=\"/story/0\">.*?</tr>", client.get("/").text, re.S).group(0)
    assert re.findall(r'<td class="num">(\d+)</td>', row)[:2] == ["5", "3"]


def test_search_hit_shows_the_sentence_with_the_match_marked_and_escaped(client: TestClient) -> None:
    html = client.get("/search", params={"q": "RIVERAINS"}).text
    body = html.split("</style>", 1)[1]
    assert ATTACK not in body and "onerror=alert(1)&gt;" in body
    hit = re.search(r'<blockquote class="ctx hit">(.*?)</blockquote>', body, re.S).group(1)
    assert hit.startswith("Près de 300 <mark>riverains</mark> &lt;img src=x")
    assert hit.rstrip().endswith("dans la nuit de lundi à mardi …")  # a long sentence is cut at a word, flagged


def test_search_marks_title_matches_and_counts_matches() -> None:
    data = make_dossier()
    hits = substring_search(data, "valmont")
    assert [h["matches"] for h in hits if h["document"] == "004_independant.jsonl#4"] == [1]
    first = next(h for h in hits if h["document"] == "001_original.html")
    assert first["matches"] == 1 and str(first["title_html"]).count("<mark>Valmont</mark>") == 1
    data["documents"][0]["title"] = "<b>Valmont</b>"
    hit = next(h for h in substring_search(data, "valmont") if h["document"] == "001_original.html")
    assert str(hit["title_html"]) == "&lt;b&gt;<mark>Valmont</mark>&lt;/b&gt;"
