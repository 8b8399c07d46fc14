"""English language data for dates and quantities (see ``lang_fr`` for the conventions)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "dec"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
SHORT_WEEKDAYS: frozenset[str] = frozenset({"mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"})

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "yesterday": -1, "the day before yesterday": -2, "tomorrow": 1, "the day after tomorrow": 2,
    "last night": -1,
}
ANAPHORIC_DAYS: dict[str, int] = {
    "the day before": -1, "the previous day": -1, "the next day": 1, "the following day": 1,
    "the day after": 1,
}
ANAPHOR_LINKS: tuple[str, ...] = ("of", "")

PAST_MODIFIERS: tuple[str, ...] = ("last", "past", "previous")
FUTURE_MODIFIERS: tuple[str, ...] = ("next", "coming", "following")
THIS_WORDS: tuple[str, ...] = ("this",)

TIME_UNITS: dict[str, str] = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y",
    "years": "Y", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
}
PERIODS: dict[str, str] = {"year": "year", "month": "month", "week": "week"}

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
MULTIPLIERS: dict[str, float] = {
    "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
MULTIPLIER_ABBREV: dict[str, float] = {"bn": 1e9, "b": 1e9, "m": 1e6, "k": 1e3}
NUMBER_JOINERS: tuple[str, ...] = ("and",)
# ("$10m" is ten million: a lower-case "m" after a currency symbol is read as MULTIPLIER_ABBREV)
GLUED_MULTIPLIERS: dict[str, float] = {"k": 1e3, "K": 1e3, "M": 1e6, "bn": 1e9, "B": 1e9}
NOT_GLUED_UNITS: frozenset[str] = frozenset({"h", "s", "t", "l", "min", "°", "g"})
# what links a fraction to what it divides ("two thirds of voters")
FRACTION_LINKS: tuple[str, ...] = ("of the", "of")
FRACTIONS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3,  # "quarters" is often fiscal
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}
HALF_AFTER: str = r"\s+and\s+a\s+half\b"
APPROX_NOUNS: dict[str, float] = {"dozen": 12, "score": 20}
VAGUE_PLURALS: frozenset[str] = frozenset(
    {"hundreds", "thousands", "millions", "billions", "dozens", "scores", "tens", "trillions"}
)

DECIMAL_MARK = "."
THOUSANDS_SEPARATORS = ","

APPROX_BEFORE: dict[str, str] = {
    "up to": "up_to", "at most": "up_to", "no more than": "up_to", "a maximum of": "up_to",
    "more than": "more_than", "over": "more_than", "at least": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "no fewer than": "more_than", "no less than": "more_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "nearly": "about", "almost": "about", "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "some": "about", "close to": "about", "an estimated": "about",
    "just over": "more_than", "just under": "less_than",
}
APPROX_AFTER: dict[str, str] = {"or so": "about", "or more": "more_than", "at least": "more_than"}

CURRENCY_SYMBOLS: dict[str, str] = {"€": "euro", "$": "dollar", "£": "pound", "¥": "yen", "%": "%"}
UNIT_ABBREV: dict[str, str] = {
    "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre", "kg": "kilogram",
    "g": "gram", "t": "tonne", "h": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
    "ha": "hectare", "km2": "square kilometre", "sq km": "square kilometre", "mi": "mile", "lb": "pound",
    "lbs": "pound", "ft": "foot", "mph": "mile per hour", "km/h": "kilometre per hour", "°c": "degree",
    "°f": "degree", "per cent": "%", "percent": "%", "usd": "dollar", "eur": "euro",
}
UNIT_LEMMAS: dict[str, str] = {
    "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
    "euros": "euro", "dollars": "dollar", "times": "time", "news": "news", "series": "series",
    "feet": "foot", "kilometres": "kilometre", "kilometers": "kilometre", "meters": "metre",
}
# nouns that are the same in the singular and the plural: never cut their final -s
INVARIABLE_NOUNS: frozenset[str] = frozenset(
    ["species", "series", "means", "news", "headquarters", "barracks", "crossroads", "aircraft", "sheep",
     "deer", "fish", "bus", "gas", "virus", "campus", "status", "census", "bonus", "chassis", "corps",
     "premises", "lens", "bias", "canvas", "alias", "atlas", "thesis", "analysis", "crisis", "basis",
     "axis", "diagnosis", "process", "access", "press", "glass", "mass", "pass", "class", "boss"]
)
# word endings of invariable or singular nouns the lemmatiser leaves unchanged
INVARIABLE_ENDINGS: tuple[str, ...] = ("ss", "us", "is", "ics", "ies")
# English puts noun modifiers before the head: "fire engines" counts engines, not fire
MODIFIER_FIRST: bool = True
NOT_UNITS: frozenset[str] = frozenset(
    ["and", "or", "to", "of", "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "over", "under", "than", "as", "per", "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "your", "my", "who", "which", "what", "where", "when", "whom", "whose", "not", "no", "more", "less", "most", "least", "very", "too", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "do", "does", "did", "he", "she", "it", "they", "we", "you", "i", "but", "so", "yet", "nor", "if", "then", "also", "still", "just", "only", "even", "ago", "later", "earlier", "before", "after"]
)
UNIT_LINKS: tuple[str, ...] = ("of",)
PRENOMINAL: frozenset[str] = frozenset(
    ["new", "other", "more", "small", "large", "big", "old", "young", "former", "additional", "extra", "further", "last", "first"]
)
TIME_PREPOSITIONS: tuple[str, ...] = ("at", "by", "until", "till", "from", "before", "after", "around")
# what follows a number that makes it a time of day (over folded text)
TIME_AFTER: str = r"(?:a\.?m\b\.?|p\.?m\b\.?|o'clock\b)"
ORDINAL_SUFFIX: str = r"(?:st|nd|rd|th)"

YEAR_BEFORE: tuple[str, ...] = (
    "in", "since", "by", "until", "till", "year", "before", "after", "from", "to", "and", "of", "early",
    "late", "mid", "spring", "summer", "autumn", "fall", "winter", "during", "between", "born", "died",
    "elected", "fiscal", "season", "around", "circa",
)
YEAR_AFTER: tuple[str, ...] = (
    "and", "or", "to", "the", "a", "an", "he", "she", "it", "they", "we", "when", "with", "in", "by",
    "for", "after", "before", "was", "were", "had", "has", "is", "are", "election", "elections",
    "season", "census", "budget", "report", "olympics", "world", "games", "until", "that", "which",
)

FUTURE_CUES: str = (
    r"\b(?:will|shall|'ll|going\s+to|due\s+to|expected|scheduled|plans?\s+to|is\s+set\s+to"
    r"|are\s+set\s+to|would)\b"
)

PAST_CUES: str = r"\b(?:was|were|had|did|has\s+been|have\s+been)\b|\b[a-z]{3,}ed\b|\byesterday\b"
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DATE_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<year>(?:1[5-9]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    ("date", r"\b(?:(?P<wd>{WD})\.?,?\s+)?" + DAY + r"\s+(?:of\s+)?(?P<month>{MONTH})\.?"
     r"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?"),
    ("date", r"\b(?:(?P<wd>{WD})\.?,?\s+)?(?P<month>{MONTH})\.?\s+" + DAY + r"\b(?!:)"
     r"(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b)?"),
    ("month_year", r"\b(?P<month>{MONTH})\.?,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b(?![.,]?\d)"),
    ("month_mod", r"\b(?P<mod>{PASTMOD}|{FUTMOD})\s+(?P<month>{MONTH})\b"),
    ("month_this", r"\b(?P<mod>{THIS})\s+(?P<month>{MONTH})\b"),
    ("month", r"\b(?:in|since|early|late|mid-?|until|by|during|before|after)\s+(?P<month>{MONTH})\b"),
    ("period_mod", r"\b(?P<mod>{PASTMOD}|{FUTMOD})\s+(?P<period>{PERIOD})\b"),
    ("period_this", r"\b(?P<mod>{THIS})\s+(?P<period>{PERIOD})\b"),
    ("ago", r"\b(?:(?P<num>{NUM})|(?P<one>a|an))\s+(?P<unit>{TUNIT})\s+ago\b"),
    ("in", r"\bin\s+(?:(?P<num>{NUM})|(?P<one>a|an))\s+(?P<unit>{TUNIT})(?:'s)?\s+time\b"),
    ("duration", r"\b(?:for|during|over|within|in)\s+(?:the\s+(?:past|last)\s+)?(?:(?P<num>{NUM})|(?P<one>a|an))\s+"
     r"(?P<unit>{TUNIT})\b"),
    ("weekday", r"\b(?:(?P<this>{THIS})\s+|(?P<mod>{PASTMOD}|{FUTMOD})\s+)?(?P<wd>{WDLONG})"
     r"(?:\s+(?:{DAYPART}))?\b"),
    ("relday", r"(?<![\w'])(?P<rel>{RELDAY})\b"),
    ("anaphor", r"(?<![\w'])(?P<ana>{ANAPH})\b"),
    ("year", r"(?<![\d.,])(?<!\d\s)\b(?P<year>(?:1[6-9]|20)\d\d)\b(?!\s?\d{3}\b)(?![.,]\d)"),
]
