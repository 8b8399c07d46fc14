"""What a verification desk reads first: each piece of evidence in its sentence, one line per source
family (copies collapsed), the story "at a glance", and a legible provenance graph on a big story."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from dossier_fixture import make_dossier  # noqa: E402
from recoupe.dossier import charts  # noqa: E402
from recoupe.dossier.html import build_view, render_html, sentence_context  # noqa: E402
from recoupe.dossier.markdown import render_markdown  # noqa: E402

ATTACK = "<script>alert(1)</script>"

# ----------------------------------------------------------------------------- a generated 40-document story

SITES = ["gazette", "courrier", "echo", "depeche", "radio", "blog", "agence", "hebdo"]


def big_story(n_docs: int = 40) -> dict[str, Any]:
    """One story of ``n_docs`` invented articles: 5 originals copied 1-5 times (some copies of copies)
    and the rest independent; one claim whose sources are every document (one family per original)."""
    docs, derivations, sources = [], [], []
    family_of: dict[str, str] = {}

    def add(doc_id: str, k: int, value: int) -> None:
        text = (f"Ouverture du bulletin numéro {k}. Le barrage de Pont-Vieux a cédé et {value} maisons "
                f"ont été inondées selon la mairie. Fin du bulletin.")
        docs.append({"id": doc_id, "source": doc_id, "title": f"Crue {k}", "published": f"2025-05-{1 + k % 20:02d}",
                     "author": None, "site": f"{SITES[k % len(SITES)]}-{k}.example", "url": None,
                     "language": "fr", "genre": "reporting", "metadata_found_by": {}, "text": text, "removed": []})
        needle = f"{value} maisons"
        start = text.index(needle)
        sources.append({"document": doc_id, "span": [start, start + len(needle)], "text": needle, "value": value,
                        "family": None})

    k = 0
    for f in range(5):
        root = f"d{k:02d}"
        add(root, k, 120)
        family_of[root] = root
        k += 1
        previous = root
        for j in range(1 + f):
            doc = f"d{k:02d}"
            add(doc, k, 120)
            src = previous if j == 2 else root  # one copy of a copy per big family
            kind = ["copy", "rewrite", "translation", "partial_copy"][j % 4]
            derivations.append({"source": src, "target": doc, "kind": kind, "score": 0.9,
                                "direction_evidence": None, "passages": []})
            family_of[doc] = root
            previous = doc
            k += 1
    while k < n_docs:
        doc = f"d{k:02d}"
        add(doc, k, 120 if k % 3 else 150)
        family_of[doc] = doc
        k += 1
    for s in sources:
        s["family"] = family_of[s["document"]]
    families = len(set(family_of.values()))
    return {
        "format": "recoupe.dossier/1", "generator": "test", "documents": docs,
        "stories": [{"id": "s1", "title": "Crue à Pont-Vieux", "documents": [d["id"] for d in docs]}],
        "derivations": derivations, "entities": [], "dates": [], "quantities": [], "quotes": [], "framing": [],
        "claims": [{"id": "c1", "statement": "Maisons inondées", "story": "s1", "topic": "quantity:maison",
                    "status": "contested", "independent_sources": families, "note": None, "sources": sources}],
        "timeline": [{"date": f"2025-05-{1 + i:02d}", "event": f"Événement {i}", "story": "s1", "conflict": i == 3,
                      "sources": [sources[i]]} for i in range(12)],
    }


# ----------------------------------------------------------------------------- sentence context


def test_sentence_context_is_the_sentence_around_the_span() -> None:
    text = "Première phrase. Le feu a pris ce mardi soir dans le hangar. Dernière phrase."
    start = text.index("ce mardi soir")
    cs, ce, cut_b, cut_a = sentence_context(text, start, start + len("ce mardi soir"))
    assert text[cs:ce] == "Le feu a pris ce mardi soir dans le hangar."
    assert not cut_b and not cut_a


def test_sentence_context_of_a_long_sentence_is_cut_at_words() -> None:
    text = "Au début " + "très " * 60 + "CIBLE" + " encore" * 60 + " fin."
    start = text.index("CIBLE")
    cs, ce, cut_b, cut_a = sentence_context(text, start, start + 5, width=50)
    assert cut_b and cut_a
    assert start - cs <= 50 and ce - (start + 5) <= 50
    assert text[cs - 1] == " " and text[ce] == " "  # whole words only


def test_claims_show_the_sentence_with_the_span_highlighted() -> None:
    out = render_html(make_dossier())
    claims = out[out.index('id="story-0-claims"'): out.index('id="story-0-contradictions"')]
    # « Environ 240 habitants » shown inside its sentence, the span marked and linked to its place
    assert re.search(r'<span class="ctx"><a class="ref" href="#r-0-\d+-\d+"><mark class="hl">Environ 240 habitants'
                     r'</mark></a> ont été évacués par précaution\.</span>', claims)
    timeline = out[out.index('id="story-0-timeline"'): out.index('id="story-0-provenance"')]
    assert '<mark class="hl">dans la nuit de lundi à mardi</mark></a> après l&#39;incendie' in timeline


def test_sentence_context_is_escaped() -> None:
    data = make_dossier()
    doc = data["documents"][3]
    needle = "Près de 300 riverains"
    doc["text"] = doc["text"].replace(needle, needle + " " + ATTACK, 1)
    out = render_html(data)
    assert ATTACK not in out
    assert '<mark class="hl">Près de 300 riverains</mark></a> &lt;script&gt;alert(1)&lt;/script&gt;' in out
    md = render_markdown(data)
    assert ATTACK not in md and "**Près de 300 riverains** \\<script\\>" in md


# ----------------------------------------------------------------------------- one line per source family


def _claim_rows(html: str, story: int = 0) -> list[str]:
    block = html[html.index(f'id="story-{story}-claims"'): html.index(f'id="story-{story}-contradictions"')]
    return re.findall(r'<tr id="claim-.*?</tr>', block, re.S)


@pytest.mark.parametrize("data", [make_dossier(), big_story()], ids=["fixture", "forty"])
def test_one_family_line_per_independent_source(data: dict[str, Any]) -> None:
    view = build_view(data, with_charts=False)
    claims = [c for sv in view["stories"] for c in sv["claims"]]
    assert claims
    for c in claims:
        assert len(c["families"]) == c["independent"], c["statement"]
        assert not c["family_mismatch"]
    for row in _claim_rows(render_html(data)):
        independent = int(re.search(r'<td class="num">(\d+)</td>', row).group(1))
        assert len(re.findall(r'<div class="fam-head">', row)) == independent


def test_copies_are_collapsed_under_the_original() -> None:
    out = render_html(make_dossier())
    row = _claim_rows(out)[0]  # evacuees: the original + its copy and translation, then the independent report
    lines = re.findall(r'<div class="fam-head">.*?</div>', row, re.S)
    assert "courrier-estuaire.example (2025-03-12)" in lines[0]  # the family's original leads
    copies = row[row.index('<details class="copies">'): row.index("</details>")]
    assert "+2 reprises / copies (copie / copy, traduction / translation)" in copies
    assert "About 240 residents" in copies and "actu-agregateur.example" in copies
    assert "radio-loue.example" in lines[1]


def test_markdown_claims_one_line_per_family() -> None:
    md = render_markdown(make_dossier())
    table = md[md.index("### Affirmations clés"): md.index("### Contradictions")]
    row = next(r for r in table.splitlines() if "Nombre d" in r)
    cell = row.rsplit("|", 2)[-2]
    assert len(re.findall(r"(?:^|<br>)\s*\d+\. ", cell)) == 2
    assert "_+2 reprises / copies_ : actu-agregateur.example (2025-03-12) (copie / copy)" in cell


def test_contradiction_columns_count_families_not_documents() -> None:
    out = render_html(make_dossier())
    block = out[out.index('id="story-0-contradictions"'): out.index('id="story-0-timeline"')]
    first = block[block.index('class="sidebyside"'):].split("</div></div>")[0]
    col_240 = first[: first.index("<div><h5>", first.index("<div><h5>") + 1)]
    assert "(1 source indépendante / independent source)" in col_240
    assert col_240.count('<div class="fam-head">') == 1


# ----------------------------------------------------------------------------- story at a glance


def test_glance_lists_who_copies_whom() -> None:
    view = build_view(make_dossier(), with_charts=False)
    g = view["stories"][0]["glance"]
    assert (g["documents"], g["texts"], g["contested"]) == (5, 3, 2)
    assert g["published"] == ("2025-03-12", "2025-03-14")
    assert g["events"] == ("2025-03-11", "2025-03-12") and g["background_events"] == 0


def test_glance_event_range_keeps_old_references_apart() -> None:
    data = make_dossier()
    data["timeline"].append({"date": "1998", "event": "Premier incident", "story": "s1", "conflict": False,
                             "sources": data["timeline"][0]["sources"]})
    g = build_view(data, with_charts=False)["stories"][0]["glance"]
    assert g["events"] == ("2025-03-11", "2025-03-12") and g["background_events"] == 1
    [fam] = g["families"]
    assert fam["original"]["id"] == "001_original.html"
    assert [(c["id"], c["kind"]) for c in fam["copies"]] == [("002_copie.txt", "copy"),
                                                             ("003_translation.txt", "translation")]
    assert {d["id"] for d in g["independent"]} == {"004_independant.jsonl#4", "005_blog.txt"}


def test_glance_rendered_before_the_claims() -> None:
    out = render_html(make_dossier())
    glance = out[out.index('id="story-0-glance"'): out.index('id="story-0-claims"')]
    assert "5</strong> documents" in glance and "3</strong> textes distincts" in glance
    line = re.search(r"<ul class=\"lineage\">\s*<li>(.*?)</li>", glance, re.S).group(1)
    assert line.index("courrier-estuaire.example") < line.index("→") < line.index("actu-agregateur.example")
    assert "traduction / translation" in line
    assert 'href="#claim-0-0"' in glance  # contested claims listed first, linked
    md = render_markdown(make_dossier())
    assert ("- **courrier-estuaire.example (2025-03-12)** → actu-agregateur.example (2025-03-12) "
            "(copie / copy) · estuary-news.example (2025-03-13) (traduction / translation)") in md


def test_glance_says_when_nothing_was_copied() -> None:
    data = make_dossier()
    data["derivations"] = []
    g = build_view(data, with_charts=False)["stories"][0]["glance"]
    assert g["families"] == [] and g["texts"] == 5
    assert "Aucune reprise détectée" in render_html(data)


def test_glance_chain_copy_of_a_copy_names_its_source() -> None:
    g = build_view(big_story(), with_charts=False)["stories"][0]["glance"]
    assert g["documents"] == 40 and g["texts"] == len(g["families"]) + len(g["independent"]) == 25
    chained = [c for f in g["families"] for c in f["copies"] if c["via"]]
    assert chained and all(c["via"]["id"] != f["original"]["id"] for f in g["families"] for c in f["copies"]
                           if c["via"])


# ----------------------------------------------------------------------------- provenance graph legibility


def _boxes(svg: str) -> list[tuple[int, int, int, int]]:
    return [(int(x), int(y), int(w), int(h)) for x, y, w, h in
            re.findall(r'<g class="node"><a [^>]*><title>[^<]*</title><rect x="(\d+)" y="(\d+)" '
                       r'width="(\d+)" height="(\d+)"', svg)]


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_forty_document_graph_has_no_overlapping_boxes_and_stays_compact() -> None:
    out = render_html(big_story())
    svg = re.search(r'<svg class="provenance".*?</svg>', out, re.S).group(0)
    boxes = _boxes(svg)
    assert len(boxes) == 40
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    w, h = map(int, re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups())
    assert all(x + bw <= w and y + bh <= h for x, y, bw, bh in boxes)
    # 25 distinct texts: the independent ones share rows instead of one 40-box column
    assert h < 40 * (charts.NODE_H + charts.ROW_GAP) * 0.6
    labels = re.findall(r'<g class="edge-label"><rect x="(-?\d+)" y="(-?\d+)" width="(\d+)"', svg)
    assert len(labels) == 15
    rects = [(int(x), int(y), int(lw), 18) for x, y, lw in labels]
    assert not any(_overlap(a, b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert not any(_overlap(a, b) for a in rects for b in boxes)


def test_graph_without_derivations_is_a_grid() -> None:
    nodes = [charts.Node(f"n{i}", f"site {i}", "2025", "#x") for i in range(12)]
    pos, _, width, height, caption = charts.graph_layout(nodes, [])
    assert caption is None
    assert len({y for _, y in pos.values()}) == 3  # 12 boxes on three rows, not one column of twelve
    assert width >= max(x for x, _ in pos.values()) + charts.NODE_W
    assert height >= max(y for _, y in pos.values()) + charts.NODE_H


# ----------------------------------------------------------------------------- timeline chart legibility


def test_old_references_get_their_own_chart_above_the_story_period() -> None:
    events = [{"date": "1961", "event": "Ancien traité", "conflict": False},
              {"date": "2025-03-04", "event": "Incendie", "conflict": True},
              {"date": "2025-03-05", "event": "Feu maîtrisé", "conflict": False}]
    inside, outside = charts.split_period(["1961-01-01", "2025-03-04", "2025-03-05"], ("2025-03-05", "2025-03-06"))
    assert (inside, outside) == ({1, 2}, {0})
    spec = charts.timeline_spec(events, ("2025-03-05", "2025-03-06"))
    background, story = spec["vconcat"]
    assert [r["événement"] for r in background["data"]["values"]] == ["1. Ancien traité"]
    assert [r["événement"] for r in story["data"]["values"]] == ["2. Incendie", "3. Feu maîtrisé"]
    assert background["encoding"]["x"]["axis"]["format"] == "%Y"  # a year is not shown as "1 Jan"


def test_timeline_in_one_period_is_a_single_chart() -> None:
    events = [{"date": "2025-03-04", "event": "Incendie"}, {"date": "2025-03-06", "event": "Réouverture"}]
    spec = charts.timeline_spec(events)
    assert "vconcat" not in spec and len(spec["data"]["values"]) == 2
