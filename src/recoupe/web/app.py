"""The web UI: stories, claims, timeline, provenance, documents with highlighted evidence, search.

``recoupe serve --db FILE`` calls :func:`create_app`.  Pages are rendered with the same
Jinja2 templates and view model as the self-contained HTML dossier (autoescape on).
Every response carries a strict Content-Security-Policy (no script at all), and
original HTML is never rendered.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from markupsafe import Markup, escape

from recoupe.dossier.html import (
    build_view,
    content_security_policy,
    environment,
    sentence_context,
    stylesheet,
)
from recoupe.textnorm import fold

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_HITS = 50
MAX_SNIPPETS = 3  # matches shown per document
SNIPPET_CHARS = 90  # context a side of a match, cut at the sentence


def _signature(db_path: Path) -> tuple[float, float]:
    def mtime(p: Path) -> float:
        try:
            return os.stat(p).st_mtime
        except OSError:
            return -1.0

    return mtime(db_path), mtime(db_path.parent / "dossier.json")


def load_dossier(db_path: Path) -> dict[str, Any] | None:
    """The latest dossier dict: the store's last run, else ``<db dir>/dossier.json``, else None."""
    db_path = Path(db_path)
    if db_path.is_file():
        try:
            from recoupe.store import Store

            with Store(db_path) as store:
                data = store.latest_dossier()
            if data:
                return data
        except Exception as exc:  # noqa: BLE001 - a store problem must not hide dossier.json
            log.warning("cannot read the store %s: %s", db_path, exc)
    path = db_path.parent / "dossier.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return None


def _story_subset(data: dict[str, Any], story: dict[str, Any]) -> dict[str, Any]:
    """The part of the dossier about one story (its documents and everything pointing into them)."""
    ids = set(story.get("documents", []))

    def inside(r: dict[str, Any]) -> bool:
        return r.get("document") in ids

    claims = [c for c in data.get("claims", [])
              if c.get("story") == story["id"] or (not c.get("story") and any(map(inside, c.get("sources", []))))]
    timeline = [t for t in data.get("timeline", [])
                if t.get("story") == story["id"] or (not t.get("story") and any(map(inside, t.get("sources", []))))]
    entities = []
    for e in data.get("entities", []):
        mentions = [m for m in e.get("mentions", []) if inside(m)]
        if mentions:
            entities.append({**e, "mentions": mentions})
    return {
        "story": story,
        "documents": [d for d in data.get("documents", []) if d["id"] in ids],
        "derivations": [d for d in data.get("derivations", []) if d.get("source") in ids or d.get("target") in ids],
        "claims": claims,
        "timeline": timeline,
        "entities": entities,
        **{k: [x for x in data.get(k, []) if inside(x)] for k in ("dates", "quantities", "quotes", "framing")},
    }


def _snippet(text: str, start: int, end: int, width: int = SNIPPET_CHARS) -> Markup:
    """The sentence around ``text[start:end]`` (cut to ``width`` a side), escaped, the match in ``<mark>``."""
    cs, ce, cut_before, cut_after = sentence_context(text, start, end, width=width)
    return Markup("{}{}<mark>{}</mark>{}{}").format(
        "… " if cut_before else "", text[cs:start], text[start:end], text[end:ce], " …" if cut_after else ""
    )


def _highlight_all(text: str, folded: str, key: str) -> Markup:
    """``text`` escaped with every match of ``key`` (in its folded form ``folded``) in ``<mark>``."""
    out, pos = [], 0
    at = folded.find(key)
    while at >= 0 and key:
        out.append(Markup("{}<mark>{}</mark>").format(text[pos:at], text[at:at + len(key)]))
        pos = at + len(key)
        at = folded.find(key, pos)
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def substring_search(data: dict[str, Any], q: str, limit: int = MAX_HITS) -> list[dict[str, Any]]:
    """Accent- and case-insensitive search in document texts and titles of the dossier.

    Each hit: ``document``, ``title``, ``index``, ``snippet`` (first match in its sentence),
    ``snippets`` (up to ``MAX_SNIPPETS`` matches), ``matches`` (how many) and ``title_html``
    (the title with its matches marked); every piece of article text is escaped.
    """
    key = fold(q.strip())
    if not key:
        return []
    hits = []
    for i, d in enumerate(data.get("documents", [])):
        text = d.get("text") or ""
        folded = fold(text)
        title = d.get("title") or ""
        positions = []
        pos = folded.find(key)
        while pos >= 0:
            positions.append(pos)
            pos = folded.find(key, pos + len(key))
        in_title = key in fold(title)
        if not positions and not in_title:
            continue
        snippets = [_snippet(text, p, p + len(key)) for p in positions[:MAX_SNIPPETS]]
        hits.append({"document": d["id"], "title": d.get("title"), "index": i,
                     "snippet": snippets[0] if snippets else escape(text[:180]), "snippets": snippets,
                     "matches": len(positions), "title_html": _highlight_all(title, fold(title), key)})
        if len(hits) >= limit:
            break
    return hits


def _store_search(db_path: Path, q: str) -> list[dict[str, Any]] | None:
    """FTS hits from the store (snippet markers turned into escaped ``<mark>``), or None without a store."""
    if not db_path.is_file():
        return None
    try:
        from recoupe.store import Store

        with Store(db_path) as store:
            if not hasattr(store, "search"):
                return None
            raw = store.search(q, limit=MAX_HITS)
    except Exception as exc:  # noqa: BLE001 - fall back to the in-dossier search
        log.warning("store search failed: %s", exc)
        return None
    hits = []
    for h in raw:
        snippet = str(escape(h.get("snippet") or "")).replace("\x02", "<mark>").replace("\x03", "</mark>")
        hits.append({"document": h.get("document"), "title": h.get("title"), "snippet": Markup(snippet),
                     "snippets": [Markup(snippet)], "matches": None, "title_html": escape(h.get("title") or "")})
    return hits


def create_app(db_path: Path) -> FastAPI:
    """The FastAPI app browsing the dossier of the store at ``db_path``."""
    db_path = Path(db_path)
    app = FastAPI(title="recoupe", docs_url=None, redoc_url=None, openapi_url=None)
    cache: dict[str, Any] = {"sig": None, "data": None, "view": None}
    csp = content_security_policy(web=True)

    def current() -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        sig = _signature(db_path)
        if cache["sig"] != sig:
            data = load_dossier(db_path)
            view = build_view(data, doc_href=lambda i: f"/doc/{i}", story_href=lambda k: f"/story/{k}") \
                if data else None
            cache.update(sig=sig, data=data, view=view)
        return cache["data"], cache["view"]

    def page(template: str, **context: Any) -> HTMLResponse:
        html = environment().get_template(template).render(css=Markup(stylesheet()), csp=csp, web=True, **context)
        return HTMLResponse(html)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # noqa: ANN001, ANN202
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = csp
        for k, v in SECURITY_HEADERS.items():
            response.headers[k] = v
        return response

    @app.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        _, view = current()
        return page("web_index.html.j2", view=view)

    @app.get("/story/{k}", response_class=HTMLResponse)
    def story(k: int) -> HTMLResponse:
        _, view = current()
        if not view or not 0 <= k < len(view["stories"]):
            raise HTTPException(404, "story not found")
        return page("web_story.html.j2", sv=view["stories"][k])

    @app.get("/doc/{i}", response_class=HTMLResponse)
    def document(i: int) -> HTMLResponse:
        _, view = current()
        if not view or not 0 <= i < len(view["documents"]):
            raise HTTPException(404, "document not found")
        return page("web_document.html.j2", d=view["documents"][i])

    @app.get("/search", response_class=HTMLResponse)
    def search(q: str = Query("", max_length=500)) -> HTMLResponse:
        data, _ = current()
        hits: list[dict[str, Any]] = []
        engine = "—"
        if q.strip():
            store_hits = _store_search(db_path, q)
            if store_hits is not None:
                hits, engine = store_hits, "FTS"
            elif data:
                hits, engine = substring_search(data, q), "dossier"
        index = {d["id"]: n for n, d in enumerate((data or {}).get("documents", []))}
        for h in hits:
            n = h.get("index", index.get(h.get("document")))
            h["href"] = f"/doc/{n}" if n is not None else ""
        return page("web_search.html.j2", q=q, hits=hits, engine=engine)

    @app.get("/api/dossier")
    def api_dossier() -> JSONResponse:
        data, _ = current()
        if data is None:
            raise HTTPException(404, "no dossier yet")
        return JSONResponse(data)

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> JSONResponse:
        data, _ = current()
        for s in (data or {}).get("stories", []):
            if s["id"] == story_id:
                return JSONResponse(_story_subset(data, s))
        raise HTTPException(404, "story not found")

    return app
