"""Cue words for entities and quotes (French first, English and a little Spanish).

Plain data: the algorithms live in ``entities.py`` and ``quotes.py``.
"""

from __future__ import annotations


def _w(words: str) -> list[str]:
    """A list of the space-separated words (keeps the data readable)."""
    return words.split()

# Regular French -er speech verbs (infinitive); forms are generated (déclare, déclaré, déclarait ...).
SPEECH_VERBS_ER = _w(
    "déclarer affirmer préciser souligner ajouter estimer indiquer expliquer assurer insister "
    "confier raconter témoigner rappeler confirmer annoncer lancer marteler résumer noter observer "
    "commenter détailler insister avouer reconnaître nuancer tempérer tonner fustiger dénoncer "
    "déplorer regretter avertir alerter signaler prévenir martèler répliquer rétorquer interroger "
    "questionner s'interroger demander réclamer plaider juger considérer relever poursuivre "
    "continuer enchaîner conclure glisser lâcher souffler murmurer crier s'exclamer exclamer "
    "s'emporter s'inquiéter inquiéter se féliciter féliciter se réjouir réjouir s'indigner "
    "protester clamer proclamer s'écrier écrier répéter scander ironiser plaisanter sourire soupirer rassurer tweeter "
    "twitter écrire confesser admettre concéder objecter argumenter arguer invoquer évoquer "
    "qualifier déclamer développer préciser renchérir abonder appuyer trancher tacler railler "
    "mettre en garde assener asséner affirmer garantir jurer promettre certifier démentir nier "
    "contester répondre réagir informer communiquer décrire raconter narrer relater exposer parler appeler"
)

# Irregular or non -er verbs: every form we accept, mapped to its lemma.
SPEECH_VERB_FORMS = {
    "dire": _w("dit dits dite dites dis disait disaient disent dira diront dirent"),
    "écrire": _w("écrit écrite écrivait écrivent écrira écrivit"),
    "répondre": _w("répond répondu répondait répondent répondra répondit répondirent"),
    "reconnaître": _w("reconnaît reconnait reconnu reconnue reconnaissait reconnaissent reconnut"),
    "admettre": _w("admet admis admise admettait admettent admit"),
    "promettre": _w("promet promis promise promettait promettent promit"),
    "poursuivre": _w("poursuit poursuivi poursuivait poursuivent poursuivit"),
    "conclure": _w("conclut conclu conclue concluait concluent"),
    "soutenir": _w("soutient soutenu soutenue soutenait soutiennent soutint"),
    "prévenir": _w("prévient prévenu prévenue prévenait préviennent prévint"),
    "reprendre": _w("reprend repris reprenait reprennent reprit"),
    "décrire": _w("décrit décrite décrivait décrivent"),
    "avertir": _w("averti avertie avertit avertissait avertissent avertira"),
    "réagir": _w("réagi réagit réagissait réagissent réagira"),
    "appeler": _w("appelle appellent appellera"),
    "se plaindre": _w("plaint plainte plaignait plaignent"),
    "faire savoir": _w("savoir"),  # "a fait savoir X" (the auxiliary "fait" is skipped)
    # English
    "promise": _w("promise promises promised"),
    "quote": _w("quoted"),
    "blurt": _w("blurted"),
    "exclaim": _w("exclaimed exclaims"),
    "answer": _w("answered answers"),
    "agree": _w("agreed agrees"),
    "laugh": _w("laughed laughs"),
    "observe": _w("observed observes"),
    "caution": _w("cautioned cautions"),
    "concede": _w("conceded concedes"),
    "predict": _w("predicted predicts"),
    "complain": _w("complained complains"),
    "wonder": _w("wondered wonders"),
    "express": _w("expressed expresses"),
    "chant": _w("chant chants chanted"),
    "shout": _w("shout shouts shouted"),
    "call": _w("called"),
    "urge": _w("urge urges urged"),
    "testify": _w("testified testifies"),
    "remark": _w("remarked"),
    "insist ": _w("insisting"),
    "vow": _w("vow vows vowed"),
    "report": _w("reported"),
    "say": _w("say says said saying"),
    "tell": _w("tell tells told telling"),
    "add": _w("add adds added adding"),
    "explain": _w("explain explains explained"),
    "state": _w("state states stated"),
    "note": _w("note notes noted"),
    "write": _w("write writes wrote written"),
    "ask": _w("ask asks asked"),
    "argue": _w("argue argues argued"),
    "insist": _w("insist insists insisted"),
    "warn": _w("warn warns warned"),
    "claim": _w("claim claims claimed"),
    "recall": _w("recall recalls recalled"),
    "continue": _w("continue continues continued"),
    "acknowledge": _w("acknowledge acknowledges acknowledged"),
    "admit": _w("admit admits admitted"),
    "reply": _w("reply replies replied"),
    "respond": _w("respond responds responded"),
    "announce": _w("announce announces announced"),
    "declare": _w("declare declares declared"),
    "confirm": _w("confirm confirms confirmed"),
    "suggest": _w("suggest suggests suggested"),
    "describe": _w("describe describes described"),
    "believe": _w("believe believes believed"),
    "tweet": _w("tweet tweets tweeted"),
    "recount": _w("recount recounts recounted"),
    "joke": _w("joke jokes joked"),
    "conclude": _w("conclude concludes concluded"),
    "emphasize": _w("emphasize emphasizes emphasized emphasise emphasised"),
    "point out": _w("pointed"),
    "quip": _w("quip quips quipped"),
    "echo": _w("echo echoes echoed"),
    "muse": _w("mused muses"),
    "counter": _w("countered counters"),
    "stress": _w("stressed stresses"),
    "reiterate": _w("reiterated reiterates"),
    "lament": _w("lamented laments"),
    "boast": _w("boasted boasts"),
    "recall ": _w("remembered"),
    "whisper": _w("whispered whispers"),
    "yell": _w("yelled yells"),
    "sigh": _w("sighed sighs"),
    "maintain": _w("maintained maintains"),
    "assert": _w("asserted asserts"),
    "contend": _w("contended contends"),
    "reveal": _w("revealed reveals"),
    "post": _w("posted"),
    # Spanish
    "decir": _w("dijo dice dicen dijeron"),
    "afirmar": _w("afirmó afirma"),
    "declarar": _w("declaró declara"),
    "añadir": _w("añadió añade"),
    "explicar": _w("explicó explica"),
    "asegurar": _w("aseguró asegura"),
    "señalar": _w("señaló señala"),
}

# Phrases after a form of "dire" that make it something other than speech ("a dit au revoir").
NOT_SPEECH_AFTER_DIRE = ("au revoir", "adieu", "bonjour", "merci", "oui à", "non à", "stop", "amen")

# Attributions without a verb.
SOURCE_PREPS = ("selon", "d'après", "pour", "according to", "según")

# Subject pronouns (a speaker to resolve to the nearest preceding person).
PRONOUNS = {
    "il": "m", "elle": "f", "ils": "m", "elles": "f", "on": "", "he": "m", "she": "f", "they": "",
    "ella": "f", "él": "m",
}

# Words before an opening quotation mark that make the quoted words a title or a name, not speech.
TITLE_CUES = _w(
    "livre roman ouvrage essai film documentaire série feuilleton émission magazine journal quotidien "
    "hebdomadaire revue chanson album disque titre pièce spectacle exposition festival opération "
    "programme plan projet traité accord pacte loi décret texte rapport note mission dispositif "
    "baptisé baptisée baptisés intitulé intitulée intitulés surnommé surnommée surnommés surnom "
    "appelé appelée nommé nommée label marque slogan mot-clé hashtag devise formule expression "
    "mouvement collectif association campagne concept book film movie show series song album novel "
    "nicknamed dubbed called titled entitled operation"
)

# Head nouns of names of things: a short quote opening with one of them and holding no verb, after a
# determiner or a preposition ("la signature d'un « pacte de … »", "L'« Accord de … »"), is a name.
NAME_HEADS = _w(
    "accord accords traité traités pacte pactes plan plans programme programmes loi lois décret convention "
    "charte protocole opération opérations initiative dispositif partenariat alliance stratégie doctrine "
    "réforme projet pacte fonds mécanisme sommet conférence forum déclaration feuille agenda "
    "agreement treaty pact plan program programme act bill operation initiative partnership alliance "
    "strategy doctrine reform fund summit declaration acuerdo tratado pacto plan programa ley operación"
)

# Words that show a verb in a short quoted phrase (then it may be speech, not a name).
FINITE_VERB_HINTS = _w(
    "est sont était étaient sera seront serait a ont avait avaient aura va vont doit doivent peut peuvent "
    "fait font faut prévoit permet permettra garantit garantira reste restera n ne pas is are was were "
    "will would has have had can must should not does do did"
)

# Coordinators: "X a célébré … et a déclaré" (the subject of the coordinated verb is X).
COORDINATORS = _w("et puis mais ou and then but or y pero")

# Adverbs between an auxiliary and its participle ("a également indiqué").
VERB_ADVERBS = _w(
    "également aussi encore ensuite alors déjà notamment enfin pourtant toutefois ainsi même bien "
    "d'ailleurs simplement clairement publiquement aujourd'hui hier also later then further again "
    "previously repeatedly recently earlier once"
)

# Subjects of a sentence that make its quoted words a document's wording, not speech.
DOCUMENT_NOUNS = _w(
    "accord traité pacte loi décret texte article clause convention charte constitution règlement "
    "résolution directive ordonnance protocole arrêté amendement projet agreement treaty law act article "
    "clause resolution"
)

# Role nouns: "le président russe", "la préfète de la Somme", "le ministre de l'Intérieur, Paul X".
ROLE_NOUNS = _w(
    "président présidente président-directeur vice-président vice-présidente premier première "
    "ministre chancelier chancelière secrétaire porte-parole préfet préfète sous-préfet sous-préfète "
    "maire adjoint adjointe député députée sénateur sénatrice conseiller conseillère gouverneur "
    "gouverneure ambassadeur ambassadrice consul directeur directrice PDG patron patronne dirigeant "
    "dirigeante chef cheffe responsable fondateur fondatrice procureur procureure juge avocat avocate "
    "commissaire commandant commandante colonel lieutenant-colonel capitaine lieutenant général "
    "générale amiral officier pompier pompière médecin docteur professeur professeure chercheur "
    "chercheuse expert experte analyste historien historienne économiste syndicaliste militant "
    "militante leader guide roi reine prince princesse pape émir cheikh monarque dictateur "
    "président-élu présidente-élue rapporteur rapporteure délégué déléguée coordinateur coordinatrice "
    "manager gérant gérante habitant habitante riverain riveraine témoin délégué déléguée exécutif "
    "president minister chancellor secretary spokesman spokeswoman spokesperson mayor governor "
    "ambassador director CEO chief head leader founder prosecutor judge lawyer attorney commander executive "
    "general officer doctor professor researcher expert analyst senator representative prefect king "
    "queen prince pope presidente ministro ministra portavoz alcalde alcaldesa commissioner councillor "
    "councilor inspector detective sergeant constable superintendent chairman chairwoman premier coach"
)

# Titles stripped from a person's name before matching ("M. Poutine" = "Poutine").
HONORIFICS = _w(
    "m. mm. mme mmes mlle me dr pr mr mrs ms sir monsieur madame mademoiselle maître docteur "
    "général president président presidente sr. sra. don doña saint"
)

# Locative prepositions: a capital after one of these is the city, not the state.
LOCATIVE_PREPS = ("à", "a", "de", "d'", "vers", "depuis", "dans", "en", "sur", "près de", "in", "to",
                  "from", "at", "en", "desde", "hacia", "nach", "aus", "du", "au")

# Of those, the heads that make the following name a place.
PLACE_HEADS = _w(
    "ville commune village région département pays city town village quartier place rue avenue boulevard "
    "quai square parc pont stade aéroport gare esplanade street square boulevard airport stadium bridge"
)

# Endings of plural demonyms ("Américains", "Nord-Coréens", "Occidentaux", "Russians"): with a plural
# determiner before them ("les", "des", "aux", "the") they name people, not a place (type MISC).
# (Not "-ands", "-ines", "-ans": "les Landes", "the Philippines", "the Balkans" are places.)
DEMONYM_ENDINGS = ("ains", "aines", "ais", "aises", "ois", "oises", "iens", "iennes", "éens", "éennes",
                   "aux", "ians", "eans", "cans", "ites", "ols", "oles", "ards", "ins", "ese")
PLURAL_DETERMINERS = _w("les des aux ces nos vos leurs plusieurs nombreux certains the many some most two few")
# A compass prefix makes a plural a demonym with no determiner needed ("Nord-Coréens", "Sud-Africains").
COMPASS_PREFIXES = _w("nord sud est ouest north south east west")

# Words after a capital that make it the state acting ("Pyongyang a démenti", "Moscou accuse"), beside
# the speech verbs; anywhere else (datelines "PARIS, 5 juillet", "à Moscou") it stays the city.
STATE_ACTS = _w(
    "a avait aurait ont est n'a ne s'est se veut voudrait refuse refusait exige menace accuse condamne "
    "réagit riposte soutient rejette dément salue reconnaît envoie livre fournit négocie signe a-t-il "
    "has had is was wants refuses demands threatens accuses condemns responds denies denied says said "
    "warned warns signed supports rejects"
)
# Words before a capital that make it the state: "entre Moscou et Pyongyang", "contre Kiev".
STATE_BEFORE = _w("entre avec contre et between with against and")

# Single words spaCy tags as entities that are not names (compared folded, without the apostrophe).
ENTITY_JUNK = _w(
    "c qu l d j m n s t le la les un une des il elle ils elles on nous vous je tu ce cet cette ces "
    "mais et ou donc or ni car si selon depuis pour dans avec sans sous sur chez vers apres avant "
    "ainsi alors aussi cependant pourtant toutefois lundi mardi mercredi jeudi vendredi samedi dimanche "
    "the a an he she they it we i you but and or if monsieur madame m mme mr mrs ms sen rep gov dr pr sgt "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december when while after before since as although though because "
    "during despite until unless where whether in on at by for from with into over under upon yet so"
)

# Nouns naming an organisation or a place: a name right after one of them is its complement,
# not a person bearing the role ("le PDG du groupe Orlova" does not make Orlova a PDG).
ORG_HEADS = _w(
    "groupe société entreprise firme compagnie usine site banque ville commune village région département "
    "pays parti syndicat association ministère agence conseil comité hôpital université école club équipe "
    "journal chaîne fondation institut office maison cabinet fonds company group firm city party union "
    "place rue avenue boulevard quai square parc pont stade aéroport gare esplanade street airport stadium"
)
