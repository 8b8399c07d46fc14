"""Quote variants: rewordings of one statement grouped, other statements of the same speaker apart.

The pairs below calibrate ``BLEND_SAME`` (mean of encoder cosine and content-word overlap).
"""

from __future__ import annotations

import pytest

from recoupe.crosscheck.claims import build_claims, link_quote_variants
from recoupe.model import Analysis, Document, Quote, Story

REWORDINGS = [
    ("Nous allons reconstruire l'usine dans les deux ans et aucun emploi ne sera supprimé",
     "L'usine sera rebâtie d'ici deux ans, sans aucune suppression de poste"),
    ("Le traité garantit une aide militaire immédiate si l'un des signataires est attaqué",
     "Le pacte prévoit une assistance militaire sans délai en cas d'agression contre l'une des parties"),
    ("La situation est sous contrôle et la population ne court aucun danger",
     "La situation est maîtrisée, les habitants ne courent aucun risque"),
    ("Nous ne céderons pas aux menaces et nous poursuivrons les négociations jusqu'au bout",
     "Nous ne plierons pas devant les menaces, les négociations continueront jusqu'à leur terme"),
]
OTHER_STATEMENTS = [
    ("Le traité garantit une aide militaire immédiate si l'un des signataires est attaqué",
     "Le traité ne vise aucun pays tiers et restera purement défensif"),
    ("Nous allons reconstruire l'usine dans les deux ans",
     "L'enquête dira si des fautes ont été commises dans l'usine"),
    ("La situation est sous contrôle et la population ne court aucun danger",
     "La population doit rester confinée jusqu'à nouvel ordre par précaution"),
    ("Le pacte prévoit une assistance militaire en cas d'agression contre l'une des parties",
     "Cet accord ouvre une nouvelle ère dans les relations entre nos deux pays"),
    ("Nous ne céderons pas aux menaces et nous poursuivrons les négociations",
     "Les négociations reprendront lundi à Genève avec les deux délégations"),
]


def _pair(qa: str, qb: str, speaker: str | None = "E:ministre") -> Analysis:
    a = Document(id="a", source="a", text=f"« {qa} », a déclaré la ministre.", language="fr")
    b = Document(id="b", source="b", text=f"La ministre a affirmé : « {qb} ».", language="fr")
    ia, ib = a.text.index(qa), b.text.index(qb)
    quotes = [Quote(ref=a.ref(ia, ia + len(qa)), speaker=speaker, speaker_text="la ministre"),
              Quote(ref=b.ref(ib, ib + len(qb)), speaker=speaker, speaker_text="la ministre")]
    return Analysis(documents=[a, b], stories=[Story("S", ["a", "b"])], quotes=quotes)


@pytest.mark.parametrize(("qa", "qb"), REWORDINGS)
def test_rewordings_are_one_statement(qa: str, qb: str) -> None:
    an = _pair(qa, qb)
    link_quote_variants(an)
    assert an.quotes[0].variant_of is not None and an.quotes[0].variant_of == an.quotes[1].variant_of


@pytest.mark.parametrize(("qa", "qb"), OTHER_STATEMENTS)
def test_other_statements_of_the_same_speaker_stay_apart(qa: str, qb: str) -> None:
    an = _pair(qa, qb)
    link_quote_variants(an)
    assert an.quotes[0].variant_of is None and an.quotes[1].variant_of is None


def test_variant_claim_shows_the_wording_differences() -> None:
    an = _pair(*REWORDINGS[1], speaker=None)
    (c,) = [c for c in build_claims(an) if c.topic.startswith("quote:")]
    assert "locuteur non identifié" in c.statement
    assert "2 wordings" in c.note and "« traité garantit » → « pacte prévoit »" in c.note
