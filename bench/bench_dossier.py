"""Dossier rendering: time and size of dossier.html / dossier.md, evidence links and self-containment.

Runs the pipeline once on the example corpus and on the seeds (when present), then renders the dossier
dict: first HTML render (includes starting the chart renderer) and a second one (cached charts), Markdown,
the share of evidence spans that get a working link to a highlighted ``<mark>``, and a check that the
page loads nothing from the network.  A second table reads the claims as a person does: source lines
shown (one per source family, copies collapsed) against the sources listed, family lines equal to the
independent-source count, evidence shown inside its sentence; plus a generated 40-document story
(provenance graph size).  Run: ``.venv/bin/python -m bench.bench_dossier``.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

from bench._report import EXAMPLES, peak_rss_mb, shared_path, table, write_section
from recoupe.dossier.data import dossier_dict
from recoupe.dossier.html import build_view, render_html
from recoupe.dossier.markdown import render_markdown
from recoupe.pipeline import analyze
from recoupe.store import Store


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.remote = 0
        self.scripts = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "script":
            self.scripts += 1
        if re.match(r"(https?:)?//", a.get("src") or ""):
            self.remote += 1


def _refs(data: dict) -> int:
    n = sum(len(c["sources"]) for c in data["claims"]) + sum(len(t["sources"]) for t in data["timeline"])
    n += sum(len(e["mentions"]) for e in data["entities"])
    return n + sum(len(data[k]) for k in ("dates", "quantities", "quotes", "framing"))


def reading(name: str, data: dict) -> list[object]:
    """What a reader sees in the claims: lines shown vs sources listed, family counts, sentence context."""
    t0 = time.perf_counter()
    html = render_html(data)
    elapsed = time.perf_counter() - t0
    view = build_view(data, with_charts=False)
    claims = [c for sv in view["stories"] for c in sv["claims"]]
    listed = sum(len(c["sources"]) for c in claims)
    lines = sum(len(c["families"]) for c in claims)
    equal = sum(1 for c in claims if not c["family_mismatch"])
    refs = [f["lead"]["ref"] for c in claims for f in c["families"]]
    refs += [r for sv in view["stories"] for ev in sv["timeline"] for r in ev["sources"]]
    refs += [v["ref"] for sv in view["stories"] for g in sv["quote_groups"] for v in g["variants"]]
    in_sentence = sum(1 for r in refs if r.before or r.after or not r.anchor)
    svg = re.search(r'<svg class="provenance"[^>]*viewBox="0 0 (\d+) (\d+)"', html)
    size = f"{svg.group(1)}×{svg.group(2)}" if svg else "—"
    texts = sum(sv["glance"]["texts"] for sv in view["stories"])
    return [name, len(data["documents"]), texts, len(claims), listed, lines, f"{equal}/{len(claims)}",
            f"{in_sentence}/{len(refs)}", size, round(elapsed, 3)]


def forty_documents() -> dict:
    """A generated story: 5 invented originals copied 1-5 times, 20 independent reports, one claim."""
    docs, derivs, sources = [], [], []
    fam: dict[str, str] = {}
    k = 0
    for f in range(5):
        for j in range(f + 2):
            doc = f"d{k:02d}"
            text = f"Bulletin {k}. La digue a cédé et {100 + f} maisons ont été inondées. Fin."
            docs.append({"id": doc, "source": doc, "title": f"Crue {k}", "published": f"2025-05-{1 + k % 20:02d}",
                         "author": None, "site": f"site-{k}.example", "url": None, "language": "fr",
                         "genre": "reporting", "metadata_found_by": {}, "text": text, "removed": []})
            fam[doc] = f"d{k - j:02d}"
            if j:
                derivs.append({"source": fam[doc], "target": doc, "kind": "copy", "score": 0.9,
                               "direction_evidence": None, "passages": []})
            needle = f"{100 + f} maisons"
            sources.append({"document": doc, "span": [text.index(needle), text.index(needle) + len(needle)],
                            "text": needle, "value": 100 + f, "family": fam[doc]})
            k += 1
    while k < 40:
        doc = f"d{k:02d}"
        text = f"Bulletin {k}. La digue a cédé et 100 maisons ont été inondées. Fin."
        docs.append({"id": doc, "source": doc, "title": f"Crue {k}", "published": "2025-05-02", "author": None,
                     "site": f"site-{k}.example", "url": None, "language": "fr", "genre": "reporting",
                     "metadata_found_by": {}, "text": text, "removed": []})
        start = text.index("100 maisons")
        sources.append({"document": doc, "span": [start, start + 11], "text": "100 maisons", "value": 100,
                        "family": doc})
        k += 1
    n_fam = len(set(fam.values())) + 40 - len(fam)
    return {"format": "recoupe.dossier/1", "generator": "bench", "documents": docs,
            "stories": [{"id": "s1", "title": "Crue", "documents": [d["id"] for d in docs]}],
            "derivations": derivs, "entities": [], "dates": [], "quantities": [], "quotes": [], "framing": [],
            "claims": [{"id": "c1", "statement": "Maisons inondées", "story": "s1", "topic": "quantity:maison",
                        "status": "contested", "independent_sources": n_fam, "note": None, "sources": sources}],
            "timeline": [], "skipped": []}


def measure(name: str, inputs: Path, datasets: dict[str, dict] | None = None) -> list[object] | None:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
        analysis = analyze([inputs], store=store)
    data = dossier_dict(analysis)
    if datasets is not None:
        datasets[name] = data
    t0 = time.perf_counter()
    html = render_html(data)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    render_html(data)
    second = time.perf_counter() - t0
    t0 = time.perf_counter()
    md = render_markdown(data)
    t_md = time.perf_counter() - t0
    p = _Links()
    p.feed(html)
    internal = [h for h in p.hrefs if h.startswith("#")]
    evidence = {h for h in internal if h.startswith("#r-") and h[1:] in p.ids}
    dangling = sum(1 for h in internal if h[1:] not in p.ids)
    index = {d["id"]: i for i, d in enumerate(data["documents"])}
    spans = {f"#r-{index.get(r['document'])}-{r['span'][0]}-{r['span'][1]}" for r in _iter_refs(data)}
    return [name, len(data["documents"]), _refs(data), f"{len(spans & evidence)}/{len(spans)}", dangling, p.remote,
            p.scripts, round(first, 3), round(second, 3), round(t_md, 3), len(html) // 1024, len(md) // 1024]


def _iter_refs(data: dict):  # noqa: ANN202
    for c in data["claims"]:
        yield from c["sources"]
    for t in data["timeline"]:
        yield from t["sources"]
    for e in data["entities"]:
        yield from e["mentions"]
    for k in ("dates", "quantities", "quotes", "framing"):
        yield from data[k]


def main() -> int:
    rows = []
    datasets: dict[str, dict] = {}
    corpus = EXAMPLES / "corpus"
    if corpus.exists():
        rows.append(measure("example corpus", corpus, datasets))
    else:
        print("skip: example corpus absent", file=sys.stderr)
    seeds = shared_path("corpus", "seeds")
    if seeds is not None:
        rows.append(measure("seeds", seeds, datasets))
    else:
        print("skip: seeds absent (shared corpus not mounted)", file=sys.stderr)
    if not rows:
        return 0
    datasets["generated 40-document story"] = forty_documents()
    read_rows = [reading(name, data) for name, data in datasets.items()]
    body = table(
        ["input", "docs", "refs", "linked spans / distinct spans", "dangling links", "remote loads", "scripts",
         "HTML 1st s", "HTML cached s", "MD s", "HTML KiB", "MD KiB"],
        rows,
    )
    body += (f"\n\nPeak RSS {peak_rss_mb():.0f} MB (includes the pipeline). The first HTML render includes "
             "starting vl-convert for the timeline chart (SVG, French locale, embedded as a data: image).")
    body += "\n\nReading the claims (one line per source family, copies collapsed in a `<details>`):\n\n"
    body += table(
        ["input", "docs", "distinct texts", "claims", "sources listed", "family lines shown",
         "claims with lines = independent sources", "evidence shown in its sentence", "provenance SVG px",
         "HTML s"],
        read_rows,
    )
    write_section("dossier", "Dossier rendering (HTML, Markdown)", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
