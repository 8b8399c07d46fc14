"""Language data for stories and provenance: function words, scripts, markers.

Plain data only; the algorithms live in features.py, cluster.py and provenance.py.
Word lists are folded (see :func:`recoupe.textnorm.fold`): lower case, no accents.
"""

from __future__ import annotations

# Function words: dropped from content-word vectors and from capitalised-name detection.
STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        ["a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et", "est", "etait", "ete", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "mais", "me", "meme", "mes", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "si", "son", "sont", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "c", "d", "j", "l", "m", "n", "s", "t", "ca", "ceci", "cela", "comme", "donc", "dont", "deja", "apres", "avant", "depuis", "selon", "lors", "sans", "sous", "entre", "vers", "chez", "plus", "moins", "tres", "tout", "tous", "toute", "toutes", "aussi", "encore", "alors", "ainsi", "fait", "etre", "avoir", "a-t-il", "a-t-elle", "ete", "cet", "celui", "celle", "ceux", "ici", "la-bas", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "demain"]
    ),
    "en": frozenset(
        ["a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "i", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "that", "the", "their", "them", "they", "this", "those", "to", "was", "we", "were", "which", "who", "will", "with", "would", "not", "no", "so", "than", "then", "there", "these", "also", "after", "before", "since", "about", "over", "under", "more", "most", "very", "all", "any", "can", "could", "may", "said", "says", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"]
    ),
    "es": frozenset(
        ["a", "al", "con", "de", "del", "el", "ella", "ellos", "en", "es", "esta", "este", "esto", "fue", "ha", "han", "la", "las", "le", "les", "lo", "los", "mas", "me", "mi", "no", "nos", "o", "para", "pero", "por", "que", "se", "si", "sin", "sobre", "su", "sus", "un", "una", "uno", "y", "ya", "como", "cuando", "donde", "tambien", "muy", "segun", "entre", "desde", "hasta", "tras", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "ayer", "hoy"]
    ),
    "it": frozenset(
        ["a", "ad", "al", "alla", "alle", "anche", "che", "chi", "con", "da", "dal", "dalla", "dei", "del", "della", "delle", "di", "e", "ed", "gli", "ha", "hanno", "i", "il", "in", "la", "le", "lo", "ma", "mi", "ne", "nel", "nella", "non", "o", "per", "piu", "se", "si", "sono", "su", "sua", "sue", "suo", "suoi", "tra", "tutti", "un", "una", "uno", "come", "dove", "quando", "secondo", "dopo", "prima", "ieri", "oggi"]
    ),
    "pt": frozenset(
        ["a", "ao", "aos", "as", "com", "da", "das", "de", "do", "dos", "e", "ela", "ele", "eles", "em", "entre", "era", "foi", "ha", "isso", "mais", "mas", "na", "nas", "no", "nos", "o", "os", "ou", "para", "pela", "pelo", "por", "que", "se", "sem", "ser", "seu", "sua", "suas", "seus", "um", "uma", "como", "quando", "onde", "segundo", "apos", "ontem", "hoje"]
    ),
    "de": frozenset(
        ["aber", "als", "am", "an", "auch", "auf", "aus", "bei", "das", "dass", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer", "es", "fur", "hat", "haben", "ich", "im", "in", "ist", "mit", "nach", "nicht", "noch", "oder", "sich", "sie", "sind", "so", "um", "und", "uns", "von", "vor", "war", "wie", "wir", "wird", "zu", "zum", "zur", "uber", "unter", "nach", "laut", "gestern", "heute"]
    ),
}

# Capitalised words that are not names (sentence openers, titles); folded.
NOT_NAMES: frozenset[str] = frozenset(
    ["le", "la", "les", "un", "une", "des", "l", "d", "ce", "cette", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "selon", "mais", "et", "en", "dans", "pour", "the", "a", "an", "this", "that", "these", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "for", "according", "el", "los", "las", "una", "lo", "der", "die", "das", "ein", "eine", "m", "mme", "mr", "mrs", "ms", "dr"]
)

# Languages written without spaces between words: use character n-grams there.
CJK_LANGS: frozenset[str] = frozenset({"ja", "zh", "ko", "th"})

# Sentence-final punctuation of scripts that split_sentences does not handle.
EXTRA_SENTENCE_ENDS = "。！？"

# A text ending with one of these was probably cut (paywall, teaser).
TRUNCATION_MARKERS: tuple[str, ...] = ("…", "...", "[…]", "[...]", "(…)", "(...)", "»…")

# Quotation marks delimiting quoted words (shared quotes are not evidence of copying).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"), ("「", "」"))

# Typographic habits of a language: seen in a text of another language, they betray a
# translation from it (regular expressions).
LANG_MARKERS: dict[str, tuple[str, ...]] = {
    "fr": (r"«\s", r"\s»", r"\d,\d{1,2}\b", r"\b\d{1,3} \d{3}\b", r"\bM\. [A-Z]", r"\bMme [A-Z]", r"\d+ ?h ?\d\d\b"),
    "de": (r"„", r"\d,\d{1,2}\b", r"\b\d{1,3}\.\d{3}\b", r"\bHerr [A-Z]", r"\bFrau [A-Z]"),
    "es": (r"¿", r"¡", r"\d,\d{1,2}\b", r"\bSr\. [A-Z]", r"\bSra\. [A-Z]"),
    "it": (r"\d,\d{1,2}\b", r"\bsig\. [A-Z]"),
    "pt": (r"\d,\d{1,2}\b", r"\bSr\. [A-Z]"),
    "en": (r"\b\d{1,3},\d{3}\b", r"\bMr\.? [A-Z]", r"\bMrs\.? [A-Z]", r"\b\d{1,2} ?[ap]\.?m\.?\b"),
}


# Additions typical of re-posted copies (emoji, hashtags, mentions, teaser prefixes,
# wrapping quotes, doubled punctuation): the original usually carries fewer of them.
DECORATION_PATTERNS: tuple[str, ...] = (
    r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u203C\u2049]",
    r"(?<!\w)#\w+",
    r"(?<!\w)@\w+",
    r"^\s*\[[^\]]{2,40}\]",
    r"^\s*![^!]{2,40}!",
    r"^\s*[\"“«]",
    r"[\"”»]\s*$",
    r"[!?]{2,}",
)

# Marks of hand-typed text that machine rewriting and translation normalise away: typographic
# apostrophes and quotes, loose spacing around punctuation, a lower-case opening (regular expressions).
HAND_TYPOGRAPHY_PATTERNS: tuple[str, ...] = (
    r"[’“”]",
    r"\w\s+[,.](?=\w)",
    r"[a-zà-ÿ][,;](?=[^\W\d])",
    r"»(?=\w)|(?<=\w)«",
    r"^\s*[a-zà-ÿ]",
)

# Punctuation of other scripts mapped to ASCII, for comparing punctuation skeletons.
PUNCT_MAP = str.maketrans(
    {
        "，": ",", "。": ".", "！": "!", "？": "?", "：": ":", "；": ";", "（": "(", "）": ")", "、": ",",
        "「": '"', "」": '"', "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "…": ".", "¿": "", "¡": "",
    }
)

# Languages most often translated *from* (UNESCO Index Translationum, all-time ranking of source
# languages): the fallback guess for the original of an undated family of translations that
# shares no majority language.
SOURCE_LANGUAGE_RANK: tuple[str, ...] = ("en", "fr", "de", "ru", "it", "es", "sv", "ja", "da", "nl")
