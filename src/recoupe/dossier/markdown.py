"""The dossier as Markdown (placeholder until the full renderer lands)."""

from __future__ import annotations

from typing import Any


def render_markdown(data: dict[str, Any]) -> str:
    lines = ["# Dossier recoupe", ""]
    for d in data["documents"]:
        lines.append(f"- `{d['id']}` {d.get('title') or ''} ({d['language']}, {d.get('published') or '?'})")
    return "\n".join(lines) + "\n"
