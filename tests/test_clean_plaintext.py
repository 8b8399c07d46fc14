"""Scraped plain text: the article alone, each kind of debris removed with its reason, metadata moved."""

from __future__ import annotations

import pytest

from recoupe.clean import clean_documents
from recoupe.model import Document, RawDocument

# Invented articles, written for these tests.
BAKERY = """\
Accueil > Régions > Bretagne
Partager
Facebook Twitter LinkedIn
La boulangerie coopérative de Plouvenec rouvre après six mois de travaux
Publié le 3 mars 2025 à 08h15
Mis à jour le 4 mars 2025 à 10h02
Par Jeanne Kerbrat

@ouest-matin- Les habitants de Plouvenec ont retrouvé leur pain du matin lundi, après six mois de fermeture de la boulangerie coopérative du bourg.

Le chantier, financé par la commune et par une souscription locale, a coûté 240 000 euros selon le maire, qui a salué « une belle aventure collective ».

Un four à bois neuf
Les artisans ont installé un four à bois de quatre mètres carrés, capable de cuire trois cents baguettes par fournée, a précisé la gérante.

Un vieil homme sourit devant la vitrine de la boulangerie rénovée.
Photo : AFP

La coopérative compte désormais vingt-deux sociétaires et prévoit d'embaucher un apprenti à la rentrée prochaine.

Lire aussi
Le marché de Noël de Quimper bat un record
12 décembre 2024
Les fermes bio gagnent du terrain en Finistère
10 décembre 2024

Il reste 64% de cet article à lire. La suite est réservée aux abonnés.
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
"""

HARBOUR = """\
×
google news
Harbour dredging plan approved after long debate
2024-06-19
Author: Tom Hadley
Introduction
The council of Port Elwyn voted on Tuesday to dredge the old harbour, ending a dispute that has lasted nearly three years between fishermen and the marina owners.
Funding the works
The dredging will cost about four million pounds, shared between the county and a regional development fund, according to the council minutes.
Fishermen said the silted channel had made it impossible to leave port at low tide for most of the winter months.
Ruth Amberley
Leave a comment
Your email address will not be published. Required fields are marked *
PREV Village fete cancelled because of the storm
NEXT Local team wins the county cup
"""

MUSEUM = """\
Le musée de la mine de Saint-Aubrac fête ses cinquante ans

Le musée de la mine de Saint-Aubrac fête ses cinquante ans
-
Dans l'ancienne salle des machines, les visiteurs découvrent depuis samedi une exposition consacrée aux mineurs qui ont travaillé sur le site jusqu'en 1974.
Selon les critères de
Le conservateur a rassemblé plus de trois cents objets prêtés par les familles, dont des lampes, des carnets de paie et des photographies inédites.
Des enfants de l'école du village devant une berline de la mine (à gauche).
© Reuters
« Nous voulions que les familles se reconnaissent dans cette histoire », a expliqué le conservateur lors de l'inauguration, devant une centaine de personnes.
À lire également : Le festival de la pierre revient cet été
L'exposition est ouverte tous les jours sauf le lundi jusqu'à la fin du mois d'octobre, et l'entrée est gratuite pour les moins de dix-huit ans.
CL/lavoixdumassif.fr
"""


def _clean(text: str, **meta: str) -> Document:
    docs, skipped = clean_documents([RawDocument(id="d1", source="d1.txt", kind="text", content=text, meta=meta)])
    assert not skipped
    return docs[0]


def _reasons(doc: Document) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removed}


@pytest.fixture(scope="module")
def bakery() -> Document:
    return _clean(BAKERY)


def test_bakery_metadata_moved(bakery: Document) -> None:
    assert bakery.title == "La boulangerie coopérative de Plouvenec rouvre après six mois de travaux"
    assert bakery.published == "2025-03-03"
    assert bakery.author == "Jeanne Kerbrat"
    assert bakery.provenance["title"] == "first-line"
    assert bakery.provenance["author"] == "byline-line"
    assert bakery.language == "fr"


def test_bakery_article_kept_with_subheading_and_paragraphs(bakery: Document) -> None:
    paras = bakery.text.split("\n\n")
    assert paras[0].startswith("Les habitants de Plouvenec ont retrouvé")  # handle stripped, sentence kept
    assert "Un four à bois neuf" in paras
    assert paras[-1].startswith("La coopérative compte désormais")
    assert len(paras) == 5


def test_bakery_each_boilerplate_kind_removed(bakery: Document) -> None:
    r = _reasons(bakery)
    assert r["Accueil > Régions > Bretagne"] == "breadcrumb"
    assert r["Partager"] == "share"
    assert r["Facebook Twitter LinkedIn"] == "share"
    assert r["Publié le 3 mars 2025 à 08h15"] == "dateline"
    assert r["Mis à jour le 4 mars 2025 à 10h02"] == "dateline"
    assert r["Par Jeanne Kerbrat"] == "byline"
    assert r["@ouest-matin-"] == "signature"
    assert r["Un vieil homme sourit devant la vitrine de la boulangerie rénovée."] == "caption"
    assert r["Photo : AFP"] == "credit"
    assert r["Lire aussi"] == "read_also"
    assert r["Le marché de Noël de Quimper bat un record"] == "read_also"
    assert r["10 décembre 2024"] == "read_also"
    assert r["Il reste 64% de cet article à lire. La suite est réservée aux abonnés."] == "paywall"
    assert r["Laisser un commentaire"] == "comments"
    for gone in ("Quimper", "Partager", "abonnés", "commentaire", "AFP", "vitrine", "@ouest"):
        assert gone not in bakery.text


def test_english_scrape() -> None:
    doc = _clean(HARBOUR)
    r = _reasons(doc)
    assert doc.title == "Harbour dredging plan approved after long debate"
    assert doc.published == "2024-06-19"
    assert doc.author == "Tom Hadley"
    assert doc.language == "en"
    assert r["×"] == "separator"
    assert r["google news"] == "share"
    assert r["Ruth Amberley"] == "byline"
    assert r["Leave a comment"] == "comments"
    assert r["PREV Village fete cancelled because of the storm"] == "navigation"
    assert r["NEXT Local team wins the county cup"] == "navigation"
    paras = doc.text.split("\n\n")
    assert paras[0] == "Introduction" and "Funding the works" in paras  # in-article subheadings kept
    assert paras[-1].startswith("Fishermen said")


def test_repeated_title_caption_credit_fragment_signature() -> None:
    doc = _clean(MUSEUM)
    reasons = [(r.reason, r.text) for r in doc.removed]
    assert ("title", "Le musée de la mine de Saint-Aubrac fête ses cinquante ans") in reasons
    assert ("duplicate", "Le musée de la mine de Saint-Aubrac fête ses cinquante ans") in reasons
    assert ("fragment", "Selon les critères de") in reasons
    assert ("caption", "Des enfants de l'école du village devant une berline de la mine (à gauche).") in reasons
    assert ("credit", "© Reuters") in reasons
    assert ("read_also", "À lire également : Le festival de la pierre revient cet été") in reasons
    assert ("signature", "CL/lavoixdumassif.fr") in reasons
    assert doc.text.count("\n\n") == 3  # four article paragraphs
    assert doc.text.endswith("pour les moins de dix-huit ans.")
    assert "cinquante ans" not in doc.text


def test_container_metadata_wins_and_is_recorded() -> None:
    doc = _clean(HARBOUR, title="Port Elwyn harbour to be dredged", published="2024-06-20T09:00:00Z", author="Desk")
    assert doc.title == "Port Elwyn harbour to be dredged"
    assert doc.published == "2024-06-20"
    assert doc.author == "Desk"
    assert doc.provenance["published"] == "container"


def test_site_boilerplate_across_documents_of_one_site() -> None:
    promo = "Recevez chaque matin notre lettre gratuite"
    a = (f"Le conseil municipal vote le budget\n{promo}\nLes élus de Brenac ont adopté mardi soir un budget "
         "en hausse de quatre pour cent, malgré l'opposition de trois conseillers.")
    b = (f"La piscine ferme pour l'été\nLe bassin olympique de Brenac fermera du 1er juillet au 15 août pour "
         f"des travaux d'étanchéité, a annoncé la mairie dans un communiqué.\n{promo}")
    c = (f"Un autre site\nUn article venu d'un autre site, sans rapport avec les deux premiers.\n{promo}\n"
         "Il se termine par une seconde phrase assez longue pour rester un paragraphe de cet article.")
    raws = [
        RawDocument(id="a", source="a.txt", kind="text", content=a, meta={"url": "https://www.brenac-infos.fr/a"}),
        RawDocument(id="b", source="b.txt", kind="text", content=b, meta={"url": "https://brenac-infos.fr/b"}),
        RawDocument(id="c", source="c.txt", kind="text", content=c, meta={"url": "https://autre.example/c"}),
    ]
    docs, _ = clean_documents(raws)
    by = {d.id: d for d in docs}
    assert promo not in by["a"].text and promo not in by["b"].text
    assert any(r.reason == "site_boilerplate" and r.text == promo for r in by["a"].removed)
    assert promo in by["c"].text  # one document of its site: no evidence it is furniture


def test_empty_after_cleaning_is_skipped() -> None:
    docs, skipped = clean_documents(
        [RawDocument(id="e", source="e.txt", kind="text", content="Partager\nFacebook Twitter\n\n×\n")]
    )
    assert docs == []
    assert skipped[0].source == "e.txt" and "E014" in skipped[0].reason


def test_hash_raw_and_spans() -> None:
    doc = _clean(BAKERY)
    import hashlib

    assert doc.content_hash == hashlib.sha256(BAKERY.encode()).hexdigest()
    assert doc.raw == BAKERY and doc.raw_kind == "text"
    assert doc.ref(0, 10).check(doc)


LIBRARY_ES = """\
Inicio > Noticias > Local
Compartir
La biblioteca municipal de Alcorva amplía su horario de verano
Publicado el 12 de julio de 2025
Por María Cuesta

La biblioteca municipal de Alcorva abrirá también los domingos por la mañana durante julio y agosto, según ha anunciado el ayuntamiento este viernes.

Lee también: El mercado de abastos estrena cubierta
La medida responde a la demanda de estudiantes que preparan exámenes de recuperación y que no encontraban sitio en las salas.

Etiquetas: cultura, verano
Deje un comentario
"""

CYCLE_DE = """\
Stadtrat beschließt neue Radwege
Veröffentlicht am 4. Juni 2025
Von Klaus Berger

Der Stadtrat von Lindenau hat am Dienstagabend den Bau von drei neuen Radwegen beschlossen, die bis
zum Herbst fertig sein sollen. Die Kosten liegen bei rund 1,2 Millionen Euro.

Abonnieren Sie unseren Newsletter
Die Opposition kritisierte den Zeitplan als zu knapp, stimmte aber dem Vorhaben insgesamt zu, wie ein Sprecher erklärte.

Foto: dpa
Mehr zum Thema
Neue Buslinie ab Juli
Parkgebühren steigen
"""


def test_spanish_cues() -> None:
    doc = _clean(LIBRARY_ES)
    r = _reasons(doc)
    assert (doc.published, doc.author, doc.language) == ("2025-07-12", "María Cuesta", "es")
    assert r["Inicio > Noticias > Local"] == "breadcrumb"
    assert r["Lee también: El mercado de abastos estrena cubierta"] == "read_also"
    assert r["Etiquetas: cultura, verano"] == "navigation"
    assert r["Deje un comentario"] == "comments"
    assert doc.text.count("\n\n") == 1


def test_german_cues_hard_wrap_and_prose_before_credit_kept() -> None:
    doc = _clean(CYCLE_DE)
    r = _reasons(doc)
    assert (doc.published, doc.author, doc.language) == ("2025-06-04", "Klaus Berger", "de")
    assert "bis zum Herbst" in doc.text  # a hard-wrapped line joins its paragraph
    assert r["Abonnieren Sie unseren Newsletter"] == "site_boilerplate"
    assert r["Foto: dpa"] == "credit"
    assert r["Neue Buslinie ab Juli"] == "read_also"
    # reported speech before a credit line is article prose, not a caption
    assert doc.text.endswith("wie ein Sprecher erklärte.")


def test_mid_article_promo_does_not_cut_the_article() -> None:
    text = ("Le port de Lanvaux agrandit son quai\n"
            "Les travaux d'extension du quai nord du port de Lanvaux commenceront en septembre, a annoncé la région.\n"
            "Abonnez-vous\n"
            "Le chantier doit durer dix-huit mois et permettra d'accueillir des navires de cent mètres de long.\n")
    doc = _clean(text)
    assert doc.text.endswith("cent mètres de long.")
    assert _reasons(doc)["Abonnez-vous"] in ("paywall", "site_boilerplate")


def test_inline_agency_dateline_gives_the_date_and_keeps_the_sentence() -> None:
    text = ("Crue de la Sarve : les quais évacués\n"
            "ORBANNE (Ain), 14 janvier 2025 (AFP) – La Sarve est sortie de son lit dans la nuit, inondant les "
            "quais du centre-ville, ont indiqué les pompiers mardi matin.\n")
    doc = _clean(text)
    assert doc.published == "2025-01-14" and doc.provenance["published"] == "dateline-inline"
    assert doc.text.startswith("ORBANNE (Ain), 14 janvier 2025 (AFP) – La Sarve")


def test_name_then_date_line_and_list_items_with_dates() -> None:
    text = ("Le budget des écoles de Merval augmente\n"
            "Claire Fontenay – 9 avril 2025\n"
            "Le conseil municipal de Merval a voté une hausse de dix pour cent du budget consacré aux écoles.\n"
            "Les étapes du projet :\n"
            "- 2 mai 2025 : Réunion publique\n"
            "- 15 juin 2025 : Début des travaux\n"
            "Le maire a promis un bilan à la fin de l'année scolaire devant le conseil municipal réuni.\n")
    doc = _clean(text)
    assert (doc.author, doc.published) == ("Claire Fontenay", "2025-04-09")
    assert "- 2 mai 2025 : Réunion publique" in doc.text  # a dated list item is article text
    assert "Claire Fontenay" not in doc.text


def test_subscriber_label_and_comment_count_near_the_top_do_not_cut_the_article() -> None:
    text = ("Le Sénat adopte la réforme du code forestier\n"
            "Par Jean Dupuy\n"
            "Publié le 03/03/2025 à 08:15, mis à jour le 03/03/2025 à 10:20\n"
            "Les sénateurs ont adopté dans la nuit le projet de loi, par 195 voix contre 112, après une semaine "
            "de débats dans l'hémicycle.\n"
            "Article réservé aux abonnés\n"
            "12 commentaires\n"
            "Le texte doit maintenant être examiné en commission mixte paritaire, où députés et sénateurs "
            "chercheront une version commune.\n")
    doc = _clean(text)
    assert doc.published == "2025-03-03" and doc.author == "Jean Dupuy"
    assert doc.text.endswith("chercheront une version commune.")
    r = _reasons(doc)
    assert r["Article réservé aux abonnés"] == "paywall" and r["12 commentaires"] == "comments"


def test_name_with_role_audio_widget_and_agency_signature() -> None:
    text = ("Société\n"
            "Les urgences de Brévannes ferment la nuit faute de médecins\n"
            "Jeanne Dupont, correspondante à Brévannes\n"
            "Écouter cet article\n"
            "03:45\n"
            "Les urgences de l'hôpital de Brévannes fermeront chaque nuit à partir du 1er avril, faute de médecins "
            "disponibles, a annoncé l'agence régionale de santé.\n"
            "Les syndicats dénoncent une décision prise sans concertation et appellent à un rassemblement.\n"
            "(avec AFP)\n")
    doc = _clean(text)
    r = _reasons(doc)
    assert doc.author == "Jeanne Dupont"
    assert r["Société"] == "navigation" and r["Écouter cet article"] == "share" and r["03:45"] == "separator"
    assert r["(avec AFP)"] == "credit"
    # an agency signature is not a photo credit: the sentence before it stays
    assert doc.text.endswith("appellent à un rassemblement.")


def test_outlet_name_above_the_headline() -> None:
    text = ("Le Courrier du Val\n"
            "Inondations : la digue de Merlan cède sous la pression de la crue\n"
            "Publié le 4 février 2025\n"
            "Introduction\n"
            "La digue de Merlan a cédé dans la nuit de lundi à mardi sous la pression de la crue, inondant une "
            "vingtaine de maisons du quartier bas.\n")
    doc = _clean(text)
    assert doc.title == "Inondations : la digue de Merlan cède sous la pression de la crue"
    assert doc.site == "Le Courrier du Val" and doc.provenance["site"] == "site-line"
    assert doc.text.startswith("Introduction\n\nLa digue de Merlan")


def test_cookie_banner_removed_but_article_about_cookies_kept() -> None:
    text = ("La CNIL sanctionne un site de vente en ligne\n"
            "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous "
            "acceptez leur utilisation.\n"
            "La CNIL a infligé une amende de deux millions d'euros à un site de vente en ligne qui déposait des "
            "cookies publicitaires sans le consentement des internautes.\n")
    doc = _clean(text)
    assert doc.text.startswith("La CNIL a infligé une amende")
    assert any(r.reason == "site_boilerplate" and r.text.startswith("Nous utilisons des cookies") for r in doc.removed)


def test_copyright_footer_names_the_site_but_a_photo_credit_does_not() -> None:
    body = ("Le marché couvert de Tarnelle rouvre après un an de travaux, a annoncé la mairie, qui promet "
            "quarante étals et des horaires élargis le dimanche.\n")
    doc = _clean("Le marché couvert de Tarnelle rouvre\n" + body + "© 2025 La Gazette de Tarnelle – Tous droits réservés\n")
    assert doc.site == "La Gazette de Tarnelle" and doc.provenance["site"] == "copyright-line"
    doc = _clean("Le marché couvert de Tarnelle rouvre\n" + body + "© Paul Verdier\n")
    assert doc.site is None
