"""Named entities, normalised across spellings and languages.

Pipeline (each step a small function):

1. spans: spaCy ``fr_core_news_md`` NER one paragraph at a time (:mod:`recoupe.facts.nlp`), plus the
   shipped alias table as a gazetteer; for non-French texts also runs of capitalised words (the French
   model is the fallback for every Latin-script language, as no other model is installable here);
2. cleaning: spaCy junk dropped or trimmed ("C'", "qu'", a lone "Le", spans across a line break,
   leading elisions and lower-case words);
3. linking, with a union-find over nodes:
   * the alias table (cross-language names, acronyms, capitals used for the state: "Pyongyang a
     annoncé" is North Korea, "à Pyongyang" stays the city);
   * a transliteration key (ou/u, ch/sh, kh/h, y/i, é/e, doubled letters, final e ...);
   * fuzzy matching of full person names with guards (the surnames must agree:
     "Vladimir Poutine" is not "Vladimir Zelensky");
   * short forms ("Poutine", "M. Poutine", and a family name written first: "Kim") linked to the one
     full person name of the same story that ends (or starts) with them; a name after a place noun
     ("place Kim Il-sung") is a place; every capitalised use of a named person's surname is a mention;
   * plural demonyms ("les Américains", "Nord-Coréens") are MISC, not places; a name opening with a
     common given name is a person;
   * "Long Name (ACR)" acronyms;
   * role phrases bound to a person in the text ("le président russe Vladimir Poutine",
     "Anne Roy, préfète de la Somme") or by the alias table; later uses of the role alone in the
     same story ("a précisé le président russe") become mentions of that person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from anyascii import anyascii
from rapidfuzz import fuzz

from recoupe.facts import nlp
from recoupe.facts.data import alias_table
from recoupe.facts.data.cues import (
    COMPASS_PREFIXES,
    DEMONYM_ENDINGS,
    ENTITY_JUNK,
    HONORIFICS,
    ORG_HEADS,
    PLACE_HEADS,
    PLURAL_DETERMINERS,
    ROLE_NOUNS,
    STATE_ACTS,
    STATE_BEFORE,
)
from recoupe.facts.data.given_names import FEMALE, MALE, UNISEX
from recoupe.graph import UnionFind
from recoupe.model import Document, Entity, EntityType, Story
from recoupe.textnorm import fold

_TYPES: tuple[EntityType, ...] = ("PER", "ORG", "LOC", "MISC")
_TRANSLIT = (("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("kh", "h"), ("zh", "j"), ("dj", "j"),
             ("ou", "u"), ("ph", "f"), ("w", "v"), ("y", "i"), ("ck", "k"), ("gue", "ge"), ("gui", "gi"))
_JUNK = set(ENTITY_JUNK)
_ORG_HEADS = set(ORG_HEADS)
_ROLE_WORDS = {fold(r) for r in ROLE_NOUNS}
_ARTICLES = {"le", "la", "les", "l", "the", "el", "los", "las", "der", "die", "das"}  # "Le Havre", "The Hague"
_ORG_HEADS_FOLDED = {fold(w) for w in ORG_HEADS}
_PLACE_HEADS = {fold(w) for w in PLACE_HEADS}
_STATE_ACTS = {fold(w) for w in STATE_ACTS}
_STATE_BEFORE = set(STATE_BEFORE)
_HONORIFICS = {h.rstrip(".") for h in HONORIFICS}
_STRIP = " \t\n\"'«»“”‘’,;:()[]!?—–-_*/|"
_ELISION = re.compile(r"(?:[lLdDcCjJmMnNsStT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\w)")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][\w&.\-]{1,11})\s*\)")
_ROLE_RE = "|".join(sorted((re.escape(r) for r in ROLE_NOUNS), key=len, reverse=True))
_ROLE_BEFORE = re.compile(rf"(?:\b(?:le|la|l'|l’|les|du|au|the)\s*)?(?<![\w-])(?P<role>{_ROLE_RE})(?![\w-])", re.I)
_ROLE_PREFIX = re.compile(rf"^.*(?<![\w-])(?:{_ROLE_RE})\s+(?:of\s+State\s+|de\s+l'État\s+)?(?=[A-ZÀ-Ý][\w'’-]+(?:\s|$))",
                          re.I)
_ROLE_AFTER = re.compile(
    rf"^\s*,\s*(?:(?:le|la|l'|l’|the)\s*)?(?P<role>(?:{_ROLE_RE})(?![\w-])[^,.;:!?«»\"“”\n()]{{0,60}})", re.I
)
_VERB_MARKS = {"a", "ont", "est", "sont", "avait", "sera", "qui", "que", "dont", "et", "ou", "has", "is",
               "was", "who", "and", "said", "a-t-il", "va"}
_DEMONYM_ENDINGS = tuple(fold(e) for e in DEMONYM_ENDINGS)
_PLURAL_DET = set(PLURAL_DETERMINERS)
_COMPASS = set(COMPASS_PREFIXES)
_NAME_WORDS = re.compile(r"[A-ZÀ-Ý](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?(?:\s+[A-ZÀ-Ý](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?)*")
_CONNECT = {"de", "du", "d", "des", "l", "la", "le", "les", "of", "the", "et", "and", "en", "for"}


# --------------------------------------------------------------------------- keys


def _translit(word: str) -> str:
    for a, b in _TRANSLIT:
        word = word.replace(a, b)
    word = re.sub(r"(.)\1+", r"\1", word)
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def name_key(name: str) -> str:
    """Spelling- and language-tolerant matching key: ``Poutine`` and ``Putin`` both give ``putin``."""
    words = re.sub(r"[-'.\s]+", " ", fold(name)).split()
    while len(words) > 1 and (words[0] in _HONORIFICS or words[0] in _ARTICLES):
        words = words[1:]  # "M. Poutine" = "Poutine"; "Le Havre" = "du Havre"
    return " ".join(_translit(w) for w in words if w)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-") or "x"


# --------------------------------------------------------------------------- alias table


@dataclass(slots=True)
class _Table:
    by_key: dict[str, tuple[int, bool]] = field(default_factory=dict)  # key -> (entry, is_capital)
    forms: list[tuple[str, int]] = field(default_factory=list)  # surface form, entry
    pattern: re.Pattern[str] | None = None


_TABLE: _Table | None = None


def _table() -> _Table:
    global _TABLE
    if _TABLE is None:
        t = _Table()
        for i, entry in enumerate(alias_table()):
            for form in [entry["name"], *entry.get("aliases", ())]:
                t.by_key.setdefault(name_key(form), (i, False))
                t.forms.append((form, i))
            for form in entry.get("capitals", ()):
                t.by_key.setdefault(name_key(form), (i, True))
                t.forms.append((form, i))
        alts = sorted({re.escape(fold(f)) for f, _ in t.forms if len(f) >= 2}, key=len, reverse=True)
        t.pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])")
        _TABLE = t
    return _TABLE


def _entry(i: int) -> dict:
    return alias_table()[i]


def _gazetteer_spans(text: str) -> list[tuple[int, int, str]]:
    """Alias-table forms found in the text (case must fit: acronyms exactly, names capitalised)."""
    t = _table()
    assert t.pattern is not None
    forms = {fold(f): (f, i) for f, i in t.forms}
    out = []
    for m in t.pattern.finditer(fold(text)):
        form, i = forms[m.group(0)]
        surface = text[m.start() : m.end()]
        if form.isupper() and surface != form:
            continue
        if not surface[:1].isupper():
            continue
        if len(form) <= 2 and _in_caps_run(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), _entry(i)["type"]))
    return out


def _in_caps_run(text: str, s: int, e: int) -> bool:
    """True when a short acronym sits among upper-case words (a shouted headline: "UN INCENDIE")."""
    around = re.findall(r"\w+", text[max(0, s - 25) : s] + " " + text[e : e + 25])
    near = [w for w in around[-2:] + around[:2] if w.isalpha()]
    return any(w.isupper() and len(w) > 1 for w in near)


_CAPSEQ = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|da|van|von|der|al|el|bin|ben)\s+)?[A-ZÀ-Ý][\w'’-]+)+")


def _fallback_spans(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (for languages the French model knows less well)."""
    out = []
    for m in _CAPSEQ.finditer(text):
        s = m.start()
        if s == 0 or re.search(r"[.!?:«\"“]\s*$|\n\s*$", text[max(0, s - 3) : s]):
            continue  # sentence-initial: not evidence of a name
        out.append((s, m.end(), "MISC"))
    return out


# --------------------------------------------------------------------------- spans and cleaning


def clean_span(text: str, start: int, end: int, french: bool = True) -> tuple[int, int] | None:
    """Trim a raw NER span to a plausible name, or None when it is junk."""
    if "\n" in text[start:end]:
        pieces, pos = [], start
        for line in text[start:end].split("\n"):
            pieces.append((pos, pos + len(line)))
            pos += len(line) + 1
        start, end = max(pieces, key=lambda p: p[1] - p[0])
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    if end > start and text[end - 1] == "." and not re.search(r"(?:^|[\s.])[A-Z]\.$", text[start:end]):
        end -= 1
    # leading lower-case words ("selon Poutine", "le maire Jean Roy" -> keep the name)
    while True:
        m = re.match(r"[a-zà-ÿ][\w'’]*\s+", text[start:end])
        if not m or not re.search(r"[A-ZÀ-Ý]", text[start + m.end() : end]):
            break
        start += m.end()
    m = _ELISION.match(text, start, end)
    if m:
        start = m.end()
    # a leading function word ("But Phillips", "Et Paris"): drop it when a name follows
    m = re.match(r"([\w'’]+)\s+(?=[A-ZÀ-Ý])", text[start:end])
    if m and fold(m.group(1)) in _JUNK and fold(m.group(1)) not in _ARTICLES:
        start += m.end()
    if not french:  # the French model on other languages runs on: "NATO said", "Moscow on Thursday"
        m = re.search(r"\s+(?!(?:of|de|da|del|van|von|der|al|el|bin|ben|y|and|für)\s)[a-z]", text[start:end])
        if m:
            end = start + m.start()
    m = re.search(r"['’]s$", text[start:end])  # "North Korea's"
    if m:
        end = start + m.start()
    m = re.search(r"\s+([\w'’]+)$", text[start:end])  # "South Korea and"
    if m and m.group(1).islower() and fold(m.group(1)) in _JUNK:
        end = start + m.start()
    m = _ROLE_PREFIX.search(text[start:end])  # "Chinese President Xi Jinping" -> "Xi Jinping"
    if m and m.end() < end - start:
        start += m.end()
    span = text[start:end]
    if len(span) < 2 or not re.search(r"[A-ZÀ-Ý]", span) or span.isdigit():
        return None
    if fold(span.split()[-1]) in _ROLE_WORDS:
        return None  # a title alone: "Chinese President", "Premier ministre"
    if fold(span).replace("'", "").replace("’", "").strip(". ") in _JUNK:
        return None
    if len(span.split()) > 10:
        return None
    if _is_heading(text, start, end):
        return None
    return start, end


def _is_heading(text: str, start: int, end: int) -> bool:
    """A span opening a short unpunctuated line, in sentence case ("Besoin urgent de munitions du côté
    russe"), is a subheading, not a name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    # a span opening a short line without a full stop: a title, whatever follows it on the line
    if text[line_start:start].strip() or len(line.split()) > 12 or line.endswith((".", "!", "?", "»", '"')):
        return False
    return sum(1 for w in text[start:end].split() if w[:1].islower() and len(w) >= 4) >= 2


def _with_number(text: str, s: int, e: int) -> int:
    """'SDIS 76', 'G 20': an all-caps acronym keeps the short number that follows it."""
    if text[s:e].isupper() and " " not in text[s:e]:
        m = re.match(r" \d{1,3}\b(?![.,]?\d)", text[e : e + 5])
        if m:
            return e + m.end()
    return e


def _split_lists(text: str, spans: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """'Courrèges, Mademoiselle Chanel', 'Donald Trump and Kim' are two names: cut spans at commas,
    semicolons and a conjunction before a capital."""
    out = []
    for s, e, lab, prio in spans:
        pos = s
        for m in re.finditer(r"\s*[,;]\s+|\s+(?:and|y|und|et)\s+(?=[A-ZÀ-Ý])", text[s:e]):
            out.append((pos, s + m.start(), lab, prio))
            pos = s + m.end()
        out.append((pos, e, lab, prio))
    return out


def _doc_spans(doc: Document, ner: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = [(s, e, lab, 0) for s, e, lab in ner]
    spans += [(s, e, lab, 1) for s, e, lab in _gazetteer_spans(doc.text)]
    if doc.language not in ("fr", "und", ""):
        spans += [(s, e, lab, 2) for s, e, lab in _fallback_spans(doc.text)]
    spans = [(s, _with_number(doc.text, s, e), lab, prio) for s, e, lab, prio in spans]
    cleaned = []
    french = doc.language in ("fr", "und", "")
    for s, e, lab, prio in _split_lists(doc.text, spans):
        c = clean_span(doc.text, s, e, french)
        if c:
            cleaned.append((c[0], c[1], lab if lab in _TYPES else "MISC", prio))
    # longest first, then NER before gazetteer before fallback; keep non-overlapping
    cleaned.sort(key=lambda x: (-(x[1] - x[0]), x[3], x[0]))
    taken: list[tuple[int, int, str]] = []
    for s, e, lab, prio in cleaned:
        if any(s < te and ts < e for ts, te, _ in taken):
            continue
        if prio == 2 and any(abs(s - ts) < 2 for ts, _, _ in taken):
            continue
        taken.append((s, e, lab))
    return sorted(taken)


# --------------------------------------------------------------------------- mentions and linking


@dataclass(slots=True)
class _Mention:
    doc: Document
    start: int
    end: int
    label: str
    story: str
    key: str
    node: str
    role: bool = False
    demonym: bool = False

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]


class _UnionFind(UnionFind[str]):
    def union(self, keep: str, other: str) -> None:
        # table nodes stay roots so the canonical name comes from the table
        if self.find(other).startswith("T:") and not self.find(keep).startswith("T:"):
            keep, other = other, keep
        super().union(keep, other)


def _acts_as_state(text: str, start: int, end: int) -> bool:
    """'Pyongyang a démenti', 'contre Moscou et Pyongyang': the capital stands for the state."""
    from recoupe.facts.quotes import speech_forms

    after = re.match(r"\s*,?\s*([\w'’-]+)", text[end : end + 40])
    if after:
        word = fold(after.group(1)).replace("’", "'")
        if word in _STATE_ACTS or word in speech_forms():
            return True
    before = re.search(r"([\w'’-]+)\s*,?\s*$", text[max(0, start - 25) : start])
    return bool(before and fold(before.group(1)) in _STATE_BEFORE)


def _person_inside(text: str, s: int, e: int) -> int | None:
    """'The Canadian Press Kevin Vickers', 'Getty Images Ann Roy' (a credit run into a caption): where the
    person's name starts, when a given name follows two or more other capitalised words."""
    toks = list(re.finditer(r"\S+", text[s:e]))
    if len(toks) < 3:
        return None
    for j in range(2, len(toks) - 1):
        if given_name_gender(toks[j].group(0)) is not None:
            if toks[j + 1].group(0)[:1].isupper() and (fold(toks[0].group(0)) in _ARTICLES or all(
                    given_name_gender(t.group(0)) is None for t in toks[:j])):
                return s + toks[j].start()
            return None
    return None


def _make_mention(doc: Document, s: int, e: int, label: str, story: str) -> _Mention:
    inside = _person_inside(doc.text, s, e)
    if inside is not None:
        s, label = inside, "PER"
    art = re.match(r"(?:Le|La|Les|L'|L’|The)\s*(?=[A-ZÀ-Ý])", doc.text[s:e])
    if art and name_key(doc.text[s + art.end() : e]) in _table().by_key:
        s += art.end()  # "La France": the article is not part of the name
    text = doc.text[s:e]
    head = re.search(r"([\w'’-]+)\s+$", doc.text[max(0, s - 30) : s])
    if head and label in ("PER", "MISC") and fold(head.group(1)) in _ORG_HEADS_FOLDED:
        label = "LOC" if fold(head.group(1)) in _PLACE_HEADS else "ORG"  # "le groupe Orlova"
    elif (label != "PER" and len(text.split()) in (2, 3) and given_name_gender(text) is not None
          and _NAME_WORDS.fullmatch(text)):
        label = "PER"  # "Josh Matlow" tagged MISC by the French model on English text
    key = name_key(text)
    hit = _table().by_key.get(key)
    if hit is not None:
        idx, is_capital = hit
        if not is_capital or _acts_as_state(doc.text, s, e):
            return _Mention(doc, s, e, _entry(idx)["type"], story, key, f"T:{idx}")
        return _Mention(doc, s, e, "LOC", story, key, f"C:{idx}")  # the city, in any language
    if " " not in text and is_demonym(doc.text, s, e):
        return _Mention(doc, s, e, "MISC", story, key, f"D:{key}", demonym=True)
    if " " not in key:  # a short form: its meaning depends on the story ("Marcadet")
        return _Mention(doc, s, e, label, story, key, f"S:{story}:{key}")
    return _Mention(doc, s, e, label, story, key, f"K:{key}")


def is_demonym(text: str, start: int, end: int) -> bool:
    """'les Américains', 'des Européens', 'Nord-Coréens': a capitalised plural people name, not a place."""
    word = fold(text[start:end])
    if not word.endswith(_DEMONYM_ENDINGS) or not text[start:start + 1].isupper():
        return False
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _COMPASS:
        return True
    before = re.search(r"([\w'’]+)\s+$", text[max(0, start - 20) : start])
    return bool(before and fold(before.group(1)) in _PLURAL_DET)


def _spread_demonyms(mentions: list[_Mention]) -> None:
    """Every use of a word seen as a demonym is one ("Américains et Européens" after "les Américains"),
    and so is a word of the same kind coordinated with one."""
    keys = {m.key for m in mentions if m.demonym}
    by_pos = {(m.doc.id, m.start): m for m in mentions}
    for m in sorted(mentions, key=lambda m: (m.doc.id, m.start)):
        if m.demonym or not m.node.startswith("S:") or not fold(m.text).endswith(_DEMONYM_ENDINGS):
            continue
        prev = re.search(r"(?:\s+(?:et|and|ou|or)\s+|\s*,\s*)$", m.doc.text[max(0, m.start - 6) : m.start])
        before = [o for o in by_pos.values() if o.doc.id == m.doc.id and o.demonym and prev
                  and o.end == m.start - len(prev.group(0))]
        if m.key in keys or before:
            m.label, m.node, m.demonym = "MISC", f"D:{m.key}", True
            keys.add(m.key)


def _given_names() -> dict[str, str]:
    global _GIVEN
    if _GIVEN is None:
        males, females = {fold(n) for n in MALE}, {fold(n) for n in FEMALE}
        _GIVEN = {n: "m" for n in males - females} | {n: "f" for n in females - males}
        _GIVEN |= {n: "" for n in (males & females) | {fold(n) for n in UNISEX}}
    return _GIVEN


_GIVEN: dict[str, str] | None = None


def given_name_gender(name: str) -> str | None:
    """'m' or 'f' when the first word of ``name`` is a common given name of that gender, '' for a given
    name borne by both, None when it is not a known given name ("Jean-Luc Roy" -> 'm')."""
    words = fold(name).replace("’", "'").split()
    if len(words) < 2 and not name[:1].isupper():
        return None
    first = words[0].strip(".,") if words else ""
    got = _given_names().get(first)
    if got is None and "-" in first:
        got = _given_names().get(first.split("-")[0])
    return got


def _story_of(docs: Sequence[Document], stories: Sequence[Story]) -> dict[str, str]:
    if not stories:
        return {d.id: "all" for d in docs}
    out = {doc_id: s.id for s in stories for doc_id in s.documents}
    return {d.id: out.get(d.id, f"solo:{d.id}") for d in docs}


_INITIAL = re.compile(r"(?:^|[.!?:;»\"”]\s+|\n\s*|[«“\"—–-]\s*)$")


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_INITIAL.search(text[max(0, start - 4) : start]))


def _drop_initial_common_words(mentions: list[_Mention]) -> list[_Mention]:
    """A lone capitalised word opening a sentence ("Installée", "Nobody", "Schools") is a name only
    if the alias table knows it or it is capitalised inside a sentence somewhere in the corpus."""
    inside: set[str] = set()
    lower: set[str] = set()
    texts = {m.doc.id: m.doc.text for m in mentions}
    for text in texts.values():
        for w in re.finditer(r"(?<=[\w,] )[A-ZÀ-Ý][\w-]+", text):
            inside.add(w.group(0))
        lower.update(re.findall(r"(?<![\w-])[a-zà-ÿ][\w-]+", text))
    out = []
    for m in mentions:
        t = m.text
        if (" " not in t and not m.node.startswith(("T:", "C:")) and _sentence_initial(m.doc.text, m.start)
                and (t not in inside or t.lower() in lower) and not t.isupper()):
            continue
        out.append(m)
    return out


def _link_acronyms(mentions: list[_Mention], uf: _UnionFind, story_of: dict[str, str]) -> list[_Mention]:
    """``Organisation du Traité de l'Atlantique Nord (OTAN)``: the acronym names the same thing."""
    extra = []
    starts = {(m.doc.id, m.start): m for m in mentions}
    for m in mentions:
        a = _ACRONYM_AFTER.match(m.doc.text, m.end)
        if not a or len(m.key.split()) < 2 or not _acronym_of(a.group(1), m.text):
            continue
        other = starts.get((m.doc.id, a.start(1)))
        if other is None:
            other = _make_mention(m.doc, a.start(1), a.end(1), m.label, story_of[m.doc.id])
            extra.append(other)
        uf.union(m.node, other.node)
    return extra


def _acronym_of(short: str, long: str) -> bool:
    """'OTAN' or 'Ineris' can abbreviate 'Organisation du traité …' / 'Institut national …': the short
    form starts like the long one and its letters appear in order among the long name's letters."""
    s, lo = fold(short).replace(".", ""), fold(long)
    if not s or s[0] != lo[:1]:
        return False
    pos = 0
    for ch in s:
        pos = lo.find(ch, pos) + 1
        if pos == 0:
            return False
    return short.isupper() or len(s) <= 8


def _link_short_forms(mentions: list[_Mention], uf: _UnionFind) -> None:
    """A name that ends one (and only one) longer person name of the same story is that person."""
    full: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    first: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        words = m.key.split()
        if len(words) >= 2 and (m.label == "PER" or m.node.startswith("T:")):
            for i in range(1, len(words)):
                full[m.story][" ".join(words[i:])].add(uf.find(m.node))
            if not m.node.startswith("T:") or _entry(int(m.node[2:]))["type"] == "PER":
                first[m.story][words[0]].add(uf.find(m.node))  # "Kim" for "Kim Jong-un"
    for m in mentions:
        cands = set(full[m.story].get(m.key, ()))
        if " " not in m.key and m.label in ("PER", "MISC") and not m.demonym:
            cands |= first[m.story].get(m.key, set())
        if not cands:
            continue
        if m.node.startswith("T:") and _entry(int(m.node[2:]))["type"] != "PER":
            continue
        roots = {uf.find(c) for c in cands}
        if len(roots) == 1:
            uf.union(roots.pop(), m.node)


def _propagate_surnames(mentions: list[_Mention], uf: _UnionFind) -> list[_Mention]:
    """Every capitalised use of a person's surname in a document that names them in full is a mention
    ("Greenspan also wrote …" after "Dorie Greenspan"), when no other person of the document bears it."""
    by_doc: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc.id].append(m)
    extra = []
    for ms in by_doc.values():
        doc = ms[0].doc
        owners: dict[str, set[str]] = defaultdict(set)
        for m in ms:
            words = m.text.split()
            if m.label == "PER" and len(words) >= 2 and not m.role and (
                    not m.node.startswith("T:") or _entry(int(m.node[2:]))["type"] == "PER"):
                owners[words[-1]].add(uf.find(m.node))
        taken = sorted((m.start, m.end) for m in ms)
        for surname, roots in owners.items():
            if len(roots) != 1 or len(surname) < 3 or not surname[:1].isupper() or fold(surname) in _JUNK:
                continue
            root = next(iter(roots))
            for hit in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", doc.text):
                s, e = hit.span()
                if any(ts < e and s < te for ts, te in taken):
                    continue
                node = f"P:{doc.id}:{s}"
                uf.union(root, node)
                extra.append(_Mention(doc, s, e, "PER", ms[0].story, name_key(surname), node))
    return extra


def _link_contracted_articles(mentions: list[_Mention], uf: _UnionFind) -> None:
    """'du Havre' / 'au Havre' name 'Le Havre' when that name is used in the corpus."""
    nodes = {m.key: m.node for m in mentions}
    for m in mentions:
        before = fold(m.doc.text[max(0, m.start - 3) : m.start])
        if before in ("du ", "au "):
            other = nodes.get("le " + m.key)
            if other:
                uf.union(other, m.node)


def _same_person(a: str, b: str) -> bool:
    """Fuzzy match of two full-name keys, guarded: surnames must agree, first names must be compatible."""
    wa, wb = a.split(), b.split()
    if fuzz.ratio(wa[-1], wb[-1]) < 85:
        return False
    fa, fb = wa[0], wb[0]
    if not (fa == fb or fa[0] == fb[0] and (len(fa) == 1 or len(fb) == 1) or fuzz.ratio(fa, fb) >= 80):
        return False
    return fuzz.ratio(a, b) >= 85


def _link_fuzzy(mentions: list[_Mention], uf: _UnionFind) -> None:
    keys = sorted({m.key for m in mentions if m.label == "PER" and len(m.key.split()) >= 2})
    node_of = {m.key: m.node for m in mentions}
    blocks: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        blocks[k.split()[-1][:1]].append(k)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if _same_person(a, b):
                    uf.union(node_of[a], node_of[b])


# --------------------------------------------------------------------------- roles


def _role_key(phrase: str) -> str:
    return re.sub(r"\s+", " ", fold(phrase).replace("’", "'")).strip(" ,")


def role_before(text: str, start: int) -> tuple[int, str] | None:
    """A role phrase right before a name: "le ministre de l'Intérieur, Paul Roy" -> (pos, "ministre ...")."""
    lo = max(0, start - 90)
    window = text[lo:start]
    cut = max(window.rfind(c) for c in ".!?;:«»\"“”\n")
    window_start = lo + cut + 1
    last = re.search(r"([\w'’]+)[\s]*$", text[window_start:start])
    if last and fold(last.group(1)).split("'")[-1].split("’")[-1] in _ORG_HEADS | _CONNECT:
        return None  # "le PDG du groupe Orlova": the name completes the role, it does not bear it
    for m in _ROLE_BEFORE.finditer(text, window_start, start):
        pos = m.start("role")
        adj = re.search(r"(?<![\w-])([A-ZÀ-Ý][\w-]+)\s+$", text[window_start:pos])
        if adj and adj.group(1).lower() not in _CONNECT and m.start() == pos:
            pos = window_start + adj.start(1)  # "Russian President Vladimir Putin"
        phrase = text[pos:start].rstrip(" ,")
        if _plausible_role(phrase, text[m.end("role") : start].count(",")):
            return pos, phrase
    return None


def _plausible_role(phrase: str, commas: int) -> bool:
    words = re.findall(r"[\w’'-]+", phrase)
    if len(words) > 7 or commas > 1:
        return False
    prev = words[0]
    for w in words[1:]:
        if w.lower() in _VERB_MARKS:
            return False
        if w[:1].isupper() and prev.lower().rstrip("'’") not in _CONNECT and not prev[:1].isupper():
            return False
        prev = w
    return True


def role_after(text: str, end: int) -> str | None:
    """A role phrase in apposition after a name: "Anne Roy, préfète de la Somme," -> "préfète ..."."""
    m = _ROLE_AFTER.match(text[end : end + 120])
    if not m:
        return None
    phrase = m.group("role").strip()
    words = phrase.split()
    if len(words) > 7 or any(w.lower() in _VERB_MARKS for w in words[1:]):
        return None
    return phrase


# a head noun alone ("la préfète") must not be followed by a complement ("la préfète du Nord")
_HEAD_FOLLOW = (r"(?=\s*(?:[,.;:!?\")\n-]|$|(?:a|avait|est|etait|sera|qui|s'est|se|l'a|n'a|ne|y|en|lors|"
                r"dans|au|aux|sur|pour|et|has|had|was|is|said|told)(?![\w'-])))")


def _role_head(phrase: str) -> str:
    return _role_key(phrase).split()[0]


def _bind_roles(mentions: list[_Mention], uf: _UnionFind) -> dict[str, dict[str, set[str]]]:
    """story -> role key -> entity roots bound to it (phrase and head noun)."""
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        root = uf.find(m.node)
        if m.node.startswith("T:"):
            for r in _entry(int(m.node[2:])).get("roles", ()):
                roles[m.story][_role_key(r)].add(root)
        if m.label != "PER":
            continue
        found = [role_after(m.doc.text, m.end)]
        before = role_before(m.doc.text, m.start)
        found.append(before[1] if before else None)
        for phrase in filter(None, found):
            roles[m.story][_role_key(phrase)].add(root)
            roles[m.story]["#" + _role_head(phrase)].add(root)
    return roles


def _role_mentions(
    docs: Sequence[Document], story_of: dict[str, str], roles: dict[str, dict[str, set[str]]],
    taken: dict[str, list[tuple[int, int]]],
) -> list[tuple[Document, int, int, str]]:
    """Uses of a bound role alone ("a précisé le président russe"): (doc, start, end, root)."""
    out = []
    for doc in docs:
        table = roles.get(story_of[doc.id])
        if not table:
            continue
        folded = fold(doc.text)
        spans: list[tuple[int, int, str]] = []
        for key, roots in table.items():
            if len(roots) != 1:
                continue
            phrase = key[1:] if key.startswith("#") else key
            pat = rf"(?<![\w-])(?:le|la|l'|the)\s*{re.escape(phrase)}(?![\w-])"
            if key.startswith("#") or " " not in phrase:
                pat += _HEAD_FOLLOW
            for m in re.finditer(pat, folded):
                spans.append((m.start(), m.end(), next(iter(roots))))
        spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        last_end = -1
        for s, e, root in spans:
            if s < last_end:
                continue
            if _attached(doc.text, s, e, taken.get(doc.id, ())):
                continue  # the role is attached to a name: the name is the mention
            out.append((doc, s, e, root))
            last_end = e
    return out


def _attached(text: str, s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when only spaces or a comma separate the role at ``[s, e)`` from a name."""
    for ts, te in spans:
        gap = text[e:ts] if ts >= e else text[te:s] if te <= s else ""
        if (ts >= e or te <= s) and len(gap) <= 3 and not gap.strip(" ,"):
            return True
    return False


# --------------------------------------------------------------------------- entities


def _entity_type(ms: list[_Mention]) -> EntityType:
    if any(m.demonym for m in ms) and not any(m.node.startswith("T:") for m in ms):
        return "MISC"
    for m in ms:
        if m.node.startswith("T:"):
            return _entry(int(m.node[2:]))["type"]
    if any(m.label == "PER" and " " in m.text and given_name_gender(m.text) is not None for m in ms):
        return "PER"  # a full name opening with a common given name
    votes: Counter[str] = Counter()
    for m in ms:
        if not m.role:
            votes[m.label] += 2 if m.label == "PER" and len(m.key.split()) >= 2 else 1
    if any(m.role for m in ms):
        votes["PER"] += 1
    best = max(_TYPES, key=lambda t: (votes[t], -_TYPES.index(t)))
    return best


def _canonical(ms: list[_Mention]) -> str:
    for m in ms:
        if m.node.startswith("T:"):
            return _entry(int(m.node[2:]))["name"]
        if m.node.startswith("C:"):
            return _entry(int(m.node[2:]))["capitals"][0]
    names = [m for m in ms if not m.role] or ms
    counts = Counter(m.text for m in names)

    def rank(m: _Mention) -> tuple:
        fr = m.doc.language in ("fr", "und", "")
        return (fr, len(m.key.split()), counts[m.text])

    return max(names, key=rank).text


def extract_entities(docs: Sequence[Document], stories: Sequence[Story] = ()) -> list[Entity]:
    """Entities with canonical names, aliases and every mention (doc + span)."""
    docs = list(docs)
    if not docs:
        return []
    story_of = _story_of(docs, stories)
    uf = _UnionFind()
    mentions: list[_Mention] = []
    for doc, ner in zip(docs, nlp.ner_documents(d.text for d in docs), strict=True):
        for s, e, lab in _doc_spans(doc, ner):
            mentions.append(_make_mention(doc, s, e, lab, story_of[doc.id]))
    mentions = _drop_initial_common_words(mentions)
    _spread_demonyms(mentions)
    mentions += _link_acronyms(mentions, uf, story_of)
    for m in mentions:
        uf.find(m.node)
    _link_fuzzy(mentions, uf)
    _link_contracted_articles(mentions, uf)
    _link_short_forms(mentions, uf)
    mentions += _propagate_surnames(mentions, uf)
    roles = _bind_roles(mentions, uf)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        taken[m.doc.id].append((m.start, m.end))
    for doc, s, e, root in _role_mentions(docs, story_of, roles, taken):
        mentions.append(_Mention(doc, s, e, "PER", story_of[doc.id], _role_key(doc.text[s:e]), root, role=True))
    return _build(mentions, uf, docs)


def _build(mentions: list[_Mention], uf: _UnionFind, docs: list[Document]) -> list[Entity]:
    order = {d.id: i for i, d in enumerate(docs)}
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (order[m.doc.id], m.start)):
        groups[uf.find(m.node)].append(m)
    out: list[Entity] = []
    used: set[str] = set()
    for ms in groups.values():
        name = _canonical(ms)
        eid = base = "E:" + slug(name)
        n = 2
        while eid in used:
            eid, n = f"{base}-{n}", n + 1
        used.add(eid)
        aliases = list(dict.fromkeys(m.text for m in ms if m.text != name))
        seen: set[tuple[str, int]] = set()
        refs = []
        for m in ms:
            if (m.doc.id, m.start) not in seen:
                seen.add((m.doc.id, m.start))
                refs.append(m.doc.ref(m.start, m.end))
        out.append(Entity(id=eid, name=name, type=_entity_type(ms), aliases=aliases, mentions=refs))
    return out
