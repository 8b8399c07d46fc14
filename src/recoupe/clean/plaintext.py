"""Scraped plain text: a line classifier that separates the article from what scrapers drag in.

The text is cut into lines; each line gets features (length, terminal punctuation,
dates, cue vocabulary from :mod:`recoupe.clean.cues`) and a label: ``None`` for
article text, or one of the removal reasons of :data:`cues.REASONS`.  Rules run in
passes, from strong local cues (a share widget, a paywall notice) to positional ones
(the title is the first title-like line, a lone name after the last paragraph is the
author, anything after a paywall or a comment prompt is debris).  The result keeps
the article paragraphs separated by blank lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recoupe.clean import cues
from recoupe.clean.datelines import find_date, parse_dateline, phrase_regex
from recoupe.model import Removed
from recoupe.textnorm import fold

_WORD = re.compile(r"[\w'’-]+")
_TERMINAL = re.compile(r"[.!?…:;][\"'»”’)\]]*\s*$")
_NON_ALNUM = re.compile(r"^[\W_]*$")
_HANDLE = re.compile(r"^@[\w.-]+[-–—:]?\s+(?=\S)")
_SIGNATURE = re.compile(r"^[A-Z]{1,4}\s*/\s*[\w.-]+\.[a-z]{2,}$|^[\w.-]+\.(?:com|fr|net|org|info|ci|sn|ma|be|ch|ca)$")
_AGENCY_SIG = re.compile(r"^[(\[]?\s*(?:avec\s+(?:l'|les\s+)?|with\s+|con\s+|mit\s+|source\s*:\s*)?(?P<ag>[a-z .&,/-]+?)\s*[)\]]?$")
_COUNTER = re.compile(r"^\d{1,3}(?:[:h.,]\d{2})?(?:\s*/\s*\d{1,3}(?:[:h.,]\d{2})?)?$")  # "03:45", "12", "1/5"
_BREADCRUMB_SEP = re.compile(r"\s(?:>|›|»|→|/|\|)\s")
_PERCENT_LEFT = re.compile(r"\d+(?:[.,]\d+)?\s?%\s*(?:de cet article|de l'article|of this article|del articulo)")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*|de|du|des|la|le|van|von|der|da|di|d'|ben|bin|el|al)$")
_PREV_NEXT = re.compile(r"^(?:prev|previous|next|precedent|suivant|article precedent|article suivant|"
                        r"previous article|next article|previous post|next post|anterior|siguiente)\b[ :|>»-]")

_PROMO_RE = phrase_regex(cues.PROMO)
_PAYWALL_RE = phrase_regex([p for p in cues.PAYWALL if len(p) > 12])
_ATTRIBUTION_RE = phrase_regex(cues.ATTRIBUTION)
_COOKIE_RE = phrase_regex(cues.COOKIE_PHRASES)
_SITE_VOICE_RE = phrase_regex(cues.SITE_VOICE)
_DATE_CUES_ALONE = frozenset(c for c in (*cues.PUBLISHED_CUES, *cues.UPDATED_CUES) if c not in cues.PUBLISHED_WEAK)

BODY_WORDS = 12  # a line this long ending in punctuation is article prose (an "anchor")


@dataclass(slots=True)
class Line:
    """One non-empty line of the input and what the classifier decided about it."""

    text: str
    block: int  # lines separated by a blank line are in different blocks
    key: str = ""  # folded text, lower case, plain quotes
    label: str | None = None  # removal reason; None: article text
    words: int = 0
    terminal: bool = False

    @property
    def kept(self) -> bool:
        return self.label is None


@dataclass(slots=True)
class TextResult:
    """What the classifier found in one scraped text."""

    lines: list[Line]
    title: str | None = None
    published: str | None = None
    author: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    handle: str | None = None  # a "@site-" handle stripped from the first sentence
    site: str | None = None


# --------------------------------------------------------------------------- features


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their block numbers and features."""
    out: list[Line] = []
    block = 0
    for raw in text.split("\n"):
        s = raw.strip()
        if not s:
            block += 1
            continue
        key = re.sub(r"\s+", " ", fold(s)).strip()
        out.append(Line(s, block, key, None, len(_WORD.findall(s)), bool(_TERMINAL.search(s))))
    return out


def _bare(key: str) -> str:
    """A line key without surrounding punctuation, for whole-line vocabulary matches."""
    return re.sub(r"\s+", " ", key.strip(" \t*:|-–—•·.,;!?()[]«»\"'…")).strip()


def _starts_with_any(key: str, phrases: tuple[str, ...]) -> str | None:
    for p in sorted(phrases, key=len, reverse=True):
        if key == p or (key.startswith(p) and not key[len(p) : len(p) + 1].isalnum()):
            return p
    return None


def is_name_like(text: str) -> bool:
    """2 to 5 capitalised tokens (particles allowed), no digits: "Jeanne Le Goff", "Didier Roy"."""
    toks = text.replace(",", " ").split()
    if not 2 <= len(toks) <= 5 or len(text) > 50 or any(c.isdigit() for c in text):
        return False
    if not all(_NAME_TOKEN.match(t) for t in toks):
        return False
    return sum(1 for t in toks if t[:1].isupper()) >= 2


def is_title_like(line: Line) -> bool:
    """Short, and not ending like a sentence (a question or exclamation is fine)."""
    if line.words == 0 or line.words > 30 or len(line.text) > 250:
        return False
    return not line.text.rstrip("»”\"' ").endswith((".", ";", ",", ":")) or line.text.endswith("...")


def parse_byline(text: str) -> str | None:
    """The author named on a byline line ("Par Jeanne Dupont, envoyée spéciale" -> "Jeanne Dupont")."""
    key = fold(text)
    p = _starts_with_any(key, cues.BYLINE_PREFIXES)
    if p is None:
        return None
    rest = text[len(p) :].lstrip(" :-–—")
    # cut at the first separator, date cue or digit
    rest = re.split(r"\s*(?:[,|•·(]|\s[-–—]\s|(?<!\w)\d|\b(?:[Pp]ubli|[Mm]is à jour|[Ll]e \d|[Uu]pdated|[Oo]n \w+ \d))", rest)[0]
    rest = rest.strip(" .;:-–—")
    if not rest or len(rest) > 80 or len(rest.split()) > 10:
        return None
    names = [n for n in re.split(r"\s+(?:et|and|y|und|&)\s+|\s*,\s*", rest) if n]
    # after an explicit cue, a capitalised group of up to five words is a name ("Rédaction IE24")
    if not names or not all(n[:1].isupper() and len(n.split()) <= 5 for n in names):
        return None
    return rest


# --------------------------------------------------------------------------- single-line cues


def line_cue(line: Line) -> str | None:
    """The removal reason a line earns on its own, or None."""
    key, bare = line.key, _bare(line.key)
    if _NON_ALNUM.match(line.text) or bare in {"x", "×"} or _COUNTER.match(line.text):
        return "separator"
    if line.words <= 40 and (_PERCENT_LEFT.search(key) or _paywall(key, line.words)):
        return "paywall"
    if line.words <= 14 and _comments(key, bare) or line.words <= 40 and _COMMENT_COUNT.match(key):
        return "comments"
    if _PREV_NEXT.match(key):
        return "navigation"
    if line.words <= 12 and _share(bare):
        return "share"
    if line.words <= 8 and bare in cues.FURNITURE:
        return "site_boilerplate"
    if line.words <= 60 and _COOKIE_RE.search(key):
        return "site_boilerplate"
    if line.words <= 10 and not _quoted(line.text) and _PROMO_RE.search(key):
        return "site_boilerplate"
    if line.words <= 25 and not _quoted(line.text) and _SITE_VOICE_RE.search(key):
        return "site_boilerplate"
    if line.words <= 6 and (bare in cues.CATEGORIES or bare in cues.BREADCRUMB_HOME):
        return "navigation"
    if _breadcrumb(line):
        return "breadcrumb"
    if line.words <= 20 and _taxonomy(key):
        return "navigation"
    if line.words <= 25 and _credit(line.text, key):
        return "credit"
    if line.words <= 3 and _SIGNATURE.match(line.text.strip()):
        return "signature"
    if line.words <= 16 and any(r in key for r in cues.READING_TIME) and not line.terminal:
        return "dateline"
    if line.words <= 5 and bare in _DATE_CUES_ALONE:  # "Updated", "Publié le": the date itself was cut away
        return "dateline"
    return None


def _taxonomy(key: str) -> bool:
    m = re.match(r"^([\w' -]{2,20}?)\s*:\s*\S", key)
    return bool(m) and m.group(1).strip() in cues.TAXONOMY_PREFIXES


def _paywall(key: str, nwords: int) -> bool:
    if nwords > 30:
        return False
    return bool(_PAYWALL_RE.search(key)) or (
        nwords <= 6 and _bare(key) in cues.PAYWALL
    )


_COMMENT_COUNT_ONLY = re.compile(r"^(?:\d+ )?(?:commentaires?|comments?|reactions?|comentarios?|kommentare?)$")
_COMMENT_COUNT = re.compile(
    r"^(?:\d+|un|une|one|deux|two|trois|three) (?:reflexions?|commentaires?|reponses?|reactions?|avis|thoughts?|"
    r"responses?|comments?|replies|reply|comentarios?|respuestas?|kommentare?) (?:sur|on|to|a|pour|en|zu|de)\b"
)


def _comments(key: str, bare: str) -> bool:
    if bare in cues.COMMENTS or re.fullmatch(r"\d+ (?:commentaires?|comments?|reactions?|comentarios?)", bare):
        return True
    if _COMMENT_COUNT.match(key):
        return True
    return any(key.startswith(p) for p in cues.COMMENTS if len(p) > 18)


def _share(bare: str) -> bool:
    if not bare:
        return False
    parts = [p.strip() for p in re.split(r"\s*[|/•·,]\s*|\s{2,}", bare) if p.strip()]
    if all(p in cues.SHARE_WORDS for p in parts):
        return True
    toks = bare.split()
    return len(toks) <= 8 and all(t in cues.SHARE_WORDS for t in toks)


def _breadcrumb(line: Line) -> bool:
    parts = [p.strip() for p in _BREADCRUMB_SEP.split(line.text)]
    if len(parts) < 2 or line.words > 20 or line.terminal and not line.text.endswith("..."):
        return False
    if fold(parts[0]).strip() in cues.BREADCRUMB_HOME:
        return True
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts[:-1])


def _credit(text: str, key: str) -> bool:
    k = key.strip()
    if k.startswith(("©", "(c) ")):
        return True
    m = re.match(r"^\(?([\w' ]{1,25}?)\s*[:/]\s*(.+)$", k)
    if m and m.group(1).strip() in cues.CREDIT_PREFIXES:
        return len(m.group(2).split()) <= 14
    bare = _bare(k)
    sig = _AGENCY_SIG.match(k.strip())
    if sig and all(a.strip() in cues.AGENCIES or a.strip() in ("agences", "agencies") for a in re.split(r"[,/&]|\bet\b|\band\b", sig.group("ag")) if a.strip()):
        return True
    return bare in cues.AGENCIES or bool(re.fullmatch(r"[a-z]+/(?:afp|reuters|ap|epa|getty images|dpa|efe)", bare))


_TRAILING_CREDIT = re.compile(
    r"[.!?)»]\s+(?:\(?(?:photo|photos|credit|credits|credit photo|image|foto)(?!\w)\s*:?\s*|©\s*)"
    r"(?P<who>[\w .'&/-]{1,40}?)\)?\s*$"
)


def ends_with_credit(text: str) -> bool:
    """A caption line carrying its credit at the end ("… à Pyongyang. Photo: AFP", "… (© Reuters)")."""
    m = _TRAILING_CREDIT.search(fold(text))
    if not m:
        return False
    who = m.group("who").strip().split("/")[-1].strip()
    has_mark = "©" in m.group(0) or ":" in m.group(0)
    return who in cues.AGENCIES or (has_mark and len(who.split()) <= 4)


# --------------------------------------------------------------------------- the classifier


def classify(text: str, *, meta_title: str | None = None, extracted: bool = False) -> TextResult:
    """Label every line of a scraped text; the article is the unlabelled lines.

    ``meta_title`` (from a container) helps find the title line.  ``extracted`` says the
    text is what an HTML extractor returned: its first line is never guessed to be the
    title and unlabelled short lines at the end are kept (the extractor already dropped
    link lists; what is left is more likely a closing line of the article).
    """
    lines = split_lines(text)
    res = TextResult(lines)
    for ln in lines:
        ln.label = None if _table_row(ln.text) else line_cue(ln)
    _read_also_blocks(lines)
    _datelines_and_bylines(res)
    _title(res, meta_title, extracted)
    _duplicates(lines, min_words=8 if extracted else 3)
    _captions(lines)
    _fragments(lines)
    _tail(res, extracted)
    _teaser_list(lines)
    _head(res)
    _author_bio(res)
    _handle(res)
    _inline_dateline(res)
    _copyright_site(res)
    return res


_PROSE_END = re.compile(r"[.…][\"'»”’)\]]*\s*$")


def _anchors(lines: list[Line]) -> list[int]:
    """Indexes of kept lines that are surely article prose (long, ending like a sentence)."""
    return [
        i for i, ln in enumerate(lines)
        if ln.kept and ln.terminal and (ln.words >= 30 or ln.words >= BODY_WORDS and _PROSE_END.search(ln.text))
    ]


def _read_also_blocks(lines: list[Line]) -> None:
    """A "read also" header, the headlines after it, and their dates, categories and teasers."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        bare = _bare(ln.key)
        p = _starts_with_any(bare, cues.READ_ALSO)
        if p is None or ln.words > 25 or (bare != p and ln.terminal and ln.words > 12):
            i += 1
            continue
        ln.label = "read_also"
        inline = bare != p  # the headline is on the header line itself
        j = i + 1
        prev_listish = False
        while j < len(lines):
            nxt = lines[j]
            if nxt.label is not None and nxt.label not in ("navigation", "separator"):
                if nxt.label in ("paywall", "comments"):
                    break
                j += 1
                continue
            dl = parse_dateline(nxt.text)
            short = nxt.words <= 4 and not nxt.terminal
            if dl is not None or short or nxt.label is not None:
                nxt.label = "read_also"
                prev_listish = True
            elif is_title_like(nxt) and not inline:
                nxt.label = "read_also"
                prev_listish = False
                inline = False
            elif prev_listish and j + 1 < len(lines) and _listish(lines[j + 1]):
                nxt.label = "read_also"  # a teaser between a date and the next headline
                prev_listish = False
            elif prev_listish and j + 1 >= len(lines):
                nxt.label = "read_also"
            else:
                break
            j += 1
        i = j


def _listish(ln: Line) -> bool:
    return ln.label is not None or (ln.words <= 4 and not ln.terminal) or parse_dateline(ln.text) is not None


def _datelines_and_bylines(res: TextResult) -> None:
    lines = res.lines
    anchors = _anchors(lines)
    first_body = anchors[0] if anchors else len(lines)
    for i, ln in enumerate(lines):
        if ln.label is not None and ln.label != "credit":
            continue
        dl = parse_dateline(ln.text) if ln.label is None else None
        if dl is not None:
            ln.label = "dateline"
            head = i <= first_body
            usable = dl.iso and (head or dl.kind == "published") and dl.kind != "updated"
            better = res.published is None or (
                dl.kind == "published" and res.provenance.get("published") != "dateline-line"
            )
            if usable and better:
                res.published = dl.iso
                res.provenance["published"] = "dateline-line" if dl.kind == "published" else "date-line"
            if dl.rest:
                author = parse_byline(ln.text[ln.text.find(dl.rest[:6]) :] if dl.rest[:6] in ln.text else dl.rest)
                if author is None and is_name_like(dl.rest):
                    author = dl.rest
                if author and res.author is None:
                    res.author = author
                    res.provenance["author"] = "byline-line"
            continue
        if ln.label is None and ln.words <= 14:
            author = parse_byline(ln.text)
            # "By Monday, the council will vote." is a sentence, not a byline
            if author and (not ln.terminal or is_name_like(author.split(",")[0]) or ln.text.endswith(author)):
                ln.label = "byline"
                if res.author is None:
                    res.author = author
                    res.provenance["author"] = "byline-line"


def _title(res: TextResult, meta_title: str | None, keep_title: bool) -> None:
    lines = res.lines
    kept = [i for i, ln in enumerate(lines) if ln.kept]
    if not kept:
        return
    title_idx: int | None = None
    if meta_title:
        mk = _bare(re.sub(r"\s+", " ", fold(meta_title)))
        for i in kept[:8]:
            if _bare(lines[i].key) == mk:
                title_idx = i
                break
    if title_idx is None and not keep_title:
        title_idx = _guess_title(lines, kept)
    if title_idx is None:
        return
    t = lines[title_idx]
    t.label = "title"
    res.title = t.text
    res.provenance["title"] = "first-line" if not meta_title else "meta-line"
    for ln in lines:
        if ln is not t and ln.kept and _bare(ln.key) == _bare(t.key):
            ln.label = "duplicate"


def _guess_title(lines: list[Line], kept: list[int]) -> int | None:
    """The headline: the first title-like line, or, when a short name line (the outlet's) comes
    first and a dateline/byline follows, the longest title-like line above that dateline/byline."""
    first = kept[0]
    if not (is_title_like(lines[first]) and lines[first].words >= 2 and len(kept) > 1):
        return None
    meta_at = next((i for i, ln in enumerate(lines) if ln.label in ("dateline", "byline")), None)
    if meta_at is None or meta_at < first:
        return first
    above = [i for i in kept if i < meta_at][:3]
    if lines[first].words > 6 or not all(is_title_like(lines[i]) for i in above):
        return first
    longer = [i for i in above if lines[i].words > lines[first].words]
    return longer[0] if longer else first


def _table_row(text: str) -> bool:
    """A row of a table rendered as text ("| a | b |"): part of the article, never a breadcrumb."""
    return text.startswith("|") and text.endswith("|") and text.count("|") >= 3


def _duplicates(lines: list[Line], min_words: int = 3) -> None:
    """A line repeating an earlier kept line (scrapers repeat headlines and leads)."""
    seen: set[str] = set()
    for ln in lines:
        if not ln.kept or _table_row(ln.text):
            continue
        k = _bare(ln.key)
        if k in seen and ln.words >= min_words:
            ln.label = "duplicate"
        seen.add(k)


def _captions(lines: list[Line]) -> None:
    for ln in lines:
        if ln.kept and ln.words <= 60 and ends_with_credit(ln.text) and not ln.text.rstrip().endswith(("»", "”")):
            ln.label = "caption"
    for i, ln in enumerate(lines):
        if ln.label != "credit" or _self_contained_credit(ln.key) or not _PHOTO_CREDIT.match(ln.key):
            continue  # an agency signature ("(avec AFP)") has no caption
        before = lines[i - 1] if i > 0 else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        if before is not None and before.kept and before.words <= 40 and not _attributed(before.key):
            before.label = "caption"
        elif after is not None and after.kept and after.words <= 40 and _caption_cue(after.key):
            after.label = "caption"


def _attributed(key: str) -> bool:
    return bool(_ATTRIBUTION_RE.search(key)) or _quoted(key)


def _quoted(text: str) -> bool:
    return any(q in text for q in "«»“”\"")


_PHOTO_CREDIT = re.compile(r"^\(?\s*(?:©|\(c\)|photos?\b|credits?\b|image|illustration|foto|bild|copyright)")


def _self_contained_credit(key: str) -> bool:
    """ "Image d'illustration : <description>, licence …" carries its own description: no neighbour caption."""
    _, _, after = key.partition(":")
    return len(after.split()) > 5


def _caption_cue(key: str) -> bool:
    return any(c in key for c in cues.CAPTION_CUES)


def _fragments(lines: list[Line]) -> None:
    """Short lines cut off on a function word ("Selon les critères de") are widget debris."""
    for ln in lines:
        if ln.kept and ln.words <= 8 and not ln.terminal:
            last = ln.key.rstrip().split(" ")[-1]
            if last in cues.DANGLING_END:
                ln.label = "fragment"


def _tail(res: TextResult, extracted: bool = False) -> None:
    """After the article: everything past a paywall/comment prompt/PREV-NEXT is debris; a lone name is the author."""
    lines = res.lines
    anchors = _anchors(lines)
    if not anchors:
        return
    first, last = anchors[0], anchors[-1]
    stop: int | None = None
    for i, ln in enumerate(lines):
        if i <= first:
            continue
        comment_prompt = ln.label == "comments" and (not _COMMENT_COUNT_ONLY.match(_bare(ln.key)) or i > last)
        if comment_prompt or ln.label == "paywall" and (_truncation(ln.key) or i > last):
            stop = i
            break
        if i > last and ln.label == "navigation" and _PREV_NEXT.match(ln.key):
            stop = i
            break
    if stop is not None:
        reason = lines[stop].label
        for ln in lines[stop + 1 :]:
            if ln.kept:
                ln.label = reason
        anchors = _anchors(lines)
        last = anchors[-1] if anchors else last
    candidates: list[int] = []
    for i in range(last + 1, len(lines)):
        ln = lines[i]
        if not ln.kept or ln.terminal:
            continue
        if is_name_like(ln.text):
            ln.label = "byline"
            if res.author is None:
                res.author = ln.text
                res.provenance["author"] = "byline-tail"
        elif ln.words <= 30 and not extracted and _later_all_debris(lines, i):
            candidates.append(i)
    # a list of headline-like lines after the article (two or more) is navigation;
    # a single closing line without a full stop may be the article's last words: kept
    if len(candidates) >= 2:
        for i in candidates:
            lines[i].label = "navigation"


TEASER_MAX_WORDS = 35  # a teaser under a headline is one short sentence or two
TEASER_MIN_PAIRS = 2


def _teaser_list(lines: list[Line]) -> None:
    """A run of (headline, one-line teaser) pairs closing the text is a list of other articles.

    Only when at least :data:`TEASER_MIN_PAIRS` pairs end the text, every teaser is shorter
    than the article's longest paragraph before the run, and the article itself has no
    subheaded sections (then the pairs may be its closing sections: kept).
    """
    kept = [i for i, ln in enumerate(lines) if ln.kept]
    pairs: list[tuple[int, int]] = []
    k = len(kept) - 1
    while k >= 1:
        head, teaser = lines[kept[k - 1]], lines[kept[k]]
        if not (_headline_like(head) and teaser.terminal and 5 <= teaser.words <= TEASER_MAX_WORDS):
            break
        pairs.append((kept[k - 1], kept[k]))
        k -= 2
    if len(pairs) < TEASER_MIN_PAIRS:
        return
    start = pairs[-1][0]
    before = [i for i in kept if i < start]
    body = [lines[i].words for i in before if lines[i].terminal]
    if not body or max(body) <= max(lines[t].words for _, t in pairs):
        return
    for a, b in zip(before, before[1:], strict=False):
        if _headline_like(lines[a]) and lines[b].terminal:
            return  # the article has subheaded sections: the pairs may be its last sections
    for h, t in pairs:
        lines[h].label = lines[t].label = "read_also"


def _headline_like(ln: Line) -> bool:
    return ln.kept and not ln.terminal and 2 <= ln.words <= 16 and is_title_like(ln) and ln.text[:1].isupper()


def _truncation(key: str) -> bool:
    """A paywall line saying the article is cut here (not a mere "subscribe" promo)."""
    return bool(_PERCENT_LEFT.search(key)) or any(p in key for p in cues.TRUNCATION)


def _later_all_debris(lines: list[Line], idx: int) -> bool:
    """True when nothing after ``idx`` is kept prose (so the line is not a closing subheading)."""
    return not any(x.kept and x.terminal for x in lines[idx + 1 :])


def _head(res: TextResult) -> None:
    """Before the first paragraph: category words, and a short name between the title and the dateline/byline.

    A short line sitting between the title and a dateline or byline is the outlet's name
    ("L'Écho du Val", "Le Journal de X"): it becomes ``site`` metadata.
    """
    lines = res.lines
    anchors = _anchors(lines)
    if not anchors:
        return
    head = lines[: anchors[0]]
    for ln in head:
        if ln.kept and ln.words <= 3 and _bare(ln.key) in cues.CATEGORIES:
            ln.label = "navigation"
    title_at = next((i for i, ln in enumerate(head) if ln.label == "title"), None)
    if title_at is not None:
        for ln in head[title_at + 1 :]:
            if ln.kept and not ln.terminal and _name_with_role(ln.text):
                ln.label = "byline"
                if res.author is None:
                    res.author = ln.text.split(",")[0].strip()
                    res.provenance["author"] = "byline-line"
    meta_idx = [i for i, ln in enumerate(head) if ln.label in ("dateline", "byline")]
    title_idx = [i for i, ln in enumerate(head) if ln.label == "title"]
    if not meta_idx or not title_idx:
        return
    for ln in head[: max(meta_idx)]:
        if ln.kept and ln.words <= 6 and not ln.terminal and ln.text[:1].isupper():
            ln.label = "site_boilerplate"
            if res.site is None:
                res.site = ln.text
                res.provenance["site"] = "site-line"


def _name_with_role(text: str) -> bool:
    """ "Jeanne Dupont" or "Jeanne Dupont, correspondante à Bruxelles" on its own line below the title."""
    name, _, role = text.partition(",")
    if not is_name_like(name.strip()) or re.match(r"^(?:L['’]|Le |La |Les |The |El |Die |Der |Das )", name):
        return False  # "L'Écho de la Lys", "The Daily Post": an outlet, not a person
    return not role or any(r in fold(role) for r in cues.BYLINE_ROLES) or len(role.split()) <= 4


def _author_bio(res: TextResult) -> None:
    """A closing line that starts with the author's name and describes them ("X est journaliste…")."""
    if not res.author:
        return
    kept = [ln for ln in res.lines if ln.kept]
    for ln in kept[-2:]:
        if ln.words <= 40 and re.match(rf"{re.escape(res.author)}\s*(?:,|\(|est |is |es |ist |a |has )", ln.text):
            ln.label = "byline"


_INLINE_DATELINE = re.compile(r"^[A-ZÀ-Ý][\w' .()-]{1,40},\s+(?P<date>[^–—-]{6,40}?)\s*(?:\([\w ./-]{2,20}\))?\s*[–—-]\s")


def _inline_dateline(res: TextResult) -> None:
    """ "VALMORET, 5 mars 2025 (AFP) – …" opening the first paragraph: the date is publication evidence."""
    if res.published:
        return
    first = next((ln for ln in res.lines if ln.kept), None)
    if first is None:
        return
    m = _INLINE_DATELINE.match(first.text)
    hit = find_date(m.group("date")) if m else None
    if hit and len(hit.iso) == 10:
        res.published = hit.iso
        res.provenance["published"] = "dateline-inline"


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?)?\s*(?P<name>[^–—|,.]{2,60}?)"
                        r"\s*(?:[–—|,.-]\s*(?:tous droits|all rights|todos los derechos|alle rechte).*)?$", re.I)


def _copyright_site(res: TextResult) -> None:
    """ "© 2025 Le Petit Journal – Tous droits réservés" after the article names the outlet."""
    if res.site:
        return
    for ln in reversed(res.lines):
        copyright_line = re.search(r"(?:19|20)\d\d|droits|rights|derechos|rechte", ln.key)
        if ln.label in ("credit", "site_boilerplate") and copyright_line and (m := _COPYRIGHT.match(ln.text)):
            name = m.group("name").strip()
            if name and name[:1].isupper() and len(name.split()) <= 6 and name.lower() not in cues.AGENCIES:
                res.site = name
                res.provenance["site"] = "copyright-line"
            return


def _handle(res: TextResult) -> None:
    for ln in res.lines:
        if ln.kept:
            m = _HANDLE.match(ln.text)
            if m:
                res.handle = m.group(0).strip()
                ln.text = ln.text[m.end() :]
            return


# --------------------------------------------------------------------------- output


def assemble(lines: list[Line]) -> str:
    """Kept lines as paragraphs separated by blank lines (hard-wrapped lines joined)."""
    paras: list[str] = []
    prev: Line | None = None
    for ln in lines:
        if not ln.kept:
            prev = None
            continue
        if paras and prev is not None and prev.block == ln.block and not prev.terminal and ln.text[:1].islower():
            paras[-1] += " " + ln.text  # a hard-wrapped line continues the paragraph
        else:
            paras.append(ln.text)
        prev = ln
    return "\n\n".join(paras)


def removed_pieces(res: TextResult) -> list[Removed]:
    """What the classifier removed, in reading order, with reasons."""
    out = [Removed(ln.text, ln.label) for ln in res.lines if ln.label is not None]
    if res.handle:
        out.insert(0, Removed(res.handle, "signature"))
    return out
