"""The dossier a person reads: HTML and Markdown rendered from a hand-made dossier dict."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from dossier_fixture import all_refs, make_dossier  # noqa: E402
from recoupe.dossier.html import highlight, render_html, word_diff  # noqa: E402
from recoupe.dossier.markdown import md_escape, render_markdown  # noqa: E402

ATTACKS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</script>"]


class Collect(HTMLParser):
    """Ids, links, tags with their attributes, and the marks with their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.mark_text: dict[str, str] = {}
        self._open_marks: list[str | None] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(a["id"])
        if a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "mark":
            self._open_marks.append(a.get("id"))
            if a.get("id"):
                self.mark_text.setdefault(a["id"], "")

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag == "mark" and self._open_marks:
            self._open_marks.pop()

    def handle_data(self, data):  # noqa: ANN001
        for m in self._open_marks:
            if m:
                self.mark_text[m] += data


@pytest.fixture(scope="module")
def html_out() -> str:
    return render_html(make_dossier())


@pytest.fixture(scope="module")
def parsed(html_out: str) -> Collect:
    p = Collect()
    p.feed(html_out)
    return p


@pytest.fixture(scope="module")
def md_out() -> str:
    return render_markdown(make_dossier())


def _order(text: str, markers: list[str]) -> list[int]:
    return [text.index(m) for m in markers]


def test_html_sections_in_fact_checker_order(html_out: str) -> None:
    story = html_out[html_out.index('id="story-0"'): html_out.index('id="story-1"')]
    pos = _order(story, ["story-0-claims", "story-0-contradictions", "story-0-timeline", "story-0-provenance",
                         "story-0-quotes", "story-0-framing", "story-0-facts"])
    assert pos == sorted(pos)
    # stories come before the documents
    assert html_out.index('id="story-1"') < html_out.index('id="documents"') < html_out.index('id="doc-0"')


def test_every_ref_links_to_a_highlighted_mark_with_that_text(parsed: Collect) -> None:
    data = make_dossier()
    index = {d["id"]: i for i, d in enumerate(data["documents"])}
    for r in all_refs(data):
        anchor = f"r-{index[r['document']]}-{r['span'][0]}-{r['span'][1]}"
        assert f"#{anchor}" in parsed.hrefs, anchor
        assert parsed.mark_text[anchor] == r["text"]
    # and no internal link is dangling
    for h in parsed.hrefs:
        if h.startswith("#"):
            assert h[1:] in parsed.ids, h


def test_claim_status_labels_in_french_and_english(html_out: str, md_out: str) -> None:
    for text in (html_out, md_out):
        assert "Contesté / Contested" in text
        assert "Corroboré / Corroborated" in text
        assert "Source unique / Single source" in text


def test_contested_claims_are_listed_first_with_independent_counts(html_out: str) -> None:
    claims = html_out[html_out.index('id="story-0-claims"'): html_out.index('id="story-0-contradictions"')]
    statuses = re.findall(r'badge st-(\w+)', claims)
    assert statuses == ["contested", "contested", "single_source", "corroborated"]
    assert '<td class="num">2</td>' in claims


def test_contradiction_shows_both_values_side_by_side(html_out: str) -> None:
    block = html_out[html_out.index('id="story-0-contradictions"'): html_out.index('id="story-0-timeline"')]
    side = block[block.index('class="sidebyside"'):]
    assert "240" in side and "300" in side
    assert "Près de 300 riverains" in side and "Environ 240 habitants" in side


def test_provenance_svg_has_labelled_edges(html_out: str) -> None:
    svg = re.search(r'<svg class="provenance".*?</svg>', html_out, re.S).group(0)
    edges = re.findall(r'<g class="edge">.*?</g>', svg, re.S)
    assert len(edges) == 2
    labels = " ".join(edges)
    assert "Copie / Copy" in labels and "Traduction / Translation" in labels
    # the original sits left of what was derived from it
    node_x = {m[0]: int(m[1]) for m in re.findall(r'<title>([^<]+)</title><rect x="(\d+)"', svg)}
    assert node_x["001_original.html"] < node_x["002_copie.txt"]
    assert node_x["001_original.html"] < node_x["003_translation.txt"]


def test_aligned_passages_side_by_side(html_out: str) -> None:
    block = html_out[html_out.index('id="story-0-provenance"'): html_out.index('id="story-0-quotes"')]
    assert "The situation is now under control, no one was hurt" in block
    row = re.search(r"<tr><td>La situation est désormais.*?</tr>", block, re.S).group(0)
    assert "The situation is now under control" in row


def test_quote_variants_show_wording_differences(html_out: str, md_out: str) -> None:
    block = html_out[html_out.index('id="story-0-quotes"'): html_out.index('id="story-0-framing"')]
    assert "Claire Dumesnil" in block
    assert "<del>désormais </del>" in block
    assert "<ins>et personne n&#39;a été blessé</ins>" in block
    assert "~~désormais~~" in md_out and "**et personne n'a été blessé**" in md_out


def test_framing_of_each_kind_and_facts_listed(html_out: str) -> None:
    for lbl in ("Question rhétorique", "Vocabulaire chargé", "Affirmation non attribuée", "Appel à agir",
                "Opinion", "Conditionnel"):
        assert lbl in html_out
    facts = html_out[html_out.index('id="story-0-facts"'):html_out.index('id="story-1"')]
    assert "Jonathan Witfield" in facts  # alias
    assert "PT6H" in facts and "2025-03-11" in facts
    assert "environ / about" in facts


def test_documents_show_metadata_and_collapsed_removed_pieces(html_out: str) -> None:
    doc = html_out[html_out.index('id="doc-1"'): html_out.index('id="doc-2"')]
    assert "actu-agregateur.example" in doc and "2025-03-12" in doc
    assert '<details class="removed">' in doc and "share buttons" in doc and "Partager sur Facebook" in doc


def test_timeline_chart_is_inline_and_conflicts_flagged(html_out: str) -> None:
    block = html_out[html_out.index('id="story-0-timeline"'): html_out.index('id="story-0-provenance"')]
    assert 'src="data:image/svg+xml;base64,' in block
    assert block.count('class="conflict"') == 2
    # ordered by date: the earlier (contested) night first
    assert block.index("2025-03-11") < block.index("2025-03-12")


def test_html_is_self_contained_with_csp(html_out: str, parsed: Collect) -> None:
    assert 'http-equiv="Content-Security-Policy"' in html_out
    assert "default-src &#39;none&#39;" in html_out or "default-src 'none'" in html_out
    assert not any(tag == "script" for tag, _ in parsed.tags)
    for tag, a in parsed.tags:
        assert not (a.get("src") or "").startswith(("http:", "https:", "//"))
        if tag == "link":
            pytest.fail("no external stylesheet or resource link")
        href = a.get("href") or ""
        if href.startswith(("http:", "https:")):
            assert tag == "a" and "noopener" in (a.get("rel") or "") and "noreferrer" in (a.get("rel") or "")


def _poisoned() -> dict:
    data = make_dossier()
    attack = " ".join(ATTACKS)
    doc = data["documents"][0]
    # put the attack inside the text, shift no existing span (append at the end)
    start = len(doc["text"]) + 1
    doc["text"] = doc["text"] + " " + attack
    doc["title"] = attack
    doc["site"] = attack
    doc["url"] = "javascript:alert(1)"
    doc["removed"].append({"text": attack, "reason": attack})
    data["quotes"].append({"document": doc["id"], "span": [start, start + len(attack)], "text": attack,
                           "speaker": "e1", "variant_of": "q1", "speaker_text": attack, "cue": attack})
    data["entities"][0]["name"] = attack
    data["entities"][0]["aliases"].append(attack)
    data["claims"][0]["statement"] = attack
    data["timeline"][0]["event"] = attack
    data["stories"][0]["title"] = attack
    data["framing"][0]["cue"] = attack
    return data


def test_html_escapes_hostile_article_text() -> None:
    out = render_html(_poisoned())
    for a in ATTACKS:
        assert a not in out
    assert "<img src=x" not in out and "onerror=" not in out.replace("onerror=alert(1)&gt;", "")
    assert "javascript:" not in out
    p = Collect()
    p.feed(out)
    assert not any(tag == "script" for tag, _ in p.tags)
    assert not any(k.startswith("on") for _, a in p.tags for k in a)
    assert not any(tag == "img" and not (a.get("src") or "").startswith("data:image/svg+xml") for tag, a in p.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out  # shown, as text


def test_markdown_escapes_hostile_article_text() -> None:
    out = render_markdown(_poisoned())
    for a in ATTACKS:
        assert a not in out
    assert "javascript:" not in out


def test_markdown_order_and_tables(md_out: str) -> None:
    pos = _order(md_out, ["## Synthèse", "### Affirmations clés", "### Contradictions", "### Chronologie",
                          "### Provenance", "### Citations", "### Cadrage", "### Faits extraits", "## Documents"])
    assert pos == sorted(pos)
    # every claims-table row has the same number of cells as the header
    table = md_out[md_out.index("### Affirmations clés"): md_out.index("### Contradictions")]
    rows = [r for r in table.splitlines() if r.startswith("|")]
    widths = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
    assert widths == {5}
    assert "- `001_original.html` → `002_copie.txt` : **Copie / Copy**" in md_out
    assert "aux familles \\| sinistrées" in md_out  # a pipe in article text cannot break a table


def test_md_escape_inline_and_block() -> None:
    assert md_escape("a|b *c* [d](e) <x>") == "a\\|b \\*c\\* \\[d\\](e) \\<x\\>"
    assert md_escape("- item\n1. list", inline=False) == "\\- item\n\\1. list"
    assert md_escape("two\nlines") == "two lines"


def test_highlight_nests_and_splits_crossing_spans() -> None:
    text = "a<b>cdef"
    nested = str(highlight(text, {(0, 8): {"passage"}, (1, 4): {"entity"}, (3, 3): {"date"}}, 7))
    p = Collect()
    p.feed(nested)
    assert p.mark_text == {"r-7-0-8": text, "r-7-1-4": "<b>", "r-7-3-3": ""}
    assert "<b>" not in nested
    crossing = str(highlight(text, {(0, 5): {"quote"}, (3, 8): {"entity"}}, 7))
    p = Collect()
    p.feed(crossing)
    assert p.mark_text["r-7-0-5"] == "a<b>c"
    assert p.mark_text["r-7-3-8"] == ">c"  # first piece carries the id; the rest follows in its own mark
    assert crossing.endswith('<mark class="k-entity" title="Entité / Entity">def</mark>')
    assert re.sub(r"<[^>]+>", "", crossing).replace("&lt;", "<").replace("&gt;", ">") == text


def test_word_diff_marks_changes() -> None:
    left, right = word_diff("le feu a pris mardi", "le feu a pris lundi")
    assert ("del", "mardi") in left and ("ins", "lundi") in right


def test_empty_dossier_renders() -> None:
    data = {"format": "recoupe.dossier/1", "documents": [], "stories": [], "derivations": [], "entities": [],
            "dates": [], "quantities": [], "quotes": [], "claims": [], "framing": [], "timeline": []}
    assert "<html" in render_html(data)
    assert render_markdown(data).startswith("# Dossier")


def test_documents_without_story_still_shown() -> None:
    data = make_dossier()
    data["stories"] = []
    out = render_html(data)
    assert "Documents sans sujet" in out
    assert 'href="#r-0-130-151"' in out
