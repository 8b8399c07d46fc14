"""Ingestion: files and folders to a stream of RawDocument (or Skipped) records.

Formats: ``.txt`` (scraped plain text), ``.html``/``.htm``, ``.jsonl`` (one article
per line: ``id``, ``text`` or ``html``, optional ``url``, ``title``, ``published``,
``author``, ``site``, ``language``) and ``.warc``/``.warc.gz`` (HTML response
records).  A bad file or record never stops the stream: it becomes a
:class:`~recoupe.model.Skipped` with a one-line reason.  Memory stays bounded:
JSONL and WARC are streamed, and every record is capped in bytes.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from recoupe.errors import Msg, RecoupeError
from recoupe.ingest.decode import check_size, decode_bytes, looks_binary, read_limited
from recoupe.model import RawDocument, Skipped
from recoupe.settings import DEFAULT_OPTIONS, Options

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_FIELDS = ("url", "title", "published", "author", "site", "language")

Item = RawDocument | Skipped


def input_kind(path: Path) -> str | None:
    """``txt``, ``html``, ``jsonl``, ``warc`` or None for a file name."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """Input files under ``paths`` (folders walked recursively, hidden files ignored), sorted."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel) and input_kind(f):
                    files.append(f)
        elif p.is_file():
            if input_kind(p):
                files.append(p)
            else:
                skipped.append(Skipped(str(p), Msg.E006.format(suffix=p.suffix or p.name)))
        else:
            skipped.append(Skipped(str(p), Msg.E001.format()))
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]  # type: ignore[func-returns-value]
    return unique, skipped


def read_file(path: Path, options: Options = DEFAULT_OPTIONS) -> Iterator[Item]:
    """Every record of one input file."""
    kind = input_kind(path)
    try:
        if kind == "warc":
            from recoupe.ingest.warc import read_warc

            yield from read_warc(path, options)
        elif kind == "jsonl":
            yield from _read_jsonl(path, options)
        elif kind in ("txt", "html"):
            data = read_limited(path, options.max_file_bytes)
            text, enc = decode_bytes(data)
            if not text.strip():
                raise RecoupeError(Msg.E002.format())
            yield RawDocument(
                id=path.name, source=str(path), kind="html" if kind == "html" else _sniff(text),
                content=text, raw_bytes=data, encoding=enc,
            )
        else:
            yield Skipped(str(path), Msg.E006.format(suffix=path.suffix))
    except RecoupeError as exc:
        yield Skipped(str(path), str(exc))


def _sniff(text: str) -> str:
    """A ``.txt`` file that is really an HTML page is cleaned as HTML."""
    head = text.lstrip()[:500].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "text"


def _read_jsonl(path: Path, options: Options) -> Iterator[Item]:
    check_size(path, None)  # streamed: records are capped, not the file
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as fh:  # type: ignore[operator]
        head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
        if head and looks_binary(head):
            raise RecoupeError(Msg.E003.format())
        for n, line in enumerate(_limited_lines(fh, options.max_record_bytes), start=1):
            if n > options.max_records_per_file:
                break
            where = f"{path}"
            if line is None:
                yield Skipped(where, Msg.E015.format(line=n, limit=options.max_record_bytes))
                continue
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield Skipped(where, Msg.E007.format(line=n, detail=str(exc).split(":")[0]))
                continue
            if not isinstance(rec, dict):
                yield Skipped(where, Msg.E007.format(line=n, detail="not an object"))
                continue
            rid = rec.get("id")
            if rid is None or str(rid).strip() == "":
                yield Skipped(where, Msg.E008.format(line=n))
                continue
            body, kind = (rec.get("text"), "text") if rec.get("text") else (rec.get("html"), "html")
            if not isinstance(body, str) or not body.strip():
                yield Skipped(where, Msg.E009.format(line=n))
                continue
            meta = {k: rec[k] for k in META_FIELDS if isinstance(rec.get(k), str) and rec[k].strip()}
            yield RawDocument(
                id=str(rid), source=f"{path}#{n}", kind=kind if kind == "html" else _sniff(body),
                content=body, raw_bytes=line, meta=meta,
            )


def _limited_lines(fh, limit: int) -> Iterator[bytes | None]:  # type: ignore[no-untyped-def]
    """Lines of a binary file; a line longer than ``limit`` is yielded as None (and skipped over)."""
    try:
        while True:
            line = fh.readline(limit + 1)
            if not line:
                return
            if len(line) > limit and not line.endswith(b"\n"):
                while True:  # skip the rest of the over-long line, in bounded chunks
                    chunk = fh.readline(1 << 20)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield None
                continue
            yield line
    except (OSError, EOFError, zlib.error) as exc:
        raise RecoupeError(Msg.E017.format(detail=exc)) from None


def read_inputs(paths: Iterable[Path], options: Options = DEFAULT_OPTIONS) -> Iterator[Item]:
    """Every record of every input file under ``paths``; duplicate ids are skipped."""
    files, skipped = discover(paths)
    yield from skipped
    first: dict[str, str] = {}
    for f in files:
        for item in read_file(f, options):
            if isinstance(item, RawDocument):
                if item.id in first:
                    yield Skipped(item.source, Msg.E018.format(doc_id=item.id, first=first[item.id]))
                    continue
                first[item.id] = item.source
            yield item
