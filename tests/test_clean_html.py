"""HTML pages: article paragraphs kept and separated, boilerplate listed, metadata from page evidence only."""

from __future__ import annotations

from recoupe.clean import clean_documents
from recoupe.clean.html import extract_html
from recoupe.model import RawDocument

PARAS = [
    "Un incendie s'est déclaré dans la nuit de samedi à dimanche dans un entrepôt de meubles de la zone "
    "artisanale de Kervallon, obligeant les pompiers à mobiliser quarante hommes pendant six heures.",
    "Selon la préfecture, aucune victime n'est à déplorer, mais une dizaine de riverains ont été relogés "
    "temporairement dans le gymnase municipal, le temps de vérifier la qualité de l'air.",
    "Le propriétaire de l'entrepôt, joint par téléphone, a indiqué que le bâtiment était assuré et qu'il "
    "comptait reprendre son activité dans un autre local dès le mois prochain.",
    "Une enquête a été ouverte par le parquet pour déterminer l'origine du feu, qui pourrait être électrique "
    "selon les premières constatations des enquêteurs arrivés sur place dimanche matin.",
]


def _page(head: str = "", footer: str = "<footer><p>© 2024 Le Petit Kervallonnais</p></footer>") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Incendie à Kervallon</title>
{head}</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/region">Région</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share-buttons"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur Twitter</a></div>
<article><h1>Incendie dans un entrepôt de Kervallon</h1>{body}</article>
<aside class="related"><h3>Lire aussi</h3><ul><li><a href="/a">Le pont de Kervallon rouvre à la circulation</a></li>
<li><a href="/b">Les pompiers recrutent des volontaires</a></li></ul></aside>
{footer}</body></html>"""


META_HEAD = """<meta property="og:site_name" content="Le Petit Kervallonnais">
<meta property="og:url" content="https://petit-kervallonnais.example/incendie-entrepot">
<meta property="article:published_time" content="2025-02-16T07:30:00+01:00">
<meta name="author" content="Yann Le Dantec">"""


def _clean_html(html: str, **meta: str):
    docs, skipped = clean_documents([RawDocument(id="h", source="h.html", kind="html", content=html, meta=meta)])
    assert not skipped
    return docs[0]


def test_paragraphs_kept_and_separated() -> None:
    doc = _clean_html(_page(META_HEAD))
    paras = doc.text.split("\n\n")
    for p in PARAS:
        assert p in paras
    assert "Partager" not in doc.text and "Lire aussi" not in doc.text and "Accueil" not in doc.text
    assert doc.language == "fr"


def test_metadata_from_meta_tags_with_provenance() -> None:
    doc = _clean_html(_page(META_HEAD))
    assert doc.title == "Incendie dans un entrepôt de Kervallon"
    assert doc.published == "2025-02-16"
    assert doc.provenance["published"] == "meta:article:published_time"
    assert doc.author == "Yann Le Dantec"
    assert doc.site == "Le Petit Kervallonnais"
    assert doc.url == "https://petit-kervallonnais.example/incendie-entrepot"
    assert doc.raw_kind == "html"


def test_copyright_year_is_not_a_publication_date() -> None:
    doc = _clean_html(_page())
    assert doc.published is None
    assert "published" not in doc.provenance


def test_json_ld_and_time_element() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-02-17", '
          '"author": {"@type": "Person", "name": "Nolwenn Cariou"}}</script>')
    doc = _clean_html(_page(ld))
    assert doc.published == "2025-02-17" and doc.provenance["published"] == "json-ld:datePublished"
    assert doc.author == "Nolwenn Cariou"
    timed = _page().replace("<article>", '<article><time datetime="2025-02-18T10:00">18 février</time>')
    assert extract_html(timed).published == "2025-02-18"


def test_container_metadata_wins() -> None:
    doc = _clean_html(_page(META_HEAD), published="2025-02-20", title="Titre du flux")
    assert doc.published == "2025-02-20" and doc.provenance["published"] == "container"
    assert doc.title == "Titre du flux"


def test_boilerplate_blocks_listed_with_reasons() -> None:
    doc = _clean_html(_page(META_HEAD))
    reasons = {r.reason for r in doc.removed}
    assert {"navigation", "read_also", "share"} <= reasons
    texts = " ".join(r.text for r in doc.removed)
    assert "Le pont de Kervallon rouvre" in texts
    assert not any(p[:60] in r.text for r in doc.removed for p in PARAS)


def test_page_without_article_is_skipped() -> None:
    html = "<html><body><nav><a href='/'>Accueil</a></nav></body></html>"
    docs, skipped = clean_documents([RawDocument(id="x", source="x.html", kind="html", content=html)])
    assert docs == [] and "E013" in skipped[0].reason


# --------------------------------------------------------------------------- recall pass

def test_recall_merge_readmits_a_plain_paragraph_between_kept_ones() -> None:
    from recoupe.clean.html import recall_merge

    precise = "\n\n".join([PARAS[0], PARAS[1], PARAS[3]])
    default = "\n\n".join(["Partager sur Facebook", PARAS[0], PARAS[1], "contact.kervallon@example.org", PARAS[3],
                           "Lire aussi : les pompiers recrutent"])
    merged = recall_merge(precise, default).split("\n\n")
    assert merged == [PARAS[0], PARAS[1], "contact.kervallon@example.org", PARAS[3]]


def test_recall_merge_refuses_a_gap_with_a_boilerplate_cue() -> None:
    from recoupe.clean.html import recall_merge

    precise = "\n\n".join([PARAS[0], PARAS[1]])
    for junk in ("Partager sur Facebook", "Publicité", "Lire aussi : le pont de Kervallon rouvre",
                 "Abonnez-vous à notre newsletter"):
        assert recall_merge(precise, "\n\n".join([PARAS[0], junk, PARAS[1]])) == precise


def test_recall_merge_puts_back_words_of_an_inline_link() -> None:
    from recoupe.clean.html import recall_merge

    cut = "Le maire a salué le travail des pompiers venus de trois casernes, a rapporté la presse locale samedi."
    full = ("Le maire a salué le travail des pompiers venus de trois casernes, a rapporté "
            "un article du Petit Kervallonnais la presse locale samedi.")
    assert recall_merge(f"{PARAS[0]}\n\n{cut}", f"{PARAS[0]}\n\n{full}") == f"{PARAS[0]}\n\n{full}"
    # a paragraph rewritten, not just completed, stays as precision mode gave it
    other = "Le préfet a salué le travail des pompiers, a rapporté la presse locale samedi."
    assert recall_merge(f"{PARAS[0]}\n\n{cut}", f"{PARAS[0]}\n\n{other}") == f"{PARAS[0]}\n\n{cut}"


# --------------------------------------------------------------------------- visible bylines and dates

_RELATED_FIRST = ('<div class="related-articles"><span class="author">Par Anne Kerjean</span> | 3 janvier 2025'
                  '<a href="/x">Le marché de Noël a fermé</a></div>')


def test_date_and_author_from_a_visible_byline_box() -> None:
    byline = ('<div class="meta"><a href="/">Accueil</a> | Par <span class="vcard author">Gwenaëlle Morvan</span>'
              ' | 16 février 2025</div>')
    html = _page().replace("<article>", f"<article>{_RELATED_FIRST}{byline}")
    res = extract_html(html)
    assert res.published == "2025-02-16" and res.provenance["published"] == "html:byline-date"
    assert res.author == "Gwenaëlle Morvan"


def test_update_date_in_the_byline_box_is_not_the_publication_date() -> None:
    byline = '<p class="byline">Par Gwenaëlle Morvan, mis à jour le 20 février 2025</p>'
    res = extract_html(_page().replace("<article>", f"<article>{byline}"))
    assert res.provenance.get("published") != "html:byline-date"  # (htmldate may still fall back on it)


def test_labelled_date_and_author() -> None:
    box = ('<dl><dt>Auteur</dt><dd><a href="/staff/erwan">Erwan Guillou</a></dd>'
           '<dt>Mise en ligne</dt><dd>17 février 2025</dd></dl>')
    res = extract_html(_page().replace("<article>", f"<article>{box}"))
    assert res.published == "2025-02-17" and res.provenance["published"] == "html:labelled-date"
    assert res.author == "Erwan Guillou"


def test_group_signature_in_an_author_element() -> None:
    box = '<div class="post-author"><strong>Les riverains du quai Duguay</strong></div>'
    assert extract_html(_page().replace("</article>", f"{box}</article>")).author == "Les riverains du quai Duguay"


def test_headline_among_several_h1() -> None:
    og = '<meta property="og:title" content="Pétition : Sauvons le marché couvert de Kervallon">'
    forms = "<h1>Connexion</h1><h1>Mot de passe oublié</h1>"
    html = _page(og).replace("<h1>Incendie dans un entrepôt de Kervallon</h1>",
                             "<h1>Sauvons le marché couvert de Kervallon</h1>" * 2).replace("</body>", forms + "</body>")
    assert extract_html(html).title == "Sauvons le marché couvert de Kervallon"


def test_h1_linking_home_is_the_site_name_not_the_headline() -> None:
    head = '<meta property="og:title" content="Un hiver sans neige à Kervallon">'
    html = _page(head).replace("<h1>Incendie dans un entrepôt de Kervallon</h1>", "")
    html = html.replace("<body>", '<body><h1><a href="https://kervallon.example/">Carnets bretons</a></h1>')
    assert extract_html(html).title == "Un hiver sans neige à Kervallon"


def test_update_time_element_is_skipped_for_the_publication_time() -> None:
    times = ('<p>Mis à jour le <time datetime="2025-02-19T08:00">19 février</time> '
             '| Publié le <time datetime="2025-02-16T07:00">16 février</time></p>')
    assert extract_html(_page().replace("<article>", f"<article>{times}")).published == "2025-02-16"
    marked = ('<time class="date-modified" datetime="2025-02-19">19 février</time>'
              '<time datetime="2025-02-16">16 février</time>')
    assert extract_html(_page().replace("<article>", f"<article>{marked}")).published == "2025-02-16"


# --------------------------------------------------------------------------- standfirst recovery

LEDE = ("Quarante pompiers ont lutté six heures contre les flammes dans la zone artisanale de Kervallon, "
        "sans faire de victime.")


def _lede_page(lede_html: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><body><div class='head'><h1>Incendie à Kervallon</h1>{lede_html}</div>"
            f"<div class='texte'>{body}</div></body></html>")


def test_standfirst_dropped_by_the_extractor_is_recovered() -> None:
    import lxml.html

    from recoupe.clean.html import find_lede

    text = "\n\n".join(PARAS)
    tree = lxml.html.fromstring(_lede_page(f"<div class='chapo'><p>{LEDE}</p></div>"))
    assert find_lede(tree, text, LEDE[:120] + "…") == LEDE
    # the page's own summary must open like it, and a caption or a text already kept is never taken
    assert find_lede(tree, text, "Un autre résumé de la page, sans rapport avec le texte du bloc.") is None
    assert find_lede(tree, text, None) is None
    caption = lxml.html.fromstring(_lede_page(f"<figure><figcaption>{LEDE}</figcaption></figure>"))
    assert find_lede(caption, text, LEDE) is None
    assert find_lede(tree, LEDE + "\n\n" + text, LEDE) is None


def test_date_element_update_first_then_publication() -> None:
    box = '<div class="fecha">Actualizado el 12 de marzo de 2025 | Publicado el 11 de marzo de 2025</div>'
    res = extract_html(_page().replace("<article>", f"<article>{box}"))
    assert res.published == "2025-03-11" and res.provenance["published"] == "html:date-element"


def test_account_name_in_meta_author_is_not_the_author() -> None:
    head = '<meta name="author" content="admin">'
    byline = '<p class="byline">Par Tugdual Le Bihan</p>'
    assert extract_html(_page(head).replace("<article>", f"<article>{byline}")).author == "Tugdual Le Bihan"
    assert extract_html(_page('<meta name="author" content="Admin1">')).author is None
