"""Framing benchmark: document genre and paragraph-level persuasion detection on SemEval-2023 Task 3 (fr).

Genre: macro-F1 of opinion / reporting / satire (and of opinion vs reporting alone), with a
majority-class baseline measured in the same run.  Paragraphs: a paragraph flagged by any of our
kinds vs a paragraph with any gold technique, and per technique family.
Run: ``.venv/bin/python -m bench.bench_framing``.  Skips cleanly when the shared data is absent.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench._report import peak_rss_mb, shared_path, table, write_section
from recoupe.crosscheck.framing import framing_of, genre_of, opinion_score
from recoupe.model import Document

FAMILIES = {  # gold technique -> our kind
    "loaded": ({"Loaded_Language", "Name_Calling-Labeling"}, {"loaded_language"}),
    "doubt": ({"Doubt"}, {"rhetorical_question"}),
    "slogans": ({"Slogans"}, {"call_to_action"}),
    "exaggeration/killer": ({"Exaggeration-Minimisation", "Conversation_Killer"}, {"opinion", "unattributed_claim"}),
}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def macro_f1(gold: list[str], pred: list[str], labels: list[str]) -> float:
    f1s = []
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred, strict=True))
        f1s.append(_prf(tp, fp, fn)[2])
    return sum(f1s) / len(f1s)


def _line_starts(text: str) -> list[int]:
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def main() -> int:
    root = shared_path("eval", "framing", "semeval2023_fr")
    if root is None:
        print("note: SemEval-2023 French framing data absent; nothing measured")
        return 0
    genres = dict(line.split("\t")[:2] for line in (root / "genre-labels.tsv").read_text().splitlines() if line)
    para: dict[tuple[str, int], set[str]] = {}
    for line in (root / "persuasion-paragraph-labels.tsv").read_text().splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].isdigit():
            para[(parts[0], int(parts[1]))] = {t for t in (parts[2] if len(parts) > 2 else "").split(",") if t}
    t0 = time.perf_counter()
    gold_g, pred_g, scores = [], [], []
    flagged: dict[tuple[str, int], set[str]] = defaultdict(set)
    for art_id in sorted(genres):
        path: Path = root / "articles" / f"article{art_id}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        doc = Document(id=art_id, source=str(path), text=text, language="fr")
        spans, sig = framing_of(doc)
        # genre from the body (title line excluded)
        body_start = text.find("\n") + 1
        body = Document(id=art_id, source=str(path), text=text[body_start:], language="fr")
        _, bsig = framing_of(body)
        gold_g.append(genres[art_id].strip())
        pred_g.append(genre_of(bsig))
        scores.append(opinion_score(bsig))
        starts = _line_starts(text)
        for f in spans:
            lineno = max(i for i, s in enumerate(starts) if s <= f.ref.start) + 1
            flagged[(art_id, lineno)].add(f.kind)
    elapsed = time.perf_counter() - t0
    labels3 = ["opinion", "reporting", "satire"]
    majority = Counter(gold_g).most_common(1)[0][0]
    base = [majority] * len(gold_g)
    two = [(g, p) for g, p in zip(gold_g, pred_g, strict=True) if g != "satire"]
    rows_g = [
        ["rules (ours)", macro_f1(gold_g, pred_g, labels3),
         macro_f1([g for g, _ in two], [p for _, p in two], ["opinion", "reporting"]),
         sum(g == p for g, p in zip(gold_g, pred_g, strict=True)) / len(gold_g)],
        [f"majority ({majority})", macro_f1(gold_g, base, labels3),
         macro_f1([g for g, _ in two], [majority] * len(two), ["opinion", "reporting"]),
         sum(g == majority for g in gold_g) / len(gold_g)],
    ]
    # paragraph level
    rows_p = []
    keys = sorted(para)

    def prf(gold_of, pred_of) -> list[float]:
        tp = sum(1 for k in keys if gold_of(k) and pred_of(k))
        fp = sum(1 for k in keys if not gold_of(k) and pred_of(k))
        fn = sum(1 for k in keys if gold_of(k) and not pred_of(k))
        return list(_prf(tp, fp, fn))

    pos_rate = sum(1 for k in keys if para[k]) / len(keys)
    rows_p.append(["any technique vs any flag", *prf(lambda k: bool(para[k]), lambda k: bool(flagged.get(k))),
                   pos_rate])
    rows_p.append(["  baseline: flag every paragraph", *prf(lambda k: bool(para[k]), lambda k: True), pos_rate])
    for name, (gold_t, ours) in FAMILIES.items():
        rate = sum(1 for k in keys if para[k] & gold_t) / len(keys)
        rows_p.append([f"{name}: {'+'.join(sorted(gold_t))} vs {'+'.join(sorted(ours))}",
                       *prf(lambda k, g=gold_t: bool(para[k] & g), lambda k, o=ours: bool(flagged.get(k, set()) & o)),
                       rate])
    cm = Counter(zip(gold_g, pred_g, strict=True))
    body = (
        f"SemEval-2023 Task 3 French training articles ({len(gold_g)} documents: "
        f"{dict(Counter(gold_g))}), {len(keys)} labelled paragraphs. Rules and lexicons only "
        f"(`recoupe.crosscheck.framing`); {elapsed:.2f} s, peak RSS {peak_rss_mb():.0f} MB.\n\n"
        "**Genre** (satire only on explicit parody markers; without satire = opinion vs reporting):\n\n"
        + table(["method", "macro-F1 (3 classes)", "macro-F1 (opinion vs reporting)", "accuracy"], rows_g)
        + "\n\nConfusion (gold → predicted): "
        + ", ".join(f"{g}→{p}: {n}" for (g, p), n in sorted(cm.items()))
        + "\n\n**Paragraph-level detection** (a paragraph flagged by our kinds vs gold techniques):\n\n"
        + table(["gold vs ours", "precision", "recall", "F1", "gold positive rate"], rows_p)
    )
    write_section("framing", "Framing: reporting vs opinion", body)
    if "-v" in sys.argv:
        for g, p, s in sorted(zip(gold_g, pred_g, scores, strict=True), key=lambda x: x[2]):
            print(f"{s:6.3f} {g:10s} {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
