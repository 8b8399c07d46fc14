"""Dossier rendering: time and size of dossier.html / dossier.md, evidence links and self-containment.

Runs the pipeline once on the example corpus and on the seeds (when present), then renders the dossier
dict: first HTML render (includes starting the chart renderer) and a second one (cached charts), Markdown,
the share of evidence spans that get a working link to a highlighted ``<mark>``, and a check that the
page loads nothing from the network.  Run: ``.venv/bin/python -m bench.bench_dossier``.
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
from recoupe.dossier.html import render_html
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


def measure(name: str, inputs: Path) -> list[object] | None:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
        analysis = analyze([inputs], store=store)
    data = dossier_dict(analysis)
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
    corpus = EXAMPLES / "corpus"
    if corpus.exists():
        rows.append(measure("example corpus", corpus))
    else:
        print("skip: example corpus absent", file=sys.stderr)
    seeds = shared_path("corpus", "seeds")
    if seeds is not None:
        rows.append(measure("seeds", seeds))
    if not rows:
        return 0
    body = table(
        ["input", "docs", "refs", "linked spans / distinct spans", "dangling links", "remote loads", "scripts",
         "HTML 1st s", "HTML cached s", "MD s", "HTML KiB", "MD KiB"],
        rows,
    )
    body += (f"\n\nPeak RSS {peak_rss_mb():.0f} MB (includes the pipeline). The first HTML render includes "
             "starting vl-convert for the timeline chart (SVG, French locale, embedded as a data: image).")
    write_section("dossier", "Dossier rendering (HTML, Markdown)", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
