"""Cleaning: from a raw input (HTML or scraped plain text) to a Document (article text + metadata).

HTML goes through trafilatura (:mod:`recoupe.clean.html`); scraped plain text, and
the text trafilatura returns, through the line classifier of
:mod:`recoupe.clean.plaintext`.  Lines repeated in several documents of one site are
site boilerplate.  Container metadata (JSONL fields, WARC headers) wins over what is
found in the page, and ``Document.provenance`` says where each field came from.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from recoupe.clean.datelines import find_date
from recoupe.clean.html import HtmlResult, extract_html
from recoupe.clean.language import detect_language
from recoupe.clean.plaintext import TextResult, assemble, classify, removed_pieces
from recoupe.errors import Msg, skip_reason
from recoupe.model import Document, RawDocument, Removed, Skipped
from recoupe.settings import DEFAULT_OPTIONS, Options
from recoupe.textnorm import clean_unicode

__all__ = ["clean_documents", "clean_one", "detect_language", "site_key"]

META_FIELDS = ("url", "title", "published", "author", "site")
SITE_LINE_MAX_WORDS = 20
# HTML metadata guesses that a byline line of the article text beats
WEAK_HTML_SOURCES = ("trafilatura", "json-ld:author-organization", "html:title")  # longer repeated lines are article sentences (a quote, a copy), not furniture


@dataclass(slots=True)
class _Work:
    raw: RawDocument
    text: TextResult
    html: HtmlResult | None = None
    meta: dict[str, str | None] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)


def site_key(url: str | None, site: str | None) -> str | None:
    """The key grouping documents of one site: the URL host without ``www.``, else the site name."""
    if url:
        host = urlsplit(url if "//" in url else "//" + url).hostname
        if host:
            return host.lower().removeprefix("www.")
    return site.strip().lower() if site else None


def _iso_published(value: object) -> str | None:
    s = str(value).strip()
    m = re.match(r"((?:19|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?", s)
    if m:
        return "-".join(g for g in m.groups() if g)
    hit = find_date(s)
    return hit.iso if hit else (s or None)


def _prepare(raw: RawDocument) -> _Work:
    content = clean_unicode(raw.content)
    given = {k: raw.meta.get(k) for k in META_FIELDS if raw.meta.get(k)}
    html: HtmlResult | None = None
    if raw.kind == "html":
        html = extract_html(content, url=given.get("url"))
        title_hint = given.get("title") or html.title
        res = classify(html.text, meta_title=title_hint, extracted=True)
    else:
        res = classify(content, meta_title=given.get("title"))
    w = _Work(raw, res, html)
    found = {"title": res.title, "published": res.published, "author": res.author, "site": res.site}
    found_prov = dict(res.provenance)
    if html is not None:
        for k in META_FIELDS:
            v = getattr(html, k)
            weak = html.provenance.get(k) in WEAK_HTML_SOURCES and found.get(k)
            if v and not weak:  # page evidence (meta tags, JSON-LD) beats lines of the extracted text
                found[k] = v
                found_prov[k] = html.provenance.get(k, "html")
    for k in META_FIELDS:
        if k in given:
            w.meta[k] = str(given[k]).strip()
            w.provenance[k] = "container"
        elif found.get(k):
            w.meta[k] = found[k]
            w.provenance[k] = found_prov.get(k, "text")
    if w.meta.get("published"):
        w.meta["published"] = _iso_published(w.meta["published"])
    if not w.meta.get("site"):
        host = site_key(w.meta.get("url"), None)
        if host:
            w.meta["site"] = host
            w.provenance["site"] = "url-host"
    return w


def _mark_site_boilerplate(works: list[_Work]) -> None:
    """Short lines found in at least two different documents of the same site are site furniture."""
    groups: dict[str, list[_Work]] = defaultdict(list)
    for w in works:
        key = site_key(w.meta.get("url"), w.meta.get("site"))
        if key:
            groups[key].append(w)
    for members in groups.values():
        if len(members) < 2:
            continue
        counts: dict[str, int] = defaultdict(int)
        seen_bodies: set[str] = set()
        for w in members:
            body = hashlib.sha1("\n".join(ln.key for ln in w.text.lines).encode()).hexdigest()
            if body in seen_bodies:  # the same page twice says nothing about the site
                continue
            seen_bodies.add(body)
            for k in {_line_key(ln.key) for ln in w.text.lines if ln.words <= SITE_LINE_MAX_WORDS}:
                counts[k] += 1
        repeated = {k for k, n in counts.items() if n >= 2 and k}
        for w in members:
            for ln in w.text.lines:
                if ln.kept and ln.words <= SITE_LINE_MAX_WORDS and _line_key(ln.key) in repeated and not _quoted(ln.text):
                    ln.label = "site_boilerplate"


def _line_key(key: str) -> str:
    return re.sub(r"[\W_]+", " ", key).strip()


def _quoted(text: str) -> bool:
    return any(q in text for q in "«»“”\"")


def _finish(w: _Work, options: Options) -> Document | Skipped:
    raw = w.raw
    text = assemble(w.text.lines)
    if not text.strip():
        msg = Msg.E013 if raw.kind == "html" else Msg.E014
        return Skipped(raw.source, skip_reason(msg))
    removed: list[Removed] = removed_pieces(w.text)
    if w.html is not None:
        removed = w.html.removed + removed
    lang_given = raw.meta.get("language")
    if lang_given:
        language, w.provenance["language"] = str(lang_given).split("-")[0].lower(), "container"
    else:
        language, w.provenance["language"] = detect_language(text, options), "lingua"
    return Document(
        id=raw.id,
        source=raw.source,
        text=text,
        language=language,
        title=w.meta.get("title"),
        published=w.meta.get("published"),
        author=w.meta.get("author"),
        site=w.meta.get("site"),
        url=w.meta.get("url"),
        removed=removed,
        provenance=dict(w.provenance),
        content_hash=hashlib.sha256(raw.content.encode("utf-8", "surrogatepass")).hexdigest(),
        raw=raw.content,
        raw_kind=raw.kind,
    )


def clean_documents(
    raws: Sequence[RawDocument], *, options: Options = DEFAULT_OPTIONS
) -> tuple[list[Document], list[Skipped]]:
    """Clean a batch (lines repeated across documents of one site are removed as site boilerplate)."""
    works = [_prepare(r) for r in raws]
    _mark_site_boilerplate(works)
    docs: list[Document] = []
    skipped: list[Skipped] = []
    for w in works:
        out = _finish(w, options)
        (docs if isinstance(out, Document) else skipped).append(out)
    return docs, skipped


def clean_one(raw: RawDocument, *, options: Options = DEFAULT_OPTIONS) -> Document | Skipped:
    """Clean one document on its own (no cross-document cues)."""
    return _finish(_prepare(raw), options)
