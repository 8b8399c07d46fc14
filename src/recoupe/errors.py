"""User-facing messages in one catalogue: a code, and a template naming the file or value.

The core never prints: stages raise :class:`RecoupeError` or return :class:`~recoupe.model.Skipped`
records built with :func:`skip_reason`; the CLI turns them into one line each.
"""

from __future__ import annotations

from enum import Enum


class Msg(str, Enum):
    E001 = "file not found"
    E002 = "empty file"
    E003 = "binary file, not text, HTML, JSONL or WARC"
    E004 = "file is larger than the {limit} bytes limit ({size} bytes)"
    E005 = "bytes could not be decoded as text"
    E006 = "unsupported file type {suffix!r}"
    E007 = "line {line}: not valid JSON ({detail})"
    E008 = "line {line}: record has no 'id'"
    E009 = "line {line}: record has neither 'text' nor 'html'"
    E010 = "WARC record {record}: truncated or corrupt ({detail})"
    E011 = "WARC record {record}: payload over the {limit} bytes limit, skipped"
    E012 = "WARC file is truncated or corrupt ({detail})"
    E013 = "HTML yielded no article text"
    E014 = "text is empty after cleaning"
    E015 = "line {line}: record over the {limit} bytes limit"
    E016 = "cannot open the store {path}: {detail}"
    E017 = "gzip stream is corrupt ({detail})"
    E018 = "duplicate document id {doc_id!r} (first seen in {first}), record skipped"
    E019 = "could not read ({detail})"
    E020 = "stage {stage} failed on this input and was left out for it ({detail})"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


class RecoupeError(Exception):
    """An error the user must see; the message already names the file and the reason."""


def skip_reason(msg: Msg, **kwargs: object) -> str:
    return msg.format(**kwargs)
