"""Build ``examples/corpus/crawl.warc.gz`` from ``examples/src/``.

The WARC holds, in crawl order: a ``request`` record, the ``response`` with the
article page (the only article in the file), and a ``response`` for a
``robots.txt`` served as ``text/plain``; readers must keep the HTML response only.

Run: ``.venv/bin/python examples/make_warc.py``
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "src" / "budget_breaute.html"
OUT = HERE / "corpus" / "crawl.warc.gz"
HOST = "https://www.lereveil-normand.example"
ARTICLE_URI = f"{HOST}/economie/budget-breaute-2025"
ROBOTS_URI = f"{HOST}/robots.txt"
WARC_DATE = "2025-03-07T09:15:02Z"
ROBOTS = b"User-agent: *\nDisallow: /admin/\nSitemap: https://www.lereveil-normand.example/sitemap.xml\n"


def _headers(record_id: str) -> dict[str, str]:
    return {"WARC-Date": WARC_DATE, "WARC-Record-ID": f"<urn:uuid:{record_id}>"}


def _request(writer: WARCWriter, uri: str, record_id: str) -> None:
    http = StatusAndHeaders(
        "GET /economie/budget-breaute-2025 HTTP/1.1",
        [("Host", "www.lereveil-normand.example"), ("User-Agent", "recoupe-example-crawler/0.1"),
         ("Accept", "text/html")],
        is_http_request=True,
    )
    writer.write_record(writer.create_warc_record(uri, "request", payload=BytesIO(b""), http_headers=http,
                                                  warc_headers_dict=_headers(record_id)))


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str, record_id: str) -> None:
    http = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                       ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http,
                                                  warc_headers_dict=_headers(record_id)))


def build(out: Path = OUT) -> Path:
    """Write the WARC file and return its path."""
    html = SRC.read_bytes()
    with open(out, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        _request(writer, ARTICLE_URI, "6f1c3a52-0d7e-4b6a-9a51-3f2a8e0b7c01")
        _response(writer, ARTICLE_URI, html, "text/html; charset=utf-8", "6f1c3a52-0d7e-4b6a-9a51-3f2a8e0b7c02")
        _response(writer, ROBOTS_URI, ROBOTS, "text/plain", "6f1c3a52-0d7e-4b6a-9a51-3f2a8e0b7c03")
    return out


if __name__ == "__main__":
    print(build())
