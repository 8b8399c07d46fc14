"""Cue vocabulary for telling article text from scraper debris (FR first, EN, some ES/DE).

Plain data only: the algorithms live in :mod:`recoupe.clean.plaintext`.  Every entry is
written in *folded* form (see :func:`recoupe.textnorm.fold`: lower case, no accents,
plain quotes) because lines are matched on their folded key.
"""

from __future__ import annotations

# The fixed set of reasons a piece of input is removed.
REASONS = (
    "title",
    "dateline",
    "byline",
    "share",
    "read_also",
    "paywall",
    "comments",
    "navigation",
    "caption",
    "credit",
    "breadcrumb",
    "signature",
    "duplicate",
    "site_boilerplate",
    "separator",
    "fragment",
)

# --------------------------------------------------------------------------- months / dates

MONTHS: dict[str, int] = {
    # fr
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
    # en
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
    "october": 10, "november": 11, "december": 12,
    # es
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # de
    "januar": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}

WEEKDAYS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)

# Words that introduce a publication date on a dateline ("Publié le", "Updated").
PUBLISHED_CUES = (
    "publie le", "publie", "publiee le", "date de publication", "mis en ligne le", "mis en ligne", "mise en ligne le",
    "mise en ligne", "en ligne depuis le", "fecha de publicacion", "publication date", "date published",
    "published on", "published", "posted on", "posted", "publicado el", "publicado", "veroffentlicht am",
    "veroffentlicht", "le", "du", "on", "date",
)
# the cues above that are ordinary words too: alone they do not make a line a dateline
PUBLISHED_WEAK = ("le", "du", "on", "date")
UPDATED_CUES = (
    "mis a jour le", "mis a jour", "mise a jour le", "mise a jour", "modifie le", "derniere mise a jour",
    "updated on", "updated", "last updated", "actualizado el", "actualizado", "aktualisiert am", "aktualisiert",
)
# Words a dateline may also carry besides the date itself.
DATELINE_FILLERS = (
    "a", "at", "h", "heures", "heure", "hrs", "gmt", "utc", "cet", "cest", "am", "pm", "et", "and", "um", "uhr",
    "las", "y", "de", "del", "le", "el", "the", "on", "|", "-", "il", "y", "a", "ago", "min", "minutes",
    "hace", "vor", "temps", "lecture", "read", "de lecture",
)
RELATIVE_DATE = (
    "il y a", "hier", "aujourd'hui", "ago", "yesterday", "today", "hace", "ayer", "hoy", "vor", "gestern", "heute",
)
READING_TIME = (
    "min de lecture", "minutes de lecture", "temps de lecture", "min read", "minute read", "reading time",
    "minutos de lectura", "tiempo de lectura", "lesezeit", "lesedauer",
)

# --------------------------------------------------------------------------- bylines

BYLINE_PREFIXES = (
    "par", "by", "auteur", "auteurs", "author", "authors", "redige par", "ecrit par", "texte", "propos recueillis par",
    "written by", "reporting by", "por", "autor", "von", "de notre correspondant", "de notre correspondante",
    "de notre envoye special", "de notre envoyee speciale", "signe", "chronique de", "une tribune de",
    "publie par", "posted by", "publicado por", "escrito por", "geschrieben von",
)
# words that may sit in a byline next to the name ("journaliste", "envoyée spéciale à")
BYLINE_ROLES = (
    "journaliste", "redaction", "redacteur", "redactrice", "correspondant", "correspondante", "envoye special",
    "envoyee speciale", "avec", "and", "et", "staff", "reporter", "editor", "redaccion", "with", "y", "und",
)

# Author fields that name an account, not a person ("admin" on a WordPress farm): ignored as author metadata.
ACCOUNT_AUTHORS = (
    "admin", "administrator", "administrateur", "webmaster", "editor", "editeur", "user", "utilisateur", "guest",
    "invite", "staff", "team", "equipe", "root", "author", "auteur", "wordpress", "wp", "default", "contributor", "contributeur",
)

# --------------------------------------------------------------------------- widgets

SHARE_WORDS = (
    "partager", "partagez", "partage", "partager sur", "partager cet article", "share", "share this", "share on",
    "share this article", "tweet", "tweeter", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram",
    "messenger", "pinterest", "reddit", "email", "e-mail", "mail", "courriel", "imprimer", "print", "copier le lien",
    "copy link", "copier", "lien copie", "google news", "suivez-nous", "suivez-nous sur", "follow us", "sur",
    "on", "flipboard", "bluesky", "threads", "instagram", "youtube", "tiktok", "rss", "envoyer", "send",
    "compartir", "comparte", "comparte esta noticia", "compartir esta noticia", "comparte este articulo",
    "teilen", "artikel teilen", "x (ex-twitter)", "ajouter a mes favoris", "favoris", "sauvegarder", "enregistrer",
    "save", "commenter", "reagir", "s'abonner", "abonnez-vous", "newsletter", "suivre", "follow", "×", "x",
    "fermer", "close", "ecouter", "listen", "ecouter cet article", "listen to this article", "mail", "sms",
    "google", "news", "actualites", "sur google news", "nous suivre", "j'aime", "j'aime ca", "j'aime chargement",
    "chargement", "like", "like this", "like loading", "loading", "me gusta", "gefallt mir",
)

# A line beginning like this opens a "read also" list (possibly with the headline on the same line).
READ_ALSO = (
    "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "a lire", "lire la suite", "voir aussi",
    "a voir aussi", "a voir", "sur le meme sujet", "sur le meme theme", "dans la meme rubrique", "articles similaires",
    "articles lies", "articles connexes", "nos articles", "autres articles", "vous aimerez aussi", "vous aimerez",
    "vous pourriez aimer", "a decouvrir", "a decouvrir aussi", "decouvrir aussi", "les plus lus", "les plus partages",
    "les plus commentes", "a la une", "dernieres actualites", "derniers articles", "en continu", "plus d'articles",
    "recommande", "recommandes", "nos recommandations", "lire plus", "en savoir plus", "pour aller plus loin",
    "read also", "read more", "see also", "related", "related articles", "related stories", "related content",
    "more on this", "more on this story", "more from", "you may also like", "you might also like",
    "recommended", "most read", "most popular", "trending", "latest news", "further reading",
    "lee tambien", "leer mas", "ver tambien", "te puede interesar", "mas leidas", "noticias relacionadas",
    "auch interessant", "mehr zum thema", "lesen sie auch", "weitere artikel", "das konnte sie interessieren",
)

PAYWALL = (
    "il reste", "de cet article a lire", "de cet article a consulter", "la suite est reservee", "la suite est privee",
    "reserve aux abonnes", "reservee aux abonnes", "reserve a nos abonnes", "article reserve", "pour les abonnes",
    "abonnez-vous pour", "abonnez-vous", "deja abonne", "je m'abonne", "s'abonner", "offre d'abonnement",
    "connectez-vous", "se connecter", "contenu reserve", "lire l'article complet", "article abonne",
    "subscribe to", "subscribers only", "subscriber-only", "for subscribers", "already a subscriber",
    "to continue reading", "sign in to", "log in to", "this article is for", "premium",
    "solo para suscriptores", "suscribete", "nur fur abonnenten", "jetzt abonnieren",
)

# Paywall phrases saying the article is cut here (what follows is not the article).  Labels such as
# "Article réservé aux abonnés" are not among them: they often sit above the full text.
TRUNCATION = (
    "la suite est", "pour lire la suite", "lire la suite de cet article", "to continue reading",
    "the rest of this article", "continue reading this article", "para seguir leyendo", "um weiterzulesen",
    "de cet article a lire", "de cet article a consulter", "of this article left",
)

COMMENTS = (
    "laisser un commentaire", "laissez un commentaire", "soyez le premier a commenter", "commentaires",
    "commentaire", "ajouter un commentaire", "poster un commentaire", "reagir a cet article", "reagissez",
    "votre adresse de messagerie ne sera pas publiee", "votre adresse e-mail ne sera pas publiee",
    "votre adresse email ne sera pas publiee", "les champs obligatoires sont indiques",
    "champs obligatoires", "enregistrer mon nom", "nom", "e-mail", "email", "site web", "commentaire *",
    "publier", "envoyer le commentaire", "leave a comment", "leave a reply", "be the first to comment",
    "your email address will not be published", "required fields are marked", "post comment", "comments",
    "comment", "reply", "repondre", "annuler la reponse", "cancel reply", "deja inscrit", "deja un compte",
    "deje un comentario", "comentarios", "kommentare", "kommentar schreiben",
)

# "Catégorie : …", "Tags: …" lines: site taxonomy, not article text.
TAXONOMY_PREFIXES = (
    "categorie", "categories", "rubrique", "rubriques", "mots-cles", "mots cles", "mot-cle", "tags", "tag",
    "etiquettes", "themes", "theme", "sujets", "category", "categories", "filed under", "topics", "keywords",
    "categoria", "etiquetas", "schlagworte", "kategorie", "classe dans", "publie dans", "posted in",
)

# Words opening a previous/next navigation line.
PREV_NEXT = (
    "prev", "previous", "next", "precedent", "suivant", "article precedent", "article suivant",
    "previous article", "next article", "previous post", "next post", "anterior", "siguiente",
    "vorheriger", "nachster", "<<", ">>", "«", "»", "←", "→",
)

# Credit lines ("Photo: AFP", "© Reuters", "Crédit photo : …").
CREDIT_PREFIXES = (
    "photo", "photos", "credit", "credits", "credit photo", "credits photo", "photo credit", "image",
    "illustration", "video", "source", "sources", "©", "(c)", "copyright", "foto", "bild", "picture",
    "archives", "photo d'illustration", "photo archives", "credits photos", "credit photos", "photos credits",
    "image illustrative", "image d'illustration", "illustration photo", "photo illustration", "image credit",
    "image credits", "photo credits", "credito", "creditos", "fotos", "bildnachweis", "quelle",
)
AGENCIES = (
    "afp", "reuters", "ap", "associated press", "getty", "getty images", "epa", "efe", "dpa", "ansa", "anadolu",
    "xinhua", "shutterstock", "istock", "maxppp", "sipa", "abaca", "abacapress", "hans lucas", "belga", "ats",
    "keystone", "kcna", "tass", "ria novosti", "sputnik", "bloomberg", "nurphoto", "pool", "wikimedia commons",
    "unsplash", "pixabay", "ap photo", "afp photo", "leemage", "divergence", "le parisien", "dr",
)
# Short promotional lines (newsletter, app, social accounts) matched anywhere in a short line.
PROMO = (
    "newsletter", "abonnez-vous", "inscrivez-vous", "telechargez l'application", "telechargez notre application",
    "suivez-nous", "rejoignez-nous", "subscribe", "sign up for", "download the app", "download our app",
    "follow us", "suscribete", "descarga la app", "siguenos", "abonnieren", "folgen sie uns", "laden sie die app",
)

# Consent banners: first/second-person phrases that only site furniture uses.
COOKIE_PHRASES = (
    "nous utilisons des cookies", "ce site utilise des cookies", "en poursuivant votre navigation",
    "vous acceptez l'utilisation", "vous acceptez l'utilisation des cookies", "gerer vos preferences",
    "parametrer vos choix", "we use cookies", "this site uses cookies", "this website uses cookies",
    "by continuing to browse", "by continuing to use", "you agree to the use", "manage your preferences",
    "utilizamos cookies", "este sitio utiliza cookies", "wir verwenden cookies", "diese website verwendet cookies",
    "ce site utilise akismet", "preferences de cookies", "preferences en matiere de cookies", "cookie preferences",
    "cookie settings", "preferencias de cookies", "configuracion de cookies", "cookie-einstellungen",
)

# The site speaking to its reader about itself ("our newsletter", "notre application"): never article prose
# in a short line (a quoted line is exempt).
SITE_VOICE = (
    "sign up for our", "subscribe to our", "our daily newsletter", "our newsletter", "download our app",
    "abonnez-vous a notre", "inscrivez-vous a notre", "notre newsletter", "notre lettre d'information",
    "sur notre application", "telechargez notre", "suscribete a nuestro", "recibe nuestro",
    "nuestro boletin", "haga clic aqui para suscribirse", "descarga nuestra app", "unseren newsletter",
    "unsere app",
)

# Attribution verbs: a line reporting speech is article prose, not a photo caption.
ATTRIBUTION = (
    "a declare", "a indique", "a explique", "a precise", "a affirme", "a annonce", "selon", "d'apres", "estime",
    "said", "says", "told", "according to", "announced", "dijo", "segun", "afirmo", "explico", "sagte",
    "erklarte", "teilte", "laut", "disse", "ha dichiarato",
)

# Words typical of photo captions.
CAPTION_CUES = (
    "(a droite)", "(a gauche)", "(au centre)", "(de gauche a droite)", "(left)", "(right)", "(center)",
    "(centre)", "(izquierda)", "(derecha)", "(links)", "(rechts)", "pose", "posent", "photographie",
    "photographed", "pictured", "ci-dessus", "ci-contre",
)

BREADCRUMB_SEPARATORS = (">", "›", "»", "/", "|", "→")
BREADCRUMB_HOME = ("accueil", "home", "inicio", "startseite", "une")

# Stand-alone section/category words scrapers drag in around headlines.
CATEGORIES = (
    "actualite", "actualites", "actu", "monde", "international", "france", "politique", "economie", "societe",
    "culture", "sport", "sports", "sciences", "science", "sante", "tech", "technologie", "planete",
    "environnement", "faits divers", "faits-divers", "justice", "opinion", "opinions", "idees", "debats",
    "tribune", "editorial", "chronique", "video", "videos", "podcast", "direct", "en direct", "live",
    "europe", "afrique", "asie", "ameriques", "moyen-orient", "regions", "local", "people", "lifestyle",
    "news", "world", "politics", "business", "economy", "technology", "health", "entertainment",
    "local news", "breaking news", "noticias", "nachrichten", "mundo", "welt", "deportes", "a la une",
    "une", "info", "infos", "l'essentiel", "essentiel", "exclusif", "exclusive", "analyse", "decryptage",
    "enquete", "reportage", "entretien", "interview", "portrait", "temoignage", "ukraine", "russie", "guerre",
)

# Function words: a short line ending on one of these is a cut-off widget fragment.
DANGLING_END = (
    "de", "du", "des", "la", "le", "les", "l'", "d'", "a", "au", "aux", "par", "pour", "sur", "avec", "et",
    "ou", "en", "un", "une", "selon", "of", "the", "a", "an", "by", "to", "for", "with", "and", "on", "in",
    "el", "los", "las", "del", "por", "con", "der", "die", "das", "von", "mit", "und",
)

# Lines that are pure site furniture whatever the site.
FURNITURE = (
    "publicite", "advertisement", "advertising", "sponsored", "contenu sponsorise", "contenu partenaire",
    "publi-reportage", "annonce", "anzeige", "publicidad", "cookies", "accepter", "refuser", "tout accepter",
    "gerer mes choix", "parametrer les cookies", "accept all", "reject all", "menu", "rechercher", "search",
    "recherche", "fermer", "close", "retour", "back", "haut de page", "back to top", "retour en haut",
    "newsletter", "inscrivez-vous", "inscrivez-vous a la newsletter", "recevez notre newsletter", "sign up",
    "toutes les actualites", "voir plus", "voir tout", "voir tous", "charger plus", "load more", "show more",
    "afficher plus", "afficher les commentaires", "menu principal", "main menu", "skip to content",
    "aller au contenu", "aller au contenu principal", "passer au contenu", "mentions legales", "legal notice",
    "politique de confidentialite", "privacy policy", "conditions generales", "terms of use", "contact",
    "nous contacter", "contact us", "plan du site", "sitemap", "a propos", "about", "about us", "qui sommes-nous",
    "tous droits reserves", "all rights reserved", "derechos reservados", "alle rechte vorbehalten",
    "image", "images", "photo", "photos", "galerie", "galerie photos", "diaporama", "voir la galerie",
    "voir la video", "video", "lecture", "play", "pause", "plein ecran", "agrandir", "zoom",
    "la suite apres cette publicite", "la suite apres la publicite", "continuer la lecture apres la publicite",
    "article continues below", "story continues below advertisement", "story continues below",
    "continue reading below", "advertisement continue reading below", "cet article vous est offert",
    "article offert", "contenido patrocinado", "patrocinado", "publirreportaje", "tous droits de reproduction reserves",
    "reproduction interdite", "sigue leyendo", "continua leyendo", "la noticia continua tras la publicidad",
)
