"""Quotations and their speakers on the real English model, one test per pattern.

Entity rows are built here in the two shapes extract_quotes must handle: raw spaCy
entities grouped by surface (what a plain NER gives) and resolved rows (one per person,
with aliases and a role). The sentences are our own, written in the style of news copy.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newscli.models import Entity, EntityType, Mention, Quote
from newscli.nlp.quotes import extract_quotes

pytestmark = pytest.mark.model

_TYPES: dict[str, EntityType] = {"PERSON": "person", "ORG": "organization", "GPE": "location", "NORP": "misc"}

Parse = Callable[[str], Doc]


def raw_rows(doc: Doc) -> list[Entity]:
    """spaCy's entities grouped by surface form, as a bare NER would give them."""
    groups: dict[tuple[str, EntityType], list[Mention]] = {}
    for ent in doc.ents:
        kind = _TYPES.get(ent.label_)
        if kind:
            groups.setdefault((ent.text, kind), []).append(Mention(ent.start_char, ent.end_char, ent.text))
    return [Entity(name=n, type=k, count=len(ms), mentions=tuple(ms)) for (n, k), ms in groups.items()]


def quotes(parse: Parse, text: str, *, indirect: bool = False) -> list[Quote]:
    doc = parse(text)
    found = extract_quotes(doc, raw_rows(doc), indirect=indirect)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text  # offsets are exact, always
    return found


def test_direct_quote_with_inverted_attribution(parse: Parse) -> None:
    (quote,) = quotes(parse, '"The harbour will reopen in May," said port director Elena Vasquez.')
    assert (quote.text, quote.speaker, quote.cue, quote.kind) == (
        "The harbour will reopen in May,", "Elena Vasquez", "said", "direct")  # fmt: skip


def test_split_quote_halves_share_the_speaker_and_a_surname_resolves_to_the_full_name(parse: Parse) -> None:
    text = (
        "Port director Elena Vasquez opened the terminal on Monday.\n\n"
        '"We have waited long enough," Vasquez said, "and the ships are ready."'
    )
    first, second = quotes(parse, text)
    assert (first.text, second.text) == ("We have waited long enough,", "and the ships are ready.")
    assert first.speaker == second.speaker == "Elena Vasquez"
    assert first.speaker_mention == "Vasquez" and first.kind == second.kind == "direct"


def test_pronoun_goes_to_the_person_just_named(parse: Parse) -> None:
    text = 'Union leader Martin Okafor criticised the plan on Monday. "This is a betrayal of every worker," he said.'
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.speaker_mention) == ("Martin Okafor", "he")


def test_role_description_resolves_to_the_person_holding_the_role(parse: Parse) -> None:
    text = (
        "Italian Finance Minister Marco Rinaldi met his Spanish counterpart Lucia Moreno in Madrid on Monday "
        "to discuss the bank rescue.\n\n"
        "Rinaldi said the talks had been useful.\n\n"
        'The Spanish finance minister warned that the rescue "could collapse within weeks without new guarantees."'
    )
    (quote,) = quotes(parse, text)
    assert quote.speaker == "Lucia Moreno"
    assert quote.speaker_mention == "The Spanish finance minister" and quote.cue == "warned"
    assert quote.kind == "partial"


def test_follow_on_quote_keeps_the_speaker_without_a_mention(parse: Parse) -> None:
    text = '"We will not accept this," Martin Okafor told reporters outside the depot. "The strike goes on."'
    first, second = quotes(parse, text)
    assert first.speaker == second.speaker == "Martin Okafor"
    assert (second.speaker_mention, second.cue) == (None, None)


def test_multi_paragraph_quote_takes_the_speaker_from_its_last_paragraph(parse: Parse) -> None:
    text = (
        "Mayor Grace Whitfield opened the new library on Saturday.\n\n"
        "“This building took twelve years of planning and fundraising.\n\n"
        "“It will serve forty thousand readers a year,” the mayor said.\n\n"
        "The library opens daily."
    )
    first, second = quotes(parse, text)
    assert first.text == "This building took twelve years of planning and fundraising."
    assert first.speaker == second.speaker == "Grace Whitfield"
    assert (first.speaker_mention, second.speaker_mention) == (None, "the mayor")


def test_partial_quote_inside_reported_speech(parse: Parse) -> None:
    text = 'Opposition leader Daniel Price said the budget was "a disgrace to the city" and voted against it.'
    (quote,) = quotes(parse, text)
    assert (quote.text, quote.kind, quote.speaker) == ("a disgrace to the city", "partial", "Daniel Price")


def test_titles_nicknames_and_scare_quotes_are_not_quotations(parse: Parse) -> None:
    text = (
        'The film "Blue Harbour Nights" premiered on Friday at the Lido. '
        'Boxer Tom Hale, nicknamed "the Hammer", won his tenth fight. '
        'The council approved the so-called "green corridor" by a narrow vote.'
    )
    assert quotes(parse, text) == []


def test_according_to_names_the_source(parse: Parse) -> None:
    text = 'According to police spokesman Tom Reilly, "the driver fled the scene on foot and has not been found."'
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.cue) == ("Tom Reilly", "According to")


def test_a_spokesperson_speaks_for_the_organisation(parse: Parse) -> None:
    text = '"We are reviewing the decision and will respond next week," a Northwind Airlines spokesperson said.'
    (quote,) = quotes(parse, text)
    assert quote.speaker == "Northwind Airlines"
    assert quote.speaker_mention == "a Northwind Airlines spokesperson"


def test_an_unresolvable_pronoun_stays_unknown(parse: Parse) -> None:
    (quote,) = quotes(parse, '"We will never accept this," he said.')
    assert (quote.speaker, quote.speaker_mention, quote.cue) == (None, "he", "said")


def test_odd_and_unbalanced_marks_never_raise_and_keep_offsets_exact(parse: Parse) -> None:
    text = (
        'The 24" screens arrived late. Warehouse manager Ruth Adler said "we will ship them Monday.\n\n'
        '”Nobody told us,” a driver said. « Bien sûr » and „ok“ and a lone \' and " at the end "'
    )
    found = quotes(parse, text)
    assert any(q.text.startswith("we will ship them") and q.speaker == "Ruth Adler" for q in found)


def test_indirect_speech_only_when_asked(parse: Parse) -> None:
    text = "Union leader Martin Okafor said that the strike would continue until Friday."
    assert quotes(parse, text) == []
    (quote,) = quotes(parse, text, indirect=True)
    assert (quote.kind, quote.text, quote.speaker) == (
        "indirect",
        "the strike would continue until Friday",
        "Martin Okafor",
    )


def test_indirect_speech_with_the_attribution_at_the_end(parse: Parse) -> None:
    (quote,) = quotes(parse, "The bridge will reopen to traffic next month, city officials said.", indirect=True)
    assert (quote.text, quote.speaker, quote.kind) == (
        "The bridge will reopen to traffic next month", None, "indirect")  # fmt: skip
    assert (quote.speaker_mention, quote.attribution) == ("city officials", "none")  # a bare plural names nobody


def test_british_single_quote_copy(parse: Parse) -> None:
    text = "Transport secretary Helen Marsh said: 'The service will be fully restored by Friday evening.'"
    (quote,) = quotes(parse, text)
    assert (quote.text, quote.speaker) == ("The service will be fully restored by Friday evening.", "Helen Marsh")


def test_resolved_entity_rows_are_used_as_given(parse: Parse) -> None:
    text = (
        "Health Minister Adaeze Nwosu visited the clinic on Tuesday.\n\n"
        '"Every district will have a clinic by next year," Nwosu said.'
    )
    doc = parse(text)
    full = text.index("Adaeze Nwosu")
    short = text.rindex("Nwosu")
    mentions = (Mention(full, full + 12, "Adaeze Nwosu"), Mention(short, short + 5, "Nwosu"))
    rows = [Entity("Adaeze Nwosu", "person", aliases=("Nwosu",), role="Health Minister", count=2, mentions=mentions)]
    (quote,) = extract_quotes(doc, rows)
    assert (quote.speaker, quote.speaker_mention) == ("Adaeze Nwosu", "Nwosu")


@pytest.mark.parametrize("verb", ["released", "issued", "delivered"])
def test_a_statement_speaks_for_whoever_released_or_delivered_it(parse: Parse, verb: str) -> None:
    text = f'The Northwind Union {verb} a statement which said: "The strike will go on until we are heard."'
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.cue) == ("Northwind Union", "said")


def test_speaker_word_lists_are_the_entity_lexicons() -> None:
    from newscli.nlp.quotes.names import is_person_noun, looks_like_person_name, name_tokens, titles

    assert {"mr", "dr", "mayor", "monsignor", "detective"} <= titles()
    assert all(is_person_noun(w, strict=True) for w in ("victim", "witness", "mother", "source", "protester"))
    assert name_tokens("Monsignor Jorge Scheinig") == ["jorge", "scheinig"]
    assert looks_like_person_name("Tomás Vlček")
    assert not looks_like_person_name("Federal Reserve") and not looks_like_person_name("Pew Research Center")


def test_speaker_is_the_resolved_name_not_the_place_before_it(parse: Parse) -> None:
    from newscli.nlp.entities import extract_entities

    text = (
        "The ferry link reopened on Monday.\n\n"
        'First Minister of Scotland Moira Keddie said in a statement, "This is a good day for the islands."'
    )
    doc = parse(text)
    (quote,) = extract_quotes(doc, extract_entities(doc))
    assert quote.speaker == "Moira Keddie"


def test_pronoun_after_a_multi_sentence_quote_keeps_the_right_gender_evidence(parse: Parse) -> None:
    from newscli.nlp.entities import extract_entities

    text = (
        'Coach Lena Marsh said "We trained hard. We were ready. We lost anyway." She left early.\n\n'
        "Commentator Paul Ekwueme wrote about the match after hearing the news of her resignation. "
        'He said "It is a sad day for the club."'
    )
    doc = parse(text)
    found = extract_quotes(doc, extract_entities(doc))
    assert [q.speaker for q in found][-1] == "Paul Ekwueme"


def test_a_cue_split_off_into_its_own_sentence_still_names_the_speaker(parse: Parse) -> None:
    text = (
        "Okafor told the committee he had tried to settle the dispute.\n\n"
        '"So it is fair to say the dispute is not settled?" Lindqvist asked.\n\n'
        '"That is correct," Okafor said.'
    )
    found = quotes(parse, text)
    expected = [("Lindqvist", "asked", "direct"), ("Okafor", "said", "direct")]
    assert [(q.speaker, q.cue, q.kind) for q in found] == expected


def test_a_quotation_the_parser_folds_into_the_cue_subject_is_still_speech(parse: Parse) -> None:
    # "work" read as a noun makes the quoted words look like the subject of "said"; the shape of the
    # sentence - a capitalised quotation opening it, a comma before the closing mark - still says speech
    text = (
        "Victoria Starmer opened a new children's ward in north London on Saturday.\n\n"
        '"The nurses here work miracles every single day," Lady Starmer said as she toured the ward.'
    )
    [quote] = quotes(parse, text)
    assert quote.text.startswith("The nurses here work miracles")
    assert (quote.speaker, quote.kind, quote.attribution) == ("Victoria Starmer", "direct", "cue")
