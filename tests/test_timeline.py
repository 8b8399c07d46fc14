"""Timeline: chronological order, coarse dates after precise ones, conflicts shown per value."""

from __future__ import annotations

from recoupe.crosscheck.claims import build_claims
from recoupe.crosscheck.timeline import build_timeline
from recoupe.model import Analysis, DateMention, Document, Story


def _date(doc: Document, expr: str, value: str, kind: str = "date") -> DateMention:
    i = doc.text.index(expr)
    return DateMention(ref=doc.ref(i, i + len(expr)), value=value, kind=kind)


def test_order_granularity_and_durations():
    a = Document(id="a", source="a", text=(
        "Le groupe a racheté l'usine en mars 2025. Le feu s'est déclaré le 4 mars au soir. "
        "Le préfet a visité le site le 2 mars. L'exploitant est installé depuis 12 ans."))
    an = Analysis(documents=[a], stories=[Story("S", ["a"])], dates=[
        _date(a, "mars 2025", "2025-03"), _date(a, "4 mars", "2025-03-04"),
        _date(a, "2 mars", "2025-03-02"), _date(a, "12 ans", "P12Y", kind="duration")])
    tl = build_timeline(an)
    assert [e.date for e in tl] == ["2025-03-02", "2025-03-04", "2025-03"]
    assert tl[1].event == "Le feu s'est déclaré le 4 mars au soir."
    assert all(not e.conflict for e in tl)
    assert tl[0].sources[0].text == "2 mars"


def test_conflicting_dates_one_event_per_value_linked_to_claim():
    a = Document(id="a", source="a", text="L'incendie s'est déclaré mardi soir dans l'usine.")
    b = Document(id="b", source="b", text="Selon nos confrères, l'incendie a éclaté lundi soir.")
    c = Document(id="c", source="c", text="Le feu a pris mardi soir vers 22 heures, dans l'entrepôt principal.")
    an = Analysis(documents=[a, b, c], stories=[Story("S", ["a", "b", "c"])], dates=[
        _date(a, "mardi soir", "2025-03-04"), _date(b, "lundi soir", "2025-03-03"),
        _date(c, "mardi soir", "2025-03-04")])
    an.claims = build_claims(an)
    contested = [c for c in an.claims if c.status == "contested"]
    assert len(contested) == 1
    tl = build_timeline(an)
    assert [(e.date, e.conflict) for e in tl] == [("2025-03-03", True), ("2025-03-04", True)]
    assert all(e.claim == contested[0].id for e in tl)
    assert {r.document for r in tl[1].sources} == {"a", "c"}
    assert tl[1].event == "L'incendie s'est déclaré mardi soir dans l'usine."
