"""Language data for blocking: capitalised words that are not names.

A capitalised token is taken as a name for blocking unless its folded form is
listed here (sentence-initial function words, days, months, titles).  Lists are
small on purpose: a missed entry only adds a feature shared by many documents,
which the MinHash verification tolerates.
"""

from __future__ import annotations

_NOT_NAMES = """
    le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu
    mais et ou donc or ni car si selon pour par avec sans dans sur sous entre vers chez apres avant
    depuis pendant lors quand comme alors ainsi enfin puis aussi deja encore tout tous toute toutes
    cela ceci ca c qui que quoi dont ou leur leurs son sa ses mon ma mes notre nos votre vos
    en y ne pas plus moins tres bien non oui a est sont ete etait
    m mme mmes mlle dr pr me
    lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    the a an this that these those he she it they we you i his her its their our
    but and or so if for by with without in on at from to of as after before since during when while
    then also already still all there here what which who whom whose according
    mr mrs ms
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    el los las un una unos unas del al pero y o segun para por con sin en sobre desde durante cuando
    der die das ein eine und oder aber mit von zu im am nach vor seit
    il lo gli uno una e ma con per di da nel
    o os um uma e mas com para por em no na
"""
NOT_NAMES: frozenset[str] = frozenset(_NOT_NAMES.split())

# Words this long are rarely function words: a cheap stand-in for "rare lemma".
LONG_WORD = 7
# Long words are cut to this many characters, a crude stem shared by inflected forms.
STEM_CHARS = 7
