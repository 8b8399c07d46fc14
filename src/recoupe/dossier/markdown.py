"""The dossier as Markdown, in the same order as the HTML page.

Per story: claims table, contradictions side by side, timeline, provenance (documents
and derivation edges, aligned passages), quotes with their variants, framing, facts;
then the documents.  Article text is escaped so that it can neither break a table nor
inject Markdown or HTML; evidence links point to ``#doc-N`` anchors before each document.
"""

from __future__ import annotations

import re
from typing import Any

from recoupe.dossier import labels as L
from recoupe.dossier.html import RefView, build_view, format_number

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!{}])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])(\s)", re.M)
MAX_PASSAGE_CHARS = 240


def md_escape(text: Any, inline: bool = True) -> str:
    """Escape Markdown-significant characters; ``inline`` also folds line breaks (for tables, lists)."""
    s = "" if text is None else str(text)
    s = _MD_SPECIAL.sub(r"\\\1", s).replace("&", "&amp;")
    if inline:
        return " ".join(s.split())
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", s)


def code(text: Any) -> str:
    """An inline code span that survives backticks in ``text``; pipes escaped for tables."""
    s = " ".join(str(text).split()).replace("|", "\\|")
    fence = "`" * (max((len(m) for m in re.findall(r"`+", s)), default=0) + 1)
    pad = " " if s.startswith("`") or s.endswith("`") else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _lbl(pair: tuple[str, str]) -> str:
    return L.label(pair)


def _ref(r: RefView, max_chars: int = 200) -> str:
    text = r.text if len(r.text) <= max_chars else r.text[: max_chars - 1] + "…"
    where = f"{md_escape(r.doc_label)}, {r.start}–{r.end}"
    if r.anchor:  # "r-<doc index>-<start>-<end>": Markdown cannot highlight a span, link the document
        return f"«\u202f{md_escape(text)}\u202f» ([{where}](#doc-{r.anchor.split('-')[1]}))"
    return f"«\u202f{md_escape(text)}\u202f» ({where})"


def _edges(raw: str, escaped: str) -> str:
    """``escaped`` with the leading / trailing space of ``raw`` put back (inline escaping strips them)."""
    if not escaped:
        return " " if raw[:1].isspace() else ""
    return (" " if raw[:1].isspace() else "") + escaped + (" " if raw[-1:].isspace() else "")


def _ctx(r: RefView) -> str:
    """The sentence around an evidence span, the span in bold, then where it is."""
    if not (r.before or r.after):
        return _ref(r)
    before = ("…" if r.cut_before else "") + _edges(r.before, md_escape(r.before))
    after = _edges(r.after, md_escape(r.after)) + ("…" if r.cut_after else "")
    where = f"{md_escape(r.doc_label)}, {r.start}–{r.end}"
    link = f"[{where}](#doc-{r.anchor.split('-')[1]})" if r.anchor else where
    return f"« {before}**{md_escape(r.text)}**{after} » ({link})"


def _family(f: dict[str, Any], show_value: bool = True) -> str:
    """One source family on one line: value, the lead source's sentence, the copies in short."""
    head = f"**{' / '.join(md_escape(v) for v in f['values'])}** · " if show_value and f["values"] else ""
    line = head + _ctx(f["lead"]["ref"])
    if f["lead"]["ref"].document != f["original"]["id"]:
        line += f" ({_lbl(L.FIELD['family']).lower()} : {md_escape(f['original']['label'])})"
    if f["others"]:
        seen: dict[str, str] = {}
        for o in f["others"]:
            seen.setdefault(o["ref"].doc_label, L.lookup(L.DERIVATION, o["kind"]).lower())
        what = _lbl(L.FIELD["copy_one" if f["copies"] == 1 else "copies"]) if f["copies"] else _lbl(
            L.FIELD["more_passages"])
        n = f["copies"] or len(f["others"])
        line += f" — _+{n} {what}_ : " + ", ".join(f"{md_escape(d)} ({k})" for d, k in seen.items())
    return line


def _glance(sv: dict[str, Any]) -> list[str]:
    g = sv["glance"]
    figures = [f"**{g['documents']}** documents", f"**{g['texts']}** {_lbl(L.FIELD['texts'])}"]
    figures += [f"{L.lookup(L.STATUS, st)} : **{g[st]}**" for st in ("contested", "corroborated", "single_source")]
    for key, rng in (("published_range", g["published"]), ("events_range", g["events"])):
        if rng:
            figures.append(f"{_lbl(L.FIELD[key])} : **{rng[0]}**" + (f" → **{rng[1]}**" if rng[1] != rng[0] else ""))
    if g["events"] and g["background_events"]:
        figures[-1] += f" (+{g['background_events']} {_lbl(L.FIELD['background'])})"
    out = [f"### {_lbl(L.SECTION['glance'])}", "", " · ".join(figures), "",
           f"**{_lbl(L.SECTION['who_copies'])}**", ""]
    for fam in g["families"]:
        copies = " · ".join(
            md_escape(c["label"]) + f" ({L.lookup(L.DERIVATION, c['kind']).lower()}"
            + (f", {_lbl(L.FIELD['via'])} {md_escape(c['via']['label'])}" if c["via"] else "") + ")"
            for c in fam["copies"]
        )
        out.append(f"- **{md_escape(fam['original']['label'])}** → {copies}")
    if g["independent"]:
        what = _lbl(L.FIELD["independent_texts"] if g["families"] else L.FIELD["no_derivation"])
        out.append(f"- {what} : " + " · ".join(md_escape(d["label"]) for d in g["independent"]))
    out.append("")
    for status, title in (("contested", "contested_list"), ("corroborated", "agreed_list")):
        picked = [c for c in sv["claims"] if c["status"] == status]
        if picked:
            out += [f"**{L.lookup(L.STATUS, status)} — {_lbl(L.FIELD[title])}**", ""]
            out += [f"- {md_escape(c['statement'])}" for c in picked[:8]]
            out += [f"- +{len(picked) - 8}"] if len(picked) > 8 else []
            out.append("")
    return out


def _value(v: Any) -> str:
    if v is None:
        return ""
    return md_escape(format_number(v) if isinstance(v, int | float) and not isinstance(v, bool) else v)


def _tokens(tokens: list[tuple[str, str]]) -> str:
    out = []
    for op, t in tokens:
        word = md_escape(t).strip()
        if not word:
            continue
        out.append(f"~~{word}~~" if op == "del" else f"**{word}**" if op == "ins" else word)
    return " ".join(out)


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(cell.replace("\n", " ") for cell in row) + " |" for row in rows]
    return lines + [""]


def _status(status: str) -> str:
    return f"**{L.lookup(L.STATUS, status)}**"


def _story(k: int, sv: dict[str, Any]) -> list[str]:
    out = [f"## {_lbl(L.SECTION['story'])} {k} : {md_escape(sv['title'])}", ""]
    nothing = f"_{_lbl(L.FIELD['no_items'])}_"
    out += _glance(sv)
    # claims: one line per source family (an original and its copies count once)
    out += [f"### {_lbl(L.SECTION['claims'])}", ""]
    if sv["claims"]:
        rows = []
        for c in sv["claims"]:
            statement = md_escape(c["statement"]) + (f" — _{md_escape(c['note'])}_" if c["note"] else "")
            srcs = "<br>".join(f"{n}. {_family(f)}" for n, f in enumerate(c["families"], 1))
            if c["family_mismatch"]:
                srcs += f"<br>⚠ {len(c['families'])} {_lbl(L.FIELD['family_mismatch'])}"
            rows.append([_status(c["status"]), statement, str(c["independent"]), srcs])
        out += _table([_lbl(L.FIELD[k]) for k in ("status", "statement", "independent", "sources")], rows)
    else:
        out += [nothing, ""]
    # contradictions
    out += [f"### {_lbl(L.SECTION['contradictions'])}", ""]
    for x in sv["contradictions"]:
        out.append(f"#### {_status('contested')} — {md_escape(x['claim']['statement'])}")
        out.append("")
        if x["claim"]["note"]:
            out += [f"_{md_escape(x['claim']['note'])}_", ""]
        rows = [
            [f"**{md_escape(col['value'])}**", str(col["independent"]),
             "<br>".join(f"{n}. {_family(f, show_value=False)}" for n, f in enumerate(col["families"], 1))]
            for col in x["columns"]
        ]
        out += _table([_lbl(L.FIELD["value"]), _lbl(L.FIELD["independent"]), _lbl(L.FIELD["sources"])], rows)
    if not sv["contradictions"]:
        out += [nothing, ""]
    # timeline
    out += [f"### {_lbl(L.SECTION['timeline'])}", ""]
    for ev in sv["timeline"]:
        flag = f" ⚠ **{_lbl(L.FIELD['conflict'])}**" if ev["conflict"] else ""
        out.append(f"- **{md_escape(ev['date'])}** — {md_escape(ev['event'])}{flag}")
        out += [f"  - {_family(f, show_value=False)}" for f in ev["families"]]
    out += [""] if sv["timeline"] else [nothing, ""]
    # provenance
    out += [f"### {_lbl(L.SECTION['provenance'])}", ""]
    out += _table(
        ["Document", _lbl(L.FIELD["site"]), _lbl(L.FIELD["published"]), _lbl(L.FIELD["language"]),
         _lbl(L.FIELD["genre"])],
        [[f"[{code(d['id'])}](#{d['anchor']})", md_escape(d["site"] or "—"), md_escape(d["published"] or "—"),
          md_escape(d["language"]), L.lookup(L.GENRE, d["genre"]) or "—"] for d in sv["documents"]],
    )
    for dv in sv["derivations"]:
        out.append(
            f"- {code(dv['source'])} → {code(dv['target'])} : **{L.lookup(L.DERIVATION, dv['kind'])}** "
            f"({_lbl(L.FIELD['similarity'])} {format_number(dv['score'])})"
            + (f" — _{md_escape(dv['evidence'])}_" if dv["evidence"] else "")
        )
    if sv["derivations"]:
        out.append("")
    for dv in sv["derivations"]:
        if not dv["passages"]:
            continue
        out += [f"#### {_lbl(L.SECTION['passages'])} : {code(dv['source'])} → {code(dv['target'])}", ""]
        rows = []
        for p in dv["passages"]:
            left = _tokens(p["left"]) if "left" in p else md_escape(p["source"].text)
            right = _tokens(p["right"]) if "right" in p else md_escape(p["target"].text)
            rows.append([_clip(left), _clip(right)])
        out += _table([_lbl(L.FIELD["source_text"]), _lbl(L.FIELD["target_text"])], rows)
    # quotes
    out += [f"### {_lbl(L.SECTION['quotes'])}", ""]
    for g in sv["quote_groups"]:
        speakers = ", ".join(md_escape(s) for s in g["speakers"]) or _lbl(L.FIELD["unknown"])
        out.append(f"- **{_lbl(L.FIELD['speaker'])}** : {speakers}")
        for v in g["variants"]:
            body = _ctx(v["ref"])
            if v.get("tokens"):  # wording differences against the reference wording
                body = body.replace(f"**{md_escape(v['ref'].text)}**", _tokens(v["tokens"]), 1)
            extra = f" _({md_escape(v['cue'])})_" if v.get("cue") else ""
            if v.get("translated"):
                extra += f" [{_lbl(L.FIELD['translated'])}]"
            out.append(f"  - {body}{extra}")
    out += [""] if sv["quote_groups"] else [nothing, ""]
    # framing
    out += [f"### {_lbl(L.SECTION['framing'])}", ""]
    for f in sv["framing"]:
        cue = f" _({md_escape(f['cue'])})_" if f["cue"] else ""
        out.append(f"- **{L.lookup(L.FRAMING, f['kind'])}** : {_ctx(f['ref'])}{cue}")
    out += [""] if sv["framing"] else [nothing, ""]
    # facts
    out += [f"### {_lbl(L.SECTION['facts'])}", ""]
    if sv["entities"]:
        out += _table(
            [_lbl(L.SECTION["entities"]), _lbl(L.FIELD["kind"]), _lbl(L.FIELD["aliases"]), _lbl(L.FIELD["mentions"])],
            [[f"**{md_escape(e['name'])}**", L.lookup(L.ENTITY_TYPE, e["type"]),
              " ; ".join(md_escape(a) for a in e["aliases"]), "<br>".join(_ref(r, 80) for r in e["mentions"])]
             for e in sv["entities"]],
        )
    if sv["dates"]:
        out += _table(
            [_lbl(L.FIELD["expression"]), _lbl(L.FIELD["resolution"])],
            [[_ref(x["ref"]), f"**{md_escape(x['value'])}**" + (f" [{md_escape(x['anchor'])}]" if x["anchor"] else "")]
             for x in sv["dates"]],
        )
    if sv["quantities"]:
        out += _table(
            [_lbl(L.FIELD["expression"]), _lbl(L.FIELD["value"]), _lbl(L.FIELD["unit"]), _lbl(L.FIELD["approx"])],
            [[_ref(x["ref"]), f"**{_value(x['value'])}**", md_escape(x["unit"]),
              L.lookup(L.APPROX, x["approx"]) or "exact"] for x in sv["quantities"]],
        )
    if not (sv["entities"] or sv["dates"] or sv["quantities"]):
        out += [nothing, ""]
    return out


def _clip(text: str) -> str:
    return text if len(text) <= MAX_PASSAGE_CHARS else text[: MAX_PASSAGE_CHARS - 1] + "…"


def _document(d: dict[str, Any]) -> list[str]:
    out = [f'<a id="{d["anchor"]}"></a>', "", f"### {md_escape(d['title'] or d['id'])}", ""]
    meta = [
        ("Id", code(d["id"])),
        (_lbl(L.FIELD["site"]), md_escape(d["site"] or "—")),
        (_lbl(L.FIELD["published"]), md_escape(d["published"] or "—")),
        (_lbl(L.FIELD["language"]), md_escape(d["language"])),
        (_lbl(L.FIELD["genre"]), L.lookup(L.GENRE, d["genre"]) or "—"),
        (_lbl(L.FIELD["author"]), md_escape(d["author"] or "—")),
        ("Source", code(d["source"] or "")),
    ]
    if d["url"]:
        meta.append(("URL", f"<{d['url'].replace('>', '%3E').replace(' ', '%20')}>"))
    out += [f"- **{k}** : {v}" for k, v in meta] + [""]
    if d["removed"]:
        out.append(f"**{_lbl(L.SECTION['removed'])}** ({len(d['removed'])}) :")
        out += [f"- _{md_escape(r['reason'])}_ : {md_escape(r['text'])}" for r in d["removed"]]
        out.append("")
    for para in re.split(r"\n\s*\n", d["text"]):
        if para.strip():
            out += [md_escape(para.strip(), inline=False).replace("\n", "  \n"), ""]
    return out


def render_markdown(data: dict[str, Any]) -> str:
    """The whole dossier as Markdown (same content order as the HTML page)."""
    view = build_view(data, with_charts=False)
    for d, raw in zip(view["documents"], data.get("documents", []), strict=False):
        d["text"] = raw.get("text") or ""
    c = view["counts"]
    counts = " · ".join(f"{L.lookup(L.STATUS, st)} : {c.get(st, 0)}"
                        for st in ("contested", "single_source", "corroborated"))
    out = [
        f"# {_lbl(L.SECTION['title'])}", "",
        f"_{md_escape(view['generator'])}_ — {len(view['documents'])} documents, "
        f"{len(view['stories'])} {_lbl(L.SECTION['stories']).lower()} — {counts}", "",
        f"## {_lbl(L.SECTION['summary'])}", "",
    ]
    for k, sv in enumerate(view["stories"], 1):
        sc = sv["counts"]
        out.append(
            f"{k}. **{md_escape(sv['title'])}** — {len(sv['documents'])} documents — "
            + " · ".join(f"{L.lookup(L.STATUS, st)} : {sc.get(st, 0)}"
                         for st in ("contested", "single_source", "corroborated"))
        )
    out.append("")
    for k, sv in enumerate(view["stories"], 1):
        out += _story(k, sv)
    out += [f"## {_lbl(L.SECTION['documents'])}", ""]
    for d in view["documents"]:
        out += _document(d)
    if view["skipped"]:
        out += [f"## {_lbl(L.SECTION['skipped'])}", ""]
        out += [f"- {code(s['source'])} : {md_escape(s['reason'])}" for s in view["skipped"]]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
