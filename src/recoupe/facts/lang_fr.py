"""French language data for dates and quantities (no code: words, cues and pattern templates).

Words are written naturally (with accents); the engines fold them (see
:func:`recoupe.textnorm.fold`) before matching, so patterns match folded text.
Pattern templates are regular expressions over *folded* text with placeholders
(``{MONTH}``, ``{WD}``, ``{NUM}`` ...) that the date engine fills from the word lists.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- calendar words

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "jan": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept": 9, "sep": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "déc": 12,
}
# abbreviations that need a following full stop or a day number to count ("mars" is always a month)
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"mai", "mars"})

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
}
# short weekday forms only count when followed by a full stop and a day number ("mer. 10 juin")
SHORT_WEEKDAYS: frozenset[str] = frozenset({"lun", "mar", "mer", "jeu", "ven", "sam", "dim"})

# day offsets from the anchor (publication date)
RELATIVE_DAYS: dict[str, int] = {
    "aujourd'hui": 0, "ce jour": 0, "ce matin": 0, "ce midi": 0, "cet après-midi": 0, "ce soir": 0,
    "avant-hier": -2, "avant hier": -2, "hier": -1, "après-demain": 2, "apres demain": 2, "demain": 1,
    "la nuit dernière": -1, "dans la journée": 0,
}
# day offsets from the previous date mentioned in the text ("la veille" of that event)
ANAPHORIC_DAYS: dict[str, int] = {
    "l'avant-veille": -2, "la veille": -1, "le lendemain": 1, "le surlendemain": 2,
    "le jour précédent": -1, "le jour d'avant": -1, "le jour suivant": 1, "le jour d'après": 1,
    "ce jour-là": 0, "le jour même": 0, "le même jour": 0, "au lendemain": 1,
}
# words between an anaphor and the date it is counted from ("la veille du 14 juillet")
ANAPHOR_LINKS: tuple[str, ...] = ("du", "de", "d'")
# fixed-date holidays -> (month, day); resolved to the occurrence nearest the anchor, or with a year
HOLIDAYS: dict[str, tuple[int, int]] = {
    "noël": (12, 25), "jour de noël": (12, 25), "réveillon de noël": (12, 24), "nouvel an": (1, 1),
    "jour de l'an": (1, 1), "saint-sylvestre": (12, 31), "toussaint": (11, 1), "saint-valentin": (2, 14),
    "fête du travail": (5, 1), "fête nationale": (7, 14), "14-juillet": (7, 14), "armistice": (11, 11),
    "assomption": (8, 15), "saint-patrick": (3, 17), "saint patrick": (3, 17),
}
# words after "N jours" that count from the previous date ("deux jours plus tard")
LATER_WORDS: tuple[str, ...] = ("plus tard", "après", "apres")
EARLIER_WORDS: tuple[str, ...] = ("plus tôt", "auparavant", "avant")

PAST_MODIFIERS: tuple[str, ...] = ("dernier", "dernière", "passé", "passée", "précédent", "précédente")
FUTURE_MODIFIERS: tuple[str, ...] = ("prochain", "prochaine", "suivant", "suivante", "à venir")
THIS_WORDS: tuple[str, ...] = ("ce", "cette", "cet")

# time units of ago/in/duration expressions -> ISO 8601 duration designator
TIME_UNITS: dict[str, str] = {
    "jour": "D", "jours": "D", "journée": "D", "journées": "D", "semaine": "W", "semaines": "W",
    "mois": "M", "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "décennie": "DE", "décennies": "DE",
    "siècle": "CE", "siècles": "CE",
}
# calendar periods that take a modifier ("l'année dernière", "le mois prochain", "cette semaine")
PERIODS: dict[str, str] = {
    "année": "year", "an": "year", "mois": "month", "semaine": "week",
}

# --------------------------------------------------------------------------- numbers

NUMBER_WORDS: dict[str, float] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "quatre-vingt": 80, "quatre-vingts": 80, "quatre vingt": 80, "quatre vingts": 80,
}
MULTIPLIERS: dict[str, float] = {
    "cent": 100, "cents": 100, "mille": 1000, "mil": 1000, "million": 1e6, "millions": 1e6,
    "milliard": 1e9, "milliards": 1e9, "billion": 1e12, "billions": 1e12,
}
# abbreviated multipliers after digits ("3 Mds €", "1,2 M€")
MULTIPLIER_ABBREV: dict[str, float] = {"md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "m": 1e6, "k": 1e3}
NUMBER_JOINERS: tuple[str, ...] = ("et",)  # "vingt et un"
# multipliers written right after the digits, case-sensitive ("100k", "1,2M"; "10m" is ten metres)
GLUED_MULTIPLIERS: dict[str, float] = {"k": 1e3, "K": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9}
# unit abbreviations that are not read when glued to the digits ("10h" is a time of day)
NOT_GLUED_UNITS: frozenset[str] = frozenset({"h", "s", "t", "l", "min", "°", "g"})
# fraction words: "trois quarts" (3 x 1/4), "un million et demi" (+ 1/2 of the last multiplier)
FRACTIONS: dict[str, float] = {
    "demi": 0.5, "demie": 0.5, "demis": 0.5, "tiers": 1 / 3, "quart": 0.25, "quarts": 0.25,
    "cinquième": 0.2, "cinquièmes": 0.2, "sixième": 1 / 6, "sixièmes": 1 / 6, "huitième": 0.125,
    "huitièmes": 0.125, "dixième": 0.1, "dixièmes": 0.1, "centième": 0.01, "centièmes": 0.01,
    "millième": 0.001, "millièmes": 0.001,
}
# what links a fraction to what it divides ("les trois quarts des sondés")
FRACTION_LINKS: tuple[str, ...] = ("des", "du", "de la", "de l'", "de", "d'")
# "deux ans et demi": a half after the counted noun
HALF_AFTER: str = r"\s+et\s+demie?\b"
# "une trentaine" -> 30, about
APPROX_NOUNS: dict[str, float] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
# plural multipliers and approximate nouns with no numeral before them are vague ("des milliers de",
# "plusieurs millions d'", "des dizaines de"): not emitted as numbers
VAGUE_PLURALS: frozenset[str] = frozenset(
    {"millions", "milliards", "milliers", "dizaines", "douzaines", "quinzaines", "vingtaines", "trentaines",
     "quarantaines", "cinquantaines", "soixantaines", "centaines", "billions", "cents"}
)

DECIMAL_MARK = ","
THOUSANDS_SEPARATORS = " ."

# approximation cues before a number (longest first is handled by the engine)
APPROX_BEFORE: dict[str, str] = {
    "jusqu'à": "up_to", "au plus": "up_to", "au maximum": "up_to", "pas plus de": "up_to",
    "tout au plus": "up_to",
    "plus de": "more_than", "plus d'": "more_than", "au moins": "more_than", "pas moins de": "more_than",
    "un peu plus de": "more_than", "un peu plus d'": "more_than", "au-delà de": "more_than",
    "davantage que": "more_than", "supérieur à": "more_than", "supérieure à": "more_than",
    "moins de": "less_than", "moins d'": "less_than", "un peu moins de": "less_than",
    "à peine": "less_than", "inférieur à": "less_than", "inférieure à": "less_than",
    "près de": "about", "près d'": "about", "environ": "about", "quelque": "about", "autour de": "about",
    "autour d'": "about", "presque": "about", "approximativement": "about", "à peu près": "about",
    "aux alentours de": "about", "de l'ordre de": "about", "quasiment": "about", "grosso modo": "about",
}
APPROX_AFTER: dict[str, str] = {"environ": "about", "au moins": "more_than", "au plus": "up_to"}

# --------------------------------------------------------------------------- units

CURRENCY_SYMBOLS: dict[str, str] = {"€": "euro", "$": "dollar", "£": "livre", "¥": "yen", "%": "%"}
UNIT_ABBREV: dict[str, str] = {
    "km": "kilomètre", "m": "mètre", "cm": "centimètre", "mm": "millimètre", "kg": "kilogramme",
    "g": "gramme", "t": "tonne", "h": "heure", "min": "minute", "s": "seconde", "ha": "hectare",
    "km2": "kilomètre carré", "km²": "kilomètre carré", "m2": "mètre carré", "m²": "mètre carré",
    "m3": "mètre cube", "m³": "mètre cube", "l": "litre", "ml": "millilitre", "cl": "centilitre",
    "°f": "degré", "°c": "degré", "°": "degré", "mw": "mégawatt",
    "kw": "kilowatt", "gw": "gigawatt", "km/h": "kilomètre par heure", "eur": "euro", "usd": "dollar",
    "mph": "mile par heure", "pour cent": "%", "pourcent": "%", "pour mille": "‰", "‰": "‰",
}
# plural units that the lemmatiser would get wrong, and fixed phrases
UNIT_LEMMAS: dict[str, str] = {
    "ans": "an", "fois": "fois", "mois": "mois", "obus": "obus", "gens": "personne", "euros": "euro",
    "dollars": "dollar", "pays": "pays", "corps": "corps", "voix": "voix", "prix": "prix",
    "personnes": "personne", "habitants": "habitant", "heures": "heure", "morts": "mort",
    "blessés": "blessé", "tués": "tué", "degrés": "degré",
}
# nouns that are the same in the singular and the plural: never cut their final -s/-x/-z
INVARIABLE_NOUNS: frozenset[str] = frozenset(
    ["voix", "prix", "fois", "corps", "pays", "mois", "bras", "choix", "taux", "poids", "cas", "repas", "obus",
     "bus", "virus", "souris", "discours", "concours", "parcours", "secours", "recours", "processus", "avis",
     "colis", "croix", "noix", "paix", "nez", "gaz", "temps", "fils", "puits", "tas", "matelas", "univers",
     "procès", "accès", "succès", "excès", "abcès", "progrès", "décès", "os", "campus", "bonus", "consensus",
     "remous", "palais", "relais", "rubis", "radis", "tapis", "débris", "permis", "compromis", "refus",
     "abus", "jus", "corpus", "index", "lynx", "quartz", "sas", "fracas", "verglas", "bois", "poids-lourds"]
)
# verb + noun compounds keep their noun plural in the singular ("un porte-avions", "un lance-roquettes")
INVARIABLE_PREFIXES: tuple[str, ...] = (
    "porte-", "lance-", "pare-", "chasse-", "brise-", "coupe-", "ouvre-", "tire-", "presse-", "essuie-",
    "garde-", "sèche-", "compte-", "casse-", "abat-", "gratte-", "cure-",
)
# word endings of invariable nouns the lemmatiser does not know (it leaves them unchanged)
INVARIABLE_ENDINGS: tuple[str, ...] = ("as", "is", "us", "os", "ys", "ès", "ours", "ids", "ps", "ts", "z", "x")
# words that cannot be the counted noun right after a number
NOT_UNITS: frozenset[str] = frozenset(
    ["et", "ou", "à", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers", "entre", "contre", "selon", "depuis", "pendant", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "qui", "que", "qu", "quoi", "dont", "où", "ne", "n", "pas", "plus", "moins", "très", "trop", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "y", "est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "sera", "seront", "été", "être", "avoir", "fait", "font", "mais", "donc", "or", "ni", "car", "si", "comme", "alors", "puis", "ainsi", "aussi", "encore", "déjà", "seulement", "environ", "près", "tout", "tous", "toutes", "toute", "autre", "autres", "même", "mêmes", "dernier", "dernière", "derniers", "dernières", "premier", "première", "premiers", "premières", "prochain", "prochaine", "prochains", "prochaines"]
)

# the word between a number and what it counts ("un million d'obus")
UNIT_LINKS: tuple[str, ...] = ("de", "d'")
# adjectives that may sit between a number and its noun ("3 000 nouveaux logements")
PRENOMINAL: frozenset[str] = frozenset(
    ["nouveaux", "nouvelles", "nouveau", "nouvelle", "autres", "petits", "petites", "grands", "grandes", "gros", "grosses", "vieux", "vieilles", "anciens", "anciennes", "jeunes", "bons", "bonnes", "mauvais", "mauvaises", "premiers", "premières", "derniers", "dernières", "principaux", "principales", "seuls", "seules", "simples"]
)
# prepositions that make "22 heures" a time of day, not a duration
TIME_PREPOSITIONS: tuple[str, ...] = ("à", "vers", "dès", "jusqu'à", "avant", "après", "entre", "de", "et")
# suffixes that make a number an ordinal ("16e", "1er", "2nde", "3ème")
# what follows a number that makes it a time of day (over folded text)
TIME_AFTER: str = r"(?:h\s?\d{2}|heures?\s+(?:\d{2}|du\s+matin|du\s+soir|de\s+l'apres-midi))\b"
ORDINAL_SUFFIX: str = r"(?:e|er|ere|eme|ieme|nd|nde|es|emes|iemes|ers|eres|°)"

# --------------------------------------------------------------------------- context cues

# parts of the day folded into the day ("mardi soir")
DAY_PARTS: tuple[str, ...] = ("soir", "matin", "après-midi", "midi", "soirée", "matinée", "nuit")

# a 4-digit number is a year after one of these words ...
YEAR_BEFORE: tuple[str, ...] = (
    "en", "depuis", "dès", "année", "années", "an", "l'an", "avant", "après", "jusqu'en", "fin", "début",
    "mi", "printemps", "été", "automne", "hiver", "courant", "vers", "d'ici", "entre", "et", "de", "du",
    "à", "au", "été", "né", "née", "nés", "mort", "morte", "décédé", "élu", "élue", "saison", "cru",
    "millésime", "exercice", "budget", "promotion", "édition", "printemps", "fin", "mi-",
)
# ... or when the next word is one of these (a number before a noun is a count, not a year)
YEAR_AFTER: tuple[str, ...] = (
    "et", "ou", "à", "au", "le", "la", "les", "l", "un", "une", "il", "elle", "ils", "elles", "on", "ce",
    "cette", "ces", "déjà", "puis", "alors", "lors", "quand", "où", "avec", "dans", "par", "pour",
    "sur", "après", "avant", "contre", "a", "avait", "était", "est", "sont", "ont", "qui", "que",
    "jusqu'à", "de", "des", "du", "en", "déjà", "aussi", "encore", "seulement", "mais",
)

# future tense or prospective markers: a bare weekday near them points forward
FUTURE_CUES: str = (
    r"\b(?:va|vont|vais|allons|allez|aura|auront|doit|doivent|devra|devront|devrait|devraient|prevu|prevue|prevus"
    r"|prevues|programme|programmee|attendu|attendue|compte|comptent|entend|entendent|a venir)\b"
    r"|\b(?!(?:camera|opera|cobra|extra|ultra|tiara|sahara|mantra|sierra|zebra|algebra|vera|contra"
    r"|tantra|aura|cathedra|agora|flora|nora|laura|clara|sara|sandra|barbara|mara|lara|dora|vrai)\b)"
    r"[a-z]{2,}(?:era|eront|erons|erez|erai|ira|iront|irons|dra|dront|drons|ura|uront|ra|ront|rai)\b"
)

# past tense markers: a bare weekday near them (and no future cue) points back
PAST_CUES: str = (
    r"\b(?:a|ont|avait|avaient|eut|eurent|est|sont|etait|etaient|fut|furent|s'est|se\s+sont)\s+"
    r"(?:[a-z]+\s+)?[a-z]{2,}(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|it|ts?)\b|\bhier\b"
)

# --------------------------------------------------------------------------- date pattern templates
# (kind, regex over folded text); named groups: day, month, year, wd, mod, num, unit, rel, ana, period.
# Kinds are resolved by recoupe.facts.dates; earlier templates win ties at the same span.

DAY = r"(?P<day>1er|premier|[12]\d|3[01]|0?[1-9])"
DATE_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?:(?P<wd>{WD})\.?\s+)?(?P<year>(?:1[5-9]|20)\d\d)([-/.])(?P<mnum>0?[1-9]|1[0-2])\3"
     r"(?P<day>0?[1-9]|[12]\d|3[01])\b(?![.,/-]?\d)"),
    ("dmy", r"\b(?:(?P<wd>{WD})\.?\s+)?(?P<day>0?[1-9]|[12]\d|3[01])([/.-])(?P<mnum>0?[1-9]|1[0-2])\3"
     r"(?P<year>(?:1[5-9]|20)\d\d|\d\d)\b(?![/.,-]?\d)"),
    ("dm", r"(?<![\d/.,-])\b(?P<day>0[1-9]|[12]\d|3[01])/(?P<mnum>0?[1-9]|1[0-2])\b(?![/.,-]?\d)"),
    ("my", r"(?<![\d/.,-])\b(?P<mnum>0?[1-9]|1[0-2])\s?[/-]\s?(?P<year>(?:1[5-9]|20)\d\d)\b(?![/.,-]?\d)"),
    ("ym", r"(?<![\d/.,-])\b(?P<year>(?:1[5-9]|20)\d\d)\s?[/-]\s?(?P<mnum>0?[1-9]|1[0-2])\b(?![/.,-]?\d)"),
    ("date", r"\b(?:(?P<wd>{WD})\.?\s+)?" + DAY + r"\s+(?P<month>{MONTH})\.?"
     r"(?:,?\s+(?:de\s+|en\s+)?(?P<year>(?:1\d|20)\d\d)\b)?"),
    ("wd_day", r"\b(?P<wd>{WDLONG})\s+(?P<day>1er|[12]\d|3[01]|0?[1-9])\b(?!\s*(?:h\b|heures?\b|[.,:/-]\d|%))"),
    ("month_year", r"\b(?P<month>{MONTH})\.?(?:\s*,)?\s+(?:de\s+l'annee\s+|de\s+|en\s+)?"
     r"(?P<year>(?:1\d|20)\d\d|\d\d)\b(?![.,]?\d)"),
    ("month_mod", r"\b(?P<month>{MONTH})\s+(?P<mod>{PASTMOD}|{FUTMOD})\b"),
    ("month_this", r"\b(?P<mod>{THIS})\s+(?:mois\s+(?:de\s+|d')?)?(?P<month>{MONTH})\b"),
    ("month", r"\b(?:en|de|d'|depuis|des|fin|debut|mi-?|courant|mois\s+de|mois\s+d'|jusqu'en|avant|apres)\s*"
     r"(?P<month>{MONTH})\b(?!\s*,?\s*(?:de\s+|en\s+)?\d)"),
    ("month_bare", r"(?<![\w'])(?P<month>{MONTHFULL})\b(?!\s*,?\s*(?:de\s+|en\s+)?\d)"),
    ("period_mod", r"\b(?:l'|le\s+|la\s+)(?P<period>{PERIOD})\s+(?P<mod>{PASTMOD}|{FUTMOD})\b"),
    ("period_this", r"\b(?P<mod>{THIS})\s+(?P<period>{PERIOD})(?:-ci)?\b"),
    ("ago", r"\bil\s*y\s*a\s+(?:(?:environ|pres\s+de|a\s+peu\s+pres|quelque|plus\s+de|moins\s+de)\s+)?(?:(?P<num>{NUM})\s+|(?P<one>un|une)\s+)(?P<unit>{TUNIT})\b"),
    ("in", r"\bdans\s+(?:(?P<num>{NUM})\s+|(?P<one>un|une)\s+)(?P<unit>{TUNIT})\b"),
    ("duration", r"\b(?:depuis|pendant|durant|en\s+l'espace\s+de|au\s+bout\s+de|voila|sous|sur|en|pour)\s+"
     r"(?:(?P<num>{NUM})\s+|(?P<one>un|une)\s+|(?:plus|moins)\s+de\s+(?P<num2>{NUM})\s+)(?P<unit>{TUNIT})\b"),
    ("weekday", r"\b(?:(?P<this>{THIS})\s+)?(?P<wd>{WDLONG})(?:\s+(?P<mod>{PASTMOD}|{FUTMOD}))?"
     r"(?:\s+(?:{DAYPART}))?\b"),
    ("period_this", r"\b(?:la\s+)?(?:fin|debut|milieu|mi)\s*-?\s*(?P<mod>du|de\s+l')\s*(?P<period>mois|annee)\b"
     r"(?!\s*(?:\d|de\s+\d|d'|{MONTH}))"),
    ("wd_week", r"\b(?P<wd>{WDLONG})\s+(?:de\s+)?(?:la\s+|cette\s+)semaine(?:\s+(?P<mod>{PASTMOD}|{FUTMOD}"
     r"|d'apres|d'avant))?\b"),
    ("holiday", r"(?<![\w'-])(?P<hol>{HOLIDAY})(?:\s+(?P<year>(?:1[5-9]|20)\d\d))?\b"),
    ("later", r"\b(?:(?P<num>{NUM})|(?P<one>un|une))\s+(?P<unit>{TUNIT})\s+(?P<dir>{LATER}|{EARLIER})\b"
     r"(?!\s+(?:le|la|l'|les|que|qu')\b)"),
    ("relday", r"(?<![\w'])(?P<rel>{RELDAY})\b"),
    ("anaphor", r"(?<![\w'])(?P<ana>{ANAPH})\b"),
    ("year", r"(?<![\d.,])(?<!\d\s)\b(?P<year>(?:1[6-9]|20)\d\d)\b(?!\s?\d{3}\b)(?![.,]\d)"),
]
