"""Common given names with their usual gender, and gendered words (plain data).

Used to resolve "he"/"she"/"il"/"elle" to a person of the right gender and to tell a person's name
from an organisation's when the NER model hesitates.  Written for this project: very common given names
in English, French and Spanish (and a few frequent elsewhere in the news).  Names used for places or
things as often as for people (Victoria, Georgia, Paris, Florence, Jordan, Austin, Lincoln, ...) are
left out on purpose.  Compared folded (lower case, no accents).
"""

from __future__ import annotations


def _w(words: str) -> list[str]:
    return words.split()


MALE = _w(
    # English
    "james john robert michael william david richard joseph thomas charles christopher daniel matthew "
    "anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason "
    "jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel "
    "gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam nathan henry douglas "
    "zachary peter kyle noah ethan jeremy walter christian keith roger terry harold sean austin carl "
    "arthur lawrence dylan jesse bryan joe billy bruce gabriel logan albert willie alan wayne elijah "
    "randy roy vincent ralph eugene russell bobby mason philip louis harry ian colin graham neil stuart "
    "trevor derek craig shane brent grant wade dean doug greg jim tom tim bob mike steve dave dan chris "
    "matt rob ben bill ted ken ron don jon josh nick tony andy pete rick randy brad chad todd troy kurt "
    "glenn barry leonard martin howard marcus malcolm oliver jake luke owen liam lucas angus "
    "duncan fraser murray ross gordon hugh nigel clive rupert giles simon gerald victor hector elliott "
    "mohammed muhammad ahmed ali omar hassan hussein khalid mustafa ibrahim yusuf "
    # French
    "jean pierre michel philippe alain jacques bernard patrick nicolas christophe françois laurent "
    "frédéric éric stéphane olivier sébastien thierry pascal david julien christian daniel didier "
    "vincent thomas antoine alexandre guillaume maxime romain jérôme franck gilles yves hervé bruno "
    "denis emmanuel fabrice arnaud benoît cédric damien ludovic mathieu matthieu sylvain xavier yannick "
    "joël gérard rené marcel andré henri louis paul georges raymond roger lucien gaston "
    "hugo léo lucas théo nathan enzo louis gabriel jules arthur raphaël adam mathis tom clément quentin "
    "florian kevin baptiste valentin bastien loïc gaël erwan yann ronan corentin "
    "édouard benjamin jean-pierre jean-marc jean-luc jean-claude jean-paul jean-michel "
    "jean-françois jean-louis jean-yves jean-marie jean-baptiste jean-christophe jean-noël pierre-yves "
    "marc-antoine vladimir sergueï sergei dmitri dmitry youri yuri ivan igor oleg boris mikhaïl mikhail "
    "alexeï alexei volodymyr viktor andriy petro olaf friedrich karl hans klaus helmut "
    "wolfgang jürgen matteo giuseppe giovanni marco luca francesco antonio "
    # Spanish
    "juan josé luis carlos javier manuel miguel francisco pedro jesús alejandro rafael fernando pablo "
    "sergio jorge alberto diego andrés ricardo eduardo roberto enrique ramón mario álvaro gonzalo "
    "ignacio santiago mateo joaquín emilio felipe rodrigo gustavo esteban hernán nicolás martín "
    "agustín tomás raúl óscar víctor rubén marcos adrián iván hugo gabriel salvador"
)

FEMALE = _w(
    # English
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret "
    "sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca "
    "sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha "
    "katherine christine debra rachel catherine carolyn janet ruth maria heather diane julie joyce "
    "kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah "
    "jacqueline ann gloria teresa kathryn sara janice alice madison doris abigail julia judy "
    "grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella "
    "rose alexis kayla jane wendy nadia dolores "
    "audrey lori tracy tina dana erin colleen kristen kristin krista jill jillian "
    "gillian fiona eileen maureen noreen siobhan bridget claire clare caroline harriet lucy sophie "
    "chloe zoe ella mia ava amelia lily isla freya ellie leah holly jasmine jade ruby phoebe esther "
    "naomi miriam sheila tanya tonya sonia sonya vanessa veronica valerie yvonne yolanda "
    "jenny katie kate kathy cathy sue liz beth meg peggy molly polly sally nelly "
    "fatima aisha amina leila layla yasmin zainab mariam maryam "
    # French
    "marie nathalie isabelle sylvie catherine françoise martine christine monique valérie sandrine "
    "véronique nicole stéphanie sophie céline chantal patricia anne brigitte julie aurélie caroline "
    "virginie émilie laurence élodie corinne christiane hélène audrey karine delphine pascale "
    "danielle jacqueline agnès claudine josiane ginette simone suzanne madeleine "
    "jeanne odette yvette colette paulette germaine marguerite cécile béatrice élisabeth elisabeth "
    "mathilde manon léa chloé emma inès jade louise alice lina rose anna "
    "ambre juliette lou zoé clara lucie margaux océane pauline marion justine laura mélanie "
    "amandine anaïs morgane clémence noémie ségolène marine rachida najat anne-marie marie-claude "
    "marie-france marie-christine marie-pierre anne-sophie marie-hélène ursula angela annalena "
    "svetlana olga natalia natalya tatiana irina elena yulia ioulia giorgia "
    # Spanish
    "carmen maría josefa isabel dolores pilar teresa rosa ana lucía paula laura marta cristina "
    "raquel beatriz elena silvia patricia mercedes rocío alicia inmaculada montserrat nuria sofía "
    "valentina martina daniela gabriela camila valeria ximena guadalupe margarita concepción "
    "esperanza soledad consuelo yolanda lorena adriana claudia mónica verónica andrea natalia"
)

# Given names borne by men and women alike: evidence of a person, not of a gender.
UNISEX = _w(
    "alex sam jamie jordan taylor morgan casey riley robin leslie lee kim pat "
    "dominique camille claude frédérique jessie kerry shannon tracey "
    "sacha sasha charlie avery quinn"
)

# Words before a name (or in apposition after it) that give a person's gender.  Compared folded, so a
# French masculine noun that folds to a neutral English one ("président" -> "president") is left out.
FEMALE_WORDS = _w(
    "mrs ms miss mme madame mlle mademoiselle lady dame sister sœur soeur mother mère wife épouse femme "
    "daughter fille grandmother grand-mère aunt tante niece nièce queen reine princess princesse duchess "
    "spokeswoman chairwoman congresswoman councilwoman businesswoman sportswoman anchorwoman "
    "policewoman actress waitress widow veuve girlfriend woman girl "
    "présidente directrice sénatrice députée préfète conseillère ambassadrice "
    "avocate procureure commandante cheffe patronne dirigeante fondatrice chercheuse "
    "présidenta ministra alcaldesa senadora diputada doña señora sra"
)
MALE_WORDS = _w(
    "mr m. monsieur sir lord brother frère father père husband mari son fils grandfather grand-père "
    "uncle oncle nephew neveu king roi prince duke duc spokesman chairman congressman councilman "
    "businessman sportsman anchorman policeman actor waiter widower veuf boyfriend man boy "
    "directeur sénateur député préfet conseiller ambassadeur fondateur chercheur dirigeant "
    "patron don señor sr"
)
