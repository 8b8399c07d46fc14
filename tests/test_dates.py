"""Dates: rule families and the traps named in the issue (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from recoupe.facts import dates
from recoupe.facts.dates import extract_dates, find_dates
from recoupe.model import Document

PUB = "2024-11-10"  # a Sunday


def values(text: str, published: str | None = PUB, lang: str = "fr") -> dict[str, str]:
    return {text[h.start : h.end]: h.value for h in find_dates(text, published, lang)}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Ce samedi, un entrepôt a brûlé à Vireux.", "Ce samedi", "2024-11-09"),
        ("Le conseil s'est réuni dimanche.", "dimanche", "2024-11-10"),
        ("La cérémonie aura lieu samedi prochain.", "samedi prochain", "2024-11-16"),
        ("Le maire va signer samedi le nouvel arrêté.", "samedi", "2024-11-16"),
        ("Les syndicats manifesteront mardi devant la mairie.", "mardi", "2024-11-12"),
        ("Il était venu samedi dernier.", "samedi dernier", "2024-11-09"),
        ("Il était venu dimanche dernier.", "dimanche dernier", "2024-11-03"),
        ("Le maire l'avait annoncé en juin dernier.", "juin dernier", "2024-06"),
        ("Les travaux reprendront en mars prochain.", "mars prochain", "2025-03"),
        ("Mercredi 19 juin, la digue a cédé.", "Mercredi 19 juin", "2024-06-19"),
        ("Le texte a été voté le 11 novembre 2024 au soir.", "11 novembre 2024", "2024-11-11"),
        ("Le 1er mars 2023, tout a changé.", "1er mars 2023", "2023-03-01"),
        ("Hier, la préfecture a publié un bilan.", "Hier", "2024-11-09"),
        ("Le rapport paraîtra demain.", "demain", "2024-11-11"),
        ("L'année dernière, la récolte fut maigre.", "L'année dernière", "2023"),
        ("Le mois dernier, deux usines ont fermé.", "Le mois dernier", "2024-10"),
        ("Il y a 24 ans, le pont s'effondrait.", "Il y a 24 ans", "2000"),
        ("Il y a trois jours, la grève a commencé.", "Il y a trois jours", "2024-11-07"),
        ("Il est né le 15/05/1999 à Lille.", "15/05/1999", "1999-05-15"),
        ("Le dossier daté du 2023-04-02 est clos.", "2023-04-02", "2023-04-02"),
        ("Une vente aux enchères en juillet 1998 à Reims.", "juillet 1998", "1998-07"),
        ("En 2022 les prix ont grimpé.", "2022", "2022"),
        ("Cette année, la fête est annulée.", "Cette année", "2024"),
    ],
)
def test_french_rules(text: str, span: str, value: str) -> None:
    got = values(text)
    assert got.get(span) == value, got


def test_duration_is_a_duration_not_a_date() -> None:
    hits = find_dates("Il habite le quartier depuis 24 ans.", PUB)
    assert [(h.value, h.kind) for h in hits] == [("P24Y", "duration")]


def test_veille_is_relative_to_the_event_just_mentioned() -> None:
    text = "L'explosion a eu lieu le 3 octobre 2024. La veille, une alarme avait sonné. Le lendemain, rien."
    hits = find_dates(text, PUB)
    got = {text[h.start : h.end]: (h.value, h.anchor) for h in hits}
    assert got["La veille"] == ("2024-10-02", "previous:2024-10-03")
    # "le lendemain" follows the latest day-level date, which is now the eve
    assert got["Le lendemain"][0] == "2024-10-03"


def test_list_of_years_and_counts_are_not_years() -> None:
    got = values("Des immeubles datant de 1961, 2000 et 2001. Il y avait 2000 soldats.", None)
    assert set(got.values()) == {"1961", "2000", "2001"}
    assert "2000 soldats" not in got


def test_without_any_anchor_only_absolute_dates_resolve() -> None:
    # no publication date, no full date in the text, no story anchor: relative expressions give nothing
    got = values("Hier, samedi, le 19 juin, puis en juin dernier, comme en 2021.", None)
    assert got == {"2021": "2021"}


def test_no_false_dates_in_running_text() -> None:
    # "sa", "mar", "mai" inside words, the verb "mars"-like tokens, numbers with units
    assert values("Sa maison est à 200 mètres de la mare ; il a maintenu sa version.") == {}


def test_month_granularity_is_kept() -> None:
    got = values("Les réparations ont été faites fin juin.")
    assert got == {"fin juin": "2024-06"}


def test_english_and_spanish() -> None:
    en = values("Yesterday the mayor said the plant had reopened on June 19, 2024, and would close next Monday.",
                lang="en")
    assert en["Yesterday"] == "2024-11-09"
    assert en["June 19, 2024"] == "2024-06-19"
    assert en["next Monday"] == "2024-11-11"
    assert values("The factory opened 24 years ago.", lang="en") == {"24 years ago": "2000"}
    es = values("Ayer, el alcalde recordó el incendio del 19 de junio de 2023.", lang="es")
    assert es == {"Ayer": "2024-11-09", "19 de junio de 2023": "2023-06-19"}


def test_unknown_language_returns_nothing() -> None:
    assert find_dates("Gestern am 19. Juni 2024", PUB, "de") == []


def test_extract_dates_gives_exact_evidence() -> None:
    doc = Document(id="d1", source="x", text="Samedi 9 novembre, la préfète a parlé. Hier encore.",
                   language="fr", published=PUB)
    mentions = extract_dates([doc])
    assert [m.value for m in mentions] == ["2024-11-09", "2024-11-09"]
    for m in mentions:
        assert m.ref.check(doc)
        assert m.anchor == "published:2024-11-10"


def test_bare_weekday_direction_from_tense_and_distance() -> None:
    # published Wednesday 2025-03-05: "jeudi" with a past verb is last week, with no tense cue it is tomorrow
    pub = "2025-03-05"
    assert values("Le conseil a voté jeudi une motion.", pub) == {"jeudi": "2025-02-27"}
    assert values("Le directeur annonce sa visite jeudi.", pub) == {"jeudi": "2025-03-06"}
    # "à" folded to "a" must not look like a past auxiliary
    assert values("Il renvoie à un communiqué et annonce sa visite jeudi.", pub) == {"jeudi": "2025-03-06"}
    assert values("The director is expected on Thursday.", pub, "en") == {"Thursday": "2025-03-06"}


def test_day_parts_and_month_phrases() -> None:
    got = values("Ce mardi soir, le feu a pris. Une reprise est espérée d'ici à la fin du mois.", "2025-03-05")
    assert got == {"Ce mardi soir": "2025-03-04", "la fin du mois": "2025-03"}
    assert values("Les résultats sont attendus sous dix jours.") == {"sous dix jours": "P10D"}


def test_sentence_full_stop_is_not_part_of_the_date() -> None:
    text = "Le vote aura lieu le 10 avril. Puis le 3 janv. 2025 fut choisi."
    spans = [text[h.start : h.end] for h in find_dates(text, PUB)]
    assert spans == ["10 avril", "3 janv. 2025"]


# --------------------------------------------------------------------------- documents without a date

TODAY = dt.date(2026, 11, 25)


def undated(text: str, fallback: str | None = None) -> dict[str, tuple[str, str]]:
    return {text[h.start : h.end]: (h.value, h.anchor)
            for h in find_dates(text, None, "fr", fallback=fallback, today=TODAY)}


def test_weekday_fixes_the_year_without_publication_date() -> None:
    got = undated("Mercredi 19 juin, la digue a cédé.")
    assert got == {"Mercredi 19 juin": ("2024-06-19", "weekday-year:2024")}
    # the most recent matching year at or before the reference day, not a later one
    got = {h.value for h in find_dates("Mercredi 19 juin, la digue a cédé.", None, today=dt.date(2024, 6, 18))}
    assert got == {"2019-06-19"}
    # no year within the span has that weekday on that day: nothing rather than a guess
    assert undated("Mardi 29 janvier, la digue a cédé.") == {}


def test_undated_article_resolves_against_its_own_weekday_date() -> None:
    text = ("Le pacte signé aujourd'hui (mercredi 19 juin) a été salué. Le ministre est arrivé ce mardi. "
            "Ce mercredi, les deux dirigeants ont parlé. L'accord du 19 juin remplace celui de l'année "
            "dernière.")
    got = undated(text)
    assert got["mercredi 19 juin"] == ("2024-06-19", "weekday-year:2024")
    assert got["aujourd'hui"] == ("2024-06-19", "inferred:2024-06-19")
    assert got["ce mardi"] == ("2024-06-18", "inferred:2024-06-19")
    assert got["Ce mercredi"] == ("2024-06-19", "inferred:2024-06-19")
    assert got["19 juin"] == ("2024-06-19", "inferred:2024-06-19")
    assert got["l'année dernière"] == ("2023", "inferred:2024-06-19")


def test_full_date_with_year_anchors_an_undated_text() -> None:
    got = undated("Le lundi 11 novembre 2024, le monument a été inauguré. Hier, la foule est revenue.")
    assert got["lundi 11 novembre 2024"] == ("2024-11-11", "")
    assert got["Hier"] == ("2024-11-10", "inferred:2024-11-11")


def test_story_anchor_is_a_fallback_only() -> None:
    assert undated("Hier, le maire a parlé.") == {}
    assert undated("Hier, le maire a parlé.", "2024-11-10") == {"Hier": ("2024-11-09", "story:2024-11-10")}
    # the text's own weekday date beats the other articles' publication date
    got = undated("Mercredi 19 juin, le maire a parlé. Hier, il se taisait.", "2024-11-10")
    assert got["Hier"] == ("2024-06-18", "inferred:2024-06-19")
    # a historical full date is not taken as the time of writing when the story says otherwise
    got = undated("Le pont ouvert le 3 mars 1961 a fermé hier.", "2024-11-10")
    assert got["hier"] == ("2024-11-09", "story:2024-11-10")


def test_dates_after_today_are_not_evidence_of_the_time_of_writing() -> None:
    got = undated("Le chantier finira le 3 mars 2031. Hier, la grue est arrivée.")
    assert got == {"3 mars 2031": ("2031-03-03", "")}


def test_extract_dates_takes_story_anchors_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "_today", lambda: TODAY)
    docs = [Document(id="a", source="x", text="Hier, le maire a parlé.", language="fr"),
            Document(id="b", source="y", text="Hier, le préfet a parlé.", language="fr", published="2024-06-01")]
    got = [(m.ref.document, m.value, m.anchor) for m in extract_dates(docs, anchors={"a": "2024-11-10",
                                                                                      "b": "2030-01-01"})]
    assert got == [("a", "2024-11-09", "story:2024-11-10"), ("b", "2024-05-31", "published:2024-06-01")]
    assert extract_dates(docs[:1]) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Il y a 24 ans, le pont s'effondrait.", "2000", "date"),
        ("Le pont est fermé depuis 24 ans.", "P24Y", "duration"),
        ("C'est sa première visite en 24 ans.", "P24Y", "duration"),
        ("Il est revenu pour la première fois depuis 24 ans.", "P24Y", "duration"),
        ("Le plan d'investissement s'étale sur cinq ans.", "P5Y", "duration"),
    ],
)
def test_ago_versus_since_versus_in(text: str, value: str, kind: str) -> None:
    hits = find_dates(text, PUB)
    assert [(h.value, h.kind) for h in hits] == [(value, kind)]


def test_tense_moves_a_yearless_date_to_the_right_year() -> None:
    pub = "2024-03-10"
    # nearest reading would be June 2024; the past tense says the last June
    assert values("Le 19 juin, la digue a cédé.", pub) == {"19 juin": "2023-06-19"}
    # nearest reading would be October 2023; the future says the coming one
    assert values("Le sommet aura lieu le 20 octobre.", pub) == {"20 octobre": "2024-10-20"}
    assert values("Il vendra la maison en février.", pub) == {"en février": "2025-02"}


def test_bare_month_name() -> None:
    assert values("Février a été glacial dans la vallée.", "2024-03-10") == {"Février": "2024-02"}
    # "mars" and "mai" alone are too ambiguous (planet, names); "sept" is a number
    assert values("Mars brille ce soir ; il a sept ans.", "2024-03-10") == {"ce soir": "2024-03-10"}
    assert values("Avril Haines a témoigné.", "2024-03-10") == {}


def test_weekday_year_in_english_and_spanish() -> None:
    en = "On Wednesday, June 19, the pact was signed. Yesterday it rained."
    got = {en[h.start : h.end]: (h.value, h.anchor) for h in find_dates(en, None, "en", today=TODAY)}
    assert got == {"Wednesday, June 19": ("2024-06-19", "weekday-year:2024"),
                   "Yesterday": ("2024-06-18", "inferred:2024-06-19")}
    es = "El miércoles 19 de junio se firmó el pacto."
    assert [h.value for h in find_dates(es, None, "es", today=TODAY)] == ["2024-06-19"]


def test_story_anchors_give_undated_documents_the_latest_sibling_date() -> None:
    from recoupe.model import Story

    docs = [Document(id="a", source="x", text="", published="2024-11-08"),
            Document(id="b", source="x", text="", published="2024-11-10T09:00:00"),
            Document(id="c", source="x", text=""),
            Document(id="d", source="x", text="", published="2024")]
    stories = [Story(id="s1", documents=["a", "b", "c"]), Story(id="s2", documents=["d"])]
    assert dates.story_anchors(docs, stories) == {"c": "2024-11-10"}


def test_anaphor_before_an_explicit_date_counts_from_it() -> None:
    text = "Au lendemain du 7 octobre 2023, la ville a changé. La veille du 14 juillet, tout était calme."
    got = {text[h.start : h.end]: (h.value, h.anchor) for h in find_dates(text, "2024-03-10")}
    assert got["Au lendemain"] == ("2023-10-08", "of:2023-10-07")
    assert got["La veille"] == ("2023-07-13", "of:2023-07-14")
