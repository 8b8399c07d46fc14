"""Claims: status, independence of sources, interval logic, self-contradiction, quote variants."""

from __future__ import annotations

from recoupe.crosscheck.claims import build_claims, link_quote_variants, quote_diff
from recoupe.crosscheck.values import quantities_compatible
from recoupe.model import Analysis, DateMention, Derivation, Document, Quantity, Quote, Story


def _doc(doc_id: str, text: str, lang: str = "fr") -> Document:
    return Document(id=doc_id, source=doc_id, text=text, language=lang)


def _date(doc: Document, expr: str, value: str) -> DateMention:
    i = doc.text.index(expr)
    return DateMention(ref=doc.ref(i, i + len(expr)), value=value)


def _qty(doc: Document, expr: str, value: float, unit: str, approx: str = "exact") -> Quantity:
    i = doc.text.index(expr)
    return Quantity(ref=doc.ref(i, i + len(expr)), value=value, unit=unit, approx=approx)


def _quote(doc: Document, words: str, speaker: str | None = None) -> Quote:
    i = doc.text.index(words)
    return Quote(ref=doc.ref(i, i + len(words)), speaker=speaker, speaker_text=speaker)


ORIG = ("L'incendie s'est déclaré mardi soir dans l'usine de Valbourg. Plus de 80 pompiers ont été "
        "mobilisés. Au total, 1 200 habitants ont été évacués.")
INDEP = ("Le feu a pris lundi soir dans l'usine. Quelque 120 pompiers étaient sur place. "
         "Près de 3 000 habitants ont été évacués vers le gymnase.")


def _fire_analysis(with_independent: bool = True) -> Analysis:
    a = _doc("a", ORIG)
    b = _doc("b", ORIG)  # verbatim copy
    c = _doc("c", "Mardi soir, un incendie s'est déclaré à l'usine de Valbourg. Plus de 80 pompiers "
                  "ont été mobilisés et 1 200 habitants ont été évacués.")  # rewrite
    docs = [a, b, c]
    dates = [_date(a, "mardi soir", "2025-03-04"), _date(b, "mardi soir", "2025-03-04"),
             _date(c, "Mardi soir", "2025-03-04")]
    qtys = [
        _qty(a, "Plus de 80 pompiers", 80, "pompier", "more_than"),
        _qty(b, "Plus de 80 pompiers", 80, "pompier", "more_than"),
        _qty(c, "Plus de 80 pompiers", 80, "pompier", "more_than"),
        _qty(a, "1 200 habitants", 1200, "habitant"),
        _qty(b, "1 200 habitants", 1200, "habitant"),
        _qty(c, "1 200 habitants", 1200, "habitant"),
    ]
    derivs = [Derivation("a", "b", "copy", 1.0), Derivation("a", "c", "rewrite", 0.8)]
    if with_independent:
        d = _doc("d", INDEP)
        docs.append(d)
        dates.append(_date(d, "lundi soir", "2025-03-03"))
        qtys += [_qty(d, "120 pompiers", 120, "sapeur-pompier"),
                 _qty(d, "Près de 3 000 habitants", 3000, "habitant", "about")]
    return Analysis(documents=docs, stories=[Story("S1", [x.id for x in docs])], derivations=derivs,
                    dates=dates, quantities=qtys)


def _by_topic(claims, prefix):
    return [c for c in claims if c.topic.startswith(prefix)]


def test_original_copy_rewrite_are_one_source():
    claims = build_claims(_fire_analysis(with_independent=False))
    fire = _by_topic(claims, "date:incendie")
    assert len(fire) == 1
    assert fire[0].status == "single_source"
    assert fire[0].independent_sources == 1
    assert len(fire[0].sources) == 3
    assert "une seule source" in fire[0].statement


def test_independent_report_makes_two_sources_and_contests_the_day():
    claims = build_claims(_fire_analysis())
    fire = _by_topic(claims, "date:incendie")
    assert len(fire) == 1
    c = fire[0]
    assert c.status == "contested"
    assert c.independent_sources == 2
    assert "2025-03-04 (1 source)" in c.statement and "2025-03-03 (1 source)" in c.statement
    assert {s.value for s in c.sources} == {"2025-03-04", "2025-03-03"}
    assert all(s.ref.text.lower() in ("mardi soir", "lundi soir") for s in c.sources)


def test_compatible_but_divergent_numbers_are_not_contested():
    claims = build_claims(_fire_analysis())
    pompiers = _by_topic(claims, "quantity:pompier")
    assert len(pompiers) == 1
    assert pompiers[0].status == "corroborated"
    assert pompiers[0].independent_sources == 2
    assert "divergent but compatible" in pompiers[0].note


def test_incompatible_counts_are_contested():
    claims = build_claims(_fire_analysis())
    evac = _by_topic(claims, "quantity:personne:evacuation")
    assert len(evac) == 1 and evac[0].status == "contested"
    assert "1 200" in evac[0].statement and "3 000" in evac[0].statement


def test_corroborated_when_two_families_agree():
    a = _doc("a", "Selon l'AFP, l'accord a été signé lundi 11 novembre à Genève.")
    b = _doc("b", "D'après l'AFP, les deux pays ont signé l'accord le 11 novembre.")
    an = Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])],
                  dates=[_date(a, "lundi 11 novembre", "2024-11-11"), _date(b, "11 novembre", "2024-11-11")])
    (c,) = build_claims(an)
    assert c.status == "corroborated" and c.independent_sources == 2
    assert c.topic == "date:accord"  # signing an agreement dates the agreement itself
    assert {s.cites for s in c.sources} == {"AFP"}
    assert "same origin: AFP" in c.note


def test_monday_11_vs_saturday_9_is_contested():
    a = _doc("a", "Le traité a été signé lundi 11 novembre, a indiqué le ministère.")
    b = _doc("b", "Les deux délégations ont signé le traité ce samedi au palais.")
    an = Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])],
                  dates=[_date(a, "lundi 11 novembre", "2024-11-11"), _date(b, "ce samedi", "2024-11-09")])
    (c,) = build_claims(an)
    assert c.status == "contested"
    assert c.independent_sources == 2


def test_distant_dates_of_one_event_kind_are_different_events():
    a = _doc("a", "L'incendie s'est déclaré mardi soir. Un premier incendie avait touché le site en 2019.")
    b = _doc("b", "Un incendie a ravagé l'usine le 4 mars au soir.")
    an = Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])],
                  dates=[_date(a, "mardi soir", "2025-03-04"), _date(a, "2019", "2019"),
                         _date(b, "4 mars", "2025-03-04")])
    claims = build_claims(an)
    assert not [c for c in claims if c.status == "contested"]
    statuses = sorted(c.status for c in claims)
    assert statuses == ["corroborated", "single_source"]


def test_million_shells_vs_five_million_projectiles_compatible():
    a = _doc("a", "L'armée a reçu plus d'un million d'obus depuis janvier.")
    b = _doc("b", "Cinq millions de projectiles ont été livrés à l'armée.", "fr")
    an = Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])],
                  quantities=[_qty(a, "plus d'un million d'obus", 1e6, "obus", "more_than"),
                              _qty(b, "Cinq millions de projectiles", 5e6, "projectile")])
    (c,) = build_claims(an)
    assert c.status == "corroborated"
    assert "divergent but compatible" in c.note


def test_interval_logic():
    assert quantities_compatible((80, "more_than"), (120, "exact"))
    assert not quantities_compatible((80, "more_than"), (80, "exact"))
    assert quantities_compatible((100, "about"), (110, "exact"))
    assert not quantities_compatible((100, "about"), (130, "exact"))
    assert quantities_compatible((10000, "up_to"), (8000, "exact"))
    assert not quantities_compatible((24, "less_than"), (30, "exact"))
    assert quantities_compatible((13000, "more_than"), (13000, "exact"))  # a round figure
    assert not quantities_compatible((1200, "exact"), (1300, "exact"))


def test_population_never_meets_evacuation_count():
    a = _doc("a", "La commune compte 12 000 habitants. 300 habitants ont été évacués.")
    b = _doc("b", "Environ 300 personnes ont été évacuées dans la nuit.")
    an = Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])],
                  quantities=[_qty(a, "12 000 habitants", 12000, "habitant"),
                              _qty(a, "300 habitants", 300, "habitant"),
                              _qty(b, "Environ 300 personnes", 300, "personne", "about")])
    claims = build_claims(an)
    assert not [c for c in claims if c.status == "contested"]
    evac = _by_topic(claims, "quantity:personne:evacuation")
    assert evac and evac[0].status == "corroborated"


def test_self_contradiction_farewell_before_visit():
    a = _doc("a", "Le président est arrivé ce mercredi pour une visite de moins de 24 heures. "
                  "Il a fait ses adieux ce mardi à l'aéroport.")
    an = Analysis(documents=[a], stories=[Story("S", ["a"])],
                  dates=[_date(a, "ce mercredi", "2024-11-13"), _date(a, "ce mardi", "2024-11-12")])
    selfc = _by_topic(build_claims(an), "self-contradiction")
    assert len(selfc) == 1
    assert "self-contradiction" in selfc[0].note
    assert selfc[0].status == "contested"


def test_no_self_contradiction_when_order_is_right():
    a = _doc("a", "Le président est arrivé ce mardi pour une visite. Il a fait ses adieux ce mercredi.")
    an = Analysis(documents=[a], stories=[Story("S", ["a"])],
                  dates=[_date(a, "ce mardi", "2024-11-12"), _date(a, "ce mercredi", "2024-11-13")])
    assert not _by_topic(build_claims(an), "self-contradiction")


def test_quote_variants_grouped_and_corroborated():
    a = _doc("a", "« Aucune substance toxique n'a été détectée dans l'air à ce stade », a déclaré la préfète. "
                  "« Nous reconstruirons l'école », a dit le maire.")
    b = _doc("b", "La préfète a assuré : « Aucune substance toxique n'a été détectée dans l'air pour l'instant ».")
    c = _doc("c", "« Aucune substance toxique n'a été détectée dans l'air à ce stade », a déclaré la préfète.")
    quotes = [_quote(a, "Aucune substance toxique n'a été détectée dans l'air à ce stade", "Préfète"),
              _quote(a, "Nous reconstruirons l'école", "Maire"),
              _quote(b, "Aucune substance toxique n'a été détectée dans l'air pour l'instant", "Préfète"),
              _quote(c, "Aucune substance toxique n'a été détectée dans l'air à ce stade", "Préfète")]
    an = Analysis(documents=[a, b, c], stories=[Story("S", ["a", "b", "c"])], quotes=quotes,
                  derivations=[Derivation("a", "c", "copy", 1.0)])
    link_quote_variants(an)
    assert quotes[0].variant_of == quotes[2].variant_of == quotes[3].variant_of == "Q1"
    assert quotes[1].variant_of is None
    (claim,) = _by_topic(build_claims(an), "quote:")
    assert claim.status == "corroborated" and claim.independent_sources == 2


def test_quotes_of_different_speakers_not_linked():
    a = _doc("a", "« La situation est sous contrôle », a dit le maire.")
    b = _doc("b", "« La situation est sous contrôle », a dit le directeur.")
    quotes = [_quote(a, "La situation est sous contrôle", "E1"), _quote(b, "La situation est sous contrôle", "E2")]
    an = Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])], quotes=quotes)
    link_quote_variants(an)
    assert quotes[0].variant_of is None and quotes[1].variant_of is None


def test_quote_diff_shows_changed_words():
    diff = quote_diff("détectée dans l'air à ce stade", "détectée dans l'air pour l'instant")
    assert ("equal", "détectée dans l'air") in diff
    assert ("delete", "à ce stade") in diff
    assert ("insert", "pour l'instant") in diff


def test_people_counts_split_by_what_happens_to_them():
    a = _doc("a", "Plus de 80 pompiers ont été engagés. Deux pompiers ont été conduits à l'hôpital. "
                  "Au total, 1 200 habitants ont été évacués.")
    b = _doc("b", "Quelque 120 pompiers étaient à pied d'œuvre. Près de 3 000 habitants ont dû quitter leur domicile.")
    an = Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])], quantities=[
        _qty(a, "Plus de 80 pompiers", 80, "pompier", "more_than"), _qty(a, "Deux pompiers", 2, "pompier"),
        _qty(a, "1 200 habitants", 1200, "habitant"), _qty(b, "120 pompiers", 120, "pompier"),
        _qty(b, "Près de 3 000 habitants", 3000, "habitant", "about")])
    claims = {c.topic: c for c in build_claims(an)}
    assert claims["quantity:pompier"].status == "corroborated"
    assert claims["quantity:blesse"].status == "single_source"
    assert claims["quantity:personne:evacuation"].status == "contested"


def test_report_of_another_fire_merged_in_the_story_is_not_compared():
    a = _doc("a", "L'incendie s'est déclaré mardi soir. Plus de 80 pompiers ont été engagés.")
    b = _doc("b", "Le feu a pris mardi soir. Au total, 120 pompiers étaient sur place.")
    c = _doc("c", "Un incendie a ravagé un entrepôt lundi 10 mars. Une cinquantaine de pompiers ont lutté.")
    an = Analysis(documents=[a, b, c], stories=[Story("S", ["a", "b", "c"])],
                  dates=[_date(a, "mardi soir", "2025-03-04"), _date(b, "mardi soir", "2025-03-04"),
                         _date(c, "lundi 10 mars", "2025-03-10")],
                  quantities=[_qty(a, "Plus de 80 pompiers", 80, "pompier", "more_than"),
                              _qty(b, "120 pompiers", 120, "pompier"),
                              _qty(c, "Une cinquantaine de pompiers", 50, "pompier", "about")])
    claims = build_claims(an)
    assert not [x for x in claims if x.status == "contested"]
    (main,) = [x for x in claims if x.topic == "quantity:pompier" and x.independent_sources == 2]
    assert {s.ref.document for s in main.sources} == {"a", "b"}


def test_relative_date_guessed_from_the_story_does_not_contest() -> None:
    a = _fire_analysis()
    e = _doc("e", "« L'incendie de l'usine s'est déclaré aujourd'hui », a dit le maire.")
    a.documents.append(e)
    a.stories[0].documents.append("e")
    guessed = _date(e, "aujourd'hui", "2025-03-05")
    guessed.anchor = "story:2025-03-05"  # undated article: resolved against the others' publication date
    a.dates.append(guessed)
    fire = [c for c in build_claims(a) if c.topic.startswith("date:")]
    assert fire and all("e" not in {s.ref.document for s in c.sources} for c in fire)
    assert not any("2025-03-05" in c.statement for c in fire)


def test_quote_claim_names_the_speaker_by_canonical_name() -> None:
    from recoupe.model import Entity

    words = "Nous reconstruirons l'usine avant la fin de l'année"
    a = _doc("a", f"« {words} », a déclaré Dmitry Sukhov.")
    b = _doc("b", f"Le PDG a promis : « {words} ».")
    qa, qb = _quote(a, words, "E:dmitri-soukhov"), _quote(b, words, "E:dmitri-soukhov")
    qa.speaker_text, qb.speaker_text = "Dmitry Sukhov", "Le PDG"
    an = Analysis(documents=[a, b], stories=[Story("S1", ["a", "b"])], quotes=[qa, qb],
                  entities=[Entity("E:dmitri-soukhov", "Dmitri Soukhov", "PER", ["Dmitry Sukhov"])])
    link_quote_variants(an)
    (claim,) = [c for c in build_claims(an) if c.statement.startswith("Propos")]
    assert "Propos de Dmitri Soukhov" in claim.statement and claim.independent_sources == 2


def test_spanish_counts_meet_french_ones() -> None:
    fr = _doc("fr", "Au total, 1 200 habitants ont été évacués dans la nuit.")
    es = _doc("es", "En total, unos 3.000 vecinos fueron evacuados durante la noche.", lang="es")
    a = Analysis(documents=[fr, es], stories=[Story("S1", ["fr", "es"])],
                 quantities=[_qty(fr, "1 200 habitants", 1200, "habitant"),
                             _qty(es, "unos 3.000 vecinos", 3000, "vecino", "about")])
    contested = [c for c in build_claims(a) if c.status == "contested"]
    assert contested and {s.ref.document for s in contested[0].sources} == {"fr", "es"}
