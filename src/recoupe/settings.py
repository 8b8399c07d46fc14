"""Run options: one keyword-only object built once (defaults < CLI flags), passed down.

Each setting is data with a default and a help text, so the CLI help and the docs
read from the same place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any


def _setting(default: Any, help: str) -> Any:  # noqa: A002 - "help" reads best here
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, kw_only=True)
class Options:
    max_file_bytes: int = _setting(50_000_000, "Skip input files larger than this many bytes.")
    max_record_bytes: int = _setting(5_000_000, "Read at most this many bytes of one WARC/JSONL record.")
    max_records_per_file: int = _setting(1_000_000, "Stop reading a container file after this many records.")
    languages: tuple[str, ...] = _setting(
        ("fr", "en", "es", "de", "it", "pt", "nl", "ru", "tr", "ja", "zh", "ar"),
        "Languages the language detector chooses from (ISO 639-1).",
    )
    default_language: str = _setting("fr", "Language assumed when a text is too short to tell.")
    story_threshold: float = _setting(0.5, "Similarity above which two documents tell the same story.")
    story_window_days: int = _setting(30, "Documents further apart in time than this rarely share a story.")
    progress: bool = _setting(True, "Show progress bars.")

    def with_(self, **changes: Any) -> Options:
        return replace(self, **changes)


def settings_help() -> dict[str, tuple[Any, str]]:
    """name -> (default, help) for every setting; used by the CLI and the docs."""
    return {f.name: (f.default, f.metadata.get("help", "")) for f in fields(Options)}


DEFAULT_OPTIONS = Options()
