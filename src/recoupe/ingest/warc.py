"""WARC crawl files: HTML response records, streamed, each capped in bytes."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from recoupe.errors import Msg, RecoupeError
from recoupe.ingest.decode import check_size, decode_bytes
from recoupe.model import RawDocument, Skipped
from recoupe.settings import Options

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def read_warc(path: Path, options: Options) -> Iterator[RawDocument | Skipped]:
    """HTML responses of a WARC file as RawDocuments; id = target URI (else record id)."""
    check_size(path, options.max_file_bytes)
    count = 0
    with path.open("rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                if not str(record.format).startswith("warc"):
                    raise RecoupeError(Msg.E012.format(detail="no WARC header"))
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if not ctype.startswith(_HTML_TYPES):
                    continue
                count += 1
                if count > options.max_records_per_file:
                    break
                rid = record.rec_headers.get_header("WARC-Record-ID") or f"record-{count}"
                uri = record.rec_headers.get_header("WARC-Target-URI") or rid
                where = f"{path}#{uri}"
                try:
                    data = record.content_stream().read(options.max_record_bytes + 1)
                except (OSError, EOFError, zlib.error, ValueError) as exc:
                    yield Skipped(where, Msg.E010.format(record=rid, detail=exc))
                    return  # the stream cannot be trusted past a corrupt record
                if len(data) > options.max_record_bytes:
                    yield Skipped(where, Msg.E011.format(record=rid, limit=options.max_record_bytes))
                    continue
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record declares
                    yield Skipped(where, Msg.E010.format(record=rid, detail="record cut short"))
                    return
                try:
                    text, enc = decode_bytes(data, _charset(ctype))
                except RecoupeError as exc:
                    yield Skipped(where, str(exc))
                    continue
                yield RawDocument(
                    id=uri, source=where, kind="html", content=text, raw_bytes=data, encoding=enc,
                    meta={"url": uri} if uri.startswith(("http://", "https://")) else {},
                )
        except ArchiveLoadFailed as exc:
            raise RecoupeError(Msg.E012.format(detail=str(exc).splitlines()[0][:120])) from None
        except (OSError, EOFError, zlib.error, ValueError) as exc:
            yield Skipped(str(path), Msg.E012.format(detail=exc))
            return
    if path.name.lower().endswith(".gz"):
        problem = gzip_problem(path)
        if problem:
            yield Skipped(str(path), Msg.E012.format(detail=problem))


def gzip_problem(path: Path, chunk: int = 1 << 20) -> str | None:
    """Why a (multi-member) gzip file is not intact, or None; streams with bounded memory."""
    d = zlib.decompressobj(zlib.MAX_WBITS | 16)
    pending = False  # bytes fed to a member that has not ended yet
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            while block:
                try:
                    d.decompress(block, chunk)
                    while d.unconsumed_tail and not d.eof:
                        d.decompress(d.unconsumed_tail, chunk)
                except zlib.error as exc:
                    return f"gzip: {exc}"
                pending = not d.eof
                block = d.unused_data if d.eof else b""
                if d.eof:
                    d = zlib.decompressobj(zlib.MAX_WBITS | 16)
    return "gzip stream ends in the middle of a record" if pending else None
