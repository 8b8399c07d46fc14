"""Direct quotes and their speakers.

1. Spans: text inside « », “ ”, „ “ or straight "…" (outermost pair, nested quotes stay inside), a
   quote left open at the end of a paragraph continues in the next one; dialogue lines opened by a dash
   ("— Nous tiendrons, assure la préfète.") up to their incise.
2. Cues around each span, within its sentence: an incise after it (", a précisé le président russe",
   ", a-t-elle insisté", ", selon X", '," she said'), or an introduction before it ("X a déclaré : «",
   "X affirme que «", "Selon X, «", "Pour X, «").  The speech-verb lexicon is data
   (:mod:`recoupe.facts.data.cues`).
3. Not speech: titles and names ("le film « … »", "surnommé « … »"), a document's wording
   ("l'accord dispose que … « … »"), scare quotes (1–3 words with no attached cue), a short quote
   repeated in the article with no cue (a title), "dire" used for something else ("a dit au revoir"),
   names of treaties or plans (« pacte de … », a verbless phrase headed by a NAME_HEADS noun) and
   parenthetical dash pairs inside a line ("… Japon. – tous contrariés … – et …").
4. Speaker: an entity mention in the subject (incise or introduction); a pronoun goes to the nearest
   preceding person; a role phrase ("le président russe") reaches its person through the entity
   mentions made by :mod:`recoupe.facts.entities`; a quote with no cue of its own continues the
   previous quote ("« A », a dit X. « B »") or the next one of an unfinished chain.  Pronouns go to the
   nearest subject person of the same gender (given names, honorifics, gendered words: data module
   ``given_names``), or continue the last speaker when no new subject was named; "X a décrit … comme un
   « … »", "X a célébré … et a déclaré : « … »", "…, saying « … »" give the subject of the main clause.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from recoupe.facts.data.cues import (
    COORDINATORS,
    DOCUMENT_NOUNS,
    FINITE_VERB_HINTS,
    NAME_HEADS,
    NOT_SPEECH_AFTER_DIRE,
    PRONOUNS,
    ROLE_NOUNS,
    SOURCE_PREPS,
    SPEECH_VERB_FORMS,
    SPEECH_VERBS_ER,
    TITLE_CUES,
    VERB_ADVERBS,
)
from recoupe.facts.data.given_names import FEMALE_WORDS, MALE_WORDS
from recoupe.facts.entities import given_name_gender
from recoupe.model import Document, Entity, Quote
from recoupe.textnorm import fold, split_lines

_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"', "”": "”"}
_ALT_CLOSER = {"“": '"', '"': "”", "„": '"'}
_DASHES = "—–-"
_WORD = re.compile(r"[\w]+(?:[-'’][\w]+)*")
_SENT_END = re.compile(r"[.!?…](?=\s|$)|\n")
_ABBREVIATIONS = {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mr", "mrs", "ms", "st", "sr", "jr", "gen",
                  "gén", "col", "lt", "sen", "rep", "gov", "prof", "capt", "sgt", "cdt"}
_TITLE = set(TITLE_CUES)
_NAME_HEADS = {fold(w) for w in NAME_HEADS}
_NAMING_VERBS = {"called", "dubbed", "appele", "appelee", "qualifie", "qualifiee", "surnomme", "surnommee"}
_GENDERED = {fold(w).strip("."): "f" for w in FEMALE_WORDS} | {fold(w).strip("."): "m" for w in MALE_WORDS}
_VERB_HINTS = {fold(w) for w in FINITE_VERB_HINTS}
_COORD = set(COORDINATORS)
_ADVERBS = {fold(w) for w in VERB_ADVERBS}
# a quote given as an object of describing verbs: the subject is the speaker, never the object after
_DESCRIBE = {"qualifier", "décrire", "appeler", "parler", "describe", "call"}
_ROLES = {fold(r) for r in ROLE_NOUNS}
_ROLE_ALT = "|".join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
_GENDER_CUES = (
    (re.compile(r"\b(?:Mme|Madame|Mlle|Mademoiselle|Mrs|Ms|Miss)\.?\s*$"), "f"),
    (re.compile(r"\b(?:M\.|Monsieur|Mr\.?)\s*$"), "m"),
    (re.compile(rf"\b(?:la|une|sa)\s+(?:{_ROLE_ALT})\b[^.;:!?«»]{{0,40}}$", re.I), "f"),
    (re.compile(rf"\b(?:le|un|son)\s+(?:{_ROLE_ALT})\b[^.;:!?«»]{{0,40}}$", re.I), "m"),
)
# Words right after a name that show it is the subject (beside auxiliaries and speech verbs).
_SUBJECT_NEXT = {"didn", "doesn", "don", "wasn", "isn", "hasn", "hadn", "won", "wouldn", "couldn", "did",
                 "does", "will", "would", "could", "can", "may", "might", "must", "should", "also", "later",
                 "then", "ne", "n", "était", "sera", "va", "doit", "peut", "estime", "pense", "veut"}
_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "ce", "cette", "son", "sa", "ses", "leur",
                "the", "an", "this", "his", "her", "its"}
_DOCS = set(DOCUMENT_NOUNS)
_SKIP_BEFORE = {"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "a", "the", "an",
                "son", "sa", "ses", "leur", "cette", "ce", "en", "par", "sous", "nom", "of"}
_AUX = {"a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "a-t-il", "a-t-elle", "a-t-on",
        "avait-il", "avait-elle", "ont-ils", "ont-elles", "s'est", "se", "s", "est", "sont", "has", "had",
        "have", "was", "is", "lui", "leur", "nous", "vous", "l'a", "t", "fait", "faisait"}


@dataclass(slots=True)
class _Span:
    open: int  # position of the opening mark (or dash)
    start: int  # content
    end: int
    close: int  # position after the closing mark (== end when unclosed or a dash line)
    unclosed: bool = False
    dash: bool = False  # a dialogue turn opened by a dash: speech by its form


@dataclass(slots=True)
class _Found:
    span: _Span
    cue: str = ""
    attached: bool = False  # the cue touches the quote (incise, colon, "que")
    speaker: str | None = None
    speaker_text: str | None = None
    pronoun: bool = False
    speech: bool = True
    before: bool = False  # the speaker was named before the quote (take the nearest mention)


# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, str]:
    """Folded verb form -> lemma, for every speech verb of the lexicon."""
    out: dict[str, str] = {}
    for lemma, forms in SPEECH_VERB_FORMS.items():
        for form in forms:
            out[fold(form)] = lemma
    for lemma in SPEECH_VERBS_ER:
        base = re.sub(r"^(?:s'|se )", "", lemma)
        if not base.endswith("er") or " " in base:
            continue
        stem = base[:-2]
        soft = stem + "e" if stem.endswith("g") else stem
        for suffix in ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "era", "eront", "a", "ant",
                       "ons", "ez"):
            form = (soft if suffix[0] in "ao" else stem) + suffix
            out[fold(form)] = base
    return out


def _verb(word: str) -> tuple[str, str] | None:
    """(lemma, inverted pronoun or '') when ``word`` is a speech-verb form ("explique-t-elle")."""
    w = fold(word).replace("’", "'")
    m = re.match(r"^(.+?)(?:-t)?-(il|elle|ils|elles|on)$", w)
    pron = ""
    if m:
        w, pron = m.group(1), m.group(2)
    lemma = speech_forms().get(w)
    return (lemma, pron) if lemma else None


# --------------------------------------------------------------------------- spans


def quote_spans(text: str) -> list[_Span]:
    """Quoted spans of a text, outermost marks only, plus dialogue lines opened by a dash."""
    out: list[_Span] = []
    for ls, le in split_lines(text):
        if not _has_marks(text, ls, le):
            out += _dash_turns(text, ls, le)
    for ps, pe in split_lines(text):
        i = ps
        while i < pe:
            if text[i] in _PAIRS and _opens(text, i, pe):
                j, closed = _closing(text, i, pe)
                out.append(_make(text, i, j, j + 1) if closed else _make(text, i, j, j, unclosed=True))
                i = j + 1 if closed else j
                if not closed and j >= pe:
                    break
            else:
                i += 1
    spans = []
    for sp in sorted((s for s in out if s.end > s.start), key=lambda s: s.open):
        spans += _split_incise(text, sp)
    return spans


def _split_incise(text: str, sp: _Span) -> list[_Span]:
    """« A, a déclaré le maire, Yves Kerbrat. B » -> two fragments around the incise."""
    for m in re.finditer(r",\s+", text[sp.start : sp.end]):
        pos = sp.start + m.end()
        words = _WORD.findall(text[pos : pos + 40])[:3]
        if not any(_verb(w) for w in words):
            continue
        stop = re.compile(r"[.!?]\s+").search(text, pos, min(sp.end, pos + 120))
        if not stop or len(_WORD.findall(text[stop.end() : sp.end])) < 2:
            continue
        first = _Span(sp.open, sp.start, sp.start + m.start(), sp.start + m.start())
        second = _make(text, stop.end() - 1, sp.end, sp.close, sp.unclosed)
        return [first, *_split_incise(text, second)]
    return [sp]


def _has_marks(text: str, s: int, e: int) -> bool:
    return any(c in text[s:e] for c in "«“\"")


def _opens(text: str, i: int, pe: int) -> bool:
    if i + 1 >= pe:
        return False
    if text[i] == '"':
        return not text[i + 1].isspace() or (i > 0 and text[i - 1] in " (:\n")
    if text[i] == "”":  # '(”This guy is …”': a closing mark typed as the opening one
        return (i == 0 or text[i - 1] in " (\n") and not text[i + 1].isspace() and "”" in text[i + 1 : pe]
    return True


def _closing(text: str, i: int, pe: int) -> tuple[int, bool]:
    """(position of the closing mark, True), or (where the unclosed quote stops, False): at the line end,
    or at a second opening « (a quote never closed; French nests with “ ” instead).  A mismatched
    closing mark ('“…"') closes the quote when the matching one is absent."""
    opener, closer = text[i], _PAIRS[text[i]]
    reopen = text.find(opener, i + 1, pe) if opener != closer else -1
    for mark in (closer, _ALT_CLOSER.get(opener, "")):
        j = text.find(mark, i + 1, pe) if mark else -1
        if j != -1 and (reopen == -1 or j < reopen):
            return j, True
    return (reopen, False) if reopen != -1 else (pe, False)


def _make(text: str, open_pos: int, end: int, close: int, unclosed: bool = False) -> _Span:
    s, e = open_pos + 1, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1  # '"We knocked on every door," he said': the comma belongs to the sentence
    return _Span(open_pos, s, e, close, unclosed)


_TURN = re.compile(r"(?:^|(?<=[:.!?…»]) )([—–])(?= )|^(-)(?= )")


def _dash_turns(text: str, ls: int, le: int) -> list[_Span]:
    """Dialogue turns opened by a dash at the line start or after ':' or a sentence end."""
    starts = [ls + m.start(1 if m.group(1) else 2) for m in _TURN.finditer(text[ls:le])]
    starts = [s for s in starts if s == ls or not _parenthetical_dash(text, s, le)]
    if not starts:
        return []
    ends = starts[1:] + [le]
    return [_dash_line(text, s, e) for s, e in zip(starts, ends, strict=True)]


def _parenthetical_dash(text: str, pos: int, le: int) -> bool:
    """A dash inside a line that opens a parenthesis ("… Japon. – tous contrariés … – et ne …"), not a
    dialogue turn: the words after it start in lower case, or the same dash closes before the sentence ends."""
    nxt = re.match(r"\s*([\w'’-]+)", text[pos + 1 : le])
    if nxt and nxt.group(1)[:1].islower():
        return True
    end = _SENT_END.search(text, pos + 1, le)
    stop = end.start() if end else le
    return re.search(rf"\s{re.escape(text[pos])}\s", text[pos + 1 : stop]) is not None


def _dash_line(text: str, ps: int, pe: int) -> _Span:
    """'— Nous tiendrons, assure la préfète.': the words up to the incise."""
    end = pe
    for m in re.finditer(r",\s+", text[ps:pe]):
        words = _WORD.findall(text[ps + m.end() : pe])[:3]
        if any(_verb(w) for w in words):
            end = ps + m.start()
            break
    sp = _make(text, ps, end, end)
    return _Span(sp.open, sp.start, sp.end, end, False, dash=True)


# --------------------------------------------------------------------------- cues


def _sentence_ends(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Sentence ends in ``text[lo:hi]``, not after an abbreviation or an initial ("M. Roy", "J. Doe")."""
    out = []
    for m in _SENT_END.finditer(text, lo, hi):
        if m.group(0) == ".":
            word = re.search(r"(\w+)$", text[max(0, m.start() - 8) : m.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        out.append(m)
    return out


def _sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """Start of the sentence before ``s`` and end of the one after ``e`` (quote marks ignored)."""
    lo = max(0, s - 300)
    starts = [m.end() for m in _sentence_ends(text, lo, s)]
    left = starts[-1] if starts else lo
    ends = _sentence_ends(text, e, min(len(text), e + 300))
    right = ends[0].start() if ends else min(len(text), e + 300)
    return left, right


def _after_cue(text: str, sp: _Span, right: int) -> _Found | None:
    """An incise after the closing mark: ', a précisé X', ', a-t-elle dit', ', selon X', ' she said'."""
    seg = text[sp.close : right]
    nxt = min((seg.find(c) for c in "«“\"" if c in seg), default=len(seg))
    seg = seg[:nxt]
    lead = re.match(r"^[\s,;—–-]*", seg)
    assert lead is not None
    punct_inside = any(c in ",.?!…" for c in text[max(sp.start, sp.end - 1) : sp.close])
    head = list(_WORD.finditer(seg))[:12]
    if not punct_inside and not any(c in seg[: lead.end()] for c in ",—–") and not _english_subject(head):
        # '« Terre brûlée » raconte ...': the quoted words are the subject, not speech
        return _late_incise(text, sp, sp.close, sp.close + len(seg), right)
    body_start = sp.close + lead.end()
    appo = _APPOSITION_SAID.match(text, body_start, sp.close + len(seg))
    if appo and _verb(appo.group(2)):  # '," Ann Roy, director of the centre, said'
        f = _Found(sp, _verb(appo.group(2))[0], True, speaker_text=appo.group(1))  # type: ignore[index]
        f.before = True
        return f
    words = list(_WORD.finditer(text, body_start, sp.close + len(seg)))[:12]
    for k, w in enumerate(words):
        low = fold(w.group(0)).replace("’", "'")
        if low in SOURCE_PREPS or (k + 1 < len(words) and f"{low} {fold(words[k + 1].group(0))}" in SOURCE_PREPS):
            if k == 0:
                return _Found(sp, "selon", True, speaker_text=_subject_after(text, w.end(), right))
            return None
        v = _verb(w.group(0))
        if v and k == 0 and fold(w.group(0)).endswith("ant"):
            return None  # '« … », soulignant son importance': the speaker is the subject before the quote
        if v and not _dire_other(text, w.end()):
            lemma, pron = v
            before = [fold(x.group(0)) for x in words[:k]]
            found = _Found(sp, lemma, True)
            if pron:
                found.pronoun, found.speaker_text = True, pron
            elif before and _pronoun_of(before[-1]):
                found.pronoun, found.speaker_text = True, _pronoun_of(before[-1])
            elif before and before[0] in PRONOUNS and all(b in _AUX for b in before[1:]):
                found.pronoun, found.speaker_text = True, before[0]  # "he was quoted as saying"
            elif before and not all(b in _AUX for b in before):
                found.speaker_text = text[words[0].start() : words[k - 1].end()]  # "Smith said"
                found.before = True  # "Carolina coach Rod Smith said": the name nearest the verb
            else:
                found.speaker_text = _subject_after(text, w.end(), right)
            return found
        if fold(w.group(0)) not in _AUX and fold(w.group(0)) not in PRONOUNS and k >= 2 and not _english_subject(words):
            break
    return _late_incise(text, sp, body_start, sp.close + len(seg), right)


def _late_incise(text: str, sp: _Span, s: int, e: int, right: int) -> _Found | None:
    """'… « aucune concentration préoccupante » de polluants, a indiqué la préfète.'"""
    for m in re.finditer(r",\s+(?:(?:a|avait|ont)\s+|(?:a|avait)-t-(il|elle|on)\s+)?([\w'’-]+)", text[s:e]):
        v = _verb(m.group(2))
        if not v:
            continue
        f = _Found(sp, v[0], False)
        pron = m.group(1) or v[1]
        if pron:
            f.pronoun, f.speaker_text = True, pron
        else:
            f.speaker_text = _subject_after(text, s + m.end(), right)
        return f
    return None


_APPOSITION_SAID = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+),\s[^\"“”«»\n]{3,160}?,\s+(?:has\s+|had\s+|a\s+)?([\w'’-]+)")
_EN_SAY = {"said", "says", "told", "added", "explained", "wrote", "noted", "asked", "stated"}


def _english_subject(words: list[re.Match[str]]) -> bool:
    """'," the company chief Tom Hardy said': an English subject before the verb."""
    return any(w.group(0) in _EN_SAY for w in words)


def _pronoun_of(word: str) -> str:
    """'elle' for 'elle' or 'a-t-elle', '' otherwise."""
    m = re.search(r"(?:^|-)(il|elle|ils|elles|on|he|she|they)$", word)
    return m.group(1) if m else ""


def _dire_other(text: str, pos: int) -> bool:
    after = fold(text[pos : pos + 20]).lstrip()
    return any(after.startswith(p) for p in NOT_SPEECH_AFTER_DIRE)


def _subject_after(text: str, pos: int, right: int) -> str | None:
    seg = text[pos:right]
    m = re.match(r"[\s,]*((?:\b(?:M|Mme|Mlle|Dr|Pr|Me|Mr|Mrs|Ms|St|Sen|Rep|Gov)\.|[^.;:!?«»\"“”()\n]){1,90})", seg)
    if not m:
        return None
    subj = m.group(1).strip(" ,")
    subj = re.split(r"\s+(?:lors|dans|devant|pendant|après|avant|depuis|sur|à|au|aux|en|on|in|at|during|"
                    r"jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)\s", " " + subj + " ")[0].strip(" ,")
    return subj or None


def _before_cue(text: str, sp: _Span, left: int) -> _Found | None:
    """An introduction: 'X a déclaré : «', 'X affirme que «', 'Selon X, «', 'Pour X, …«', 'she said: "'."""
    sent_left = left
    closed = max(text.rfind(c, left, sp.open) for c in "»”\"")
    if closed >= left:  # '“A,” said Roenick, “B”': only what follows the previous quote
        left = closed + 1
    pre = text[left : sp.open]
    pre_f = fold(pre).replace("’", "'").rstrip()
    attached = pre_f.endswith((":", " que", " qu'", "that", ","))
    m = re.match(r"^\s*(selon|d'apres|pour|according to|segun)\s+([^,:]{2,80})[,:]", pre_f)
    if m:
        who = pre[m.start(2) : m.end(2)].strip()
        if m.group(1) != "pour" or attached or who[:1].isupper():
            return _Found(sp, "selon", True, speaker_text=who)
    words = list(_WORD.finditer(pre))
    verbs = [(k, v) for k, w in enumerate(words)
             if (v := _verb(w.group(0))) and not _dire_other(text, left + w.end())
             and not (k and fold(words[k - 1].group(0)) in _DETERMINERS)]
    if verbs:
        k, (lemma, pron) = verbs[-1]
        near = len(words) - k <= 4
        found = _Found(sp, lemma, near)
        found.before = True
        prev = [fold(x.group(0)).replace("’", "'") for x in words[max(0, k - 3) : k]]
        subj = [p for p in prev if p not in _AUX and p not in _ADVERBS]
        if pron:
            found.pronoun, found.speaker_text = True, pron
        elif subj and subj[-1] in _COORD:  # "X a célébré … et a déclaré :": the subject of the sentence
            who = _clause_subject(text, sent_left, left + words[k].start())
            if who and fold(who) in PRONOUNS:
                found.pronoun = True
            found.speaker_text = who
        elif (_participle(words[k].group(0)) and k and "," in pre[words[k - 1].end() : words[k].start()]
              and _clause_subject(text, left, left + words[k].start())):
            # "X criticised the plan, saying …", '…," he said, adding …': the subject of the main clause
            who = _clause_subject(text, left, left + words[k].start())
            if who and fold(who) in PRONOUNS:
                found.pronoun = True
            found.speaker_text = who
        elif subj and subj[-1] in PRONOUNS:
            found.pronoun, found.speaker_text = True, subj[-1]
        else:
            found.speaker_text = _trim_subject(pre[: words[k].start()])
            if not found.speaker_text and lemma not in _DESCRIBE:
                found.speaker_text = _subject_after(text, left + words[k].end(), sp.open)
        if found.speaker_text and not found.pronoun:
            head = found.speaker_text.split()
            if fold(head[0]) in PRONOUNS and all(fold(w) in _AUX or _verb(w) for w in head[1:]):
                found.pronoun, found.speaker_text = True, fold(head[0])  # "he said, adding …"
        return found
    if pre_f.endswith(":") and 0 < len(words) <= 8:
        return _Found(sp, "", True, speaker_text=pre.rstrip(" :").strip() or None)
    return None


def _participle(word: str) -> bool:
    """'soulignant', 'saying', 'adding': a present participle."""
    w = fold(word)
    return len(w) > 5 and (w.endswith("ant") or w.endswith("ing"))


def _clause_subject(text: str, s: int, e: int) -> str | None:
    """The subject of the first clause of ``text[s:e]``: the words before its first auxiliary or verb,
    after the last comma ("Lors de la rencontre, Kim a célébré …" -> "Kim")."""
    for w in _WORD.finditer(text, s, e):
        low = fold(w.group(0)).replace("’", "'")
        if (low in _AUX - {"se", "s", "lui", "leur", "nous", "vous", "t"} or _verb(w.group(0))
                or low in _SUBJECT_NEXT or re.fullmatch(r"[a-z]{3,}ed", w.group(0))):
            head = text[s : w.start()].split(",")[-1]
            return _trim_subject(head)
    return None


def _trim_subject(subject: str) -> str | None:
    """'Le maire a ' -> 'Le maire'."""
    words = subject.strip(" ,").split()
    while words and fold(words[-1]).strip(",") in _AUX | _ADVERBS | {"n'a", "ne", "l'a", "s'est", "lui", "y"}:
        words.pop()
    return " ".join(words).strip(" ,") or None


def _is_title(text: str, sp: _Span, left: int) -> bool:
    words = [fold(w).replace("’", "'") for w in _WORD.findall(text[left : sp.open])][-4:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k].split("'")[-1]
        if w in _TITLE:
            # "what he called « … »": a speaker naming something in their own words, not a title
            return not (k and words[k - 1] in PRONOUNS and w in _NAMING_VERBS)
        if w not in _SKIP_BEFORE:
            return False
    return False


def _thing_name(text: str, sp: _Span, left: int) -> bool:
    """« pacte de partenariat global » after "la signature d'un", "L'« Accord de … »": a short noun phrase
    headed by the name of a treaty, plan or programme, with no verb, is a name, not speech."""
    words = [fold(w).replace("’", "'") for w in _WORD.findall(text[sp.start : sp.end])]
    if not words or len(words) > 8 or any(c in text[sp.start : sp.end] for c in ".!?;:"):
        return False
    if words[0].split("'")[-1] not in _NAME_HEADS or any(w in _VERB_HINTS for w in words[1:]):
        return False
    before = [fold(w).replace("’", "'") for w in _WORD.findall(text[left : sp.open])]
    last = before[-1].split("'")[-1] if before else ""
    return not before or last in _SKIP_BEFORE or last in _DETERMINERS or text[sp.start].isupper()


def _document_wording(text: str, left: int, open_pos: int) -> bool:
    words = {fold(w).split("'")[-1] for w in _WORD.findall(text[left:open_pos])}
    return bool(words & _DOCS)


# --------------------------------------------------------------------------- speakers


class _Mentions:
    """Entity mentions of one document, for speaker lookups."""

    def __init__(self, doc: Document, entities: Sequence[Entity], quotes: list[_Span]) -> None:
        self.text = doc.text
        self.items: list[tuple[int, int, str, str]] = []
        for ent in entities:
            for ref in ent.mentions:
                if ref.document == doc.id:
                    self.items.append((ref.start, ref.end, ent.id, ent.type))
        self.items.sort()
        self.types = {m[2]: m[3] for m in self.items}
        self.quotes = quotes
        here = {m[2] for m in self.items}
        self.gender = self._genders({ent.id: ent.name for ent in entities if ent.id in here})

    def _genders(self, names: dict[str, str]) -> dict[str, str]:
        """Entity id -> 'f' or 'm': an honorific or a gendered word next to a mention ("Mrs", "la préfète",
        "spokeswoman Ann Roy", "Ann Roy, a spokeswoman"), the given name ("Ann Roy"), a role phrase before."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for s, e, eid, typ in self.items:
            if typ != "PER":
                continue
            g = _gender_word(self.text, s, e)
            if g:
                votes[eid][g] += 3
                continue
            before = self.text[max(0, s - 60) : s]
            for pattern, g in _GENDER_CUES:
                if pattern.search(before):
                    votes[eid][g] += 1
                    break
        for eid, name in names.items():
            g = given_name_gender(name)
            if g:
                votes[eid][g] += 2
        out = {}
        for eid, c in votes.items():
            (best, n), *rest = c.most_common(2)
            if not rest or n > rest[0][1]:
                out[eid] = best
        return out

    def inside_quote(self, s: int) -> bool:
        return any(q.start <= s < q.end for q in self.quotes)

    def in_range(self, s: int, e: int, last: bool = False) -> tuple[int, int, str, str] | None:
        """The first (or last) mention within ``[s, e)``, persons first."""
        found = [m for m in self.items if s <= m[0] and m[1] <= e and not self.inside_quote(m[0])]
        per = [m for m in found if m[3] == "PER"]
        pick = [m for m in per if " " in self.text[m[0] : m[1]].strip()] or per or found  # full names first
        if not pick:
            return None
        return pick[-1] if last else pick[0]

    def last_person_before(self, pos: int, subject: bool = True, gender: str = "") -> tuple[int, int, str, str] | None:
        """The nearest person before ``pos`` that is a sentence subject (pronouns), else the nearest one;
        a person known to be of the other gender than the pronoun is passed over."""
        found = [m for m in self.items if m[1] <= pos and m[3] == "PER" and not self.inside_quote(m[0])
                 and (not gender or self.gender.get(m[2], gender) == gender) and not self._in_parens(m)]
        for m in reversed(found[-6:] if subject else []):
            if pos - m[1] < 800 and self._subject(m):
                return m
        return found[-1] if found else None

    def _in_parens(self, m: tuple[int, int, str, str]) -> bool:
        """'(Ryan Roy/The Press)': a credit or an aside, not an antecedent."""
        if re.match(r"\s?/\s?[A-Z]", self.text[m[1] : m[1] + 4]):
            return True  # "Adrian Roy/The Press": a photo credit
        opened = self.text.rfind("(", max(0, m[0] - 60), m[0])
        return opened > self.text.rfind(")", max(0, m[0] - 60), m[0]) and ")" in self.text[m[1] : m[1] + 60]

    def subject_at(self, m: tuple[int, int, str, str]) -> bool:
        return self._subject(m)

    def _subject(self, m: tuple[int, int, str, str]) -> bool:
        before = self.text[max(0, m[0] - 16) : m[0]]
        if re.search(r"(?:^|[.!?»”\"\n]\s*|\n)(?:(?:but|and|mais|et|puis|then)\s+)?"
                     r"(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?$", before, re.I):
            return True
        if re.match(r"['’]s\b", self.text[m[1] : m[1] + 3]):
            return False  # "Peter Roy's farm": a possessive
        appo = re.match(r",[^,.;:!?\"“”«»\n]{3,90},\s+([\w'’-]+)", self.text[m[1] : m[1] + 110])
        if appo and (fold(appo.group(1)) in _AUX or fold(appo.group(1)) in _SUBJECT_NEXT or _verb(appo.group(1))):
            return True  # "Ann Roy, president of the league, is hopeful …"
        nxt = _WORD.findall(self.text[m[1] : m[1] + 30])[:2]
        if nxt and (fold(nxt[0]) in _SUBJECT_NEXT or re.fullmatch(r"[a-z]{3,}ed", nxt[0])):
            return True  # "Mulder didn't hesitate", "Hawes bristled"
        return any(fold(w) in _AUX or _verb(w) for w in nxt)


def _gender_word(text: str, s: int, e: int) -> str:
    """'f'/'m' from a gendered word among the two words before a mention ("Mrs.", "spokeswoman", "la
    préfète") or heading an apposition after it ("Ann Roy, a spokeswoman for …")."""
    before = re.findall(r"[\w.'’-]+", text[max(0, s - 40) : s])[-1:]
    if before and fold(before[0]).strip(".") in _GENDERED:
        return _GENDERED[fold(before[0]).strip(".")]
    m = re.match(r"\s*,\s*(?:(a|an|the|un|une|le|la|l'|l’)\s*)?((?:[\w'’-]+\s+){0,3})", text[e : e + 60])
    if not m:
        return ""
    words = [fold(w) for w in m.group(2).split()]
    for w in words if m.group(1) else words[:1]:  # "Ann Roy, the group's spokeswoman"
        if w in _GENDERED:
            return _GENDERED[w]
    return ""


def _resolve(doc: Document, f: _Found, ments: _Mentions, entities: Sequence[Entity],
             prev: _Found | None = None) -> None:
    text = doc.text
    if f.pronoun:
        gender = PRONOUNS.get(f.speaker_text or "", "")
        m = ments.last_person_before(f.span.open, gender=gender)
        if (prev and prev.speaker and ments.types.get(prev.speaker) == "PER" and f.span.open - prev.span.close < 600
                and (m is None or m[0] < prev.span.open or not ments.subject_at(m))
                and (not gender or ments.gender.get(prev.speaker, gender) == gender)):
            f.speaker = prev.speaker  # the last speaker goes on: no new subject named since their quote
        elif m:
            f.speaker = m[2]
        return
    if not f.speaker_text:
        return
    pos = text.find(f.speaker_text, max(0, f.span.open - 400), f.span.close + 400)
    if pos >= 0:
        m = ments.in_range(pos, pos + len(f.speaker_text), last=f.before)
        role = _ROLE_PHRASE.findall(f.speaker_text)
        if m and m[3] != "PER" and role and f.before and _definite_role(role[-1].strip()):
            # "le dirigeant du Kremlin a averti": the organisation completes the role, the role speaks
            who = ments.last_person_before(f.span.open, subject=False)
            if who:
                rpos = text.find(role[-1].strip(), pos, m[0])
                f.speaker, f.speaker_text = who[2], text[rpos : m[1]] if rpos >= 0 else role[-1].strip()
                return
        if m:
            f.speaker, f.speaker_text = m[2], text[m[0] : m[1]]
            return
        if role and f.before:
            f.speaker_text = role[-1].strip()
    key = fold(re.sub(r"^(?:le|la|l'|l’|les|the)\s*", "", f.speaker_text, flags=re.I)).strip()
    here = {m[2] for m in ments.items}  # only entities named in this document
    hits = [ent.id for ent in entities if ent.id in here and any(
        fold(re.sub(r"^(?:le|la|l'|l’|les|the)\s*", "", n, flags=re.I)).strip() == key
        for n in [ent.name, *ent.aliases])]
    if len(hits) == 1:
        f.speaker = hits[0]
        return
    if _definite_role(f.speaker_text):  # "a ajouté le dirigeant": the person last named
        m = ments.last_person_before(f.span.open, subject=False, gender=_phrase_gender(f.speaker_text))
        if m:
            f.speaker = m[2]


def _phrase_gender(phrase: str) -> str:
    """'f' for "the spokeswoman", "la ministre"; 'm' for "the chairman", "le ministre"; '' otherwise."""
    words = [fold(w).split("'")[-1] for w in _WORD.findall(phrase)]
    for w in words:
        if w in _GENDERED and w not in ("the", "a", "an"):
            return _GENDERED[w]
    if words and words[0] in ("la", "une") and len(words) > 1 and words[1] in _ROLES:
        return "f"
    if words and words[0] in ("le", "un") and len(words) > 1 and words[1] in _ROLES:
        return "m"
    return ""


_ROLE_PHRASE = re.compile(
    r"(?<![\w-])(?:le|la|l'|l’|the)\s*(?:" + "|".join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
    + r")(?![\w-])(?:\s+[a-zà-ÿ][\w-]*)?", re.I)


def _definite_role(phrase: str) -> bool:
    """'le dirigeant', 'Le syndicaliste', "the group's CEO": a description naming no one."""
    words = [fold(w).split("'")[-1] for w in _WORD.findall(phrase)]
    if not words or words[0] not in ("le", "la", "l", "the") or len(words) > 6:
        return False
    return any(w in _ROLES for w in words[1:3])


# --------------------------------------------------------------------------- main


def _classify(text: str, sp: _Span, repeated: bool) -> _Found:
    left, right = _sentence_bounds(text, sp.open, sp.close)
    n_words = len(_WORD.findall(text[sp.start : sp.end]))
    if _is_title(text, sp, left):
        return _Found(sp, speech=False)
    if _thing_name(text, sp, left):
        return _Found(sp, speech=False)
    found = _after_cue(text, sp, right)
    if found is None or found.cue == "selon":
        before = _before_cue(text, sp, left)
        if found is None or before and before.cue not in ("", "selon") and before.speaker_text:
            found = before  # "X a indiqué que … « … », selon l'agence": X is the speaker
    if sp.dash:
        return found or _Found(sp)
    if found is None:
        found = _Found(sp)
        whole = not text[left : sp.open].strip(" :—–-\n") or text[sp.start].isupper()
        if n_words <= 3 or repeated or _document_wording(text, left, sp.open) or not whole and n_words < 5:
            found.speech = False
        return found
    if n_words <= 3 and not found.attached and not found.speaker_text:
        found.speech = False  # a scare quote: no speaker named around it
    if found.speech and not found.attached and not found.speaker_text and _document_wording(text, left, sp.open):
        found.speech = False
    return found


def extract_quotes(docs: Sequence[Document], entities: Sequence[Entity] = ()) -> list[Quote]:
    """Direct quotes with the quoted words as evidence, the speaker entity and the cue."""
    docs = list(docs)
    if not entities and docs:
        from recoupe.facts.entities import extract_entities

        entities = extract_entities(docs)
    out: list[Quote] = []
    for doc in docs:
        out += _doc_quotes(doc, entities)
    return out


def _doc_quotes(doc: Document, entities: Sequence[Entity]) -> list[Quote]:
    text = doc.text
    spans = quote_spans(text)
    if not spans:
        return []
    counts: dict[str, int] = {}
    for sp in spans:
        k = fold(text[sp.start : sp.end])
        counts[k] = counts.get(k, 0) + 1
    ments = _Mentions(doc, entities, spans)
    found = []
    for sp in spans:
        short = len(_WORD.findall(text[sp.start : sp.end])) <= 6
        f = _classify(text, sp, short and counts[fold(text[sp.start : sp.end])] > 1)
        if f.speech:
            _resolve(doc, f, ments, entities, next((g for g in reversed(found) if g.speaker), None))
            found.append(f)
    _carry(text, found, ments)
    return [Quote(ref=doc.ref(f.span.start, f.span.end), speaker=f.speaker, speaker_text=f.speaker_text, cue=f.cue)
            for f in found]


def _carry(text: str, found: list[_Found], ments: _Mentions) -> None:
    """Quotes without a cue: a paragraph introducing them names the speaker ("Observers say X.\n\n« … »"),
    else they continue a neighbour: the previous quote, or the next one of an open chain."""
    for i, f in enumerate(found):
        if f.cue or f.speaker_text:
            continue
        intro = _intro_paragraph(text, f.span)
        if intro:
            m = ments.in_range(intro[0], intro[1], last=True)
            if m and m[3] == "PER":
                f.speaker, f.speaker_text, f.cue = m[2], text[m[0] : m[1]], intro[2]
                continue
        prev = found[i - 1] if i else None
        if prev and (_adjacent(text, prev.span, f.span) or _opens_paragraph_soon_after(text, prev.span, f.span)):
            f.speaker, f.speaker_text, f.cue = prev.speaker, prev.speaker_text, prev.cue
            continue
        if f.span.unclosed and i + 1 < len(found):
            nxt = next((g for g in found[i + 1 :] if g.cue or g.speaker_text), None)
            if nxt:
                f.speaker, f.speaker_text, f.cue = nxt.speaker, nxt.speaker_text, nxt.cue


def _intro_paragraph(text: str, sp: _Span) -> tuple[int, int, str] | None:
    """(start, end, verb lemma) of the paragraph just before a quote that opens its own paragraph,
    when that paragraph has a speech verb outside quotation marks."""
    if sp.open == 0 or not re.search(r"\n\s*$", text[max(0, sp.open - 5) : sp.open]):
        return None  # not the start of a paragraph (or nothing before it)
    head = text[: sp.open].rstrip()
    start = max(head.rfind("\n"), 0)
    para = head[start:]
    if any(c in para for c in "«»“”\""):
        return None
    verbs = [v for w in _WORD.findall(para) if (v := _verb(w))]
    return (start, len(head), verbs[-1][0]) if verbs else None


def _opens_paragraph_soon_after(text: str, a: _Span, b: _Span) -> bool:
    """b opens a paragraph at most one paragraph after a's (a speaker's quotes run on in news style)."""
    gap = text[a.close : b.open]
    if not re.search(r"\n\s*$", gap) or len(gap) > 600:
        return False
    return len([p for p in re.split(r"\n\s*\n|\n", gap) if p.strip()]) <= 2


def _adjacent(text: str, a: _Span, b: _Span) -> bool:
    """b follows a in the same paragraph, or opens the next paragraph."""
    gap = text[a.close : b.open]
    if "\n" not in gap:
        return len(gap) < 200
    lines = gap.split("\n")
    return all(not ln.strip() for ln in lines[1:])
