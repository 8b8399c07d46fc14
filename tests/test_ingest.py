"""Ingestion: every input format, and every kind of bad input becomes one clear Skipped line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from recoupe.ingest import discover, read_inputs
from recoupe.model import RawDocument, Skipped
from recoupe.settings import Options

ARTICLE = (
    "Le conseil municipal de Brémontier a voté mardi un budget de 4,2 millions d'euros.\n\n"
    "La maire, Odile Fayard, a salué « un budget de responsabilité »."
)
PAGE = f"<html><head><title>Budget</title></head><body><article><p>{ARTICLE}</p></article></body></html>"


def _items(*paths: Path, options: Options | None = None) -> tuple[list[RawDocument], list[Skipped]]:
    items = list(read_inputs(list(paths), options or Options()))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, Skipped)]


def _warc(path: Path, records: list[tuple[str, bytes, str]], *, gz: bool = True) -> Path:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, payload, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers))
    path.write_bytes(buf.getvalue())
    return path


def test_txt_file_id_is_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    f = tmp_path / "sub" / "007_budget.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    docs, skipped = _items(tmp_path)
    assert [d.id for d in docs] == ["007_budget.txt"] and not skipped
    assert docs[0].kind == "text" and docs[0].content.startswith("Le conseil")


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(("Élections à Brémontier : la maire réélue dès le premier tour, " * 5).encode("cp1252"))
    docs, skipped = _items(f)
    assert not skipped and "Élections à Brémontier" in docs[0].content


def test_html_file_and_txt_that_is_html(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("<!DOCTYPE html>" + PAGE, encoding="utf-8")
    docs, _ = _items(tmp_path)
    assert {d.id: d.kind for d in docs} == {"a.html": "html", "b.txt": "html"}


def test_jsonl_records_with_metadata_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": ARTICLE, "title": "Budget", "published": "2025-03-05", "url": "https://x.example/a"}),
        "{not json",
        json.dumps({"text": "no id"}),
        json.dumps({"id": "r4"}),
        "",
        json.dumps({"id": "r5", "html": PAGE, "site": "Le Réveil"}),
        json.dumps(["a", "list"]),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, skipped = _items(f)
    assert [d.id for d in docs] == ["r1", "r5"]
    assert docs[0].meta == {"url": "https://x.example/a", "title": "Budget", "published": "2025-03-05"}
    assert docs[1].kind == "html" and docs[1].meta["site"] == "Le Réveil"
    reasons = [s.reason for s in skipped]
    assert len(reasons) == 4
    assert any("line 2: not valid JSON" in r for r in reasons)
    assert any("line 3: record has no 'id'" in r for r in reasons)
    assert any("line 4: record has neither 'text' nor 'html'" in r for r in reasons)
    assert all(s.source == str(f) for s in skipped)


def test_jsonl_over_long_record_is_skipped_and_the_next_read(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text(
        json.dumps({"id": "huge", "text": "x" * 5000}) + "\n" + json.dumps({"id": "ok", "text": ARTICLE}) + "\n",
        encoding="utf-8",
    )
    docs, skipped = _items(f, options=Options(max_record_bytes=1000))
    assert [d.id for d in docs] == ["ok"]
    assert "line 1: record over the 1000 bytes limit" in skipped[0].reason


def test_duplicate_ids_are_skipped_not_doubled(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(json.dumps({"id": "same", "text": ARTICLE + str(i)}) for i in range(2)), encoding="utf-8")
    docs, skipped = _items(f)
    assert len(docs) == 1 and "duplicate document id 'same'" in skipped[0].reason


def test_warc_html_responses_only(tmp_path: Path) -> None:
    f = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://news.example/a", PAGE.encode("utf-8"), "text/html; charset=utf-8"),
            ("https://news.example/robots.txt", b"User-agent: *", "text/plain"),
            ("https://news.example/b", PAGE.replace("Budget", "Budget 2").encode("latin-1"), "text/html; charset=iso-8859-1"),
        ],
    )
    docs, skipped = _items(f)
    assert [d.id for d in docs] == ["https://news.example/a", "https://news.example/b"]
    assert docs[0].meta["url"] == "https://news.example/a" and docs[0].kind == "html"
    assert "Brémontier" in docs[1].content and not skipped


def test_truncated_warc_keeps_what_came_before(tmp_path: Path) -> None:
    full = _warc(
        tmp_path / "full.warc.gz",
        [(f"https://news.example/{i}", (PAGE * 20).encode(), "text/html") for i in range(3)],
    )
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    docs, skipped = _items(cut)
    assert 1 <= len(docs) < 3
    assert len(skipped) == 1 and str(cut) in skipped[0].source


def test_gzip_bomb_record_is_capped(tmp_path: Path) -> None:
    big = b"<html><body>" + b"a" * 3_000_000 + b"</body></html>"
    f = _warc(tmp_path / "bomb.warc.gz", [("https://bomb.example/", big, "text/html"), ("https://ok.example/", PAGE.encode(), "text/html")])
    assert f.stat().st_size < 100_000  # compressed, small on disk
    docs, skipped = _items(f, options=Options(max_record_bytes=1_000_000))
    assert [d.id for d in docs] == ["https://ok.example/"]
    assert "payload over the 1000000 bytes limit" in skipped[0].reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
        ("nul.html", b"<html>\x00\x00\x00\x01\x02</html>", "binary file"),
        ("empty.jsonl", b"", "empty file"),
        ("notgzip.warc.gz", b"this is not a gzip stream at all", "WARC"),
        ("empty.warc", b"", "empty file"),
    ],
)
def test_bad_files_get_one_line_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    docs, skipped = _items(f)
    assert not docs
    assert len(skipped) == 1 and reason in skipped[0].reason and "\n" not in skipped[0].reason
    assert skipped[0].source.startswith(str(f))


def test_undecodable_bytes_are_decoded_or_reported(tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_bytes("Déjà vu à Brémontier. ".encode() * 20 + b"\xff\xfe\xfa" + "fin de l'article.".encode("cp1252"))
    docs, skipped = _items(f)
    assert len(docs) + len(skipped) == 1
    if docs:
        assert "Brémontier" in docs[0].content


def test_oversized_file_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(ARTICLE * 100, encoding="utf-8")
    docs, skipped = _items(f, options=Options(max_file_bytes=1000))
    assert not docs and "larger than the 1000 bytes limit" in skipped[0].reason


def test_discover_ignores_hidden_and_reports_unknown(tmp_path: Path) -> None:
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(ARTICLE)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "a.txt").write_text(ARTICLE)
    files, skipped = discover([tmp_path, tmp_path / "notes.docx", tmp_path / "missing.txt"])
    assert [f.name for f in files] == ["a.txt"]
    assert [s.reason for s in skipped] == ["[E006] unsupported file type '.docx'", "[E001] file not found"]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl.gz"
    f.write_bytes(gzip.compress(json.dumps({"id": "g1", "text": ARTICLE}).encode() + b"\n"))
    docs, skipped = _items(f)
    assert [d.id for d in docs] == ["g1"] and not skipped
