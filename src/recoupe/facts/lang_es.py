"""Spanish language data for dates and quantities (see ``lang_fr`` for the conventions)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5,
    "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9,
    "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
}
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"ago"})

WEEKDAYS: dict[str, int] = {
    "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
}
SHORT_WEEKDAYS: frozenset[str] = frozenset()

RELATIVE_DAYS: dict[str, int] = {
    "hoy": 0, "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "ayer": -1, "anteayer": -2,
    "antier": -2, "anoche": -1, "pasado mañana": 2,
}
ANAPHORIC_DAYS: dict[str, int] = {
    "la víspera": -1, "el día anterior": -1, "el día siguiente": 1, "al día siguiente": 1,
}
ANAPHOR_LINKS: tuple[str, ...] = ("del", "de")

PAST_MODIFIERS: tuple[str, ...] = ("pasado", "pasada", "anterior")
FUTURE_MODIFIERS: tuple[str, ...] = ("próximo", "próxima", "que viene", "siguiente")
THIS_WORDS: tuple[str, ...] = ("este", "esta")

TIME_UNITS: dict[str, str] = {
    "día": "D", "días": "D", "semana": "W", "semanas": "W", "mes": "M", "meses": "M", "año": "Y",
    "años": "Y", "década": "DE", "décadas": "DE", "siglo": "CE", "siglos": "CE",
}
PERIODS: dict[str, str] = {"año": "year", "mes": "month", "semana": "week"}

NUMBER_WORDS: dict[str, float] = {
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
    "setecientos": 700, "ochocientos": 800, "novecientos": 900,
}
MULTIPLIERS: dict[str, float] = {
    "cien": 100, "mil": 1000, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12,
}
MULTIPLIER_ABBREV: dict[str, float] = {"m": 1e6, "k": 1e3}
NUMBER_JOINERS: tuple[str, ...] = ("y",)
GLUED_MULTIPLIERS: dict[str, float] = {"k": 1e3, "K": 1e3, "M": 1e6}
NOT_GLUED_UNITS: frozenset[str] = frozenset({"h", "s", "t", "l", "min", "°", "g"})
FRACTIONS: dict[str, float] = {
    "medio": 0.5, "media": 0.5, "tercio": 1 / 3, "tercios": 1 / 3,  # "cuarto" is also a room
}
FRACTION_LINKS: tuple[str, ...] = ("de los", "de las", "del", "de la", "de")
HALF_AFTER: str = r"\s+y\s+medi[oa]\b"
APPROX_NOUNS: dict[str, float] = {"decena": 10, "docena": 12, "veintena": 20, "centenar": 100, "millar": 1000}
VAGUE_PLURALS: frozenset[str] = frozenset(
    {"decenas", "docenas", "centenares", "cientos", "miles", "millones", "millares"}
)

DECIMAL_MARK = ","
THOUSANDS_SEPARATORS = ". "

APPROX_BEFORE: dict[str, str] = {
    "hasta": "up_to", "como máximo": "up_to", "más de": "more_than", "al menos": "more_than",
    "por lo menos": "more_than", "menos de": "less_than", "cerca de": "about", "casi": "about",
    "unos": "about", "unas": "about", "alrededor de": "about", "aproximadamente": "about",
    "en torno a": "about",
}
APPROX_AFTER: dict[str, str] = {"aproximadamente": "about"}

CURRENCY_SYMBOLS: dict[str, str] = {"€": "euro", "$": "dólar", "£": "libra", "%": "%"}
UNIT_ABBREV: dict[str, str] = {
    "km": "kilómetro", "m": "metro", "cm": "centímetro", "kg": "kilogramo", "g": "gramo", "t": "tonelada",
    "h": "hora", "min": "minuto", "ha": "hectárea", "por ciento": "%", "km/h": "kilómetro por hora",
}
UNIT_LEMMAS: dict[str, str] = {"personas": "persona", "euros": "euro", "dólares": "dólar", "años": "año"}
# nouns that are the same in the singular and the plural: never cut their final -s
INVARIABLE_NOUNS: frozenset[str] = frozenset(
    ["crisis", "análisis", "virus", "tesis", "lunes", "martes", "miércoles", "jueves", "viernes", "bus",
     "dosis", "síntesis", "paréntesis", "atlas", "campus"]
)
INVARIABLE_ENDINGS: tuple[str, ...] = ("is", "us")
NOT_UNITS: frozenset[str] = frozenset(
    ["y", "o", "a", "al", "en", "de", "del", "por", "para", "con", "sin", "sobre", "entre", "desde", "hasta", "según", "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "este", "esta", "estos", "estas", "ese", "esa", "su", "sus", "que", "quien", "cual", "donde", "cuando", "no", "más", "menos", "muy", "es", "son", "era", "fue", "han", "ha", "había", "será", "pero", "si", "como", "también", "ya", "solo"]
)
UNIT_LINKS: tuple[str, ...] = ("de",)
PRENOMINAL: frozenset[str] = frozenset(["nuevos", "nuevas", "otros", "otras", "pequeños", "grandes"])
TIME_PREPOSITIONS: tuple[str, ...] = ("a", "las", "hasta", "desde")
# what follows a number that makes it a time of day (over folded text)
TIME_AFTER: str = r"(?:de\s+la\s+(?:manana|tarde|noche))\b"
ORDINAL_SUFFIX: str = r"(?:º|ª|o|a|er)"

YEAR_BEFORE: tuple[str, ...] = (
    "en", "desde", "año", "antes", "después", "hasta", "de", "del", "y", "entre", "finales", "principios",
    "mediados", "nacido", "nacida",
)
YEAR_AFTER: tuple[str, ...] = (
    "y", "o", "a", "el", "la", "los", "las", "en", "con", "por", "para", "cuando", "que", "fue", "era",
)

FUTURE_CUES: str = r"\b(?:va\s+a|van\s+a|vamos\s+a|prevista?|previsto|[a-z]{3,}(?:ra|ran|remos))\b"

PAST_CUES: str = r"\b(?:fue|fueron|ha|han|habia|habian)\b|\b[a-z]{3,}(?:aron|ieron|io)\b|\bayer\b"
DAY_PARTS: tuple[str, ...] = ("por la mañana", "por la tarde", "por la noche")

DAY = r"(?P<day>[12]\d|3[01]|0?[1-9]|primero)"
DATE_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<year>(?:1[5-9]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    ("dmy", r"\b(?P<day>0?[1-9]|[12]\d|3[01])([/.])(?P<mnum>0?[1-9]|1[0-2])\2(?P<year>(?:1[5-9]|20)\d\d|\d\d)\b"
     r"(?![/.,]?\d)"),
    ("date", r"\b(?:(?P<wd>{WD}),?\s+)?" + DAY + r"\s+de\s+(?P<month>{MONTH})"
     r"(?:\s+(?:de|del)\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?"),
    ("month_year", r"\b(?P<month>{MONTH})\s+(?:de|del)\s+(?P<year>(?:1[5-9]|20)\d\d)\b"),
    ("month_mod", r"\b(?P<month>{MONTH})\s+(?P<mod>{PASTMOD}|{FUTMOD})\b"),
    ("month_this", r"\b(?P<mod>{THIS})\s+(?:mes\s+de\s+)?(?P<month>{MONTH})\b"),
    ("month", r"\b(?:en|desde|hasta|finales\s+de|principios\s+de|mediados\s+de)\s+(?P<month>{MONTH})\b"),
    ("period_mod", r"\b(?:el\s+|la\s+)(?P<period>{PERIOD})\s+(?P<mod>{PASTMOD}|{FUTMOD})\b"),
    ("period_this", r"\b(?P<mod>{THIS})\s+(?P<period>{PERIOD})\b"),
    ("ago", r"\bhace\s+(?:(?P<num>{NUM})|(?P<one>un|una))\s+(?P<unit>{TUNIT})\b"),
    ("in", r"\bdentro\s+de\s+(?:(?P<num>{NUM})|(?P<one>un|una))\s+(?P<unit>{TUNIT})\b"),
    ("duration", r"\b(?:desde\s+hace|durante)\s+(?:(?P<num>{NUM})|(?P<one>un|una))\s+(?P<unit>{TUNIT})\b"),
    ("weekday", r"\b(?:(?:el|este)\s+)?(?P<wd>{WDLONG})(?:\s+(?P<mod>{PASTMOD}|{FUTMOD}))?\b"),
    ("relday", r"(?<![\w'])(?P<rel>{RELDAY})\b"),
    ("anaphor", r"(?<![\w'])(?P<ana>{ANAPH})\b"),
    ("year", r"(?<![\d.,])(?<!\d\s)\b(?P<year>(?:1[6-9]|20)\d\d)\b(?!\s?\d{3}\b)(?![.,]\d)"),
]
