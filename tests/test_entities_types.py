"""Entity types: demonyms are people (MISC), a name after a place noun is a place, short forms link."""

from __future__ import annotations

from recoupe.facts.entities import extract_entities, is_demonym
from recoupe.model import Document, Entity


def _ents(text: str) -> list[Entity]:
    return extract_entities([Document(id="a", source="a.txt", text=text, language="fr")])


def _find(ents: list[Entity], name: str) -> Entity:
    hits = [e for e in ents if e.name == name or name in e.aliases]
    assert len(hits) == 1, [(e.name, e.type) for e in ents]
    return hits[0]


def test_plural_demonyms_are_misc_and_one_entity():
    ents = _ents(
        "Le projet inquiète Canadiens et Brésiliens. Les Canadiens ont demandé des garanties, et les "
        "Sud-Africains ont suivi. Ottawa a répondu mardi."
    )
    assert _find(ents, "Canadiens").type == "MISC"
    assert _find(ents, "Brésiliens").type == "MISC"
    assert _find(ents, "Sud-Africains").type == "MISC"
    assert len([e for e in ents if e.name == "Canadiens"]) == 1


def test_demonym_rule_leaves_places_alone():
    text = "Il vit à Amiens depuis 2010, loin des Landes et des Philippines."
    for word in ("Amiens", "Landes", "Philippines"):
        s = text.index(word)
        assert not is_demonym(text, s, s + len(word)), word
    s = text.index("des Landes")  # sanity: the determiner alone does not make a demonym
    assert not is_demonym(text, s + 4, s + 10)


def test_name_after_a_square_noun_is_a_place_and_does_not_take_the_short_form():
    ents = _ents(
        "Le ministre Lee Min-ho a été accueilli sur la place Lee Sun-sin à Séoul. Lee a ensuite "
        "rencontré les élus."
    )
    square = _find(ents, "Lee Sun-sin")
    assert square.type == "LOC"
    assert "Lee" in _find(ents, "Lee Min-ho").aliases


def test_short_form_shared_by_two_people_stays_apart():
    ents = _ents("Lee Min-ho a rencontré Lee Ji-sung à Séoul. Lee a salué la foule.")
    assert not any("Lee" in e.aliases for e in ents if e.type == "PER")


def test_ner_is_given_only_the_words_around_capitalised_words():
    from recoupe.facts.nlp import name_pieces

    filler = "puis la pluie est tombée sans arrêt sur les champs et les routes pendant de longues heures "
    text = "Anne Roussel est arrivée tôt, " + filler + "avant que le convoi ne reparte vers Quimper."
    pieces = [text[s:e] for s, e in name_pieces(text)]
    assert len(pieces) == 2
    assert pieces[0].startswith("Anne Roussel") and "Quimper" in pieces[1]
    assert "champs" not in "".join(pieces)
    names = {e.name for e in _ents(text)}
    assert {"Anne Roussel", "Quimper"} <= names


def test_photo_credit_run_into_a_caption_leaves_the_person_name():
    ents = extract_entities([Document(id="a", source="a.txt", language="en", text=(
        "The ferry sailed at dawn.\n\nThe Harbour Gazette Gregory Hale, left, greets the crew on Monday.\n\n"
        "Hale said the crossing took three hours."))])
    hale = _find(ents, "Gregory Hale")
    assert hale.type == "PER"
    assert not any(e.name.startswith("The Harbour Gazette Gregory") for e in ents)
