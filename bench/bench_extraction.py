"""Extraction benchmark: article text and metadata quality, speed and memory of recoupe.clean.

* trafilatura's French evaluation set (``with``/``without`` snippets, trafilatura's own
  scheme) and Mozilla readability's French pages: recoupe vs plain ``trafilatura.extract``
  defaults (the anchor), measured in the same run; title/author/date exact rates.
* the example corpus (``examples/gold``): token F1 of the body vs gold, boilerplate leak
  rate, date exact rate, per input kind.
* seconds and peak memory for the seeds and for 1,000 generated scraped documents.

Run: ``.venv/bin/python -m bench.bench_extraction``.  Absent data is skipped with a note.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from pathlib import Path

from bench._report import EXAMPLES, peak_rss_mb, shared_path, table, write_section
from recoupe.clean import clean_documents
from recoupe.clean.language import detect_language
from recoupe.model import Document, RawDocument
from recoupe.textnorm import clean_unicode, fold, words


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", fold(clean_unicode(s))).strip()


def token_f1(pred: str, gold: str) -> float:
    p, g = Counter(words(fold(pred))), Counter(words(fold(gold)))
    inter = sum((p & g).values())
    if not p or not g or not inter:
        return 0.0 if (p or g) else 1.0
    prec, rec = inter / sum(p.values()), inter / sum(g.values())
    return 2 * prec * rec / (prec + rec)


# --------------------------------------------------------------------------- trafilatura eval set


def bench_trafilatura_set() -> str | None:
    base = shared_path("eval", "extraction", "trafilatura_fr")
    if base is None:
        return None
    import trafilatura

    data = json.loads((base / "evaldata_fr.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    detect_language("Un texte assez long pour charger le détecteur de langue une fois.")
    print(f"lingua detector built in {time.perf_counter() - t0:.1f} s (excluded from the timings below)")
    raws, pages = [], {}
    for i, (url, v) in enumerate(data.items()):
        html = (base / "html_fr" / v["file"]).read_bytes().decode("utf-8", "replace")
        pages[url] = html
        raws.append(RawDocument(id=f"t{i}", source=v["file"], kind="html", content=html, meta={"url": url}))
    t0 = time.perf_counter()
    docs, _ = clean_documents(raws)
    ours_s = time.perf_counter() - t0
    by_src = {d.source: d for d in docs}
    t0 = time.perf_counter()
    anchor = {url: trafilatura.extract(html, url=url) or "" for url, html in pages.items()}
    anchor_s = time.perf_counter() - t0

    def snippet_scores(get_text) -> tuple[float, float, float]:
        kept = dropped = n_with = n_without = 0
        for url, v in data.items():
            text = _norm(get_text(url, v))
            for s in v.get("with", []):
                n_with += 1
                kept += _norm(s) in text
            for s in v.get("without", []):
                n_without += 1
                dropped += _norm(s) not in text
        return kept / max(n_with, 1), dropped / max(n_without, 1), (kept + dropped) / max(n_with + n_without, 1)

    def ours_text(url: str, v: dict) -> str:
        d = by_src.get(v["file"])
        return d.text if d else ""

    o_with, o_without, o_acc = snippet_scores(ours_text)
    a_with, a_without, a_acc = snippet_scores(lambda url, v: anchor[url])

    meta_rows = []
    for field in ("title", "author", "date"):
        n = ok = 0
        for _url, v in data.items():
            gold = (v.get(field) or "").strip()
            if not gold:
                continue
            d = by_src.get(v["file"])
            got = (d.published if field == "date" else getattr(d, field)) if d else None
            n += 1
            ok += _norm(got or "") == _norm(gold)
        meta_rows.append([field, n, ok / max(n, 1)])
    # no invented dates: pages whose gold has no date
    no_date = [v for v in data.values() if not v.get("date")]
    dated = sum(1 for v in no_date if by_src.get(v["file"]) and by_src[v["file"]].published)

    rows = [
        ["recoupe (favor_precision + recall pass + line classifier)", o_with, o_without, o_acc, ours_s],
        ["trafilatura.extract defaults (anchor)", a_with, a_without, a_acc, anchor_s],
        ["ratio recoupe / anchor", o_with / max(a_with, 1e-9), o_without / max(a_without, 1e-9),
         o_acc / max(a_acc, 1e-9), ours_s / max(anchor_s, 1e-9)],
    ]
    out = f"**trafilatura_fr** ({len(data)} pages): share of `with` snippets kept, `without` snippets dropped.\n\n"
    out += table(["extractor", "with kept", "without dropped", "accuracy", "seconds"], rows)
    out += "\n\nMetadata exact match (pages where the gold field is non-empty):\n\n"
    out += table(["field", "pages", "exact rate"], meta_rows)
    out += f"\n\nPages whose gold date is empty: {len(no_date)}; recoupe gave a date for {dated} of them, each from "
    out += "page evidence (meta, JSON-LD, `<time>`, a visible byline, date label or date element, htmldate "
    out += "without extensive search; see provenance).\n"
    return out


def bench_readability_set() -> str | None:
    base = shared_path("eval", "extraction", "mozilla_readability_fr")
    if base is None:
        return None
    import lxml.html
    import trafilatura

    rows = []
    for case in sorted(p for p in base.iterdir() if p.is_dir()):
        src = (case / "source.html").read_text(encoding="utf-8", errors="replace")
        exp_html = (case / "expected.html").read_text(encoding="utf-8", errors="replace")
        gold = lxml.html.fromstring(exp_html).text_content()
        meta = json.loads((case / "expected-metadata.json").read_text(encoding="utf-8"))
        docs, _ = clean_documents([RawDocument(id=case.name, source=case.name, kind="html", content=src)])
        ours = docs[0].text if docs else ""
        anchor = trafilatura.extract(src) or ""
        title_ok = bool(docs) and _norm(docs[0].title or "") == _norm(meta.get("title") or "")
        rows.append([case.name, token_f1(ours, gold), token_f1(anchor, gold), "yes" if title_ok else "no"])
    return "**mozilla_readability_fr**: token F1 of the body vs `expected.html`.\n\n" + table(
        ["page", "recoupe F1", "trafilatura defaults F1", "title exact"], rows
    )


# --------------------------------------------------------------------------- example corpus


def load_examples(corpus: Path) -> list[RawDocument]:
    """RawDocuments of the example corpus (.txt, .html, .jsonl records, WARC responses)."""
    raws: list[RawDocument] = []
    for p in sorted(corpus.iterdir()):
        if p.suffix in (".txt", ".html", ".htm"):
            kind = "html" if p.suffix != ".txt" else "text"
            raws.append(RawDocument(id=p.name, source=str(p), kind=kind, content=p.read_text(encoding="utf-8")))
        elif p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                rec = json.loads(line)
                kind = "html" if rec.get("html") else "text"
                meta = {k: rec[k] for k in ("url", "title", "published", "author", "site", "language") if rec.get(k)}
                raws.append(RawDocument(id=str(rec["id"]), source=f"{p}#{rec['id']}", kind=kind,
                                        content=rec.get("html") or rec.get("text") or "", meta=meta))
        elif p.name.endswith(".warc.gz"):
            raws.extend(_warc(p))
    return raws


def _warc(path: Path) -> list[RawDocument]:
    from warcio.archiveiterator import ArchiveIterator

    out = []
    with path.open("rb") as fh:  # warcio reads the gzip members itself
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response":
                continue
            ctype = rec.http_headers.get_header("Content-Type", "") if rec.http_headers else ""
            if "html" not in ctype:
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            html = rec.content_stream().read().decode("utf-8", "replace")
            out.append(RawDocument(id=url, source=f"{path}#{url}", kind="html", content=html, meta={"url": url}))
    return out


def bench_examples() -> str | None:
    gold_path = EXAMPLES / "gold" / "gold.json"
    if not gold_path.exists():
        print("skip: examples/gold is absent")
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["documents"]
    raws = load_examples(EXAMPLES / "corpus")
    kinds = {r.id: ("jsonl" if "#" in r.source and ".jsonl" in r.source else r.kind) for r in raws}
    docs, skipped = clean_documents(raws)
    by_id: dict[str, Document] = {d.id: d for d in docs}
    rows, per_kind = [], {}
    for doc_id, g in gold.items():
        d = by_id.get(doc_id)
        gtext = (EXAMPLES / "gold" / "text" / g["file"]).read_text(encoding="utf-8")
        text = d.text if d else ""
        f1 = token_f1(text, gtext)
        bp = [b for b in g.get("boilerplate", []) if b.strip()]
        leaks = [b for b in bp if clean_unicode(b) in text]
        date_ok = None if not g.get("published") else (d is not None and d.published == g["published"])
        kind = kinds.get(doc_id, "?")
        rows.append([doc_id[:40], kind, f1, f"{len(leaks)}/{len(bp)}", "-" if date_ok is None else "yes" if date_ok else "no",
                     "yes" if d and _norm(d.title or "") == _norm(g.get("title") or "") else "no",
                     "yes" if d and _norm(d.author or "") == _norm(g.get("author") or "") else "no",
                     "yes" if d and d.language == g.get("language") else "no",
                     "yes" if d and _norm(d.site or "") == _norm(g.get("site") or "") else "no"])
        k = per_kind.setdefault(kind, {"f1": [], "leak": 0, "bp": 0, "date": []})
        k["f1"].append(f1)
        k["leak"] += len(leaks)
        k["bp"] += len(bp)
        if date_ok is not None:
            k["date"].append(date_ok)
        for b in leaks:
            print(f"leak in {doc_id}: {b!r}")
    summary = [[k, len(v["f1"]), sum(v["f1"]) / len(v["f1"]), v["leak"] / max(v["bp"], 1),
                sum(v["date"]) / max(len(v["date"]), 1)] for k, v in sorted(per_kind.items())]
    out = "**Example corpus** (gold in `examples/gold`): per kind of input.\n\n"
    out += table(["input kind", "docs", "mean token F1", "leak rate", "date exact"], summary)
    out += "\n\n" + table(["document", "kind", "token F1", "leaks", "date", "title", "author", "language", "site"], rows)
    if skipped:
        out += f"\n\nSkipped: {len(skipped)} ({'; '.join(s.reason for s in skipped)})"
    return out


# --------------------------------------------------------------------------- speed


_SUBJECTS = ["Le conseil municipal", "La préfecture", "Le syndicat des transports", "L'association des riverains",
             "Le club de football", "La chambre de commerce", "Le rectorat", "L'hôpital de la ville"]
_VERBS = ["a annoncé", "a confirmé", "a présenté", "a contesté", "a voté", "a reporté", "a détaillé"]
_OBJECTS = ["un plan de rénovation des écoles", "la fermeture provisoire du pont", "un budget en hausse de 3 %",
            "la création de quarante logements", "un nouveau calendrier de travaux", "une aide aux commerçants"]
_TAILS = ["lors d'une réunion publique mardi soir.", "dans un communiqué publié dans la matinée.",
          "devant une centaine de personnes.", "après plusieurs mois de discussions.", "sans donner de date précise."]
_BOILER_HEAD = [["Accueil > Actualités > Région"], ["Partager", "Facebook Twitter"], ["×", "google news"], []]
_BOILER_TAIL = [["Lire aussi", "Un titre d'un autre article", "Actualité", "2 mars 2025"],
                ["Il reste 61% de cet article à lire.", "Laisser un commentaire"],
                ["PREV Un autre titre", "NEXT Encore un titre"], ["Didier Martin"]]


def generated_documents(n: int, seed: int = 7) -> list[RawDocument]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        paras = [" ".join(f"{rnd.choice(_SUBJECTS)} {rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} {rnd.choice(_TAILS)}"
                          for _ in range(rnd.randint(2, 4))) for _ in range(rnd.randint(3, 8))]
        lines = rnd.choice(_BOILER_HEAD) + [f"{rnd.choice(_OBJECTS).capitalize()} : le point n°{i}",
                                            f"Publié le {rnd.randint(1, 28)} mars 2025 à 08h{rnd.randint(10, 59)}",
                                            "Par Camille Roussel"]
        lines += [p + "\n" for p in paras] + rnd.choice(_BOILER_TAIL)
        out.append(RawDocument(id=f"g{i}", source=f"g{i}.txt", kind="text", content="\n".join(lines),
                               meta={"url": f"https://site{i % 20}.example/a{i}"}))
    return out


def bench_speed() -> str:
    rows = []
    seeds = shared_path("corpus", "seeds")
    if seeds is not None:
        raws = [RawDocument(id=p.name, source=str(p), kind="text", content=p.read_text(encoding="utf-8"))
                for p in sorted(seeds.glob("*.txt"))]
        t0 = time.perf_counter()
        clean_documents(raws)
        rows.append(["5 seeds (scraped .txt)", len(raws), time.perf_counter() - t0, peak_rss_mb()])
    gen = generated_documents(1000)
    t0 = time.perf_counter()
    docs, _ = clean_documents(gen)
    dt = time.perf_counter() - t0
    rows.append(["1,000 generated scraped documents", len(gen), dt, peak_rss_mb()])
    leaks = sum(1 for d in docs if "Lire aussi" in d.text or "PREV" in d.text or "commentaire" in d.text)
    out = table(["input", "docs", "seconds", "peak RSS MB (process so far)"], rows)
    out += f"\n\nGenerated documents with a tail widget left in the text: {leaks}/{len(docs)}."
    return out


def main() -> None:
    parts = []
    for fn in (bench_trafilatura_set, bench_readability_set, bench_examples):
        res = fn()
        if res:
            parts.append(res)
    parts.append("**Speed and memory** (2 shared cores)\n\n" + bench_speed())
    write_section("extraction", "Extraction (recoupe.clean)", "\n\n".join(parts))


if __name__ == "__main__":
    main()
