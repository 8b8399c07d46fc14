"""Quotes: parenthetical dashes, names of things in quotation marks, and speakers of partial quotes."""

from __future__ import annotations

from recoupe.facts.entities import extract_entities
from recoupe.facts.quotes import extract_quotes
from recoupe.model import Document, Quote


def _quotes(text: str, language: str = "fr") -> list[Quote]:
    d = Document(id="a", source="a.txt", text=text, language=language)
    return extract_quotes([d], extract_entities([d]))


def _one(quotes: list[Quote], start: str) -> Quote:
    hits = [q for q in quotes if q.ref.text.startswith(start)]
    assert len(hits) == 1, [q.ref.text for q in quotes]
    return hits[0]


def test_mid_sentence_dash_pair_is_a_parenthesis_not_a_dialogue_turn():
    qs = _quotes(
        "Le plan vise les ports du Nord, la Flandre et la Picardie. – toutes régions touchées par la crue "
        "de mars – et ne couvre pas le Sud."
    )
    assert not any(q.ref.text.startswith("toutes") for q in qs)


def test_dialogue_dash_at_line_start_is_still_a_quote():
    qs = _quotes("La préfète Anne Roussel est arrivée au matin.\n— Nous tiendrons la digue, assure la préfète.")
    assert _one(qs, "Nous tiendrons").ref.text == "Nous tiendrons la digue"


def test_name_of_a_treaty_in_marks_is_not_speech():
    qs = _quotes(
        "La surprise fut la signature d'un « traité d'amitié et de coopération renforcée » entre les deux "
        "villes.\n\nL'« Accord de libre-échange des Pyrénées » remplacera les conventions signées en 1990."
    )
    assert qs == []


def test_partial_quote_with_a_verb_is_still_speech():
    qs = _quotes("Le maire Paul Girard a déclaré que « le plan est prêt depuis des mois ».")
    assert _one(qs, "le plan est prêt").speaker == "E:paul-girard"


def test_describe_as_gives_the_subject_not_the_participle_object():
    qs = _quotes(
        "La ministre Clara Dufresne a décrit cette réforme comme un \"tournant historique\", soulignant son "
        "coût modeste."
    )
    q = _one(qs, "tournant historique")
    assert q.speaker == "E:clara-dufresne"


def test_qualify_someone_as_gives_the_subject_not_the_object():
    qs = _quotes(
        "Le maire Paul Girard a reçu Hugo Lemaire mardi. Paul Girard a qualifié Hugo Lemaire de « partenaire "
        "exemplaire » pour la région."
    )
    assert _one(qs, "partenaire exemplaire").speaker == "E:paul-girard"


def test_coordinated_verb_takes_the_subject_of_the_sentence():
    qs = _quotes(
        "Lors de sa visite lundi, Paul Girard a salué une « étape décisive » dans le dossier et a déclaré : "
        "\"La commune paiera sa part sans attendre l'État.\""
    )
    assert _one(qs, "La commune paiera").speaker == "E:paul-girard"


def test_verb_before_the_quote_outranks_a_trailing_selon():
    qs = _quotes(
        "Le maire Paul Girard a reçu Hugo Lemaire. Paul Girard a indiqué que le projet restait de nature "
        "« strictement locale et publique », selon la presse régionale, et a remercié Hugo Lemaire."
    )
    assert _one(qs, "strictement locale").speaker == "E:paul-girard"


def test_role_completed_by_an_organisation_speaks_as_the_person():
    qs = _quotes(
        "Hugo Lemaire dirige la Fédération nationale des meuniers depuis 2019. Interrogé sur les prix, le "
        "président de la Fédération nationale des meuniers a averti : « Les stocks ne passeront pas l'hiver. »"
    )
    assert _one(qs, "Les stocks").speaker == "E:hugo-lemaire"


def test_family_name_first_short_form_links_to_the_only_full_name():
    qs = _quotes(
        "Le ministre Lee Min-ho a reçu la délégation à Séoul. Lors du dîner, Lee a déclaré : "
        "« Nous ouvrirons la frontière au printemps. »"
    )
    assert _one(qs, "Nous ouvrirons").speaker == "E:lee-min-ho"


def test_english_speaker_named_before_a_long_apposition():
    qs = _quotes(
        '"The harbour will reopen by spring," Helen Marsh, director of the northern port studies programme at '
        "the Baltic Maritime Institute in Riga, said in a statement.",
        language="en",
    )
    assert _one(qs, "The harbour").speaker == "E:helen-marsh"


def test_participle_clause_takes_the_subject_of_the_main_clause():
    qs = _quotes(
        "Gregory Hale met Paul Innes on Monday.\n\n"
        '"The budget is fair," he said, adding that cuts would "starve the northern districts of buses".',
        language="en",
    )
    assert _one(qs, "starve the northern").speaker == "E:gregory-hale"


def test_pronoun_speaker_goes_to_a_person_of_the_same_gender():
    qs = _quotes(
        "Margaret Ellis chairs the board. Thomas Reed, her deputy, joined in March.\n\n"
        '"We will publish every invoice," she said.',
        language="en",
    )
    assert _one(qs, "We will publish").speaker == "E:margaret-ellis"


def test_role_with_gender_goes_to_the_person_of_that_gender():
    qs = _quotes(
        "Claire Fontaine a reçu Hugo Lemaire mardi.\n\n"
        "« Le chantier commencera en juin », a précisé la ministre."
    )
    assert _one(qs, "Le chantier").speaker == "E:claire-fontaine"


def test_a_person_in_a_parenthetical_credit_is_not_the_pronoun_speaker():
    qs = _quotes(
        "The new bridge was opened on Friday by Gregory Hale. (Photo: Simon Batt/The Courier)\n\n"
        '"It took eleven years," he said.',
        language="en",
    )
    assert _one(qs, "It took eleven").speaker == "E:gregory-hale"


def test_the_last_speaker_goes_on_when_no_new_subject_is_named():
    qs = _quotes(
        'Gregory Hale spoke first. "We need the bridge," Hale said.\n\n'
        "Traffic on the road to Peter Innes's farm doubled last year.\n\n"
        '"It took eleven years," he said.',
        language="en",
    )
    assert _one(qs, "It took eleven").speaker == "E:gregory-hale"


def test_closing_mark_typed_as_opener_after_a_parenthesis():
    qs = _quotes(
        "Gregory Hale praised the crew on Monday (”Nobody has ever poured concrete this fast in winter”) "
        "before leaving.",
        language="en",
    )
    assert _one(qs, "Nobody has ever").ref.text.endswith("in winter")


def test_what_he_called_is_his_wording_not_a_title():
    qs = _quotes(
        'Gregory Hale said he wept the morning after the flood, in what he called "the longest day of my '
        'whole career."',
        language="en",
    )
    assert _one(qs, "the longest day").speaker == "E:gregory-hale"


def test_subject_with_an_apposition_is_the_pronoun_antecedent():
    qs = _quotes(
        "The council met Peter Innes on Monday. Margaret Ellis, president of the tenants' league, is hopeful "
        "about the vote.\n\n"
        '"We have waited long enough," she said.',
        language="en",
    )
    assert _one(qs, "We have waited").speaker == "E:margaret-ellis"
