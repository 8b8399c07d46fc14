"""Entities: NER F1 and normalisation (section "entities" of docs/benchmarks.md).

* europeana_fr_bnf (``token label`` IOB lines, historical French newspapers with OCR noise): the tokens
  are joined into texts (a paragraph every ~8 sentences, a document every ~1,500 tokens), run through
  :func:`extract_entities`, and entity spans compared with the gold spans (PER/LOC/ORG): strict F1
  (same boundaries and type) and relaxed F1 (same type, overlapping).
* HIPE-2022 French (v2.1, dev files, coarse literal tags; ``pers/loc/org`` mapped to PER/LOC/ORG,
  ``prod/time`` left out): the same F1 figures, plus normalisation: gold mentions linked to the same
  Wikidata QID should end in one recoupe entity.  Over the gold mentions that have a QID and overlap one
  of our mentions, pairwise precision/recall of "same entity" against "same QID" (each HIPE document is
  its own story, so only full names and the alias table link across documents).

Sizes are capped (``MAX_TOKENS``) to keep the run to a few minutes on 2 cores.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from bench._report import example_gold, peak_rss_mb, shared_path, table, write_section
from recoupe.facts import nlp
from recoupe.facts.entities import extract_entities
from recoupe.model import Document, Story
from recoupe.textnorm import fold, split_paragraphs

MAX_TOKENS = 60_000
_HIPE_TYPES = {"pers": "PER", "loc": "LOC", "org": "ORG"}

Gold = tuple[str, int, int, str, str]  # doc, start, end, type, qid


class _Builder:
    """Joins tokens into a text and records each token's offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.need_space = False

    def add(self, token: str, space_after: bool = True) -> tuple[int, int]:
        if self.need_space and self.parts:
            self.parts.append(" ")
            self.pos += 1
        start = self.pos
        self.parts.append(token)
        self.pos += len(token)
        self.need_space = space_after
        return start, self.pos

    def paragraph(self) -> None:
        self.parts.append("\n\n")
        self.pos += 2
        self.need_space = False

    def text(self) -> str:
        return "".join(self.parts)


def load_europeana(path: Path) -> tuple[list[Document], list[Gold]]:
    docs: list[Document] = []
    gold: list[Gold] = []
    b, n_doc, sentences, tokens_in_doc, total = _Builder(), 0, 0, 0, 0
    current: list = []  # [start, end, type]

    def close_entity() -> None:
        if current:
            gold.append((f"eu{n_doc}", current[0], current[1], current[2], ""))
            current.clear()

    def flush() -> None:
        nonlocal b, n_doc, tokens_in_doc
        close_entity()
        docs.append(Document(id=f"eu{n_doc}", source=str(path), text=b.text(), language="fr"))
        b, n_doc, tokens_in_doc = _Builder(), n_doc + 1, 0

    for line in path.read_text(encoding="utf-8").splitlines():
        if " " not in line:
            continue
        token, label = line.rsplit(" ", 1)
        if not token:
            continue
        s, e = b.add(token)
        tokens_in_doc += 1
        total += 1
        if label == "O":
            close_entity()
        else:
            tag, typ = label.split("-", 1)
            if tag == "B" or not current or current[2] != typ:
                close_entity()
                current.extend([s, e, typ])
            else:
                current[1] = e
        if token in (".", "!", "?"):
            sentences += 1
            if sentences % 8 == 0:
                close_entity()
                b.paragraph()
            if tokens_in_doc > 1500:
                flush()
        if total >= MAX_TOKENS:
            break
    flush()
    return docs, gold


def load_hipe(paths: list[Path]) -> tuple[list[Document], list[Gold]]:
    docs: list[Document] = []
    gold: list[Gold] = []
    total = 0
    for path in paths:
        doc_id, b, sentences = None, _Builder(), 0
        current: list = []

        def close(doc_id: str | None, current: list = current) -> None:
            if current and doc_id:
                gold.append((doc_id, current[0], current[1], current[2], current[3]))
            current.clear()

        def finish(doc_id: str | None, b: _Builder, source: str = str(path)) -> None:
            if doc_id:
                docs.append(Document(id=doc_id, source=source, text=b.text(), language="fr"))

        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# hipe2022:document_id"):
                close(doc_id)
                finish(doc_id, b)
                doc_id, b, sentences = line.split("=", 1)[1].strip(), _Builder(), 0
                if total >= MAX_TOKENS:
                    doc_id = None
                    break
                continue
            if not line or line.startswith(("#", "TOKEN")) or doc_id is None:
                continue
            cols = line.split("\t")
            if len(cols) < 10:
                continue
            token, tag, qid, misc = cols[0], cols[1], cols[7], cols[9]
            s, e = b.add(token, "NoSpaceAfter" not in misc)
            total += 1
            if tag == "O" or tag[2:] not in _HIPE_TYPES:
                close(doc_id)
            elif tag.startswith("B-") or not current:
                close(doc_id)
                current.extend([s, e, _HIPE_TYPES[tag[2:]], qid if qid.startswith("Q") else ""])
            else:
                current[1] = e
            if "EndOfSentence" in misc:
                sentences += 1
                if sentences % 8 == 0:
                    close(doc_id)
                    b.paragraph()
        close(doc_id)
        finish(doc_id, b)
    return docs, gold


def _predicted(docs: list[Document], per_doc_story: bool) -> tuple[list[tuple[str, int, int, str, str]], float]:
    stories = [Story(id=d.id, documents=[d.id]) for d in docs] if per_doc_story else []
    t0 = time.process_time()
    ents = extract_entities(docs, stories)
    cpu = time.process_time() - t0
    pred = [(m.document, m.start, m.end, e.type, e.id) for e in ents for m in e.mentions]
    return pred, cpu


def _baseline(docs: list[Document]) -> list[tuple[str, int, int, str, str]]:
    """spaCy NER alone (same model, same paragraphs), mentions grouped by exact surface text."""
    paras = [(d, s, e) for d in docs for s, e in split_paragraphs(d.text)]
    out = []
    for (d, ps, _pe), spans in zip(paras, nlp.ner_texts([d.text[s:e] for d, s, e in paras]), strict=True):
        out += [(d.id, ps + s, ps + e, lab, f"{lab}:{d.text[ps + s : ps + e]}") for s, e, lab in spans]
    return out


def _f1(gold: list[Gold], pred: list, relaxed: bool) -> tuple[float, float, float]:
    pred = [p for p in pred if p[3] in ("PER", "LOC", "ORG")]
    by_doc: dict[str, list] = defaultdict(list)
    for p in pred:
        by_doc[p[0]].append(p)

    def match(g: Gold, p: tuple) -> bool:
        if g[3] != p[3]:
            return False
        return (p[1] < g[2] and g[1] < p[2]) if relaxed else (p[1] == g[1] and p[2] == g[2])

    tp_g = sum(any(match(g, p) for p in by_doc[g[0]]) for g in gold)
    gold_by_doc: dict[str, list[Gold]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g[0]].append(g)
    tp_p = sum(any(match(g, p) for g in gold_by_doc[p[0]]) for p in pred)
    rec = tp_g / len(gold) if gold else 0.0
    prec = tp_p / len(pred) if pred else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _grouping(gold: list[Gold], pred: list) -> tuple[float, float, int]:
    """Pairwise precision/recall of our entity grouping against gold QIDs."""
    by_doc: dict[str, list] = defaultdict(list)
    for p in pred:
        by_doc[p[0]].append(p)
    pairs = []
    for g in gold:
        if not g[4]:
            continue
        over = [p for p in by_doc[g[0]] if p[1] < g[2] and g[1] < p[2]]
        if over:
            pairs.append((g[4], over[0][4]))
    both = same_pred = same_gold = 0
    for (qa, ea), (qb, eb) in combinations(pairs, 2):
        same_pred += ea == eb
        same_gold += qa == qb
        both += ea == eb and qa == qb
    prec = both / same_pred if same_pred else 0.0
    rec = both / same_gold if same_gold else 0.0
    return prec, rec, len(pairs)


def examples_check() -> str | None:
    """Gold entities of the example corpus: all spellings in one entity; 'distinct' pairs kept apart."""
    loaded = example_gold()
    if loaded is None:
        return None
    gold, docs = loaded
    stories = [Story(id=f"s{i}", documents=list(ds)) for i, ds in enumerate(gold.get("stories", []))]
    ents = extract_entities(docs, stories)

    def ids_for(surface: str) -> set[str]:
        return {e.id for e in ents if any(fold(m.text) == fold(surface) for m in e.mentions)}

    merged = 0
    for ge in gold.get("entities", []):
        found = [ids_for(f) for f in dict.fromkeys([ge["name"], *ge.get("aliases", [])])]
        merged += all(found) and len(set().union(*found)) == 1
    apart = sum(not (ids_for(a) & ids_for(b)) for a, b in gold.get("distinct", []))
    return (f"Example corpus: {merged} of {len(gold.get('entities', []))} gold entities have every listed"
            f" spelling found and in one recoupe entity; {apart} of {len(gold.get('distinct', []))} 'distinct'"
            " pairs kept apart.")


def _ner_rows(label: str, docs, gold):  # type: ignore[no-untyped-def]
    """Strict and relaxed P/R/F1 of recoupe, with spaCy alone's F1, for one evaluation set;
    also returns both predictions."""
    pred, cpu = _predicted(docs, per_doc_story=True)
    base = _baseline(docs)
    words = sum(len(d.text.split()) for d in docs) // 1000
    rows: list[list[object]] = []
    for relaxed in (False, True):
        p, r, f = _f1(gold, pred, relaxed)
        bf = _f1(gold, base, relaxed)[2]
        rows.append([label.format(words=words), "relaxed" if relaxed else "strict", len(gold), p, r, f, bf,
                     f"{cpu:.1f}"])
    return rows, pred, base


def main() -> int:
    rows: list[list[object]] = []
    notes = []
    eu = shared_path("eval", "entities", "europeana_fr_bnf", "enp_FR.bnf.bio")
    if eu is not None:
        docs, gold = load_europeana(eu)
        rows += _ner_rows("europeana_fr_bnf ({words}k words)", docs, gold)[0]
    hipe_dir = shared_path("eval", "entities", "hipe2022_fr_v2.1")
    if hipe_dir is not None:
        files = sorted(hipe_dir.glob("HIPE-2022-v2.1-*-dev-fr.tsv"))
        docs, gold = load_hipe(files)
        hipe_rows, pred, base = _ner_rows(f"HIPE-2022 fr dev ({len(docs)} docs, {{words}}k words)", docs, gold)
        rows += hipe_rows
        gp, gr, n = _grouping(gold, pred)
        bgp, bgr, _ = _grouping(gold, base)
        notes.append(
            f"HIPE normalisation: over {n} gold mentions with a Wikidata QID that overlap one of our mentions,"
            f" pairwise precision {gp:.3f} and recall {gr:.3f} of 'same recoupe entity' against 'same QID'"
            " (each document its own story); baseline grouping by exact surface text of spaCy's spans:"
            f" precision {bgp:.3f}, recall {bgr:.3f}."
        )
    ex = examples_check()
    if ex:
        notes.append(ex)
    if not rows and not notes:
        print("no entity evaluation data found; nothing measured")
        return 0
    body = table(["set", "match", "gold mentions", "precision", "recall", "F1", "F1 spaCy alone", "CPU s"], rows)
    body += "\n\n" + "\n\n".join(notes)
    body += (
        "\n\nStrict: same boundaries and type; relaxed: same type and overlapping spans. Types PER/LOC/ORG"
        " (MISC, HIPE prod/time left out). Both sets are historical newspapers with OCR noise; HIPE person"
        " spans include titles and functions (\"M. X, le célèbre marchand de Y\"), which strict matching"
        " penalises. Model: fr_core_news_md, NER component only, one paragraph at a time, plus the alias"
        " table and cleaning rules."
        f"\n\nPeak memory {peak_rss_mb():.0f} MB."
    )
    write_section("entities", "Entities", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
