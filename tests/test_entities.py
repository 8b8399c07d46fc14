"""Entities: spaCy junk cleaned, names normalised across spellings, languages and roles."""

from __future__ import annotations

from recoupe.facts.entities import clean_span, extract_entities, name_key
from recoupe.model import Document, Entity, Story


def _doc(doc_id: str, text: str, language: str = "fr") -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, language=language)


def _find(ents: list[Entity], surface: str) -> Entity:
    hits = [e for e in ents if any(m.text == surface for m in e.mentions)]
    assert len(hits) == 1, (surface, [(e.id, [m.text for m in e.mentions]) for e in ents])
    return hits[0]


def test_every_mention_points_into_its_document():
    d = _doc("a", "Le maire de Lyon, Paul Girard, a rencontré Vladimir Poutine à Moscou.")
    for ent in extract_entities([d]):
        for ref in ent.mentions:
            assert ref.check(d)


def test_poutine_and_zelensky_are_different_people():
    d = _doc("a", "Vladimir Poutine a appelé Vladimir Zelensky mardi. Vladimir Zelensky a refusé l'offre.")
    ents = extract_entities([d])
    assert _find(ents, "Vladimir Poutine").id != _find(ents, "Vladimir Zelensky").id


def test_same_first_name_is_not_the_same_person_for_unknown_names():
    d = _doc("a", "Pierre Lambertin a salué Pierre Vaucourt lors de la réunion du conseil municipal.")
    ents = extract_entities([d])
    assert _find(ents, "Pierre Lambertin").id != _find(ents, "Pierre Vaucourt").id


def test_kim_jong_un_spellings_merge():
    a = _doc("a", "Le dirigeant Kim Jong-un a inspecté une usine mardi.")
    b = _doc("b", "Kim Jong Un a visité une base militaire au nord du pays.")
    c = _doc("c", "Selon la presse, Kim Jong-Un aurait rencontré des ingénieurs.")
    ents = extract_entities([a, b, c])
    kim = _find(ents, "Kim Jong-un")
    assert {m.text for m in kim.mentions} >= {"Kim Jong-un", "Kim Jong Un", "Kim Jong-Un"}


def test_poutine_and_putin_merge_across_languages_with_readable_id():
    fr = _doc("fr", "Vladimir Poutine a signé le texte. Poutine a ensuite quitté la salle.")
    en = _doc("en", "Vladimir Putin signed the treaty on Monday. Putin then left the room.", "en")
    ents = extract_entities([fr, en])
    ent = _find(ents, "Vladimir Putin")
    assert ent.id == "E:vladimir-poutine"
    assert ent.name == "Vladimir Poutine"
    assert {"Poutine", "Putin", "Vladimir Putin"} <= set(ent.aliases)


def test_transliteration_key_is_tolerant():
    assert name_key("Poutine") == name_key("Putin")
    assert name_key("Sergueï Lavrov") == name_key("Sergei Lavrov")
    assert name_key("Loukachenko") == name_key("Lukashenko")
    assert name_key("Vladimir Poutine") != name_key("Vladimir Zelensky")


def test_short_form_links_to_full_name_of_the_same_story_only():
    a = _doc("a", "Hélène Marcadet dirige la cellule de crise. Marcadet a réuni les pompiers à l'aube.")
    b = _doc("b", "Jacques Marcadet, agriculteur, vend ses pommes au marché. Marcadet est satisfait.")
    stories = [Story(id="s1", documents=["a"]), Story(id="s2", documents=["b"])]
    ents = extract_entities([a, b], stories)
    helene = _find(ents, "Hélène Marcadet")
    jacques = _find(ents, "Jacques Marcadet")
    assert helene.id != jacques.id
    assert sum(m.text == "Marcadet" for m in helene.mentions) == 1
    assert sum(m.text == "Marcadet" for m in jacques.mentions) == 1


def test_capital_used_for_the_state_joins_the_country():
    d = _doc("a", "Pyongyang a démenti toute livraison d'armes. La Corée du Nord accuse Séoul de mentir.")
    ents = extract_entities([d])
    nk = _find(ents, "Corée du Nord")
    assert any(m.text == "Pyongyang" for m in nk.mentions)


def test_capital_after_a_locative_preposition_stays_the_city():
    d = _doc("a", "Le sommet s'est tenu à Pyongyang en juin. La Corée du Nord a salué la visite.")
    ents = extract_entities([d])
    assert _find(ents, "Pyongyang").id != _find(ents, "Corée du Nord").id


def test_acronyms_merge_with_long_names_and_other_languages():
    fr = _doc("fr", "L'Organisation du Traité de l'Atlantique Nord (OTAN) réunit ses membres. L'OTAN s'inquiète.")
    en = _doc("en", "NATO leaders met in Brussels on Tuesday.", "en")
    ents = extract_entities([fr, en])
    otan = _find(ents, "NATO")
    assert {"OTAN", "NATO"} <= {m.text for m in otan.mentions}
    assert otan.type == "ORG"


def test_role_phrase_resolves_to_the_person_named_with_it():
    d = _doc(
        "a",
        "La préfète de la Somme, Anne Delorme, s'est rendue sur le site. "
        "Plus tard, la préfète a demandé un rapport complet à l'exploitant.",
    )
    ents = extract_entities([d])
    anne = _find(ents, "Anne Delorme")
    assert any(m.text == "la préfète" for m in anne.mentions)


def test_clean_span_drops_junk_and_trims():
    text = "C'est Le Jean Roy\nLille qu'il a vu."
    assert clean_span(text, 0, 2) is None  # "C'"
    assert clean_span(text, 6, 8) is None  # "Le"
    s, e = clean_span(text, 9, 23)  # "Jean Roy\nLille": line break
    assert "\n" not in text[s:e]
    assert clean_span("Le Premier ministre arrive.", 0, 19) is None  # a title alone
    t2 = "selon l'OTAN, rien"
    s, e = clean_span(t2, 0, 12)
    assert t2[s:e] == "OTAN"


def test_entity_types_are_mapped():
    d = _doc("a", "Emmanuel Macron a visité l'usine Renault de Flins, dans les Yvelines, avec l'ONU.")
    ents = extract_entities([d])
    assert _find(ents, "Emmanuel Macron").type == "PER"
    assert _find(ents, "ONU").type == "ORG"
    assert all(e.type in ("PER", "ORG", "LOC", "MISC") for e in ents)


def test_capital_in_a_dateline_stays_the_city():
    d = _doc("a", "PARIS, 5 mars. Le gouvernement a réuni les préfets. La France reste vigilante.")
    ents = extract_entities([d])
    paris = _find(ents, "PARIS")
    assert paris.id != _find(ents, "France").id


def test_list_spans_are_split_at_commas():
    text = "Étaient présents Lucien Ferrand, Maud Caradec et le préfet."
    d = _doc("a", text)
    names = {m.text for e in extract_entities([d]) for m in e.mentions}
    assert not any("," in n for n in names)


def test_sentences_without_names_are_skipped_by_ner():
    from recoupe.facts.nlp import load_ner, may_hold_names

    assert load_ner() is load_ner()  # one cached NER-only pipeline
    assert load_ner().pipe_names == ["ner"]
    assert not may_hold_names("Elle a été évacuée vers l'hôpital.")
    assert may_hold_names("Les pompiers de Rouen sont arrivés.")
    assert may_hold_names("Poutine a signé.")


def test_parenthesised_short_form_names_the_long_one():
    d = _doc("a", "L'Institut national des risques industriels (Inris) publiera ses mesures. L'Inris a confirmé.")
    ents = extract_entities([d])
    assert _find(ents, "Inris").id == _find(ents, "Institut national des risques industriels").id


def test_name_after_an_organisation_noun_is_an_organisation():
    d = _doc("a", "Le site appartient au groupe Vedrova, dont le siège est à Riga.")
    assert _find(extract_entities([d]), "Vedrova").type == "ORG"


def test_contracted_article_links_to_the_le_form():
    d = _doc("a", "Les blessés ont été conduits à l'hôpital du Havre. Le Havre a ouvert un gymnase.")
    ents = extract_entities([d])
    assert _find(ents, "Havre").id == _find(ents, "Le Havre").id


def test_english_spans_lose_roles_possessives_and_conjunctions():
    d = _doc("en", "Chinese President Xi Jinping met Donald Trump and Kim Jong Un. North Korea's envoy left.", "en")
    names = {m.text for e in extract_entities([d]) for m in e.mentions}
    assert {"Xi Jinping", "Donald Trump", "Kim Jong Un"} <= names
    assert not any(n.endswith("'s") or " and " in n or "President" in n for n in names)


def test_a_subheading_line_is_not_an_organisation() -> None:
    from recoupe.facts.entities import clean_span

    text = "Le sommet s'est achevé jeudi.\n\nBesoin urgent de carburant en ville\n\nLa Banque centrale européenne a réagi."
    s = text.index("Besoin")
    assert clean_span(text, s, s + len("Besoin urgent de carburant")) is None
    s = text.index("Banque")
    assert clean_span(text, s, s + len("Banque centrale européenne")) is not None  # a name inside a sentence
    title = "Intro.\n\nOrganisation des Nations unies\n\nTexte."
    s = title.index("Organisation")
    assert clean_span(title, s, s + len("Organisation des Nations unies")) is not None
