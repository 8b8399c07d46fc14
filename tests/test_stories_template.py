"""Two different events written from one template (same wording, other names/places/numbers) stay apart."""

from __future__ import annotations

from recoupe.model import Story
from recoupe.stories import find_derivations, find_stories
from recoupe.stories.features import doc_features
from recoupe.stories.similarity import specifics_conflict
from test_stories_data import doc

TEMPLATE = (
    "Un incendie a détruit {day} un entrepôt de la société {org} à {town}. Au total, {n1} pompiers sont "
    "intervenus pendant {n2} heures pour maîtriser les flammes.\n\n"
    "La directrice du site, {person}, indique que {n3} salariés sont concernés et que l'activité sera "
    "suspendue pendant plusieurs semaines.\n\n"
    "Les habitants du quartier interrogés par notre rédaction se disent inquiets pour la suite. Une réunion "
    "publique est prévue à la salle des fêtes de {town}.\n\n"
    "Les dégâts atteindraient {money} euros, selon une première estimation de l'assureur de {org}."
)
EVENT_A = dict(day="lundi", org="Marlacq Industries", town="Corvelin", n1=48, n2=7, n3=132, person="Sylvie Brandot",
               money="1 250 000")
EVENT_B = dict(day="jeudi", org="Tessonier Logistique", town="Estravaux", n1=63, n2=11, n3=87, person="Gaël Quintaud",
               money="2 900 000")
TRANSLATION_A = (
    "A fire destroyed a warehouse of the Marlacq Industries company in Corvelin on Monday. In all, 48 "
    "firefighters worked for 7 hours to bring the flames under control.\n\n"
    "The site manager, Sylvie Brandot, says 132 employees are affected and that work will stop for several "
    "weeks.\n\n"
    "Residents of the neighbourhood questioned by our newsroom say they are worried about what comes next. A "
    "public meeting is planned in the village hall of Corvelin.\n\n"
    "The damage could reach 1,250,000 euros, according to a first estimate by the insurer of Marlacq Industries."
)


def _docs():
    a = doc("a", TEMPLATE.format(**EVENT_A), published="2025-03-03")
    a_copy = doc("a_copy", TEMPLATE.format(**EVENT_A) + "\nPartager sur Facebook\nLire aussi", published="2025-03-03")
    a_en = doc("a_en", TRANSLATION_A, language="en", published="2025-03-04")
    b = doc("b", TEMPLATE.format(**EVENT_B), published="2025-03-05")
    b_copy = doc("b_copy", "Faits divers\n" + TEMPLATE.format(**EVENT_B), published="2025-03-05")
    return [a, a_copy, a_en, b, b_copy]


def test_template_alike_events_are_separate_stories():
    stories = find_stories(_docs())
    groups = sorted(sorted(s.documents) for s in stories)
    assert groups == [["a", "a_copy", "a_en"], ["b", "b_copy"]]


def test_no_derivation_between_template_alike_events():
    docs = _docs()
    derivs = find_derivations(docs, [Story("S1", [d.id for d in docs])])
    pairs = {frozenset((d.source, d.target)) for d in derivs}
    assert frozenset(("a", "a_copy")) in pairs
    assert frozenset(("b", "b_copy")) in pairs
    event = {"a": "A", "a_copy": "A", "a_en": "A", "b": "B", "b_copy": "B"}
    assert all(event[d.source] == event[d.target] for d in derivs)
    assert any("a_en" in (d.source, d.target) for d in derivs)  # the translation stays in A's family


def test_translation_with_other_number_format_is_no_conflict():
    a, _, a_en, b, _ = _docs()
    fa, fen, fb = doc_features([a, a_en, b])
    assert not specifics_conflict(fa, fen)
    assert specifics_conflict(fa, fb)


def test_independent_reports_naming_other_people_are_not_vetoed():
    # one event told by two outlets in their own words: few names and numbers in common, no shared wording
    a = doc("a", "Un incendie a détruit lundi un entrepôt de Marlacq Industries à Corvelin. Sylvie Brandot, "
                 "directrice du site, évoque 132 salariés concernés. Le sous-préfet Henri Vasseur s'est rendu sur "
                 "place avec 48 pompiers mobilisés.", published="2025-03-03")
    b = doc("b", "À Corvelin, le dépôt logistique du fabricant est parti en fumée en début de semaine. "
                 "Selon le syndicat, représenté par Karim Oudjane, l'usine emploie 140 personnes ; la maire, "
                 "Annick Lemoal, parle d'un choc pour la commune de 5 200 habitants.", published="2025-03-04")
    fa, fb = doc_features([a, b])
    from recoupe.stories.similarity import feature_similarity

    assert specifics_conflict(fa, fb)  # they do share few specifics ...
    assert feature_similarity(fa, fb, published=("2025-03-03", "2025-03-04")) > 0  # ... yet are not vetoed
