"""Claims, round 2: event identity (act + object), clause attachment, claim-worthiness, readability."""

from __future__ import annotations

from recoupe.crosscheck.claims import build_claims, claim_worthy
from recoupe.model import Analysis, DateMention, Document, Quantity, Quote, Story


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, source=doc_id, text=text, language="fr")


def _date(doc: Document, expr: str, value: str, nth: int = 0) -> DateMention:
    i = -1
    for _ in range(nth + 1):
        i = doc.text.index(expr, i + 1)
    return DateMention(ref=doc.ref(i, i + len(expr)), value=value)


def _qty(doc: Document, expr: str, value: float, unit: str, approx: str = "exact") -> Quantity:
    i = doc.text.index(expr)
    return Quantity(ref=doc.ref(i, i + len(expr)), value=value, unit=unit, approx=approx)


def _story(docs: list[Document], **kw) -> Analysis:
    return Analysis(documents=docs, stories=[Story("S", [d.id for d in docs])], **kw)


def _topics(claims) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in claims:
        out.setdefault(c.topic, []).append(c)
    return out


def test_signing_by_pronoun_and_ratification_of_the_treaty_are_one_contested_event():
    a = _doc("a", "Le pacte de défense entre Arlonie et Bretzie a été conclu au printemps. Depuis le lundi "
                  "11 novembre 2024, il a été signé par le président et passe dans sa phase de mise en œuvre.")
    b = _doc("b", "Ce samedi, le gouvernement a confirmé cette nouvelle en publiant la ratification du traité "
                  "sur son site.")
    an = _story([a, b], dates=[_date(a, "lundi 11 novembre 2024", "2024-11-11"),
                               _date(b, "Ce samedi", "2024-11-09")])
    claims = build_claims(an)
    assert claims[0].topic == "date:accord"
    assert claims[0].status == "contested" and claims[0].independent_sources == 2


def test_signing_a_petition_is_not_the_agreement():
    a = _doc("a", "Les riverains ont signé la pétition lundi 3 mars devant la mairie.")
    an = _story([a], dates=[_date(a, "lundi 3 mars", "2025-03-03")])
    (c,) = build_claims(an)
    assert c.topic == "date:signature"


def test_earlier_treaties_are_other_events_and_corroborate_each_other():
    a = _doc("a", "Le nouvel accord remplacera les traités signés entre les deux capitales en 1961 et 2000.")
    b = _doc("b", "Ce texte éclipse les précédents accords datant de 1961 et 2000. Le nouveau traité a été "
                  "signé le 19 juin 2024.")
    c = _doc("c", "L'accord a été signé mercredi 19 juin 2024 au palais.")
    an = _story([a, b, c], dates=[
        _date(a, "1961", "1961"), _date(a, "2000", "2000"), _date(b, "1961", "1961"), _date(b, "2000", "2000"),
        _date(b, "19 juin 2024", "2024-06-19"), _date(c, "mercredi 19 juin 2024", "2024-06-19")])
    by = _topics(build_claims(an))
    earlier = by["date:accord-anterieur"]
    assert sorted(cl.sources[0].value for cl in earlier) == ["1961", "2000"]
    assert all(cl.status == "corroborated" for cl in earlier)
    (main,) = by["date:accord"]
    assert main.status == "corroborated" and {s.value for s in main.sources} == {"2024-06-19"}


def test_date_goes_to_the_event_of_its_own_clause():
    a = _doc("a", "Depuis le début des hostilités en 2022, les deux pays ont renforcé leur coopération, et "
                  "cette signature marque une étape.")
    an = _story([a], dates=[_date(a, "2022", "2022")])
    (c,) = build_claims(an)
    assert c.topic == "date:conflit"


def test_return_home_is_not_the_fire_and_evacuation_night_dates_the_fire():
    a = _doc("a", "Les habitants évacués dans la nuit de mardi 4 mars, après l'incendie de l'entrepôt, ont "
                  "été autorisés à regagner leur domicile jeudi après-midi.")
    an = _story([a], dates=[_date(a, "mardi 4 mars", "2025-03-04"), _date(a, "jeudi après-midi", "2025-03-06")])
    by = _topics(build_claims(an))
    assert [s.value for s in by["date:incendie"][0].sources] == ["2025-03-04"]
    assert [s.value for s in by["date:retour"][0].sources] == ["2025-03-06"]


def test_generic_relational_counts_are_not_claims():
    assert not claim_worthy("pays", 2) and not claim_worthy("nations", 2) and not claim_worthy("alliés", 2)
    assert not claim_worthy("heures", 2) and not claim_worthy("puissances", 2) and not claim_worthy("fois", 3)
    assert not claim_worthy("voitures", 2)  # a tiny count of things
    assert claim_worthy("morts", 2) and claim_worthy("blessés", 1) and claim_worthy("voitures", 12)
    assert claim_worthy("%", 1.5) and claim_worthy("soldats", 2)
    a = _doc("a", "Les deux pays ont signé. Deux morts sont à déplorer après deux heures de combats.")
    b = _doc("b", "Les deux pays sont alliés. Le bilan fait état de deux morts.")
    an = _story([a, b], quantities=[_qty(a, "deux pays", 2, "pays"), _qty(b, "deux pays", 2, "pays"),
                                    _qty(a, "Deux morts", 2, "mort"), _qty(b, "deux morts", 2, "mort"),
                                    _qty(a, "deux heures", 2, "heure")])
    (c,) = build_claims(an)
    assert c.topic == "quantity:mort" and c.status == "corroborated"


def test_statement_labels_read_as_french():
    a = _doc("a", "Le site emploie 140 salariés. La fumée était visible à 3 kilomètres de l'usine.")
    b = _doc("b", "« Nous paierons les frais », a déclaré le dirigeant. « Tout sera fait », a-t-on dit.")
    c = _doc("c", "« Nous paierons les frais », a promis le dirigeant. « Tout sera fait », dit-on.")
    i = b.text.index("Nous"), c.text.index("Nous"), b.text.index("Tout"), c.text.index("Tout")
    quotes = [Quote(ref=b.ref(i[0], i[0] + 23), speaker="E:dir", speaker_text="le dirigeant"),
              Quote(ref=c.ref(i[1], i[1] + 23), speaker="E:dir", speaker_text="le dirigeant"),
              Quote(ref=b.ref(i[2], i[2] + 13)), Quote(ref=c.ref(i[3], i[3] + 13))]
    an = _story([a, b, c], quantities=[_qty(a, "140 salariés", 140, "salariés"),
                                       _qty(a, "3 kilomètres", 3, "kilomètres")], quotes=quotes)
    text = " | ".join(cl.statement for cl in build_claims(an))
    assert "Propos du dirigeant" in text and "Propos de le" not in text
    assert "locuteur non identifié" in text
    assert "salarié" in text and "salarie)" not in text
    assert "Distance (kilomètre)" in text and "de usine" not in text


def test_contested_date_lists_only_conflicting_values_and_comes_first():
    texts = {"a": "L'incendie a éclaté mardi 4 mars.", "b": "L'incendie a éclaté le 4 mars.",
             "c": "L'incendie a éclaté lundi 3 mars.",
             "d": "L'incendie a éclaté mardi 4 mars. Les pompiers ont lutté contre l'incendie jusqu'à jeudi."}
    docs = [_doc(k, v) for k, v in texts.items()]
    dates = [_date(docs[0], "mardi 4 mars", "2025-03-04"), _date(docs[1], "4 mars", "2025-03-04"),
             _date(docs[2], "lundi 3 mars", "2025-03-03"), _date(docs[3], "mardi 4 mars", "2025-03-04"),
             _date(docs[3], "jeudi", "2025-03-06")]
    an = _story(docs, dates=dates)
    claims = build_claims(an)
    c = claims[0]
    assert c.status == "contested" and c.topic == "date:incendie"
    assert "2025-03-03" in c.statement and "2025-03-06" not in c.statement


def test_single_source_person_counts_before_side_dates():
    a = _doc("a", "L'usine avait fermé en 2019. L'incendie a éclaté mardi 4 mars. Douze blessés ont été soignés.")
    b = _doc("b", "L'incendie a éclaté le 4 mars.")
    an = _story([a, b], dates=[_date(a, "2019", "2019"), _date(a, "mardi 4 mars", "2025-03-04"),
                               _date(b, "4 mars", "2025-03-04")],
                quantities=[_qty(a, "Douze blessés", 12, "blessé")])
    claims = build_claims(an)
    assert [c.topic for c in claims] == ["date:incendie", "quantity:blesse", "date:fermeture"]
