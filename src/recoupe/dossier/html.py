"""The dossier as one self-contained HTML page, and the view model shared with the web UI.

:func:`build_view` turns the ``recoupe.dossier/1`` dict into what the templates show,
story by story, in the order a fact-checker needs it (claims, contradictions,
timeline, provenance, quotes, framing, facts), and registers every evidence span so
that each document's text is rendered with a ``<mark id=...>`` at each span that some
statement links to.  :func:`render_html` renders it with Jinja2 (autoescape on): no
script, no network request, a strict Content-Security-Policy.
"""

from __future__ import annotations

import base64
import bisect
import difflib
import hashlib
import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup, escape

from recoupe.dossier import charts
from recoupe.dossier import labels as L
from recoupe.stories.families import source_families
from recoupe.textnorm import fold, split_sentences

TEMPLATES = Path(__file__).parent / "templates"
UNASSIGNED = "_sans_sujet"
MAX_PASSAGES = 40  # aligned passages shown per derivation
MAX_SNIPPET = 320  # characters of evidence shown inline before truncation
CONTEXT_CHARS = 120  # at most this much of the sentence is shown on each side of an evidence span

# --------------------------------------------------------------------------- jinja


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment (autoescape everywhere, strict undefined)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["L"] = L
    env.globals["label"] = L.label
    env.globals["lookup"] = L.lookup
    env.filters["num"] = format_number
    return env


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (TEMPLATES / "dossier.css").read_text(encoding="utf-8")


def style_hash() -> str:
    """CSP source for the inline stylesheet (``'sha256-...'``)."""
    digest = hashlib.sha256(stylesheet().encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(web: bool = False) -> str:
    """No script, no remote anything; only the inline stylesheet and ``data:`` images."""
    parts = [
        "default-src 'none'",
        f"style-src {style_hash()}",
        "img-src data:",
        "base-uri 'none'",
        "form-action " + ("'self'" if web else "'none'"),
    ]
    if web:
        parts.append("frame-ancestors 'none'")
    return "; ".join(parts)


def format_number(value: Any) -> str:
    """French number formatting: ``1 500``, ``2,5``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.6g}".replace(",", "\u202f").replace(".", ",")


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link (never ``javascript:`` or other schemes)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


# --------------------------------------------------------------------------- view model


@dataclass(slots=True)
class RefView:
    """One piece of evidence as shown: the quoted text and a link to its highlighted place."""

    document: str
    start: int
    end: int
    text: str
    href: str
    doc_label: str
    anchor: str = ""
    truncated: bool = False
    before: str = ""  # the sentence around the span (see :func:`sentence_context`)
    after: str = ""
    cut_before: bool = False  # the sentence goes on before ``before`` (shown as "…")
    cut_after: bool = False


def sentence_context(
    text: str, start: int, end: int, sentences: list[tuple[int, int]] | None = None, width: int = CONTEXT_CHARS
) -> tuple[int, int, bool, bool]:
    """Bounds of what to show around ``text[start:end]``: the sentence(s) it lies in, cut to ``width``.

    Returns ``(ctx_start, ctx_end, cut_before, cut_after)`` with ``ctx_start <= start <= end <= ctx_end``;
    a side longer than ``width`` characters is cut at a word boundary and flagged.
    """
    sents = split_sentences(text) if sentences is None else sentences
    k = bisect.bisect_right(sents, (start, len(text) + 1)) - 1
    cs, ce = start, end
    if k >= 0 and sents[k][1] > start:
        cs = min(start, sents[k][0])
    j = max(k, 0)
    while j < len(sents) and sents[j][0] < max(end, start + 1):
        ce = max(ce, sents[j][1])
        j += 1
    cut_before = cut_after = False
    if start - cs > width:
        lo = start - width
        space = text.find(" ", lo, start)
        cs, cut_before = (space + 1 if space >= 0 else lo), True
    if ce - end > width:
        hi = end + width
        space = text.rfind(" ", end, hi)
        ce, cut_after = (space if space > end else hi), True
    return cs, ce, cut_before, cut_after


@dataclass(slots=True)
class Registry:
    """Every span that some statement links to, per document index, with the kinds pointing at it."""

    doc_index: dict[str, int]
    doc_texts: list[str]
    doc_labels: list[str]
    doc_href: Callable[[int], str]
    spans: dict[int, dict[tuple[int, int], set[str]]] = field(default_factory=dict)
    sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def ref(self, r: dict[str, Any], kind: str) -> RefView:
        doc = str(r.get("document", ""))
        span = r.get("span") or [0, 0]
        start, end = int(span[0]), int(span[1])
        text = str(r.get("text") if r.get("text") is not None else "")
        return self.span(doc, start, end, kind, text)

    def span(self, doc: str, start: int, end: int, kind: str, text: str | None = None) -> RefView:
        i = self.doc_index.get(doc)
        if i is None or not (0 <= start <= end <= len(self.doc_texts[i])):
            return RefView(doc, start, end, text or "", "", doc if i is None else self.doc_labels[i])
        if text is None:
            text = self.doc_texts[i][start:end]
        self.spans.setdefault(i, {}).setdefault((start, end), set()).add(kind)
        anchor = span_anchor(i, start, end)
        short = text if len(text) <= MAX_SNIPPET else text[: MAX_SNIPPET - 1] + "…"
        view = RefView(
            doc, start, end, short, f"{self.doc_href(i)}#{anchor}", self.doc_labels[i], anchor, short != text
        )
        if short == text:
            body = self.doc_texts[i]
            if i not in self.sentences:
                self.sentences[i] = split_sentences(body)
            cs, ce, view.cut_before, view.cut_after = sentence_context(body, start, end, self.sentences[i])
            view.before, view.after = body[cs:start], body[end:ce]
        return view


def span_anchor(doc_index: int, start: int, end: int) -> str:
    return f"r-{doc_index}-{start}-{end}"


def doc_anchor(doc_index: int) -> str:
    return f"doc-{doc_index}"


def doc_label(d: dict[str, Any]) -> str:
    """Short name of a document: its site (or id) and date."""
    name = d.get("site") or d.get("id") or "?"
    return f"{name} ({d['published']})" if d.get("published") else str(name)


def word_diff(
    a: str, b: str, merged_out: list[tuple[str, str]] | None = None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Word-level difference: (tokens of ``a`` with deletions, tokens of ``b`` with insertions).

    ``merged_out``, when given, receives one sequence reading ``b`` with ``a``'s dropped words
    struck through in place (how a quote variant differs from the reference wording).

    Each token is ``(op, text)`` with op ``eq``, ``del`` or ``ins``; comparison ignores case,
    accents and typographic quotes.
    """
    ta, tb = re.findall(r"\S+\s*", a), re.findall(r"\S+\s*", b)
    ka = [fold(t.strip()).strip(".,;:!?«»\"'") for t in ta]
    kb = [fold(t.strip()).strip(".,;:!?«»\"'") for t in tb]
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    merged: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            left.append(("eq", "".join(ta[i1:i2])))
            right.append(("eq", "".join(tb[j1:j2])))
            merged.append(("eq", "".join(tb[j1:j2])))
        else:
            if i2 > i1:
                left.append(("del", "".join(ta[i1:i2])))
                merged.append(("del", "".join(ta[i1:i2])))
            if j2 > j1:
                right.append(("ins", "".join(tb[j1:j2])))
                merged.append(("ins", "".join(tb[j1:j2])))
    if merged_out is not None:
        merged_out.extend(merged)
    return left, right


def highlight(text: str, spans: dict[tuple[int, int], set[str]], doc_index: int) -> Markup:
    """The text, escaped, with a ``<mark id=...>`` around each span.

    Nested spans nest; a span that crosses the end of an enclosing one is split there, its
    continuation being a ``<mark>`` without id.  The id sits on the span's first piece.
    """
    n = len(text)
    heap: list[tuple[int, int, tuple[int, int], bool]] = [
        (s, -e, (s, e), True) for (s, e) in spans if 0 <= s <= e <= n
    ]
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[int] = []  # ends of the open marks
    pos = 0

    def open_mark(se: tuple[int, int], first: bool) -> str:
        kinds = sorted(spans[se])
        title = escape(" · ".join(L.lookup(L.SPAN_KIND, k) for k in kinds))
        cls = " ".join(f"k-{k}" for k in kinds)
        ident = f' id="{span_anchor(doc_index, *se)}"' if first else ""
        return f'<mark{ident} class="{cls}" title="{title}">'

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1] <= limit:
            end = stack.pop()
            out.append(str(escape(text[pos:end])))
            pos = end
            out.append("</mark>")

    while heap:
        s, neg_e, se, first = heapq.heappop(heap)
        e = -neg_e
        close_until(s)
        out.append(str(escape(text[pos:s])))
        pos = s
        if stack and e > stack[-1]:  # crosses the enclosing mark: continue after it closes
            heapq.heappush(heap, (stack[-1], -e, se, False))
            e = stack[-1]
        out.append(open_mark(se, first))
        if e == s:
            out.append("</mark>")
        else:
            stack.append(e)
    close_until(n)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def _story_of(data: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Stories (plus one for documents in none) and document id -> story id."""
    stories = [dict(s) for s in data.get("stories", [])]
    of: dict[str, str] = {}
    for s in stories:
        for d in s.get("documents", []):
            of.setdefault(d, s["id"])
    rest = [d["id"] for d in data.get("documents", []) if d["id"] not in of]
    if rest:
        stories.append({"id": UNASSIGNED, "title": "Documents sans sujet / Documents without a story",
                        "documents": rest})
        for d in rest:
            of[d] = UNASSIGNED
    return stories, of


def build_view(
    data: dict[str, Any],
    doc_href: Callable[[int], str] | None = None,
    with_charts: bool = True,
    story_href: Callable[[int], str] | None = None,
) -> dict[str, Any]:
    """Everything the templates show, computed once from the dossier dict.

    ``doc_href(i)`` is the page holding document ``i`` ("" for the single-page dossier,
    ``/doc/i`` in the web UI); evidence links are ``doc_href(i) + "#r-i-start-end"``.
    ``story_href(k)`` is the link to story ``k`` (``#story-k`` by default).
    """
    s_href = story_href or (lambda k: f"#story-{k}")
    docs = data.get("documents", [])
    href = doc_href or (lambda i: "")
    reg = Registry(
        doc_index={d["id"]: i for i, d in enumerate(docs)},
        doc_texts=[d.get("text") or "" for d in docs],
        doc_labels=[doc_label(d) for d in docs],
        doc_href=href,
    )
    stories, story_of = _story_of(data)
    entities_by_id = {e["id"]: e for e in data.get("entities", [])}
    families = _families(data)
    lineage = Lineage.of(data, reg)

    def story_key(doc: str | None, explicit: str | None = None) -> str:
        if explicit and any(s["id"] == explicit for s in stories):
            return explicit
        return story_of.get(doc or "", UNASSIGNED)

    views: dict[str, dict[str, Any]] = {}
    for k, s in enumerate(stories):
        views[s["id"]] = {
            "id": s["id"],
            "index": k,
            "anchor": f"story-{k}",
            "href": s_href(k),
            "title": s.get("title") or f"{L.label(L.SECTION['story'])} {k + 1}",
            "documents": [_doc_meta(docs[reg.doc_index[d]], reg.doc_index[d], href)
                          for d in s.get("documents", []) if d in reg.doc_index],
            "claims": [], "contradictions": [], "timeline": [], "chart": None, "graph": None,
            "derivations": [], "quote_groups": [], "framing": [], "entities": [], "dates": [],
            "quantities": [], "counts": {"corroborated": 0, "single_source": 0, "contested": 0},
        }

    # claims first: what a fact-checker reads first
    for c in data.get("claims", []):
        first = (c.get("sources") or [{}])[0].get("document")
        sv = views[story_key(first, c.get("story"))]
        cv = _claim_view(c, reg, lineage)
        sv["claims"].append(cv)
        sv["counts"][c.get("status")] = sv["counts"].get(c.get("status"), 0) + 1
        if c.get("status") == "contested":
            sv["contradictions"].append(_contradiction(cv, lineage))
    for sv in views.values():
        sv["claims"].sort(key=lambda cv: (L.STATUS_ORDER.get(cv["status"], 9), -cv["independent"]))
        for j, cv in enumerate(sv["claims"]):
            cv["anchor"] = f"claim-{sv['index']}-{j}"

    for t in data.get("timeline", []):
        first = (t.get("sources") or [{}])[0].get("document")
        sv = views[story_key(first, t.get("story"))]
        refs = [{"ref": reg.ref(r, "timeline"), "value": None} for r in t.get("sources", [])]
        sv["timeline"].append({
            "date": t.get("date"), "event": t.get("event", ""), "conflict": bool(t.get("conflict")),
            "sources": [x["ref"] for x in refs], "families": lineage.group(refs),
        })
    for sv in views.values():
        sv["timeline"].sort(key=lambda ev: (charts.timex_to_date(str(ev["date"])) or "9999", str(ev["date"])))

    for dv in data.get("derivations", []):
        sv = views[story_key(dv.get("target"))]
        sv["derivations"].append(_derivation_view(dv, reg, docs))

    groups: dict[str, dict[str, Any]] = {}
    for q in data.get("quotes", []):
        sv = views[story_key(q.get("document"))]
        key = q.get("variant_of") or f"_single_{q.get('document')}_{q.get('span')}"
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"id": key, "variants": [], "speakers": []}
            sv["quote_groups"].append(g)
        speaker = entities_by_id.get(q.get("speaker") or "", {}).get("name") or q.get("speaker_text")
        if speaker and speaker not in g["speakers"]:
            g["speakers"].append(speaker)
        g["variants"].append({"ref": reg.ref(q, "quote"), "speaker": speaker, "cue": q.get("cue"),
                              "speaker_text": q.get("speaker_text"),
                              "language": _lang(docs, reg, q.get("document"))})
    for g in groups.values():
        _diff_variants(g)

    for f in data.get("framing", []):
        sv = views[story_key(f.get("document"))]
        sv["framing"].append({"kind": f.get("kind"), "cue": f.get("cue"), "ref": reg.ref(f, "framing")})
    for e in data.get("entities", []):
        per_story: dict[str, list[RefView]] = {}
        for m in e.get("mentions", []):
            per_story.setdefault(story_key(m.get("document")), []).append(reg.ref(m, "entity"))
        for sid, refs in per_story.items():
            views[sid]["entities"].append({"id": e["id"], "name": e.get("name", ""), "type": e.get("type"),
                                           "aliases": [a for a in e.get("aliases", []) if a != e.get("name")],
                                           "mentions": refs})
    for x in data.get("dates", []):
        views[story_key(x.get("document"))]["dates"].append(
            {"ref": reg.ref(x, "date"), "value": x.get("value"), "kind": x.get("kind", "date"),
             "anchor": x.get("anchor")})
    for x in data.get("quantities", []):
        views[story_key(x.get("document"))]["quantities"].append(
            {"ref": reg.ref(x, "quantity"), "value": x.get("value"), "unit": x.get("unit"),
             "approx": x.get("approx", "exact")})

    for sv in views.values():
        sv["glance"] = _glance(sv, lineage)
    for k, sv in enumerate(views.values()):
        sv["chart"] = charts.timeline_chart(sv["timeline"], sv["glance"]["published"]) \
            if sv["timeline"] and with_charts else None
        sv["graph"] = _graph(sv, k) if sv["documents"] and with_charts else None

    documents = []
    for i, d in enumerate(docs):
        meta = _doc_meta(d, i, href)
        meta.update({
            "story": views[story_of.get(d["id"], UNASSIGNED)],
            "html": highlight(reg.doc_texts[i], reg.spans.get(i, {}), i),
            "removed": d.get("removed", []),
            "found_by": d.get("metadata_found_by") or {},
            "source": d.get("source"),
            "family": families.get(d["id"]),
        })
        documents.append(meta)

    total = {"corroborated": 0, "single_source": 0, "contested": 0}
    for c in data.get("claims", []):
        total[c.get("status")] = total.get(c.get("status"), 0) + 1
    return {
        "generator": data.get("generator", "recoupe"),
        "format": data.get("format"),
        "stories": list(views.values()),
        "documents": documents,
        "skipped": data.get("skipped", []),
        "counts": total,
    }


@dataclass(slots=True)
class Lineage:
    """Who derives from whom: the source family of each document and how each derived text was made."""

    family: dict[str, str] = field(default_factory=dict)  # document id -> family id (its original)
    parent: dict[str, tuple[str, str]] = field(default_factory=dict)  # derived doc -> (source doc, kind)
    published: dict[str, str] = field(default_factory=dict)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)  # document id -> label and href

    @classmethod
    def of(cls, data: dict[str, Any], reg: Registry) -> Lineage:
        docs = data.get("documents", [])
        derivs = [dv for dv in data.get("derivations", []) if dv.get("source") and dv.get("target")]
        fam = source_families([d["id"] for d in docs], [_Edge(dv["source"], dv["target"]) for dv in derivs])
        parent: dict[str, tuple[str, str]] = {}
        for dv in sorted(derivs, key=lambda dv: -float(dv.get("score") or 0)):
            parent.setdefault(dv["target"], (dv["source"], str(dv.get("kind") or "")))
        meta = {}
        for i, d in enumerate(docs):
            meta[d["id"]] = {"id": d["id"], "label": reg.doc_labels[i], "href": f"{reg.doc_href(i)}#{doc_anchor(i)}"}
        return cls(fam, parent, {d["id"]: d.get("published") or "" for d in docs}, meta)

    def doc(self, doc_id: str) -> dict[str, Any]:
        return self.meta.get(doc_id) or {"id": doc_id, "label": doc_id, "href": ""}

    def group(self, sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Sources (``{"ref": RefView, "value", "family"?}``) as one entry per source family.

        Each entry: ``lead`` (the source from the family's original when it is there, else from the
        earliest document), ``values`` (distinct values given by the family), ``others`` (the
        remaining sources with how their document was derived), ``kinds`` and ``copies`` (how many
        other documents of the family repeat it).
        """
        groups: dict[str, list[dict[str, Any]]] = {}
        for s in sources:
            doc = s["ref"].document
            key = s.get("family") or self.family.get(doc) or doc
            groups.setdefault(key, []).append(s)
        out = []
        for key, members in groups.items():
            lead = min(members, key=lambda s: (s["ref"].document != key, s["ref"].document in self.parent,
                                               self.published.get(s["ref"].document) or "9999",
                                               s["ref"].document, s["ref"].start))
            others = []
            for s in members:
                if s is lead:
                    continue
                src, kind = self.parent.get(s["ref"].document, ("", ""))
                same_doc = s["ref"].document == lead["ref"].document
                others.append({**s, "kind": "same_document" if same_doc else (kind or "family"),
                               "via": self.doc(src) if src and src != lead["ref"].document else None})
            values = list(dict.fromkeys(_value_text(s.get("value")) for s in members if s.get("value") is not None))
            copies = {s["ref"].document for s in members} - {lead["ref"].document}
            out.append({
                "key": key, "original": self.doc(key), "lead": lead, "values": values, "others": others,
                "kinds": list(dict.fromkeys(o["kind"] for o in others if o["kind"] != "same_document")),
                "copies": len(copies),
            })
        return out


@dataclass(slots=True)
class _Edge:
    source: str
    target: str


def _glance(sv: dict[str, Any], lineage: Lineage) -> dict[str, Any]:
    """The story "at a glance": documents, distinct texts, who copies whom, contested claims, dates."""
    ids = [d["id"] for d in sv["documents"]]
    members: dict[str, list[str]] = {}
    for d in ids:
        members.setdefault(lineage.family.get(d, d), []).append(d)
    families, alone = [], []
    for key, docs in members.items():
        if len(docs) == 1 and key == docs[0]:
            alone.append(lineage.doc(key))
            continue
        original = key if key in docs else docs[0]
        copies = []
        for d in sorted((x for x in docs if x != original), key=lambda x: (lineage.published.get(x) or "9999", x)):
            src, kind = lineage.parent.get(d, (original, ""))
            copies.append({**lineage.doc(d), "kind": kind or "family",
                           "via": lineage.doc(src) if src != original else None})
        families.append({"original": lineage.doc(original), "copies": copies})
    families.sort(key=lambda f: -len(f["copies"]))
    published = sorted(p for p in (lineage.published.get(d) for d in ids) if p)
    days = [d for d in (charts.timex_to_date(str(ev["date"])) for ev in sv["timeline"]) if d]
    inside, outside = charts.split_period(days, (published[0], published[-1]) if published else None)
    events = sorted(days[i] for i in inside)  # the story's own days; older references counted apart
    return {
        "documents": len(ids),
        "texts": len(members),
        "families": families,
        "independent": alone,
        "contested": sv["counts"].get("contested", 0),
        "corroborated": sv["counts"].get("corroborated", 0),
        "single_source": sv["counts"].get("single_source", 0),
        "published": (published[0], published[-1]) if published else None,
        "events": (events[0], events[-1]) if events else None,
        "background_events": len(outside),
    }


def _families(data: dict[str, Any]) -> dict[str, str]:
    fam: dict[str, str] = {}
    for c in data.get("claims", []):
        for s in c.get("sources", []):
            if s.get("family"):
                fam.setdefault(s["document"], s["family"])
    return fam


def _lang(docs: list[dict[str, Any]], reg: Registry, doc: str | None) -> str:
    i = reg.doc_index.get(doc or "")
    return docs[i].get("language", "und") if i is not None else "und"


def _doc_meta(d: dict[str, Any], i: int, href: Callable[[int], str]) -> dict[str, Any]:
    return {
        "index": i,
        "id": d["id"],
        "anchor": doc_anchor(i),
        "href": f"{href(i)}#{doc_anchor(i)}",
        "label": doc_label(d),
        "title": d.get("title"),
        "site": d.get("site"),
        "published": d.get("published"),
        "language": d.get("language", "und"),
        "genre": d.get("genre"),
        "author": d.get("author"),
        "url": safe_url(d.get("url")),
    }


def _claim_view(c: dict[str, Any], reg: Registry, lineage: Lineage | None = None) -> dict[str, Any]:
    sources = [
        {"ref": reg.ref(s, "claim"), "value": s.get("value"), "family": s.get("family"), "cites": s.get("cites")}
        for s in c.get("sources", [])
    ]
    fams = (lineage or Lineage()).group(sources)
    independent = int(c.get("independent_sources") or 0)
    return {
        "id": c.get("id"),
        "statement": c.get("statement", ""),
        "status": c.get("status"),
        "independent": independent,
        "note": c.get("note"),
        "topic": c.get("topic"),
        "sources": sources,
        "families": fams,
        # one line per source family; a differing count is shown, never hidden
        "family_mismatch": len(fams) != independent,
    }


def _value_text(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, int | float) and not isinstance(v, bool):
        return format_number(v)
    return str(v)


def _contradiction(cv: dict[str, Any], lineage: Lineage | None = None) -> dict[str, Any]:
    """A contested claim with its sources grouped by the value each one gives (side by side),

    within a value one line per source family.
    """
    columns: dict[str, dict[str, Any]] = {}
    for s in cv["sources"]:
        key = _value_text(s["value"])
        col = columns.setdefault(key, {"value": key, "sources": []})
        col["sources"].append(s)
    cols = []
    for col in columns.values():
        col["families"] = (lineage or Lineage()).group(col["sources"])
        col["independent"] = len(col["families"])
        cols.append(col)
    return {"claim": cv, "columns": cols}


def _derivation_view(dv: dict[str, Any], reg: Registry, docs: list[dict[str, Any]]) -> dict[str, Any]:
    src_i, tgt_i = reg.doc_index.get(dv.get("source", "")), reg.doc_index.get(dv.get("target", ""))
    same_lang = (
        src_i is not None and tgt_i is not None
        and docs[src_i].get("language") == docs[tgt_i].get("language")
    )
    rows = []
    passages = dv.get("passages", [])
    for p in passages[:MAX_PASSAGES]:
        s = reg.span(dv["source"], *map(int, p["source_span"]), "passage")
        t = reg.span(dv["target"], *map(int, p["target_span"]), "passage")
        row: dict[str, Any] = {"source": s, "target": t, "similarity": p.get("similarity")}
        if same_lang and dv.get("kind") != "copy" and s.text != t.text:
            row["left"], row["right"] = word_diff(s.text, t.text)
        rows.append(row)
    return {
        "source": dv.get("source"), "target": dv.get("target"), "kind": dv.get("kind"),
        "score": dv.get("score"), "evidence": dv.get("direction_evidence"),
        "source_label": reg.doc_labels[src_i] if src_i is not None else dv.get("source"),
        "target_label": reg.doc_labels[tgt_i] if tgt_i is not None else dv.get("target"),
        "source_href": f"{reg.doc_href(src_i)}#{doc_anchor(src_i)}" if src_i is not None else "",
        "target_href": f"{reg.doc_href(tgt_i)}#{doc_anchor(tgt_i)}" if tgt_i is not None else "",
        "passages": rows, "more": max(0, len(passages) - MAX_PASSAGES),
    }


def _diff_variants(group: dict[str, Any]) -> None:
    """Mark each variant's wording differences against the group's first same-language variant."""
    variants = group["variants"]
    if not variants:
        return
    group["reference"] = variants[0]
    for k, v in enumerate(variants):
        v["is_reference"] = k == 0
        ref = next((w for w in variants if w["language"] == v["language"]), None)
        if k == 0 or ref is None or ref is v:
            v["tokens"] = None
            v["translated"] = v["language"] != variants[0]["language"]
            continue
        toks: list[tuple[str, str]] = []
        word_diff(ref["ref"].text, v["ref"].text, toks)
        v["tokens"] = toks if any(op != "eq" for op, _ in toks) else None
        v["translated"] = v["language"] != variants[0]["language"]


def _graph(sv: dict[str, Any], k: int) -> Markup:
    nodes = [
        charts.Node(d["id"], d["site"] or d["id"],
                    " · ".join(x for x in (d["published"], d["language"], d["id"] if d["site"] else "") if x),
                    d["href"])
        for d in sv["documents"]
    ]
    edges = [
        charts.Edge(dv["source"], dv["target"],
                    f"{L.lookup(L.DERIVATION, dv['kind'])} ({format_number(round(float(dv['score']), 2))})")
        for dv in sv["derivations"]
    ]
    return charts.provenance_svg(nodes, edges, uid=str(k))


# --------------------------------------------------------------------------- render


def render_html(data: dict[str, Any]) -> str:
    """The whole dossier as one self-contained HTML page (no script, no network)."""
    view = build_view(data)
    return environment().get_template("dossier.html.j2").render(
        view=view, css=Markup(stylesheet()), csp=content_security_policy(), web=False
    )
