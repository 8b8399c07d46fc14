"""Language data of the facts stage: the alias table and the cue lexicons (plain data)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def alias_table() -> list[dict[str, Any]]:
    """Entries of ``aliases.json``: ``name``, ``type``, ``aliases``, optional ``roles`` and ``capitals``."""
    raw = resources.files(__package__).joinpath("aliases.json").read_text(encoding="utf-8")
    return list(json.loads(raw)["entities"])
