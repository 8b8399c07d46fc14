"""The dossier: one data dict (data.py) rendered as JSON, Markdown and self-contained HTML."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from recoupe.dossier.data import FORMAT, dossier_dict
from recoupe.model import Analysis

FORMATS = ("json", "md", "html")

__all__ = ["FORMAT", "FORMATS", "dossier_dict", "write_dossier", "write_dossier_data"]


def write_dossier(analysis: Analysis, out_dir: Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write ``dossier.<fmt>`` for each format into ``out_dir``; return the paths written."""
    return write_dossier_data(dossier_dict(analysis), out_dir, formats)


def write_dossier_data(data: dict[str, Any], out_dir: Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Render an already computed dossier dict in each format (atomic writes)."""
    from recoupe.dossier.html import render_html
    from recoupe.dossier.markdown import render_markdown

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = out_dir / f"dossier.{fmt}"
        if fmt == "json":
            text = json.dumps(data, ensure_ascii=False, indent=1)
        elif fmt == "md":
            text = render_markdown(data)
        elif fmt == "html":
            text = render_html(data)
        else:
            raise ValueError(f"unknown format {fmt!r}")
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written
