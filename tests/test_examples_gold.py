"""The example corpus and its gold annotations agree with each other.

Every stage is measured against ``examples/gold``; these tests make sure the gold
says only true things about ``examples/corpus``: spans exist where they claim to,
boilerplate is really in the raw input and out of the clean text, the story
partition covers every document once, dates agree with their weekday names.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import get_args

import pytest
from warcio.archiveiterator import ArchiveIterator

from recoupe.model import ApproxKind, ClaimStatus, DerivationKind, FramingKind
from recoupe.textnorm import clean_unicode, fold

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CORPUS = EXAMPLES / "corpus"
GOLD_DIR = EXAMPLES / "gold"
SPAN_SECTIONS = ("dates", "quantities", "quotes", "framing")
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}


class _TextOnly(HTMLParser):
    """Visible text of an HTML page (entities decoded, script/style dropped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(markup: str) -> str:
    parser = _TextOnly()
    parser.feed(markup)
    return "\n".join(parser.parts)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", clean_unicode(text)).strip()


@lru_cache(maxsize=1)
def gold() -> dict:
    return json.loads((GOLD_DIR / "gold.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def raw_inputs() -> dict[str, str]:
    """Document id -> raw input as visible text (HTML tags stripped), read the way the spec names ids."""
    raw: dict[str, str] = {}
    for path in sorted(CORPUS.iterdir()):
        if path.name.endswith(".jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    raw[rec["id"]] = rec["text"]
        elif path.name.endswith(".warc.gz"):
            with path.open("rb") as fh:
                for rec in ArchiveIterator(fh):
                    ctype = rec.http_headers.get_header("Content-Type", "") if rec.http_headers else ""
                    if rec.rec_type == "response" and ctype.startswith("text/html"):
                        uri = rec.rec_headers.get_header("WARC-Target-URI")
                        raw[uri] = _html_text(rec.content_stream().read().decode("utf-8"))
        elif path.suffix == ".html":
            raw[path.name] = _html_text(path.read_text(encoding="utf-8"))
        elif path.suffix == ".txt":
            raw[path.name] = path.read_text(encoding="utf-8")
    return raw


@cache
def gold_text(doc_id: str) -> str:
    return (GOLD_DIR / "text" / gold()["documents"][doc_id]["file"]).read_text(encoding="utf-8")


def _span_items() -> list[tuple[str, dict]]:
    return [(section, item) for section in SPAN_SECTIONS for item in gold()[section]]


def test_every_corpus_document_is_in_exactly_one_gold_story():
    ids = list(raw_inputs())
    placed = [d for story in gold()["stories"] for d in story]
    assert sorted(placed) == sorted(set(placed)), "a document is in two stories"
    assert set(placed) == set(ids)
    assert set(gold()["documents"]) == set(ids)


def test_warc_holds_one_article_and_records_to_ignore():
    with (CORPUS / "crawl.warc.gz").open("rb") as fh:
        kinds = [(r.rec_type, r.http_headers.get_header("Content-Type") if r.rec_type == "response" else None)
                 for r in ArchiveIterator(fh)]
    assert ("request", None) in kinds
    assert ("response", "text/plain") in kinds
    assert sum(1 for k, c in kinds if k == "response" and c and c.startswith("text/html")) == 1


@pytest.mark.parametrize("doc_id", sorted(gold()["documents"]))
def test_gold_text_paragraphs_occur_in_raw_input_in_order(doc_id):
    raw = _squash(raw_inputs()[doc_id])
    pos = 0
    for para in gold_text(doc_id).split("\n\n"):
        para = _squash(para)
        found = raw.find(para, pos)
        assert found >= 0, f"{doc_id}: paragraph not found (in order): {para[:60]!r}"
        pos = found + len(para)


@pytest.mark.parametrize("doc_id", sorted(gold()["documents"]))
def test_gold_text_is_a_clean_article_body(doc_id):
    text = gold_text(doc_id)
    meta = gold()["documents"][doc_id]
    assert text == clean_unicode(text), "gold text must already be normalised (plain spaces, NFC)"
    assert "\n\n\n" not in text and not text.startswith("\n")
    assert 250 <= len(text.split()) <= 600
    assert meta["title"] not in text
    for bp in meta["boilerplate"]:
        assert bp not in text, f"{doc_id}: boilerplate {bp!r} is in the gold text"


@pytest.mark.parametrize("doc_id", sorted(gold()["documents"]))
def test_boilerplate_strings_occur_in_raw_input(doc_id):
    raw = _squash(raw_inputs()[doc_id])
    for bp in gold()["documents"][doc_id]["boilerplate"]:
        assert _squash(bp) in raw, f"{doc_id}: {bp!r} is not in the raw input"


def test_metadata_fields_are_well_formed():
    for doc_id, meta in gold()["documents"].items():
        dt.date.fromisoformat(meta["published"])
        assert meta["language"] in ("fr", "en"), doc_id
        if meta["author"]:
            assert meta["author"] in raw_inputs()[doc_id] or doc_id.startswith("http"), doc_id


@pytest.mark.parametrize("section,item", _span_items(), ids=lambda v: v if isinstance(v, str) else v["text"][:30])
def test_gold_spans_point_at_their_text(section, item):
    text = gold_text(item["document"])
    assert text[item["start"]:item["end"]] == item["text"], f"{section}: span does not match"


def test_quotes_have_speakers_that_are_gold_entities():
    names = {e["name"] for e in gold()["entities"]}
    for q in gold()["quotes"]:
        assert q["speaker"] in names, q


def test_span_labels_use_the_model_vocabulary():
    assert {q["approx"] for q in gold()["quantities"]} <= set(get_args(ApproxKind))
    assert {f["kind"] for f in gold()["framing"]} <= set(get_args(FramingKind))
    assert {d["kind"] for d in gold()["derivations"]} <= set(get_args(DerivationKind))
    assert {c["status"] for c in gold()["claims"]} <= set(get_args(ClaimStatus))


def test_dates_agree_with_their_weekday_names_and_publication_dates():
    for d in gold()["dates"]:
        if d["kind"] == "duration":
            assert re.fullmatch(r"P(T?\d+[YMWDH])", d["value"]), d
            continue
        words = re.findall(r"\w+", d["text"].lower())
        day = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
        if day is not None:
            value = dt.date.fromisoformat(d["value"][:10])
            published = dt.date.fromisoformat(gold()["documents"][d["document"]]["published"])
            assert value.weekday() == day, d
            assert abs((value - published).days) <= 6, d


def test_derivations_and_independent_pairs_do_not_overlap():
    docs = set(gold()["documents"])
    edges = {frozenset((d["source"], d["target"])) for d in gold()["derivations"]}
    for d in gold()["derivations"]:
        assert {d["source"], d["target"]} <= docs
    for pair in gold()["independent"]:
        assert set(pair) <= docs
        assert frozenset(pair) not in edges, pair
    story_of = {d: i for i, s in enumerate(gold()["stories"]) for d in s}
    for d in gold()["derivations"]:
        assert story_of[d["source"]] == story_of[d["target"]]


def test_claim_values_come_from_documents_of_one_story_and_count_families():
    story_of = {d: i for i, s in enumerate(gold()["stories"]) for d in s}
    family_of = {d: i for i, f in enumerate(gold()["families"]) for d in f}
    for claim in gold()["claims"]:
        docs = list(claim["values"])
        assert len({story_of[d] for d in docs}) == 1, claim["topic"]
        assert len({family_of[d] for d in docs}) == claim["independent_sources"], claim["topic"]
        if claim["status"] == "single_source":
            assert claim["independent_sources"] == 1


def test_cross_spelling_entities_are_spelled_in_the_corpus():
    corpus = fold(" ".join(gold_text(d) for d in gold()["documents"]))
    for ent in gold()["entities"]:
        for alias in ent["aliases"] + ent.get("descriptions", []):
            assert fold(alias) in corpus, alias
    names = {e["name"] for e in gold()["entities"]}
    for a, b in gold()["distinct"]:
        assert a in names and b in names


def _five_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", fold(text))
    return {tuple(words[i:i + 5]) for i in range(len(words) - 4)}


def _kind_of(target: str) -> tuple[str, str]:
    edge = next(d for d in gold()["derivations"] if d["target"] == target)
    return edge["source"], edge["kind"]


def test_planted_derivations_have_the_overlap_their_kind_implies():
    for edge in gold()["derivations"]:
        src, tgt = gold_text(edge["source"]), gold_text(edge["target"])
        src_paras, tgt_paras = src.split("\n\n"), tgt.split("\n\n")
        shared = _five_grams(src) & _five_grams(tgt)
        share = len(shared) / len(_five_grams(tgt))
        if edge["kind"] == "copy":
            assert tgt == src
        elif edge["kind"] == "partial_copy":
            verbatim = [p for p in tgt_paras if p in src_paras]
            assert 2 <= len(verbatim) < len(tgt_paras)
        elif edge["kind"] == "rewrite":
            assert not set(tgt_paras) & set(src_paras)
            assert share < 0.2, "a rewrite keeps few 5-grams"
        elif edge["kind"] == "translation":
            assert gold()["documents"][edge["target"]]["language"] != gold()["documents"][edge["source"]]["language"]
            assert share < 0.02


def test_independent_report_shares_only_a_wire_sentence_with_the_original():
    original, other = "01_courrier_original.html", "06_gazette_independent.html"
    assert (original, other) in {tuple(sorted(p)) for p in gold()["independent"]}
    sentences = re.split(r"(?<=[.!?»])\s+", gold_text(original))
    shared = [s for s in sentences if len(s) > 30 and fold(s) in fold(gold_text(other))]
    assert len(shared) == 1 and shared[0].startswith("Selon la préfecture")


def test_contested_claims_disagree_and_compatible_ones_do_not_count_as_contested():
    by_topic = {c["topic"]: c for c in gold()["claims"]}
    for claim in gold()["claims"]:
        values = set(map(str, claim["values"].values()))
        if claim["status"] == "contested":
            assert len(values) > 1, claim["topic"]
    assert by_topic["quantity:pompier"]["status"] == "corroborated"
    assert len(set(by_topic["quantity:pompier"]["values"].values())) > 1
