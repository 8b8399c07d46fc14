"""Quantities: value, unit lemma, approximation, and the traps named in the issue."""

from __future__ import annotations

import pytest

from recoupe.facts.quantities import extract_quantities, find_quantities, parse_number
from recoupe.model import Document


def found(text: str, lang: str = "fr") -> list[tuple[str, float, str, str]]:
    return [(text[h.start : h.end], h.value, h.unit, h.approx) for h in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("L'armée masse jusqu'à 10 000 soldats à la frontière.", 10000, "soldat", "up_to"),
        ("Ils ont tiré plus d'un million d'obus.", 1_000_000, "obus", "more_than"),
        ("Le stock compte cinq millions de projectiles.", 5_000_000, "projectile", "exact"),
        ("Une trentaine de pompiers sont intervenus.", 30, "pompier", "about"),
        ("Le village compte près de 3 000 habitants.", 3000, "habitant", "about"),
        ("Le feu a été maîtrisé en moins de 24 heures.", 24, "heure", "less_than"),
        ("La nappe s'étend sur 2,5 kilomètres.", 2.5, "kilomètre", "exact"),
        ("Le chômage a baissé de 10 % cette année.", 10, "%", "exact"),
        ("Le contrat atteint 3 milliards de dollars.", 3e9, "dollar", "exact"),
        ("L'intervention a duré deux heures.", 2, "heure", "exact"),
        ("Le groupe a investi 1,5 million d'euros.", 1.5e6, "euro", "exact"),
        ("Quatre-vingt-dix-sept salariés ont été évacués.", 97, "salarié", "exact"),
        ("Le site emploie environ 450 personnes.", 450, "personne", "about"),
        ("Au moins 12 blessés ont été recensés.", 12, "blessé", "more_than"),
        ("Le panache était visible à 15 km.", 15, "kilomètre", "exact"),
        ("La facture s'élève à 75 €.", 75, "euro", "exact"),
        ("Il a construit 3 000 nouveaux logements.", 3000, "logement", "exact"),
    ],
)
def test_french_quantities(text: str, value: float, unit: str, approx: str) -> None:
    got = found(text)
    assert len(got) == 1, got
    _span, v, u, a = got[0]
    assert (v, u, a) == (pytest.approx(value), unit, approx)


def test_span_covers_cue_number_and_unit() -> None:
    assert found("jusqu'à 10 000 soldats russes")[0][0] == "jusqu'à 10 000 soldats"


@pytest.mark.parametrize(
    "text",
    [
        "Des millions d'obus ont été tirés.",
        "Des milliers de personnes ont défilé.",
        "Des dizaines de blessés ont été soignés.",
        "Plusieurs centaines de riverains sont partis.",
    ],
)
def test_vague_plurals_are_not_numbers(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "En 2022 les prix ont grimpé.",
        "Le scrutin du 19 juin a été annulé.",
        "La loi du 11 novembre 2024 s'applique.",
        "La 16e conférence s'ouvre à Lyon.",
        "Le 1er adjoint a parlé.",
        "L'alerte a été donnée à 22 h 30.",
        "L'alerte a été donnée vers 22 heures.",
        "Un homme est venu avec une valise.",
    ],
)
def test_dates_ordinals_times_and_articles_are_not_quantities(text: str) -> None:
    assert found(text) == []


def test_range_shares_its_unit() -> None:
    got = found("Entre 2 000 et 3 000 personnes ont été évacuées.")
    assert [(v, u) for _s, v, u, _a in got] == [(2000, "personne"), (3000, "personne")]


def test_separators_follow_the_language() -> None:
    assert found("About 1,500 soldiers crossed.", "en") == [("About 1,500 soldiers", 1500, "soldier", "about")]
    assert found("Il a couru 1,500 kilomètre.")[0][1] == pytest.approx(1.5)
    assert found("Hasta 1.500 soldados cruzaron.", "es")[0][1:] == (1500, "soldado", "up_to")


def test_english_traps() -> None:
    assert found("Thousands of people fled.", "en") == []
    assert found("More than 2.5 million people fled.", "en")[0][1:] == (2.5e6, "person", "more_than")
    assert found("The deal is worth $3 billion.", "en")[0][1:3] == (3e9, "dollar")
    assert found("It was the 16th summit.", "en") == []


def test_parse_number_words() -> None:
    assert parse_number("vingt et un") == 21
    assert parse_number("soixante-dix") == 70
    assert parse_number("deux cent mille") == 200_000
    assert parse_number("10 000") == 10_000
    assert parse_number("two hundred and five", "en") == 205


def test_extract_quantities_gives_exact_evidence() -> None:
    doc = Document(id="q1", source="x", text="Près de 3 000 habitants et une trentaine de pompiers.", language="fr")
    qs = extract_quantities([doc])
    assert [(q.value, q.unit, q.approx) for q in qs] == [(3000, "habitant", "about"), (30, "pompier", "about")]
    assert all(q.ref.check(doc) for q in qs)


def test_times_and_calendar_durations_are_not_quantities() -> None:
    assert found("The alarm rang around 10 pm and again at 4 am.", "en") == []
    # a duration in days or years is a date-like duration (see dates), not a count
    assert found("Il vit ici depuis 12 ans.") == []


def test_spaced_quatre_vingt_and_cents_after_digits() -> None:
    assert parse_number("quatre vingt dix") == 90
    assert found("Le titre a perdu 34 cents.")[0][1:3] == (34, "cent")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Le candidat a recueilli 1 200 voix.", "voix"),
        ("Le jury a remis trois prix.", "prix"),
        ("Il a levé les deux bras.", "bras"),
        ("Deux poids lourds bloquent la route.", "poids"),
        ("La cantine sert 300 repas par jour.", "repas"),
        ("Trois cas ont été confirmés.", "cas"),
        ("Six virus ont été isolés.", "virus"),
        ("Cinq discours sont prévus.", "discours"),
        ("Les 40 salariés ont voté.", "salarié"),
        ("Douze médecins sont arrivés.", "médecin"),
        ("Il a couru 42 kilomètres.", "kilomètre"),
        ("La ville a acheté 12 drones.", "drone"),
        ("Trente sapeurs-pompiers sont intervenus.", "sapeur-pompier"),
        ("La marine aligne deux porte-avions.", "porte-avions"),
    ],
)
def test_unit_lemma_keeps_invariable_nouns_and_accents(text: str, unit: str) -> None:
    assert [u for _s, _v, u, _a in found(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Twelve fire engines were sent to the depot.", "fire engine"),
        ("About 200 police officers were deployed.", "police officer"),
        ("Five aid workers were injured.", "aid worker"),
        ("The city sent 3 buses.", "bus"),
        ("Ten children were rescued.", "child"),
        ("Nearly 200 US troops left.", "troop"),
        ("Scientists listed 100 species.", "species"),
    ],
)
def test_english_noun_compounds_count_the_head(text: str, unit: str) -> None:
    assert [u for _s, _v, u, _a in found(text, "en")] == [unit]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Les trois quarts des sondés ont répondu.", 0.75, "sondé"),
        ("Deux tiers des électeurs ont voté.", 2 / 3, "électeur"),
        ("Il a attendu trois quarts d'heure.", 0.75, "heure"),
        ("Le projet a attiré un million et demi de visiteurs.", 1.5e6, "visiteur"),
        ("La ville a reçu 3 millions et demi d'euros.", 3.5e6, "euro"),
        ("Il a passé deux ans et demi en prison.", 2.5, "an"),
        ("La vidéo a fait 100k vues.", 1e5, "vue"),
        ("La start-up a levé 1,2M€.", 1.2e6, "euro"),
        ("Le coureur a fini les 15km.", 15, "kilomètre"),
        ("Le PIB a reculé de -0,8 % au trimestre.", -0.8, "%"),
        ("Il faisait 37°C à l'ombre.", 37, "degré"),
        ("Une bouteille de 75cl a été saisie.", 75, "centilitre"),
    ],
)
def test_fractions_glued_multipliers_and_signs(text: str, value: float, unit: str) -> None:
    got = found(text)
    assert [(v, u) for _s, v, u, _a in got] == [(pytest.approx(value), unit)], got


def test_glued_letters_and_hyphenated_fractions_are_not_misread() -> None:
    assert found("Le rendez-vous est fixé à 10h.") == []
    assert found("Il habite le 16e arrondissement.") == []
    assert [(v, u) for _s, v, u, _a in found("Les deux demi-finales ont eu lieu.")] == [(2.0, "demi-finale")]


def test_glued_lower_case_m_is_metres_unless_after_a_currency() -> None:
    assert [(v, u) for _s, v, u, _a in found("The wall is 10m high.", "en")] == [(10, "metre")]
    assert [(v, u) for _s, v, u, _a in found("They raised $10m in May.", "en")] == [(1e7, "dollar")]
