"""The dossier as one self-contained HTML page (placeholder until the full renderer lands)."""

from __future__ import annotations

import html
from typing import Any


def render_html(data: dict[str, Any]) -> str:
    items = "".join(
        f"<li><code>{html.escape(d['id'])}</code> {html.escape(d.get('title') or '')}</li>" for d in data["documents"]
    )
    return f"<!doctype html><html lang='fr'><meta charset='utf-8'><title>Dossier recoupe</title><ul>{items}</ul></html>"
