"""Provenance on the D3lta synthetic families (copypasta, rewording, translation of a seed text).

Each text is fed as a Document (doc_id as id, language given, no date). Measured: story B³ F1
against the families, original found (the seed is the source of its family's derivations),
and precision/recall of the derivation edges (gold: every non-seed text derives from its
seed). The dataset does not label the kind of each text: for per-kind figures the gold kind
is inferred (other language -> translation; same language and word 3-gram containment
>= 0.5 -> copy; else rewrite). Our partial_copy counts as copy there.

Run: ``.venv/bin/python -m bench.bench_provenance [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict

from bench._report import peak_rss_mb, shared_path, table, write_section
from recoupe.model import Document
from recoupe.settings import DEFAULT_OPTIONS
from recoupe.stories import find_derivations, find_stories
from recoupe.stories.families import source_families
from recoupe.textnorm import fold, words

ANCHOR = {"copy": (0.947, 0.961), "rewrite": (0.971, 0.783), "translation": (1.00, 0.602)}


def _grams(text: str, lang: str) -> set[str]:
    t = fold(text)
    if lang in ("ja", "zh"):
        chars = [c for c in t if not c.isspace()]
        return {"".join(chars[i : i + 3]) for i in range(max(0, len(chars) - 2))}
    w = words(t)
    return {" ".join(w[i : i + 3]) for i in range(max(0, len(w) - 2))}


def gold_kind(seed: dict, other: dict) -> str:
    if seed["language"] != other["language"]:
        return "translation"
    a, b = _grams(seed["text"], seed["language"]), _grams(other["text"], other["language"])
    cont = len(a & b) / max(1, min(len(a), len(b)))
    return "copy" if cont >= 0.5 else "rewrite"


def b_cubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for d, c in pred.items():
        pc[c].add(d)
    for d, c in gold.items():
        gc[c].add(d)
    p = r = 0.0
    for d in gold:
        inter = len(pc[pred[d]] & gc[gold[d]])
        p += inter / len(pc[pred[d]])
        r += inter / len(gc[gold[d]])
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="only the first N families")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    path = shared_path("eval", "provenance", "d3lta_families_dev.jsonl")
    if path is None:
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        fams = sorted({r["family_id"] for r in rows})[: args.limit]
        rows = [r for r in rows if r["family_id"] in set(fams)]
    docs = [Document(id=str(r["doc_id"]), source="d3lta", text=r["text"], language=r["language"]) for r in rows]
    gold_story = {str(r["doc_id"]): str(r["family_id"]) for r in rows}
    by_fam: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_fam[str(r["family_id"])].append(r)
    seed_of = {f: next((r for r in rs if r["is_seed"]), None) for f, rs in by_fam.items()}

    t0 = time.perf_counter()
    stories = find_stories(docs, options=DEFAULT_OPTIONS)
    t1 = time.perf_counter()
    derivs = find_derivations(docs, stories, options=DEFAULT_OPTIONS)
    t2 = time.perf_counter()

    pred_story = {d: s.id for s in stories for d in s.documents}
    sp, sr, sf = b_cubed(pred_story, gold_story)

    gold_edges: dict[tuple[str, str], str] = {}
    seeded_docs: set[str] = set()
    for f, rs in by_fam.items():
        seed = seed_of[f]
        if seed is None:
            continue
        seeded_docs.update(str(r["doc_id"]) for r in rs)
        for r in rs:
            if not r["is_seed"]:
                gold_edges[(str(seed["doc_id"]), str(r["doc_id"]))] = gold_kind(seed, r)
    pred = [dv for dv in derivs if dv.source in seeded_docs and dv.target in seeded_docs]
    pred_kind = {(dv.source, dv.target): ("copy" if dv.kind == "partial_copy" else dv.kind) for dv in pred}
    undirected_gold = {frozenset(e) for e in gold_edges}
    directed_ok = sum(1 for e in pred_kind if e in gold_edges)
    undirected_ok = sum(1 for e in pred_kind if frozenset(e) in undirected_gold)

    fam = source_families([d.id for d in docs], derivs)
    rows_out = []
    for kind in ("copy", "rewrite", "translation"):
        g = {e for e, k in gold_edges.items() if k == kind}
        pk = {e for e, k in pred_kind.items() if k == kind}
        tp = len(g & pk)
        p = tp / len(pk) if pk else 0.0
        r = tp / len(g) if g else 0.0
        # grouping, as D3lta measures it: an edge of this kind joins two texts of one gold family;
        # a gold text of this kind ends in its seed's source family
        gp = sum(gold_story[a] == gold_story[b] for a, b in pk) / max(1, len(pk))
        gr = sum(fam.get(a) == fam.get(b) for a, b in g) / max(1, len(g))
        rows_out.append([kind, len(g), len(pk), p, r, gp, gr, f"{ANCHOR[kind][0]:.3f} / {ANCHOR[kind][1]:.3f}"])

    found = 0
    n_seeded = 0
    trans_total = trans_grouped = 0
    for f, seed in seed_of.items():
        if seed is None:
            continue
        n_seeded += 1
        sid = str(seed["doc_id"])
        targets = {dv.target for dv in derivs}
        if sid not in targets and any(dv.source == sid for dv in derivs):
            found += 1
        for r in by_fam[f]:
            if not r["is_seed"] and r["language"] != seed["language"]:
                trans_total += 1
                trans_grouped += fam.get(str(r["doc_id"])) == fam.get(sid)
    n_pred = len(pred_kind)
    body = "\n".join(
        [
            f"D3lta synthetic families (dev): {len(docs)} texts, {len(by_fam)} families "
            f"({n_seeded} with a seed), 10 languages, no dates.",
            "",
            table(
                ["measure", "value"],
                [
                    ["story B³ precision", sp],
                    ["story B³ recall", sr],
                    ["story B³ F1 (goal ≥ 0.95)", sf],
                    ["original found (seed is a source, never a target)", f"{found}/{n_seeded} = {found / max(1, n_seeded):.3f}"],
                    ["edges predicted / gold", f"{n_pred} / {len(gold_edges)}"],
                    ["edge precision, directed", directed_ok / max(1, n_pred)],
                    ["edge recall, directed", directed_ok / max(1, len(gold_edges))],
                    ["edge precision, undirected", undirected_ok / max(1, n_pred)],
                    ["translation recall (same source family as its seed; goal ≥ 0.9)",
                     trans_grouped / max(1, trans_total)],
                    ["time: stories / derivations (s)", f"{t1 - t0:.1f} / {t2 - t1:.1f}"],
                    ["peak RSS (MB)", f"{peak_rss_mb():.0f}"],
                ],
            ),
            "",
            "Per kind. Gold kind inferred from language and word 3-gram containment (see the script). "
            "*Edge* P/R: the directed edge seed → text with the right kind (needs the original found). "
            "*Grouping* P/R, comparable with D3lta's figures: a predicted edge of this kind joins two texts "
            "of one family / a gold text of this kind lands in its seed's source family.",
            "",
            table(["kind", "gold", "predicted", "edge P", "edge R", "grouping P", "grouping R", "D3lta P / R"],
                  rows_out),
        ]
    )
    if args.no_write or args.limit:
        print(body)
    else:
        write_section("provenance", "Provenance: D3lta families", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
