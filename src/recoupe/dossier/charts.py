"""Charts for the dossier, generated offline and embedded without any script.

* :func:`timeline_chart` builds a Vega-Lite spec with Altair and renders it to SVG with
  ``vl_convert`` (French locale); the SVG is embedded as a ``data:`` image, so nothing
  in it can run and the page needs no JavaScript and no network.
* :func:`provenance_svg` draws a story's provenance graph as inline SVG: a layered
  layout, originals in the left column, derived documents to their right, one labelled
  arrow per derivation.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape

from recoupe.graph import UnionFind

log = logging.getLogger(__name__)

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def timex_to_date(value: str) -> str | None:
    """A plottable ``YYYY-MM-DD`` for a TIMEX value at any granularity (None for durations)."""
    if not value or value.startswith("P"):
        return None
    m = _WEEK.match(value)
    if m:
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        return dt.date(year, month, day).isoformat()
    except (ValueError, IndexError):
        return None


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


STORY_BEFORE_DAYS, STORY_AFTER_DAYS = 60, 30  # the story's own period around its publication dates
CONFLICT, CONSISTENT = "Conflit / Conflict", "Concordant / Consistent"


def split_period(
    days: list[str], period: tuple[str, str] | None = None
) -> tuple[set[int], set[int]]:
    """Indices of ``days`` (ISO dates) inside the story's period and outside it (background).

    The period runs from ``STORY_BEFORE_DAYS`` before the first publication date to
    ``STORY_AFTER_DAYS`` after the last; without publication dates, the ``STORY_BEFORE_DAYS``
    up to the latest event.  When every event is inside, or none is, nothing is background.
    """
    if not days:
        return set(), set()
    parsed = [dt.date.fromisoformat(d) for d in days]
    try:
        lo, hi = (dt.date.fromisoformat(period[0][:10]), dt.date.fromisoformat(period[1][:10])) if period \
            else (max(parsed), max(parsed))
    except ValueError:
        lo = hi = max(parsed)
    lo -= dt.timedelta(days=STORY_BEFORE_DAYS)
    hi += dt.timedelta(days=STORY_AFTER_DAYS)
    inside = {i for i, d in enumerate(parsed) if lo <= d <= hi}
    if not inside or len(inside) == len(parsed):
        return set(range(len(parsed))), set()
    return inside, set(range(len(parsed))) - inside


def _axis(rows: list[dict[str, Any]]) -> Any:
    """Time axis fitted to the span and to the finest precision given (a year alone is not "1 Jan")."""
    import altair as alt

    days = [r["jour"] for r in rows]
    span = (dt.date.fromisoformat(max(days)) - dt.date.fromisoformat(min(days))).days
    precision = max(len(r["valeur"][:10]) for r in rows)  # finest given: 4 year, 7 month, 10 day
    if precision < 7 or span > 400:
        return alt.Axis(format="%Y", labelAngle=0, tickCount=6, labelOverlap=True)
    if precision < 10:
        return alt.Axis(format="%b %Y", labelAngle=-30, tickCount={"interval": "month", "step": 1},
                        labelOverlap=True)
    if span <= 20:  # one tick a day, never the same day repeated
        return alt.Axis(format="%d %b %Y", labelAngle=-30, tickCount={"interval": "day", "step": 1})
    return alt.Axis(format="%d %b %Y", labelAngle=-30, labelOverlap=True)


def _points(rows: list[dict[str, Any]], title: str | None) -> Any:
    import altair as alt

    status = alt.Scale(domain=[CONFLICT, CONSISTENT], range=["#b3261e", "#1f5fa8"])
    chart = (
        alt.Chart(alt.Data(values=rows), title=title or "")
        .mark_point(filled=True, size=140)
        .encode(
            x=alt.X("jour:T", title="Date", scale=alt.Scale(padding=24), axis=_axis(rows)),
            y=alt.Y("événement:N", title=None, sort=None, axis=alt.Axis(labelLimit=420)),
            color=alt.Color("statut:N", title=None, scale=status, legend=alt.Legend(orient="top")),
            shape=alt.Shape(
                "statut:N", scale=alt.Scale(domain=[CONFLICT, CONSISTENT], range=["diamond", "circle"]), legend=None
            ),
        )
        .properties(width=420, height=max(40, 26 * len(rows)))
    )
    return chart


def timeline_spec(events: list[dict[str, Any]], period: tuple[str, str] | None = None) -> dict[str, Any] | None:
    """The Vega-Lite spec (built with Altair) of a timeline, or None when no event has a date.

    Events far from the story's period (``period``: first and last publication dates, see
    :func:`split_period`) get their own chart above it, on their own time scale, so that one old
    reference does not squeeze the story's days into a single column of dots.
    """
    rows = []
    for i, ev in enumerate(events):
        day = timex_to_date(str(ev.get("date") or ""))
        if day is None:
            continue
        rows.append(
            {
                "jour": day,
                "valeur": str(ev.get("date")),
                # numbered so that two events with the same wording stay apart
                "événement": f"{i + 1}. {_short(str(ev.get('event') or ''))}",
                "statut": CONFLICT if ev.get("conflict") else CONSISTENT,
            }
        )
    if not rows:
        return None
    import altair as alt

    inside, outside = split_period([r["jour"] for r in rows], period)
    if outside:
        chart = alt.vconcat(
            _points([r for i, r in enumerate(rows) if i in outside], "Contexte, hors de la période du sujet / Background"),
            _points([r for i, r in enumerate(rows) if i in inside], "Période du sujet / Story period"),
            spacing=28,
        )
    else:
        chart = _points(rows, None)
    return (
        chart.configure_axis(labelFontSize=13, titleFontSize=13)
        .configure_legend(labelFontSize=13)
        .configure_title(fontSize=14, anchor="start")
        .to_dict()
    )


@lru_cache(maxsize=256)
def _svg_of(spec_json: str) -> str | None:
    try:
        import vl_convert as vlc

        return vlc.vegalite_to_svg(json.loads(spec_json), format_locale="fr-FR", time_format_locale="fr-FR")
    except Exception as exc:  # noqa: BLE001 - a missing chart must never break the dossier
        log.warning("timeline chart not rendered: %s", exc)
        return None


def timeline_chart(events: list[dict[str, Any]], period: tuple[str, str] | None = None) -> Markup | None:
    """An ``<img>`` holding the timeline chart as a ``data:`` SVG, or None (no dated event, no renderer)."""
    spec = timeline_spec(events, period)
    if spec is None:
        return None
    svg = _svg_of(json.dumps(spec, sort_keys=True, ensure_ascii=False))
    if not svg:
        return None
    b64 = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return Markup(
        '<img class="chart" alt="Chronologie / Timeline" src="data:image/svg+xml;base64,{}">'
    ).format(Markup(b64))


# --------------------------------------------------------------------------- provenance graph


@dataclass(slots=True)
class Node:
    id: str
    label: str
    sublabel: str = ""
    href: str = ""


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    label: str


NODE_W, NODE_H, COL_GAP, ROW_GAP, PAD = 210, 50, 320, 30, 12
GRID_GAP, BLOCK_GAP = 20, 30  # between boxes of the no-copy grid; between families
GRID_COLUMNS = 5  # boxes per row of the no-copy grid when there are many


def layers(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, int]:
    """Column of each node: 0 for originals, else 1 + the deepest of its sources (cycles cut)."""
    parents: dict[str, list[str]] = {n: [] for n in nodes}
    for s, t in edges:
        if s in parents and t in parents and s != t:
            parents[t].append(s)
    depth: dict[str, int] = {}

    def visit(n: str, seen: frozenset[str]) -> int:
        if n in depth:
            return depth[n]
        ps = [p for p in parents[n] if p not in seen]
        d = 0 if not ps else 1 + max(visit(p, seen | {n}) for p in ps)
        depth[n] = d
        return d

    for n in nodes:
        visit(n, frozenset())
    return depth


def _components(ids: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    """Connected groups of nodes linked by some edge (each in first-seen order), largest first."""
    uf = UnionFind(ids)
    known = set(ids)
    for s, t in edges:
        if s in known and t in known:
            uf.union(t, s)
    members = uf.groups(ids)
    linked = [m for m in members if len(m) > 1]
    return sorted(linked, key=lambda m: -len(m))


def graph_layout(
    nodes: list[Node], edges: list[Edge]
) -> tuple[dict[str, tuple[int, int]], dict[str, int], int, int, int | None]:
    """Positions of the node boxes: ``(pos, depth, width, height, y of the "no copy" caption or None)``.

    Each family (nodes linked by derivations) is a block: originals in the left column, what derives
    from them to the right, each column centred on the block's height, blocks stacked so that their
    arrows never cross.  Documents nobody copied sit in a grid below, several per row.
    """
    ids = [n.id for n in nodes]
    pairs = [(e.source, e.target) for e in edges]
    depth = layers(ids, pairs)
    comps = _components(ids, pairs)
    linked = {n for c in comps for n in c}
    alone = [n for n in ids if n not in linked]
    ncols = max((depth[n] for n in linked), default=0) + 1
    grid_cols = GRID_COLUMNS if len(alone) > 3 else 3
    width = max(PAD * 2 + ncols * NODE_W + (ncols - 1) * COL_GAP,
                PAD * 2 + grid_cols * NODE_W + (grid_cols - 1) * GRID_GAP)
    pos: dict[str, tuple[int, int]] = {}
    y = PAD
    row_h = NODE_H + ROW_GAP
    for comp in comps:
        columns: dict[int, list[str]] = {}
        for n in comp:
            columns.setdefault(depth[n], []).append(n)
        rows = max(len(m) for m in columns.values())
        for col, members in columns.items():
            offset = (rows - len(members)) * row_h // 2
            for r, n in enumerate(members):
                pos[n] = (PAD + col * (NODE_W + COL_GAP), y + offset + r * row_h)
        y += rows * row_h + BLOCK_GAP
    caption = None
    if alone:
        if comps:
            caption = y
            y += 24
        per_row = max(1, (width - 2 * PAD + GRID_GAP) // (NODE_W + GRID_GAP))
        for k, n in enumerate(alone):
            pos[n] = (PAD + (k % per_row) * (NODE_W + GRID_GAP), y + (k // per_row) * row_h)
        y += ((len(alone) - 1) // per_row + 1) * row_h
    height = max(y - ROW_GAP + PAD - (BLOCK_GAP if comps and not alone else 0), PAD * 2 + NODE_H)
    return pos, depth, width, height, caption


def provenance_svg(nodes: list[Node], edges: list[Edge], uid: str = "g") -> Markup:
    """Inline SVG of the provenance graph; node boxes link to ``Node.href``; every text is escaped."""
    pos, depth, width, height, caption = graph_layout(nodes, edges)
    out: list[Markup] = [
        Markup(
            '<svg class="provenance" role="img" font-family="Arial, Helvetica, sans-serif" viewBox="0 0 {w} {h}" width="{w}" height="{h}">'
            "<title>Graphe de provenance / Provenance graph</title>"
            '<defs><marker id="arrow-{uid}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
            'markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#333"/>'
            "</marker></defs>"
        ).format(w=width, h=height, uid=uid)
    ]
    if caption is not None:
        out.append(Markup('<text x="{}" y="{}" font-size="13" fill="#555">{}</text>').format(
            PAD, caption + 14, "Textes sans reprise / Texts nobody copied"))
    labels: list[Markup] = []  # drawn after every line so that no arrow crosses a label
    for e in edges:
        if e.source not in pos or e.target not in pos:
            continue
        sx, sy = pos[e.source]
        tx, ty = pos[e.target]
        if tx > sx:
            x1, y1, x2, y2 = sx + NODE_W, sy + NODE_H // 2, tx, ty + NODE_H // 2
        else:  # same column (should not happen): vertical arrow
            x1, y1 = sx + NODE_W // 2, sy + (NODE_H if ty > sy else 0)
            x2, y2 = tx + NODE_W // 2, ty + (0 if ty > sy else NODE_H)
        # label 65 % of the way (edges leaving one node get their labels at different heights),
        # kept clear of both boxes
        lw = 6 * len(e.label) + 10
        t = 0.65
        if x2 - x1 > lw + 12:
            t = min(max(t, (lw / 2 + 6) / (x2 - x1)), 1 - (lw / 2 + 6) / (x2 - x1))
        mx, my = int(x1 + t * (x2 - x1)), int(y1 + t * (y2 - y1))
        out.append(
            Markup(
                '<g class="edge"><title>{}</title><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#333" '
                'stroke-width="1.6" marker-end="url(#arrow-{})"/></g>'
            ).format(e.label, x1, y1, x2, y2, uid)
        )
        labels.append(
            Markup(
                '<g class="edge-label"><rect x="{}" y="{}" width="{}" height="18" rx="4" fill="#fff" stroke="#999"/>'
                '<text x="{}" y="{}" text-anchor="middle" font-size="11">{}</text></g>'
            ).format(mx - lw // 2, my - 10, lw, mx, my + 3, e.label)
        )
    out.extend(labels)
    for n in nodes:
        x, y = pos[n.id]
        box = Markup(
            '<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{}" stroke="#1f3b5a"/>'
            '<text x="{}" y="{}" font-size="13" font-weight="bold">{}</text>'
            '<text x="{}" y="{}" font-size="11" fill="#333">{}</text>'
        ).format(
            x, y, NODE_W, NODE_H, "#e8f0fa" if depth[n.id] == 0 else "#fff",
            x + 8, y + 20, _short(n.label, 28), x + 8, y + 38, _short(n.sublabel, 34),
        )
        if n.href:
            box = Markup('<a href="{}"><title>{}</title>{}</a>').format(n.href, n.id, box)
        out.append(Markup('<g class="node">{}</g>').format(box))
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def escape_text(text: str) -> Markup:
    """Escape for HTML and SVG text (re-exported for callers that build SVG by hand)."""
    return escape(text)
