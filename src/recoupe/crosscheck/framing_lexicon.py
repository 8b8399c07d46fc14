"""Cue lexicons for reporting-vs-opinion framing, French and English.

Patterns are regular expressions over *folded* text (lower case, no accents, plain apostrophes
and quotes; see :func:`recoupe.textnorm.fold`).  Written for this project from general knowledge
of news writing; no third-party list is shipped.
"""

from __future__ import annotations

# Editorial judgement, generalisation, the author's certainty or evaluation.
OPINION: tuple[str, ...] = (
    r"force est de", r"il est clair que", r"il est evident que", r"il va de soi", r"sans (?:aucun )?doute",
    r"a l'evidence", r"de toute evidence", r"evidemment", r"bien entendu", r"assurement", r"indeniablement",
    r"il faut (?:bien |le )?(?:dire|reconnaitre|admettre|le dire)", r"il est (?:grand )?temps",
    r"on ne peut (?:que|pas|plus)", r"a mon (?:sens|avis)", r"selon moi", r"pour ma part",
    r"je (?:pense|crois|trouve|suis convaincue?|constate|m'interroge)", r"nous (?:pensons|croyons)",
    r"(?:il|ce) (?:est|serait) (?:inacceptable|inadmissible|intolerable|scandaleux|honteux|absurde|"
    r"indecent|irresponsable|urgent|temps)",
    r"scandale\w*", r"scandaleu\w+", r"honteu\w+", r"inadmissible\w*", r"inacceptable\w*", r"intolerable\w*",
    r"lamentable\w*", r"pitoyable\w*", r"grotesque\w*", r"ridicule\w*", r"absurdite\w*", r"irresponsab\w+",
    r"catastrophique\w*", r"desastreu\w+", r"cynisme", r"cynique\w*", r"mepris", r"desinvolture", r"incurie", r"aveuglement", r"naivete",
    r"la moindre des choses", r"une fois de plus", r"comme toujours", r"comme d'habitude",
    r"ni plus ni moins", r"quoi qu'on en dise", r"faut-il (?:le )?rappeler",
    r"clearly", r"obviously", r"it is clear that", r"no doubt", r"undoubtedly", r"of course",
    r"shameful", r"disgraceful", r"outrageous", r"unacceptable", r"i (?:think|believe)", r"we must",
    r"it is time", r"once again",
)

# Labels that judge while they name (the word itself is flagged).  Matched on accent-folded text, so an
# English word must not fold-collide with a French one ("lies" ~ "liés"), and the neutral name of an
# event ("invasion" in news usage) is not a label.
LOADED: tuple[str, ...] = (
    r"officines?", r"hegemon\w*", r"dictat(?:eur|eurs|ure|ures|orial\w*)", r"croisades?", r"propagande\w*",
    r"propagandistes?", r"tyran\w*", r"juntes?", r"cliques?", r"castes?", r"oligarques?", r"fanatiques?",
    r"fascist\w*", r"nazis?", r"nazie?s?", r"barbar\w+", r"boucherie\w*", r"mensong\w+", r"menteur\w*",
    r"manipulat\w+", r"desinformation", r"omerta", r"pollueurs?", r"lobbys?", r"lobbies", r"mafi\w+",
    r"complotist\w*", r"bien-pensan\w+", r"bobos?", r"wokis\w*", r"woke", r"mondialist\w+",
    r"islamo-gauchis\w+", r"laquais", r"vassal\w*", r"marionnettes?", r"va-t-en-guerre", r"bellicist\w+",
    r"traitres?", r"traitrise", r"pantins?", r"saccag\w+", r"massacr\w+", r"genocid\w+", r"terroris\w+",
    r"criminel\w*", r"voyous?", r"racaille", r"gourous?", r"sectes?", r"esclavag\w+", r"apocalyp\w+",
    r"cataclysm\w+", r"diabolis\w+", r"deferlement",
    r"regimes? (?=d[eu]s?\b|de l'|[a-z]+ien\b|[a-z]+ais\b)", r"(?<=le )regime(?= (?:de|du|des|en place)\b)",
    r"dictators?", r"crusades?", r"propaganda", r"thugs?", r"puppets?", r"tyrants?", r"juntas?", r"cabals?",
    r"globalists?", r"polluters?", r"cover-ups?", r"(?<=the )regime", r"brainwash\w*", r"liars?",
)

# Asserted as fact with a certainty marker and no source.
UNATTRIBUTED: tuple[str, ...] = (
    r"de notoriete publique", r"tout le monde (?:le )?sait", r"chacun (?:le )?sait", r"comme chacun sait",
    r"nul n'ignore", r"personne n'ignore", r"en realite", r"en verite", r"la verite,? c'est",
    r"la realite,? c'est", r"c'est un fait", r"il est (?:avere|etabli|prouve) que", r"on (?:le )?sait (?:bien|tous)",
    r"on sait (?:bien |desormais |aujourd'hui )?que", r"chacun le sait", r"les faits sont (?:la|tetus)",
    r"il ne fait (?:aucun|pas de|nul) doute", r"everyone knows", r"in reality", r"the truth is",
    r"it is well known", r"as we all know", r"in fact",
)

# Reported with distance: the journalistic conditional, unnamed sources.
HEDGED: tuple[str, ...] = (
    r"selon (?:des|plusieurs|certaines|nos|de premieres|les premieres) (?:sources|informations|temoignages)"
    r"(?: \w+)?",
    r"d'apres (?:des|plusieurs|nos|certaines|de premieres) (?:sources|informations|temoignages)",
    r"d'apres des informations d[eu]", r"de sources? (?:sure|proche|concordante|syndicale|policiere)s?",
    r"selon des sources", r"(?:aurai(?:t|ent)|serai(?:t|ent)) (?:deja |egalement |aussi |bien |meme )?"
    r"(?!fallu\b|pu\b|du\b|voulu\b|aime\b|preferable\b|souhaitable\b|utile\b|bon\b|temps\b|mieux\b)"
    r"[a-z]+(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|t|ts|te|tes|s)\b",
    r"reportedly", r"allegedly", r"according to (?:sources|reports|unnamed)", r"is said to", r"are said to",
    r"would have (?:been )?\w+ed",
)

# Sentence-initial imperatives addressed to the reader.
CALL_START: tuple[str, ...] = (
    r"(?!chez\b|assez\b|nez\b|rez\b)[a-z]+ez(?:-(?:vous|nous|les|le|la|y|en))?\b",
    r"n'(?:hesitez|attendez|oubliez|laissez|acceptez)\b", r"ne (?:laissez|restez|croyez|soyez|acceptez)\b",
    r"(?:faites|dites|soyez|signons|agissons|exigeons|refusons|mobilisons|restons|soyons|luttons|"
    r"defendons|partageons|rejoignons)\b",
    r"(?:sign|share|join|stay|call|act|donate|write|tell|demand|don't let|help us|support)\b",
)

# First person outside quotes: the author speaking.
FIRST_PERSON = r"(?<![\w'-])(?:je|j'|moi|me|m'|mon|ma|mes|nous|notre|nos)(?![\w-])"
# Reporting signals: attribution verbs and news phrasing.
REPORTING = (
    r"(?<![\w-])(?:a|ont|avait|avaient) (?:declare|indique|precise|affirme|annonce|explique|confirme|"
    r"assure|souligne|rapporte|ajoute|estime|reconnu)\b|selon (?:le|la|l'|les)\b|a-t-(?:il|elle) "
    r"(?:ajoute|precise|indique|declare)|(?:said|told|according to|announced)\b"
)

# ---------------------------------------------------------------------------- round 2 additions
# More pejorative labels and intensifiers that judge while they name (flagged as loaded language).
LOADED_MORE: tuple[str, ...] = (
    r"ignobles?", r"abjects?", r"abjectes?", r"odieu(?:x|se|ses)", r"immondes?", r"infames?", r"monstrueu\w+",
    r"effroyables?", r"terrifiant\w*", r"horribles?", r"delirant\w*", r"insense\w*", r"dement\w*",
    r"idiot\w*", r"imbecil\w+", r"stupid\w+", r"cretin\w*", r"escroc\w*", r"escroquerie\w*", r"arnaque\w*",
    r"voleurs?", r"pillage\w*", r"collabos?", r"servil\w+", r"larbins?", r"toutous?", r"tyrannie\w*",
    r"totalitaire\w*", r"liberticide\w*", r"mascarade\w*", r"imposture\w*", r"supercherie\w*", r"foutaises?",
    r"hysteri\w+", r"psychose\w*", r"fiasco\w*", r"naufrage\w*", r"ideologues?", r"extremist\w+",
    r"fanatisme", r"obscurantis\w+", r"elites? (?:mondialisee|deconnectee)s?", r"bien-pensance", r"macronie",
    r"gauchiste\w*", r"fachos?", r"ultra-?\w+iste\w*", r"pseudo-\w+", r"soi-disant", r"pretendu\w*",
    r"sbires?", r"seides?", r"affid\w+", r"hordes?", r"meute\w*", r"bourreaux?", r"assassins?",
    r"idiots? utiles?", r"gabegie", r"magouill\w+", r"combines?", r"corrompu\w*", r"charlatan\w*",
    r"soumission", r"capitulation", r"trahison", r"honte", r"folie", r"delire",
    r"shameful", r"disgusting", r"idiots?", r"morons?", r"corrupt", r"hysteria", r"hysterical", r"so-called",
)

# Casting doubt on a claim or a source (flagged as a questioning device: rhetorical_question kind).
DOUBT: tuple[str, ...] = (
    r"comme par hasard", r"curieusement", r"etrangement", r"bizarrement", r"pretendument",
    r"on peut (?:legitimement |serieusement )?(?:se demander|s'interroger|douter)", r"reste a savoir",
    r"qui peut (?:encore )?croire", r"permettez-moi d'en douter", r"rien n'est moins sur", r"sujet a caution",
    r"(?:version|these|recit) officiel(?:le)?", r"allez savoir", r"qui sait", r"est-ce vraiment",
    r"vraiment \?", r"on nous (?:dit|explique|assure|repete)", r"on veut nous faire croire",
    r"supposedly", r"so they say", r"one may wonder", r"who really believes",
)

# Exaggeration, absolutes and appeals to fear (flagged as opinion: the author's amplification).
EXAGGERATION: tuple[str, ...] = (
    r"du jamais vu", r"sans (?:aucun )?precedent", r"le pire (?:de|des)", r"de l'histoire",
    r"(?:totalement|completement|absolument|litteralement|parfaitement) (?:fou|folle|absurde|faux|fausse|"
    r"inutile|ridicule|scandaleu\w+|inacceptable|delirant\w*|aberrant\w*)",
    r"des milliards de (?:fois|personnes)", r"tout le monde", r"personne ne", r"jamais,? au grand jamais",
    r"fin du monde", r"au bord du (?:gouffre|precipice|chaos)", r"menace (?:existentielle|mortelle)",
    r"danger mortel", r"peril", r"chaos", r"apocalypse", r"catastrophe (?:annoncee|imminente)",
    r"(?:nous|vous) allons tous", r"il sera trop tard", r"plus rien ne sera comme avant",
    r"unprecedented", r"the worst", r"in history", r"everyone", r"nobody", r"existential threat", r"catastrophe",
)

# Slogans: short rallying formulas, wherever they sit in the sentence.
SLOGANS: tuple[str, ...] = (
    r"vive (?:la|le|les|l')", r"a bas (?:la|le|les|l')", r"non a (?:la|le|l')", r"halte a", r"stop a",
    r"pas en notre nom", r"ensemble,? (?:nous|on) (?:vaincrons|gagnerons)", r"tous ensemble",
    r"la (?:resistance|lutte) continue", r"debout", r"no pasaran", r"never again", r"enough is enough",
)
SLOGAN_MAX_WORDS = 8  # an exclamation this short, in the author's voice, reads as a slogan
# Parody markers that say a text is satire (rare but decisive when present).
SATIRE: tuple[str, ...] = (
    r"article (?:satirique|parodique|humoristique)", r"\(satire\)", r"\bsatire\b", r"parodie", r"canular",
    r"ceci est une (?:blague|fiction|parodie)", r"information totalement inventee", r"site (?:satirique|parodique)",
    r"selon nos informations exclusives", r"nous a confie,? hilare", r"poisson d'avril",
    r"satirical", r"parody", r"this is satire",
)
SATIRE_MIN = 1
