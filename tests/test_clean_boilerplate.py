"""Scraped plain text in several languages: varied boilerplate removed, the article kept whole.

The fixtures are invented articles written for these tests.
"""

from __future__ import annotations

import pytest

from recoupe.clean import clean_one
from recoupe.model import Document, RawDocument


def _clean(text: str, **meta: str) -> Document:
    out = clean_one(RawDocument(id="t", source="t.txt", kind="text", content=text, meta=meta))
    assert isinstance(out, Document), out
    return out


EN_PARAS = [
    "The county council of Wexbridge approved on Monday a plan to reopen the disused railway line between "
    "the town and the coast, twenty years after the last passenger train ran on it.",
    "The works are expected to cost around eighty million pounds and should last three years, the council "
    "leader told reporters after a meeting that ran late into the evening.",
    "Residents along the route have raised concerns about noise, and a public consultation will open next "
    "month so that they can comment on the timetable and the location of the stations.",
]

EN_SCRAPE = f"""\
Skip to content
We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.
Accept all
Old coastal railway line to reopen after twenty years
Updated 14 March 2025
By Helen Marsh and David Okafor
Share this article
{EN_PARAS[0]}
Advertisement
{EN_PARAS[1]}
Sign up for our newsletter
{EN_PARAS[2]}
Read more
Bus fares to rise in April
Council tax bills explained
Share this article
"""


def test_english_scrape_boilerplate() -> None:
    doc = _clean(EN_SCRAPE)
    assert doc.text.split("\n\n") == EN_PARAS
    assert doc.title == "Old coastal railway line to reopen after twenty years"
    assert doc.author == "Helen Marsh and David Okafor"
    reasons = {r.reason for r in doc.removed}
    assert {"share", "read_also", "site_boilerplate"} <= reasons


ES_PARAS = [
    "El ayuntamiento de Villaseca aprobó este martes la reforma integral del mercado municipal, un edificio "
    "de 1932 que llevaba más de una década esperando una rehabilitación completa.",
    "Las obras costarán unos cuatro millones de euros y obligarán a trasladar los puestos a una carpa "
    "provisional durante al menos dieciocho meses, según explicó la alcaldesa en rueda de prensa.",
    "Los comerciantes han pedido que la carpa se instale junto a la plaza mayor para no perder clientela "
    "durante los meses de obras, una petición que el consistorio estudiará.",
]

ES_SCRAPE = f"""\
Inicio > Local > Villaseca
Comparte esta noticia
Facebook Twitter WhatsApp
El mercado de Villaseca será reformado por completo
Publicado el 11 de marzo de 2025
Por Lucía Ferrández
{ES_PARAS[0]}
Publicidad
{ES_PARAS[1]}
{ES_PARAS[2]}
Leer más
La feria de abril cambia de ubicación
El nuevo polideportivo abrirá en verano
Comparte esta noticia
Suscríbete a nuestro boletín
"""


def test_spanish_scrape_boilerplate() -> None:
    doc = _clean(ES_SCRAPE)
    assert doc.text.split("\n\n") == ES_PARAS
    assert doc.published == "2025-03-11"
    assert doc.author == "Lucía Ferrández"


FR_PARAS = [
    "La commune de Saint-Aubin-des-Landes a inauguré samedi sa nouvelle médiathèque, installée dans "
    "l'ancienne gare désaffectée depuis 1994 et entièrement rénovée par des artisans de la région.",
    "Le bâtiment accueille désormais douze mille ouvrages, un espace de jeux vidéo et une salle de "
    "conférence de quatre-vingts places, a détaillé la maire lors de la cérémonie d'ouverture.",
    "Les horaires ont été élargis au dimanche matin, une première dans le département, et l'inscription "
    "restera gratuite pour les habitants de la commune et des villages voisins.",
]

FR_SCRAPE = f"""\
En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des contenus adaptés.
Tout accepter
Une médiathèque dans l'ancienne gare de Saint-Aubin
Mis à jour le 16 mars 2025 à 18h40
Publié le 15 mars 2025 à 09h00
{FR_PARAS[0]}
Publicité
{FR_PARAS[1]}
{FR_PARAS[2]}
Le festival de jazz dévoile sa programmation
Trois concerts gratuits et une scène ouverte sont prévus en juillet sur la place du marché.
La piscine intercommunale fermée pour travaux
Les bassins ne rouvriront pas avant la fin du mois d'avril, selon la communauté de communes.
Un nouveau marché de producteurs le jeudi soir
Une vingtaine d'exposants sont attendus chaque semaine à partir du mois de mai.
"""


def test_french_scrape_cookie_ad_update_and_undated_teaser_list() -> None:
    doc = _clean(FR_SCRAPE)
    assert doc.text.split("\n\n") == FR_PARAS
    assert doc.published == "2025-03-15"  # the publication date, not the update
    assert doc.title == "Une médiathèque dans l'ancienne gare de Saint-Aubin"
    assert any(r.reason == "read_also" and "festival de jazz" in r.text for r in doc.removed)


def test_a_short_paragraph_after_the_article_is_not_a_teaser_list() -> None:
    """A closing one-liner and a signature-free last paragraph stay: only a run of headline+teaser pairs goes."""
    text = f"""\
Une médiathèque dans l'ancienne gare de Saint-Aubin
{FR_PARAS[0]}
{FR_PARAS[1]}
Un bilan est prévu
La municipalité présentera la fréquentation des six premiers mois lors du conseil de septembre.
"""
    doc = _clean(text)
    assert "La municipalité présentera la fréquentation" in doc.text


def test_closing_sections_of_an_article_with_subheadings_are_kept() -> None:
    text = f"""\
Une médiathèque dans l'ancienne gare de Saint-Aubin
Un chantier de deux ans
{FR_PARAS[0]}
Des horaires élargis
{FR_PARAS[2]}
Un bilan en septembre
La municipalité présentera la fréquentation des six premiers mois lors du conseil.
Une extension envisagée
Une salle d'exposition pourrait ouvrir dans l'ancien quai de marchandises d'ici deux ans.
"""
    doc = _clean(text)
    assert "Une salle d'exposition pourrait ouvrir" in doc.text
    assert "La municipalité présentera" in doc.text


MID_WIDGETS = [
    "Story continues below advertisement",
    "La suite après cette publicité",
    "Suivez toute l'actualité de votre région sur notre application",
    "Cet article vous est offert",
    "Tiempo de lectura: 3 minutos",
    "Contenido patrocinado",
    "Ce contenu n'est pas disponible en raison de vos préférences de cookies.",
    "Sign up for our daily newsletter to get the latest news.",
    "Recibe nuestro boletín diario",
    "Comparte esta noticia",
    "Artikel teilen",
]


@pytest.mark.parametrize("widget", MID_WIDGETS)
def test_widget_line_inside_the_article_removed(widget: str) -> None:
    doc = _clean(f"Une médiathèque dans l'ancienne gare\n{FR_PARAS[0]}\n{widget}\n{FR_PARAS[1]}\n")
    assert doc.text.split("\n\n") == FR_PARAS[:2]


def test_article_sentences_mentioning_apps_and_newsletters_kept() -> None:
    lines = ["La commune a lancé une application mobile pour signaler les nids-de-poule, a annoncé le maire.",
             "Le maire a présenté la nouvelle lettre d'information municipale aux habitants mardi soir."]
    doc = _clean("Une médiathèque dans l'ancienne gare\n" + "\n".join([FR_PARAS[0], *lines, FR_PARAS[1]]) + "\n")
    assert doc.text.split("\n\n") == [FR_PARAS[0], *lines, FR_PARAS[1]]


def test_date_cue_left_without_its_date_removed() -> None:
    for cue in ("Updated", "Mis à jour le", "Publié le :", "Actualizado"):
        doc = _clean(f"Une médiathèque dans l'ancienne gare\n{cue}\n{FR_PARAS[0]}\n{FR_PARAS[1]}\n")
        assert doc.text.split("\n\n") == FR_PARAS[:2], cue


def test_one_line_with_update_date_before_publication_date() -> None:
    for line, iso in (("Mis à jour le 16/03/2025 à 18h40 - Publié le 15/03/2025 à 09h00", "2025-03-15"),
                      ("Actualizado el 12 de marzo de 2025 | Publicado el 11 de marzo de 2025", "2025-03-11")):
        doc = _clean(f"Une médiathèque dans l'ancienne gare\n{line}\n{FR_PARAS[0]}\n{FR_PARAS[1]}\n")
        assert doc.published == iso and doc.text.split("\n\n") == FR_PARAS[:2]
