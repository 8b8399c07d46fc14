"""Language data for the cross-check: event cues, unit synonyms, quantity contexts, citation cues.

Every pattern is a regular expression matched on *folded* text (see :func:`recoupe.textnorm.fold`:
lower case, no accents, plain apostrophes), French and English side by side so that a
French and an English report of one event land on the same key.
"""

from __future__ import annotations

# Event kinds: key -> (priority, label in French, patterns).  A date mention is attached to
# the cue nearest to it in its sentence; on a tie of distance the higher priority wins
# (a phase such as "maîtrisé" is more specific than the generic "incendie").
EVENTS: dict[str, tuple[int, str, tuple[str, ...]]] = {
    "maitrise": (3, "maîtrise du sinistre", (
        r"maitris\w*", r"eteint\w*", r"circonscrit\w*", r"under control", r"extinguish\w*", r"put out",
    )),
    "incendie": (2, "incendie", (
        r"incendi\w*", r"feu", r"flammes?", r"embrase\w*", r"explosion\w*", r"exploss?e\w*",
        r"fires?", r"blaze", r"burn\w*", r"s'est declare\w*", r"a eclate", r"broke out", r"exploded",
    )),
    "evacuation": (2, "évacuation", (r"evacu\w*",)),
    "signature": (2, "signature", (
        r"sign(?:e|ee|es|ees|er|era|eront|ait|aient|ature|atures|ed|ing)", r"paraphe\w*",
    )),
    "ratification": (2, "ratification", (
        r"ratifi\w*", r"promulg\w*", r"entree? en vigueur", r"entr\w* into force", r"conclu(?:s|e|es)?",
        r"finalise\w*", r"conclusion",
    )),
    "visite": (2, "visite", (r"visit\w*", r"venue", r"arrive\w*", r"arrival")),
    "depart": (2, "départ", (r"depart\w*", r"adieux?", r"au revoir", r"quitte\w*", r"left", r"leaves?", r"farewell")),
    "deces": (2, "décès", (r"mort", r"morte?s", r"dece\w*", r"tue\w*", r"died", r"killed", r"death")),
    "election": (2, "élection", (r"elu\w*", r"election\w*", r"scrutin", r"vote\w*", r"elected")),
    "attaque": (2, "attaque", (r"attaqu\w*", r"frappes?", r"bombard\w*", r"attack\w*", r"strikes?")),
    "annonce": (1, "annonce", (r"annonc\w*", r"announc\w*", r"confirm\w*", r"officialis\w*")),
    "reunion": (1, "réunion", (r"reuni\w*", r"sommet", r"rencontr\w*", r"meeting", r"summit", r"met")),
    "arrestation": (2, "arrestation", (r"arret(?:e|ee|es|ees|ation)", r"interpell\w*", r"arrest\w*")),
    "proces": (2, "procès", (r"proces", r"condamn\w*", r"jug(?:e|ee|es|ement)", r"trial", r"sentenced")),
    "accord": (1, "signature / ratification de l'accord", (
        r"accords?", r"traites?", r"pactes?", r"cessez-le-feu", r"agreements?", r"treat(?:y|ies)", r"ceasefires?",
    )),
    "conflit": (2, "début du conflit", (
        r"hostilites", r"invasion", r"guerre", r"offensive", r"conflit", r"war", r"invaded",
    )),
    "retour": (2, "retour", (
        r"regagn\w*", r"reintegr\w*", r"retour", r"rentr(?:er|e|es|ees|ent) (?:chez|a la maison|dans)",
        r"returned home", r"return(?:ed)? to their homes?",
    )),
    "manifestation": (2, "manifestation", (r"manifest\w*", r"rassembl\w*", r"greve", r"protest\w*")),
    "reouverture": (2, "réouverture", (r"reouv\w*", r"rouvr\w*", r"reopen\w*")),
    "fermeture": (2, "fermeture", (r"ferm(?:e|ee|es|ees|eture|er)", r"clos\w*", r"closed", r"shut\w*")),
}

# An event that ends another: in one document, the end dated before the start is a self-contradiction.
EVENT_ENDS: dict[str, str] = {"depart": "visite", "maitrise": "incendie"}

# Unit synonyms -> canonical unit (lemma, folded).  Cross-language: English and Spanish forms map to French.
UNITS: dict[str, str] = {
    "obus": "munition", "projectile": "munition", "munition": "munition", "shell": "munition",
    "round": "munition", "missile": "missile", "roquette": "missile", "rocket": "missile",
    "pompier": "pompier", "sapeur-pompier": "pompier", "sapeur": "pompier", "firefighter": "pompier",
    "fireman": "pompier", "firemen": "pompier", "soldat": "soldat", "militaire": "soldat",
    "soldier": "soldat", "troop": "soldat", "troupe": "soldat", "homme": "personne",
    "habitant": "personne", "resident": "personne", "riverain": "personne", "personne": "personne",
    "people": "personne", "person": "personne", "individu": "personne", "civil": "personne",
    "civilian": "personne", "victime": "personne", "victim": "personne", "mort": "mort", "dead": "mort",
    "death": "mort", "deces": "mort", "blesse": "blesse", "injured": "blesse", "wounded": "blesse",
    "camion": "vehicule", "vehicule": "vehicule", "engin": "vehicule", "truck": "vehicule",
    "vehicle": "vehicule", "fire engine": "vehicule", "euro": "euro", "eur": "euro", "€": "euro",
    "dollar": "dollar", "usd": "dollar", "$": "dollar", "tonne": "tonne", "ton": "tonne", "tonnes": "tonne",
    "kilometre": "kilometre", "km": "kilometre", "kilometer": "kilometre", "mile": "mile",
    "metre": "metre", "m": "metre", "meter": "metre", "hectare": "hectare", "ha": "hectare",
    "litre": "litre", "liter": "litre", "heure": "heure", "hour": "heure", "h": "heure",
    "jour": "jour", "day": "jour", "an": "an", "annee": "an", "year": "an", "ans": "an",
    "mois": "mois", "month": "mois", "semaine": "semaine", "week": "semaine", "minute": "minute",
    "fois": "fois", "times": "fois", "pays": "pays", "country": "pays", "countries": "pays",
    "%": "%", "pour cent": "%", "percent": "%", "per cent": "%", "salarie": "salarie",
    "employe": "salarie", "employee": "salarie", "worker": "salarie", "ouvrier": "salarie",
    # Spanish
    "bombero": "pompier", "soldado": "soldat", "militar": "soldat", "tropa": "soldat",
    "habitante": "personne", "vecino": "personne", "residente": "personne", "persona": "personne",
    "victima": "personne", "muerto": "mort", "fallecido": "mort", "herido": "blesse",
    "vehiculo": "vehicule", "dolar": "dollar", "proyectil": "munition", "tonelada": "tonne",
    "kilometro": "kilometre", "metro": "metre", "hora": "heure", "dia": "jour", "ano": "an", "mes": "mois",
    "empleado": "salarie", "trabajador": "salarie", "rescuer": "sauveteur", "sauveteur": "sauveteur",
    "secouriste": "sauveteur", "rescatista": "sauveteur", "socorrista": "sauveteur",
}

# What counted people are doing: "1 200 habitants évacués" -> personne:evacuation.  Units of people
# only compare under the same context, so the population of a town never meets an evacuation count.
PERSON_UNITS = frozenset({"personne", "soldat", "salarie", "pompier"})
QUANTITY_CONTEXTS: dict[str, tuple[str, ...]] = {
    "evacuation": (r"evacu\w*", r"reloge\w*", r"confine\w*", r"sheltered", r"(?:quitter|quitte|fui|fuir) "
                   r"(?:leur|leurs|son|sa|ses) (?:domicile|maison|logement|foyer)s?", r"fled", r"left their homes?",
                   r"mis(?:es)? a l'abri", r"deplace\w*", r"displaced"),
    "blesse": (r"bless\w*", r"injur\w*", r"wounded", r"hospitalis\w*", r"intoxiqu\w*", r"incommod\w*",
               r"hopital", r"hospital", r"soigne\w*", r"affected by the smoke"),
    "mort": (r"mort\w*", r"tue\w*", r"dece\w*", r"died", r"dead", r"killed", r"perdu la vie"),
    "mobilisation": (r"mobilis\w*", r"deploy\w*", r"engag\w*", r"deploie\w*", r"sur place", r"on site",
                     r"on the scene", r"depeche\w*", r"envoy\w*", r"sent", r"a pied d'oeuvre"),
    "population": (r"compte", r"peupl\w*", r"population", r"inhabitants of", r"abrite"),
    "emploi": (r"emploi\w*", r"employ\w*", r"salari\w*", r"workforce"),
    "licenciement": (r"licenci\w*", r"supprim\w*", r"laid off", r"job cuts"),
}
# Contexts that make a different count ("300 évacués" vs the town's population); the others
# ("mobilisés", "sur place") only describe the same count.
SPLITTING_CONTEXTS = frozenset({"evacuation", "population", "licenciement"})

# Citation of a named origin: "selon l'AFP", "d'après Reuters", "according to the Kremlin".
CITE_PATTERNS: tuple[str, ...] = (
    r"\b(?:selon|d'apres|de source|cite par|citee par|a en croire|according to|cited by|quoted by)\s+"
    r"(?:l'|le |la |les |des |du |the )?",
)
# Origins that are not named sources (vague attributions do not count as a named origin).
VAGUE_ORIGINS = frozenset({
    "nos", "des", "plusieurs", "certains", "sources", "source", "informations", "lui", "elle", "eux",
    "moi", "nous", "vous", "ils", "elles", "certaines", "un", "une", "les", "ce", "cette", "son", "sa",
    "ses", "leur", "leurs", "some", "reports", "officials", "him", "her", "them", "us",
})

# Labels for the readable statement of a quantity claim.
UNIT_LABELS: dict[str, str] = {
    "personne:evacuation": "Personnes évacuées", "personne:blesse": "Blessés", "personne:mort": "Morts",
    "pompier": "Pompiers mobilisés", "munition": "Munitions", "soldat": "Soldats", "mort": "Morts",
    "blesse": "Blessés", "vehicule": "Véhicules", "personne:population": "Population",
}

# Words that begin a sentence in the reporter's voice about durations: used to skip durations.
DURATION_UNITS = frozenset({"heure", "jour", "an", "minute", "semaine", "mois"})

# ---------------------------------------------------------------------------- agreements
# An act (signing, ratification, entry into force, confirmation) whose object is an agreement is
# one event per story -- the conclusion of THAT agreement -- whatever the verb.  The object is the
# agreement noun of the act's clause or, for a pronoun ("il a été signé"), of the sentences before.
AGREEMENT_ACTS = frozenset({"signature", "ratification", "annonce", "accord"})
AGREEMENT_NOUN = r"(?:accord|traite|pacte|agreement|treaty|treaties|convention|protocole|protocol)"
# A plural agreement noun or one of these qualifiers: earlier agreements, another event.
EARLIER_MARKERS = (r"precedents?", r"ancien(?:ne)?s?", r"anterieur(?:e)?s?", r"previous", r"former",
                   r"earlier", r"prior")
AGREEMENT_EVENT = "accord"
# Events whose phases spread over months (signing, ratification; a war): their dates never say that
# an article reports another occurrence than the rest of its story.
MULTI_PHASE_EVENTS = frozenset({"accord", "accord-anterieur", "conflit", "proces", "election"})
EARLIER_AGREEMENT_EVENT = "accord-anterieur"

# Clause boundaries inside a sentence (folded text): a date belongs to the event word of its clause.
CLAUSE_WORDS = (r"et", r"mais", r"puis", r"qui", r"que", r"qu'", r"dont", r"ou", r"lorsque", r"quand",
                r"alors que", r"tandis que", r"avant que", r"apres que", r"and", r"but", r"which", r"who",
                r"where", r"when", r"while")

# Counts of generic relational nouns (the two countries, the two leaders, twice): not claims.
GENERIC_COUNT_UNITS = frozenset({
    "pays", "nation", "partie", "camp", "cote", "dirigeant", "allie", "puissance", "fois", "etat",
    "gouvernement", "capitale", "delegation", "leader", "chef", "president", "voisin", "partenaire",
    "signataire", "membre", "protagoniste", "homologue", "ministre", "country", "party",
    "side", "ally", "power", "state", "partner", "neighbour", "neighbor", "time", "tour", "etape",
    "reprise", "moitie", "tiers", "quart", "fil", "point", "aspect", "volet", "axe", "niveau",
    "raison", "question", "chose", "exemple", "cas", "facon", "maniere", "mot", "phrase", "ligne",
    "page", "article", "chapitre", "episode", "decennie", "siecle", "generation",
})
# Counts worth checking even when tiny (a casualty or a person count): "2 morts" is a claim.
PERSON_COUNT_UNITS = frozenset({"personne", "soldat", "salarie", "pompier", "mort", "blesse", "otage",
                                "enfant", "victime", "disparu", "detenu", "prisonnier"})
MIN_CLAIM_VALUE = 3  # other counts below this are not claims ("deux heures", "2 tonnes")

# How a canonical unit reads in a statement (accents restored) and the kind of measure it is.
UNIT_DISPLAY: dict[str, str] = {
    "kilometre": "kilomètre", "metre": "mètre", "salarie": "salarié", "vehicule": "véhicule",
    "blesse": "blessé", "deces": "décès", "%": "pourcentage", "evacuation": "évacuation",
    "licenciement": "licenciement", "mobilisation": "mobilisation",
}
MEASURE_KINDS: dict[str, str] = {
    "kilometre": "Distance", "metre": "Distance", "mile": "Distance", "euro": "Montant", "dollar": "Montant",
    "hectare": "Surface", "litre": "Volume", "tonne": "Tonnage", "%": "Pourcentage",
}
# Measures whose "de X" complement is a place, not what is measured ("à 2 km de l'usine").
PLACE_MEASURES = frozenset({"kilometre", "metre", "mile"})

# ---------------------------------------------------------------------------- quote variants
# Words that renderings of one statement swap for each other (folded) -> a shared key.  Applied
# before stemming when comparing the content words of two quotes.
QUOTE_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(("accord", "traite", "pacte", "agreement", "treaty", "convention"), "accord"),
    **dict.fromkeys(("aide", "assistance", "soutien", "secours", "help", "aid", "support"), "aide"),
    **dict.fromkeys(("agression", "attaque", "offensive", "assaut", "attack", "aggression", "attaque"),
                    "attaque"),
    **dict.fromkeys(("prevoit", "stipule", "dispose", "comprend", "inclut", "provides", "stipulates",
                     "garantit", "assure"), "prevoit"),
    **dict.fromkeys(("global", "mondial", "globale", "mondiale", "comprehensive", "global"), "global"),
    **dict.fromkeys(("partie", "parties", "pays", "signataire", "signataires", "etat", "etats", "party",
                     "parties", "country", "countries", "nation", "nations"), "partie"),
    **dict.fromkeys(("mutuelle", "mutuel", "reciproque", "mutual", "reciprocal"), "mutuel"),
    **dict.fromkeys(("contre", "envers", "visant", "against", "towards"), "contre"),
    **dict.fromkeys(("situation", "etat des lieux"), "situation"),
    **dict.fromkeys(("danger", "risque", "menace", "risk", "threat"), "danger"),
    **dict.fromkeys(("habitant", "habitants", "population", "riverains", "residents", "inhabitants"),
                    "population"),
    **dict.fromkeys(("maitrise", "maitrisee", "controle", "control", "controlled"), "controle"),
    **dict.fromkeys(("emploi", "emplois", "poste", "postes", "job", "jobs"), "emploi"),
    **dict.fromkeys(("reconstruire", "rebatir", "reconstruite", "rebatie", "rebuild", "rebuilt"),
                    "reconstruire"),
    **dict.fromkeys(("immediate", "immediat", "immediatement", "delai", "immediately"), "immediat"),
}
# Words too common in quotes to say two statements are the same one.
QUOTE_WEAK_WORDS = frozenset({"cas", "entre", "autres", "egalement", "aujourd'hui", "aujourd", "hui",
                              "fait", "faire", "tres", "plus", "tout", "tous", "toute", "toutes",
                              "ainsi", "bien", "sans", "sous", "the", "also", "today"})

# ---------------------------------------------------------------------------- co-dated events
# An event that happens at the time of another: a date of the first, in a sentence that ties it to the
# second ("évacués dans la nuit de mardi, après l'incendie"), also dates the second.
CODATED_EVENTS: dict[str, frozenset[str]] = {
    "evacuation": frozenset({"incendie", "attaque"}),
    "deces": frozenset({"incendie", "attaque"}),
}
# The tie: a temporal preposition right before the other event's word (folded text).
CODATING_LINKS = (r"apres", r"lors", r"pendant", r"durant", r"au moment", r"au cours", r"suite a", r"a la suite",
                  r"after", r"during", r"following", r"amid")
