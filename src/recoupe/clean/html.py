"""HTML pages: trafilatura for the main text, page evidence for the metadata.

The publication date comes only from evidence in the page (meta tags, JSON-LD,
``<time>``, then htmldate without its extensive search, which would turn a
"© 2024" footer into 2024-01-01), and how it was found is recorded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from recoupe.clean import cues
from recoupe.clean.datelines import find_date, phrase_regex, published_date_in
from recoupe.model import Removed
from recoupe.textnorm import fold

# meta tags giving the publication date, strongest first
DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.created", "dcterms.date", "pubdate", "publishdate", "publish-date",
    "publication_date", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time",
    "cxenseparse:recs:publishtime", "dc.date.created", "date_published",
)
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
SITE_META = ("og:site_name", "application-name", "twitter:site")
TITLE_META = ("og:title", "twitter:title", "title", "dc.title")

# boilerplate containers: (xpath, reason)
_BOILER_XPATHS = (
    ("//nav", "navigation"),
    ("//aside", "read_also"),
    ("//footer", "site_boilerplate"),
)
_CLASS_REASONS = (
    (re.compile(r"breadcrumb|fil-ariane|ariane", re.I), "breadcrumb"),
    (re.compile(r"share|sharing|social|partage", re.I), "share"),
    (re.compile(r"related|read-?also|lire-?aussi|see-?also|recommend|more-?articles|also-?read", re.I), "read_also"),
    (re.compile(r"comment|disqus|reactions", re.I), "comments"),
    (re.compile(r"paywall|premium|subscri|abonn", re.I), "paywall"),
    (re.compile(r"newsletter|cookie|consent|\bad\b|advert|pub-|promo", re.I), "site_boilerplate"),
    (re.compile(r"caption|legende|légende|figcaption|credit", re.I), "caption"),
)
MAX_REMOVED = 40
_UPDATED_RE = phrase_regex(cues.UPDATED_CUES)
_PUBLISHED_RE = phrase_regex([c for c in cues.PUBLISHED_CUES if c not in cues.PUBLISHED_WEAK])
SHORT_TEXT = 2000  # below this many characters, precision mode may have cut the article: cross-check


@dataclass(slots=True)
class HtmlResult:
    text: str
    title: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)


def _paragraphs(text: str | None) -> str:
    if not text:
        return ""
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n\n".join(ln for ln in lines if ln)


def _extract_text(html: str, url: str | None) -> str:
    import trafilatura

    common: dict[str, Any] = {"url": url, "include_comments": False, "include_tables": True, "with_metadata": False}
    precise = _paragraphs(trafilatura.extract(html, favor_precision=True, **common))
    default = _paragraphs(trafilatura.extract(html, **common))
    # never lose the article: when precision mode kept little and the default mode much more, keep the default
    if len(precise) < SHORT_TEXT and len(default) > 2 * len(precise) + 300:
        return default
    return recall_merge(precise, default)


def _toks(par: str) -> list[str]:
    return re.findall(r"\w+", par.lower())


def _inline_superset(short: list[str], long: list[str]) -> bool:
    """``long`` is ``short`` with a few words put back inside (links precision mode cut out)."""
    if len(long) <= len(short) or not short or short[:2] != long[:2] or short[-2:] != long[-2:]:
        return False
    if len(long) - len(short) > max(12, len(short) // 3):
        return False
    it = iter(long)
    return all(w in it for w in short)


def _boilerplate_cue(par: str) -> bool:
    """A re-admitted paragraph must carry no cue of site furniture (share, read-also, paywall, promo...)."""
    from recoupe.clean.plaintext import classify

    res = classify(par, extracted=True)
    return any(not ln.kept and ln.label != "title" for ln in res.lines)


def recall_merge(precise: str, default: str, max_gap: int = 2) -> str:
    """Precision-mode paragraphs, completed from the default mode's output.

    A precision paragraph the default mode has with a few more words inside (an inline link
    cut out) is replaced by the fuller one; up to ``max_gap`` default paragraphs sitting
    between two paragraphs kept by precision mode are re-admitted unless they carry a
    boilerplate cue.  Nothing before the first or after the last kept paragraph is added.
    """
    pp = [x for x in precise.split("\n\n") if x.strip()]
    dp = [x for x in default.split("\n\n") if x.strip()]
    if not pp or not dp:
        return precise
    dtoks = [_toks(x) for x in dp]
    # align each precision paragraph to the next default paragraph equal to it (or a superset of it)
    align: list[int | None] = []
    j = 0
    for par in pp:
        pt = _toks(par)
        hit = None
        for k in range(j, min(len(dp), j + 40)):
            if dtoks[k] == pt or _inline_superset(pt, dtoks[k]):
                hit = k
                break
        align.append(hit)
        if hit is not None:
            j = hit + 1
    out: list[str] = []
    prev: int | None = None
    for par, hit in zip(pp, align, strict=True):
        if hit is not None and prev is not None and 0 < hit - prev - 1 <= max_gap:
            gap = dp[prev + 1:hit]
            if not any(_boilerplate_cue(g) for g in gap):
                out.extend(gap)
        out.append(dp[hit] if hit is not None else par)
        prev = hit  # a paragraph default mode does not have breaks the chain: no gap is filled across it
    return "\n\n".join(out)


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    """Main text (paragraphs separated by blank lines) and metadata of an HTML page."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    try:
        text = _extract_text(html, url)
    except Exception:  # noqa: BLE001 - a page the extractor chokes on yields no text (skipped E013), not a crash
        text = ""
    res = HtmlResult(text=text)
    if tree is None:
        return res
    if not text.strip():
        res.text = _fallback_text(tree)
        if res.text:
            res.provenance["text"] = "html-fallback"
    metas = _meta_map(tree)
    if text.strip():
        lede = find_lede(tree, text, _first(metas, ("og:description", "description", "twitter:description")))
        if lede:
            res.text = text = f"{lede}\n\n{text}"
            res.provenance["lede"] = "html:standfirst"
    ld = _json_ld(tree)
    res.url = _first(metas, ("og:url",)) or _canonical(tree) or url
    if res.url:
        res.provenance["url"] = "meta:og:url" if _first(metas, ("og:url",)) else "html:canonical" if _canonical(tree) else "given"
    _site(res, metas, ld)
    _title(res, tree, metas, ld)
    _author(res, html, tree, metas, ld)
    _date(res, html, tree, metas, ld, url)
    lang = tree.get("lang") or _first(metas, ("og:locale", "language", "content-language"))
    if lang:
        res.language = lang.split("-")[0].split("_")[0].lower()[:2]
    res.removed = _boilerplate(tree, text)
    return res


_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "pre", "section", "article")


_LEDE_SKIP_TAGS = frozenset(("figure", "figcaption", "script", "style", "nav", "aside", "footer", "form", "ul", "ol",
                             "table", "button", "noscript", "template", "iframe", "svg", "time", "address"))
_HEADINGS = frozenset(("h1", "h2", "h3"))
_LEDE_NOT = re.compile(r"caption|legende|légende|credit|share|social|partage|related|comment|newsletter|promo|"
                       r"author|byline|signature|date|meta|tags?$|breadcrumb|paywall|premium|abonn|subscri", re.I)
LEDE_MIN_WORDS = 15


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def find_lede(tree: Any, text: str, description: str | None) -> str | None:
    """The standfirst ("chapô") the extractor dropped: a prose block just before the first paragraph.

    Looked for among the blocks preceding the element that holds the first kept paragraph
    (its own preceding siblings, then its ancestors'), stopping at the headline; it must be
    a sentence of at least :data:`LEDE_MIN_WORDS` words, outside captions, bylines and
    widgets, carry no boilerplate cue, not be in the text already, and open like the page's
    own summary (``description``/``og:description``, which sites fill with the standfirst).
    """
    desc = _key(description or "")[:40]
    if len(desc) < 25:
        return None
    paras = [p for p in text.split("\n\n") if len(p.split()) >= 8]
    if not paras:
        return None
    start = _key(paras[0])[:40]
    if len(start) < 25:
        return None
    anchor = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "head", "noscript", "template"):
            continue
        pieces = [el.text, *(child.tail for child in el)]  # text right inside el, also after a comment node
        if any(piece and _key(piece).startswith(start[:25]) for piece in pieces):
            anchor = el
            break
    if anchor is None:
        return None
    kept = _key(text)
    node = anchor
    for _level in range(5):
        for sib in list(node.itersiblings(preceding=True))[:4]:
            verdict = _lede_block(sib, kept, desc)
            if verdict is False:
                return None
            if verdict:
                return verdict
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return None
    return None


def _lede_block(el: Any, kept: str, desc: str) -> str | bool | None:
    """The lede text in ``el`` (str), False when ``el`` is the headline (stop looking), None otherwise."""
    if not isinstance(el.tag, str) or el.tag in _LEDE_SKIP_TAGS:
        return None
    if el.tag in _HEADINGS or el.xpath(".//h1"):
        leaves = [x for x in el.iter("p", "div") if not x.xpath(".//p|.//div|.//h1|.//h2")]
        after_h1 = [x for x in leaves if x.xpath("preceding::h1") and not x.xpath("ancestor-or-self::h1")]
        if el.tag in _HEADINGS or not after_h1:
            return False
        blocks = after_h1
    else:
        blocks = [x for x in el.iter("p", "div") if not x.xpath(".//p|.//div")] or [el]
    for block in reversed(blocks[-3:]):
        if any(a.tag in _LEDE_SKIP_TAGS for a in block.iterancestors()) or _LEDE_NOT.search(
                f"{block.get('class', '')} {block.get('id', '')}"):
            continue
        txt = _text_of(block)
        if len(txt.split()) < LEDE_MIN_WORDS or not re.search(r"[.!?…][\"'»”’)]*$", txt):
            continue
        key = _key(txt)
        if key[:60] in kept or not (key.startswith(desc) or desc.startswith(key[:40])) or _boilerplate_cue(txt):
            continue
        return txt
    return None


def _fallback_text(tree: Any) -> str:
    """Visible text, one block per paragraph, when the extractor found nothing (the line classifier cleans it)."""
    import copy

    t = copy.deepcopy(tree)
    for bad in t.xpath("//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//form|//head"):
        bad.drop_tree()
    blocks = []
    for el in t.iter(*_BLOCK_TAGS):
        if any(child.tag in _BLOCK_TAGS for child in el.iterchildren()):
            continue
        txt = re.sub(r"\s+", " ", el.text_content() or "").strip()
        if txt:
            blocks.append(txt)
    if not blocks:
        blocks = [re.sub(r"\s+", " ", t.text_content() or "").strip()]
    return "\n\n".join(b for b in blocks if b)


# --------------------------------------------------------------------------- metadata


def _meta_map(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if name and content and name not in out:
            out[name] = content
    for el in tree.xpath("//*[@itemprop='datePublished']"):
        v = el.get("datetime") or el.get("content") or (el.text_content() or "").strip()
        if v:
            out.setdefault("itemprop:datepublished", v)
            break
    return out


def _first(metas: dict[str, str], names: tuple[str, ...]) -> str | None:
    for n in names:
        if metas.get(n):
            return metas[n]
    return None


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(s.text_content() or "")
        except (ValueError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            d = stack.pop(0)
            if isinstance(d, dict):
                out.append(d)
                if isinstance(d.get("@graph"), list):
                    stack.extend(d["@graph"])
            elif isinstance(d, list):
                stack.extend(d)
    return out


def _ld_value(ld: list[dict[str, Any]], key: str) -> Any:
    article_types = ("article", "newsarticle", "blogposting", "reportage", "webpage", "opinionnewsarticle")
    best = None
    for d in ld:
        if key in d and d[key]:
            t = str(d.get("@type", "")).lower()
            if any(a in t for a in article_types[:-1]):
                return d[key]
            best = best or d[key]
    return best


def _canonical(tree: Any) -> str | None:
    for link in tree.xpath("//link[@rel='canonical']"):
        if link.get("href"):
            return link.get("href")
    return None


def _title(res: HtmlResult, tree: Any, metas: dict[str, str], ld: list[dict[str, Any]]) -> None:
    h1 = [re.sub(r"\s+", " ", h.text_content()).strip() for h in tree.xpath("//h1") if not _home_link(h)]
    og = _first(metas, TITLE_META)
    og_clean = _strip_site(re.sub(r"\s+", " ", og).strip(), res.site) if og else ""
    # an h1 that is the site's name or a fragment of the og:title is not the headline
    h1 = list(dict.fromkeys(h for h in h1 if 3 <= len(h) <= 300 and not _site_like(h, res.site)
                            and not (og_clean and h.lower() in og_clean.lower() and len(h) < 0.6 * len(og_clean))))
    if len(h1) > 1 and og_clean:  # the headline h1 among form and widget h1s ("Connexion"): the one og:title repeats
        in_og = [h for h in h1 if h.lower() in og_clean.lower()]
        h1 = in_og if len(in_og) == 1 else h1
    headline = _ld_value(ld, "headline")
    if len(h1) == 1:
        res.title, res.provenance["title"] = h1[0], "html:h1"
    elif isinstance(headline, str) and headline.strip():
        res.title, res.provenance["title"] = headline.strip(), "json-ld:headline"
    elif og:
        res.title, res.provenance["title"] = og, "meta:" + next(n for n in TITLE_META if metas.get(n) == og)
    else:
        t = tree.findtext(".//title")
        if t and t.strip():
            res.title, res.provenance["title"] = re.split(r"\s[|–—-]\s", t.strip())[0], "html:title"
    if res.title:
        res.title = _strip_site(re.sub(r"\s+", " ", res.title).strip(), res.site)


def _home_link(el: Any) -> bool:
    """A heading that is all one link to the site's home page: the site's name, not the headline."""
    from urllib.parse import urlsplit

    links = el.xpath(".//a[@href]")
    if len(links) != 1 or _text_of(links[0]) != _text_of(el) or links[0].get("href", "").startswith("#"):
        return False
    return urlsplit(links[0].get("href", "")).path in ("", "/")


_BYLINE_PREFIX = re.compile(r"^(?:par|by|auteur|author|de|un documentaire de|une tribune de)\s*:?\s+", re.I)


def _clean_author(name: str) -> str:
    return _BYLINE_PREFIX.sub("", re.sub(r"\s+", " ", name)).strip(" ,;|")


def _site_like(text: str, site: str | None) -> bool:
    t = text.strip().lower()
    return bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", t)) or bool(site and t == site.strip().lower())


def _strip_site(title: str, site: str | None) -> str:
    """ "Headline | Site" -> "Headline" when the tail is the site name (or a short site-like tail)."""
    while " | " in title and len(title.rsplit(" | ", 1)[1].split()) <= 4:
        title = title.rsplit(" | ", 1)[0].strip()
    parts = re.split(r"\s[|–—-]\s", title)
    if len(parts) < 2:
        return title
    tail = parts[-1].strip().lower()
    if site and (tail in site.lower() or site.lower() in tail) or re.search(r"\.\w{2,4}$", tail):
        return " - ".join(parts[:-1]).strip() if " | " not in title else title.rsplit(" | ", 1)[0].strip()
    return title


def _org_like(name: str, res: HtmlResult) -> bool:
    """An outlet or an account rather than a person: a URL or domain in it, the site's own name, "admin"."""
    k = name.strip().lower()
    if re.sub(r"[\W\d_]+", " ", fold(k)).strip() in cues.ACCOUNT_AUTHORS:
        return True  # an account name ("admin"), not the author
    if k.startswith("http") or "www." in k or re.search(r"\.(?:com|fr|net|org|info|eu|de|es|be|ch|ca)\b", k):
        return True
    site = (res.site or "").strip().lower()
    host = re.sub(r"[^a-z0-9]", "", (res.url or "").lower())
    squashed = re.sub(r"[^a-z0-9]", "", k)
    return bool(site and (k == site or k in site)) or bool(squashed and len(squashed) > 3 and squashed in host)


def _author(res: HtmlResult, html: str, tree: Any, metas: dict[str, str], ld: list[dict[str, Any]]) -> None:
    """Person authors first (JSON-LD Person, meta author, trafilatura's byline search), organisations last."""
    a = _ld_value(ld, "author")
    people: list[str] = []
    orgs: list[str] = []
    for item in a if isinstance(a, list) else [a]:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            kind = str(item.get("@type", "")).lower()
            (orgs if "organization" in kind else people).append(item["name"].strip())
        elif isinstance(item, str):
            people.append(item.strip())
    people = [_clean_author(n) for n in people if n and not _org_like(n, res)]
    if people:
        res.author, res.provenance["author"] = "; ".join(people), "json-ld:author"
        return
    m = _first(metas, AUTHOR_META)
    if m and not _org_like(m, res):
        res.author = _clean_author(m)
        res.provenance["author"] = "meta:" + next(n for n in AUTHOR_META if metas.get(n) == m)
        return
    if (byline := _byline_element(tree)) is not None and not _org_like(byline, res):
        res.author, res.provenance["author"] = byline, "html:byline"
    elif (md_author := _trafilatura_author(html)) and not _org_like(md_author, res):
        res.author, res.provenance["author"] = _clean_author(md_author), "trafilatura"
    elif (group := _byline_element(tree, lenient=True)) is not None and not _org_like(group, res):
        res.author, res.provenance["author"] = group, "html:byline"
    elif orgs:
        res.author, res.provenance["author"] = orgs[0], "json-ld:author-organization"


def _trafilatura_author(html: str) -> str | None:
    try:
        from trafilatura.metadata import extract_metadata

        md = extract_metadata(html, date_config={"extensive_search": False, "original_date": True}, extensive=False)
    except Exception:  # noqa: BLE001 - metadata is best effort
        return None
    return md.author if md is not None else None


_BYLINE_ATTR = re.compile(r"(?:^|[\s_-])(?:author|byline|by|auteur|signature|writer|autor)s?(?:$|[\s_-])", re.I)
# the element's own role is the author's name, not a box around it ("mo-author", "post_author", "author")
_AUTHOR_ONLY_ATTR = re.compile(r"(?:^|\s)(?:[\w]+[_-])?(?:author|auteur|autor|byline)(?:$|\s)", re.I)
_BYLINE_LABELS = frozenset(("auteur", "auteurs", "author", "authors", "autor", "autores", "par", "by", "por",
                            "texte", "ecrit par", "redige par", "written by", "signe"))


def _text_of(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content() or "").strip()


def _byline_element(tree: Any, *, lenient: bool = False) -> str | None:
    """The name in a visible byline: an element marked as the author (``rel/itemprop=author``,
    ``class="byline"``, ``class="author"``) or a label ("Auteur", "Par") followed by the name.

    ``lenient`` also accepts a short capitalised group name ("Les membres du collectif X") in an
    element whose class says it holds the author and nothing else.
    """
    from recoupe.clean.plaintext import is_name_like, parse_byline

    for el in tree.xpath("//*[@rel='author' or @itemprop='author' or @class]"):
        attr = " ".join(filter(None, (el.get("class"), el.get("rel"), el.get("itemprop"))))
        if not _BYLINE_ATTR.search(attr) or el.xpath(_OUTSIDE_ARTICLE) or _in_widget(el):
            continue
        txt = _text_of(el)
        if not txt or len(txt) > 80:
            continue
        name = parse_byline(txt) or (txt if is_name_like(txt) else None)
        if name:
            return name
        if lenient and _AUTHOR_ONLY_ATTR.search(attr) and _group_name(txt):
            return txt
    if lenient:
        return None
    for el in tree.iter("dt", "th", "span", "strong", "b", "p", "div", "li"):
        raw = (el.text_content() or "").strip()
        if len(raw) > 60 or fold(" ".join(raw.split())).strip(" :") not in _BYLINE_LABELS:
            continue
        if el.xpath(_OUTSIDE_ARTICLE) or _in_widget(el):
            continue
        nxt = el.getnext()
        txt = _text_of(nxt) if nxt is not None else ""
        if txt and is_name_like(txt):
            return txt
    return None


def _group_name(txt: str) -> bool:
    """A short capitalised name of people signing together, not a sentence or a date."""
    toks = txt.split()
    return (2 <= len(toks) <= 8 and len(txt) <= 60 and txt[:1].isupper() and not any(c.isdigit() for c in txt)
            and not txt.endswith((".", "!", "?", ":")))


def _site(res: HtmlResult, metas: dict[str, str], ld: list[dict[str, Any]]) -> None:
    m = _first(metas, SITE_META)
    if m:
        res.site, res.provenance["site"] = m, "meta:" + next(n for n in SITE_META if metas.get(n) == m)
        return
    pub = _ld_value(ld, "publisher")
    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
        res.site, res.provenance["site"] = pub["name"], "json-ld:publisher"


def _iso_of(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*((?:19|20)\d\d)-([01]\d)-([0-3]\d)", value)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    hit = find_date(value)
    return hit.iso if hit else None


def _date(res: HtmlResult, html: str, tree: Any, metas: dict[str, str], ld: list[dict[str, Any]],
          url: str | None) -> None:
    v = _iso_of(_ld_value(ld, "datePublished"))
    if v:
        res.published, res.provenance["published"] = v, "json-ld:datePublished"
        return
    for n in (*DATE_META, "itemprop:datepublished"):
        v = _iso_of(metas.get(n))
        if v:
            res.published, res.provenance["published"] = v, f"meta:{n}"
            return
    for t in tree.xpath("//time[@datetime]"):
        if _update_time(t):
            continue
        v = _iso_of(t.get("datetime"))
        if v:
            res.published, res.provenance["published"] = v, "html:time"
            return
    v, how = _visible_date(tree)
    if v:
        res.published, res.provenance["published"] = v, how
        return
    try:
        from htmldate import find_date as htmldate_find

        v = htmldate_find(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # noqa: BLE001 - a date is optional, never fatal
        v = None
    if v:
        res.published, res.provenance["published"] = v, "htmldate"


_OUTSIDE_ARTICLE = "ancestor-or-self::*[self::nav or self::aside or self::footer or self::form]"
# a label element ("Mise en ligne", "Publié le", "Date") whose next sibling holds the date
_DATE_LABELS = frozenset([c for c in cues.PUBLISHED_CUES if c not in cues.PUBLISHED_WEAK] + ["date"])
_BYLINE_BOX_MAX = 200
# an element whose class says it holds the article's date ("date", "fecha", "published", "post-meta")
_DATE_ATTR = re.compile(r"(?:^|[\s_-])(?:date|dates|fecha|datum|published|publication|publi|pubdate|dateline|"
                        r"entry-date|post-date|article-date)(?:$|[\s_-])", re.I)  # characters: a byline box longer than this is a whole section, not "Par X, le 3 mars"


_MODIFIED_ATTR = re.compile(r"updated|modified|maj|mise-?a-?jour|actualiza", re.I)


def _update_time(t: Any) -> bool:
    """A ``<time>`` giving the last update: marked so, or introduced by "Mis à jour", "Updated"."""

    attrs = " ".join(filter(None, (t.get("class"), t.get("itemprop"), t.get("id"))))
    if _MODIFIED_ATTR.search(attrs) or "datemodified" in attrs.lower():
        return True
    parent = t.getparent()
    if parent is None:
        return False
    earlier = reversed(list(t.itersiblings(preceding=True)))
    before = (parent.text or "") + " ".join(_text_of(sib) + " " + (sib.tail or "") for sib in earlier)
    lead = fold(re.sub(r"\s+", " ", before))[-40:]
    return bool(_UPDATED_RE.search(lead)) and not _PUBLISHED_RE.search(lead[-25:])


def _visible_date(tree: Any) -> tuple[str | None, str]:
    """A date printed next to the byline ("Par X | 30 septembre 2018") or after a label ("Mise en ligne")."""
    from recoupe.clean.datelines import parse_dateline

    for el in tree.xpath("//*[@rel='author' or @itemprop='author' or @class]"):
        attr = " ".join(filter(None, (el.get("class"), el.get("rel"), el.get("itemprop"))))
        if not _BYLINE_ATTR.search(attr) or el.xpath(_OUTSIDE_ARTICLE) or _in_widget(el):
            continue
        box = el
        for _ in range(3):  # the byline element, its parent, its grandparent
            txt = re.sub(r"\s+", " ", box.text_content() or "").strip()
            if len(txt) > _BYLINE_BOX_MAX:
                break
            iso = published_date_in(txt)
            if iso:
                return iso, "html:byline-date"
            box = box.getparent()
            if box is None:
                break
    for el in tree.iter(*_BLOCK_TAGS, "span", "dt", "th", "strong", "b"):
        raw = (el.text_content() or "").strip()
        if len(raw) > 80:
            continue
        label = fold(" ".join(raw.split())).strip(" :")
        if label not in _DATE_LABELS or el.xpath(_OUTSIDE_ARTICLE):
            continue
        nxt = el.getnext()
        value = re.sub(r"\s+", " ", nxt.text_content() or "").strip() if nxt is not None else ""
        hit = parse_dateline(f"{label} {value}") if value else None
        if hit is not None and hit.iso and hit.kind == "published":
            return hit.iso, "html:labelled-date"
    for el in tree.xpath("//*[@class or @id]"):
        attr = f"{el.get('class', '')} {el.get('id', '')}"
        if not _DATE_ATTR.search(attr) or el.xpath(_OUTSIDE_ARTICLE) or _in_widget(el):
            continue
        txt = _text_of(el)
        if 6 <= len(txt) <= 160 and (iso := published_date_in(txt)):
            return iso, "html:date-element"
    return None, ""


_WIDGET_TOKEN = re.compile(r"(?:^|[-_])(?:comments?|commentaires?|forum|reply|replies|respuestas|related|"
                           r"read-?also|lire-?aussi|a-?lire|recommend\w*|most-?read|plus-?lus|teasers?)(?:$|[-_])", re.I)


def _in_widget(el: Any) -> bool:
    """Inside comments or a list of other articles (whose bylines and dates are not this article's)."""
    for a in el.iterancestors():
        if a.tag in ("article", "main", "body", "html"):
            return False
        if any(_WIDGET_TOKEN.search(tok) for tok in f"{a.get('class', '')} {a.get('id', '')}".split()):
            return True
    return False


# --------------------------------------------------------------------------- removed blocks


def _boilerplate(tree: Any, kept_text: str) -> list[Removed]:
    """Cheaply identified boilerplate blocks (nav, aside, footer, share/related/comment boxes)."""
    out: list[Removed] = []
    seen: set[str] = set()
    kept = re.sub(r"\s+", " ", kept_text)
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()

    def add(el: Any, reason: str) -> None:
        txt = re.sub(r"\s+", " ", el.text_content() or "").strip()
        if len(re.findall(r"[^\W\d_]", txt)) < 3 or txt in seen or txt[:60] in kept:
            return
        seen.add(txt)
        out.append(Removed(txt[:500], reason))

    for xp, reason in _BOILER_XPATHS:
        for el in tree.xpath(xp):
            add(el, reason)
            if len(out) >= MAX_REMOVED:
                return out
    for el in tree.xpath("//*[@class or @id]"):
        if el.tag in ("html", "body", "main", "article", "script", "style"):
            continue
        attr = f"{el.get('class', '')} {el.get('id', '')}"
        for pat, reason in _CLASS_REASONS:
            if pat.search(attr):
                add(el, reason)
                break
        if len(out) >= MAX_REMOVED:
            break
    return out
