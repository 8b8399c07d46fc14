"""Direct quotes: marks, incises, introductions, speakers, and what is not speech."""

from __future__ import annotations

from recoupe.facts.entities import extract_entities
from recoupe.facts.quotes import extract_quotes
from recoupe.model import Document, Quote


def _quotes(text: str, language: str = "fr") -> tuple[Document, list[Quote]]:
    d = Document(id="a", source="a.txt", text=text, language=language)
    return d, extract_quotes([d], extract_entities([d]))


def _by_text(quotes: list[Quote], start: str) -> Quote:
    hits = [q for q in quotes if q.ref.text.startswith(start)]
    assert len(hits) == 1, [q.ref.text for q in quotes]
    return hits[0]


def test_quote_ref_is_the_words_inside_the_marks():
    d, qs = _quotes("Le maire Paul Girard a déclaré : « Nous reconstruirons l'école avant l'hiver. »")
    assert len(qs) == 1
    assert qs[0].ref.text == "Nous reconstruirons l'école avant l'hiver."
    assert qs[0].ref.check(d)
    assert qs[0].cue == "déclarer"


def test_incise_with_role_noun_resolves_through_entity_aliases():
    _, qs = _quotes(
        "Le président russe Vladimir Poutine a reçu son homologue jeudi. "
        "« Notre coopération est solide », a précisé le président russe devant la presse."
    )
    q = _by_text(qs, "Notre coopération")
    assert q.speaker == "E:vladimir-poutine"
    assert q.cue == "préciser"


def test_incise_naming_a_role_then_the_person():
    _, qs = _quotes("« Les stocks sont suffisants », a déclaré le ministre, Paul Vernier, lors d'un point presse.")
    assert _by_text(qs, "Les stocks").speaker_text == "Paul Vernier"


def test_inverted_pronoun_goes_to_the_nearest_preceding_person():
    _, qs = _quotes(
        "La préfète Anne Delorme s'est rendue sur le site dans la nuit.\n\n"
        "« Aucun riverain n'est en danger à cette heure », a-t-elle insisté."
    )
    q = _by_text(qs, "Aucun riverain")
    assert q.speaker is not None and "delorme" in q.speaker
    assert q.cue == "insister"


def test_speaker_named_after_the_quote_with_a_present_tense_verb():
    _, qs = _quotes("« Il faudra des mois pour tout nettoyer », explique Marc Olivier, directeur du site.")
    assert _by_text(qs, "Il faudra").speaker_text == "Marc Olivier"


def test_selon_attribution_before_a_quote():
    _, qs = _quotes("Selon Claire Dubreuil, « les sirènes n'ont pas fonctionné pendant vingt minutes ».")
    q = _by_text(qs, "les sirènes")
    assert q.cue == "selon"
    assert q.speaker_text == "Claire Dubreuil"


def test_quote_split_by_an_incise_gives_two_fragments_with_one_speaker():
    _, qs = _quotes(
        "« Le feu est maîtrisé », a affirmé le colonel Jean Ferrand. « Nous restons sur place toute la nuit. »"
    )
    a, b = _by_text(qs, "Le feu"), _by_text(qs, "Nous restons")
    assert a.speaker_text == "Jean Ferrand"
    assert b.speaker == a.speaker and b.speaker is not None


def test_quote_over_several_sentences_is_one_quote():
    _, qs = _quotes("« Le toit a cédé. Puis tout a brûlé. Nous avons tout perdu », a raconté Lucie Ambert.")
    assert len(qs) == 1
    assert qs[0].ref.text.count(".") == 2


def test_dash_dialogue_line_up_to_its_incise():
    _, qs = _quotes("L'usine restera fermée.\n— Nous ferons tout pour rouvrir vite, assure Marc Olivier.")
    q = _by_text(qs, "Nous ferons tout")
    assert q.ref.text == "Nous ferons tout pour rouvrir vite"
    assert q.speaker_text == "Marc Olivier"


def test_english_quotes_with_said():
    _, qs = _quotes('"We will rebuild the plant," the company chief Tom Hardy said on Friday.', "en")
    assert _by_text(qs, "We will rebuild").cue == "say"


def test_titles_in_quotes_are_not_speech():
    _, qs = _quotes(
        "Le film « La Nuit des pompiers » sortira en mars. Le livre « Cendres sur la ville » est épuisé. "
        "Le traité « Ciel ouvert » a été signé."
    )
    assert qs == []


def test_repeated_title_without_cue_is_not_a_quote():
    _, qs = _quotes(
        "« Terre brûlée » raconte la vie des pompiers. Les critiques ont aimé « Terre brûlée » "
        "pour sa photographie."
    )
    assert qs == []


def test_scare_quotes_and_nicknames_are_not_speech():
    _, qs = _quotes(
        "Le « Vieux Lion » a dit au revoir à ses supporters. Cette « réforme » inquiète. "
        "Le bâtiment surnommé « la Forteresse » a été rasé."
    )
    assert qs == []


def test_treaty_wording_without_speech_verb_is_not_speech():
    _, qs = _quotes("L'accord dispose que les deux pays s'apportent « une aide militaire immédiate ».")
    assert qs == []


def test_short_quote_with_an_attached_cue_is_kept():
    _, qs = _quotes("« Jamais », a répondu la maire Sylvie Roche.")
    assert [q.ref.text for q in qs] == ["Jamais"]


def test_incise_inside_one_pair_of_marks_gives_two_fragments():
    _, qs = _quotes(
        "« Nous avons prévenu chaque famille, a déclaré le maire, Hugo Tessier. Personne n'est resté seul. »"
    )
    a, b = _by_text(qs, "Nous avons prévenu"), _by_text(qs, "Personne")
    assert a.ref.text == "Nous avons prévenu chaque famille"
    assert a.speaker_text == "Hugo Tessier" and b.speaker == a.speaker


def test_incise_at_the_end_of_the_sentence_after_a_partial_quote():
    _, qs = _quotes(
        "Les mesures n'ont montré « aucune pollution durable » dans la rivière, a indiqué Maud Caradec."
    )
    assert _by_text(qs, "aucune pollution").speaker_text == "Maud Caradec"


def test_pour_x_attribution_with_a_partial_quote():
    _, qs = _quotes("Pour Karim Ferhat, délégué syndical, l'incident « n'est pas une surprise ».")
    q = _by_text(qs, "n'est pas")
    assert q.cue == "selon" and q.speaker_text == "Karim Ferhat"


def test_definite_role_goes_to_the_person_last_named():
    _, qs = _quotes(
        "Le groupe est dirigé par Oskar Lindqvist. « Nous paierons les réparations », a ajouté le dirigeant."
    )
    q = _by_text(qs, "Nous paierons")
    assert q.speaker is not None and "lindqvist" in q.speaker


def test_news_quote_continues_in_the_next_paragraph_with_the_same_speaker():
    _, qs = _quotes(
        "« Le toit a tenu », a expliqué l'ingénieure Ada Morvan.\n\n« Les murs, eux, sont à reprendre. »"
    )
    assert _by_text(qs, "Les murs").speaker == _by_text(qs, "Le toit").speaker is not None


def test_dialogue_turns_after_a_colon():
    _, qs = _quotes("Le garde leva la main : — Halte ! — Nous passons, répondit Lucien.")
    texts = [q.ref.text for q in qs]
    assert "Halte !" in texts and "Nous passons" in texts


def test_unclosed_opening_mark_stops_at_the_next_one():
    d, qs = _quotes("Il a dit : « Attendez ici. Puis il est parti. « Je reviens demain », a ajouté Léo Marchal.")
    assert all("\n" not in q.ref.text and q.ref.check(d) for q in qs)
    assert _by_text(qs, "Je reviens").speaker_text == "Léo Marchal"


def test_english_name_before_said_without_comma():
    _, qs = _quotes('"It was a good deal for the workers" union president Jo Baines said on Monday.', "en")
    assert _by_text(qs, "It was a good deal").speaker_text == "Jo Baines"


def test_pronoun_skips_a_person_of_the_other_gender():
    _, qs = _quotes(
        "Le maire Paul Rochard a accueilli la préfète Anne Lemoine devant l'usine.\n\n"
        "« Nous rouvrirons l'école lundi », a-t-il promis."
    )
    q = _by_text(qs, "Nous rouvrirons")
    assert q.speaker is not None and "rochard" in q.speaker


def test_honorific_with_a_full_stop_is_part_of_the_speaker():
    _, qs = _quotes("« Non », a répondu M. Paul Rochard, sans plus de détails.")
    assert _by_text(qs, "Non").speaker_text == "Paul Rochard"


def test_trailing_comma_inside_english_marks_is_not_quoted():
    _, qs = _quotes('"We knocked on every door," the mayor, Yves Kerlo, said.', "en")
    assert _by_text(qs, "We knocked").ref.text == "We knocked on every door"


def test_role_alias_from_another_document_is_not_borrowed():
    a = Document(id="a", source="a", text="Le maire, Hervé Lanier, présente son budget. Le maire a tranché.")
    b = Document(id="b", source="b", text="Yves Kerlo dirige la commune. Une reprise jugée « prématurée » par le maire.")
    ents = extract_entities([a, b])
    qs = extract_quotes([a, b], ents)
    q = _by_text(qs, "prématurée")
    assert q.speaker is None or "lanier" not in q.speaker


def test_paragraph_introducing_a_quote_names_its_speaker():
    _, qs = _quotes(
        "« Le chantier prendra un an », a prévenu Paul Rochard.\n\n"
        "L'historienne Inès Aubry estime pourtant que rien ne presse.\n\n"
        "« On a trop souvent confondu vitesse et précipitation dans cette commune. »"
    )
    q = _by_text(qs, "On a trop souvent")
    assert q.speaker is not None and "aubry" in q.speaker


def test_mismatched_closing_mark_still_closes_the_quote():
    _, qs = _quotes('“This will change school menus," said Yann Freed, a dietitian.', "en")
    q = _by_text(qs, "This will change")
    assert q.ref.text == "This will change school menus" and q.speaker_text == "Yann Freed"


def test_second_fragment_after_said_name_gets_the_same_speaker():
    _, qs = _quotes("“I don’t know how they feel,” said Jerry Roe, “but I want to beat them.”", "en")
    assert _by_text(qs, "but I want").speaker_text == "Jerry Roe"
