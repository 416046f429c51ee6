"""Who said it, and how sure: attribution classes on short articles of our own.

Each test is one class of error seen on real news: a running speaker carried too far, a
pronoun given to the wrong person, a recipient or an embedded post's author taken for the
speaker, namesakes, page furniture, unnamed sources. Entity rows come from the real
entity stage, as in the pipeline.
"""

from __future__ import annotations

import pytest
from quote_checks import Parse, quotes, said

pytestmark = pytest.mark.model


def test_each_quote_says_how_its_speaker_was_found(parse: Parse) -> None:
    text = (
        "Harbour master Lena Vogt closed the north quay on Tuesday.\n\n"
        '"The wall is cracked from end to end," Vogt said. "Nobody goes near it until it is fixed."\n\n'
        'She added that repairs "could take the whole summer".\n\n'
        'Critics called the closure "a panic measure".'
    )
    found = quotes(parse, text)
    assert [(q.speaker, q.attribution) for q in found] == [
        ("Lena Vogt", "cue"), ("Lena Vogt", "running"), ("Lena Vogt", "pronoun"), (None, "none")]  # fmt: skip
    assert said(found, "a panic").speaker_mention == "Critics"  # a bare plural names nobody


def test_a_description_resolves_to_the_person_the_text_is_about(parse: Parse) -> None:
    text = (
        "Amina Bakari, 41, has sold grilled maize outside the Kivule bus terminal for nine years.\n\n"
        '"Before the lights came, we closed at dusk," says the mother of three.'
    )
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.attribution) == ("Amina Bakari", "description")


def test_the_running_speaker_stops_when_someone_else_becomes_the_subject(parse: Parse) -> None:
    text = (
        '"We were outplayed in every department," coach Dario Russo said after the defeat.\n\n'
        "Club owner Petra Lindqvist watched from the directors' box and left before the final whistle.\n\n"
        '"Changes will be made."'
    )
    found = quotes(parse, text)
    assert said(found, "We were").speaker == "Dario Russo"
    assert said(found, "Changes").speaker != "Dario Russo"  # the owner became the subject in between


def test_a_paragraph_of_quotation_after_a_paragraph_about_someone_is_theirs(parse: Parse) -> None:
    text = (
        "Regional councillor Themba Nkosi wants the rail line extended to the northern townships.\n\n"
        '"Every family up there spends a third of its wages getting to work. That has to end."'
    )
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.attribution) == ("Themba Nkosi", "running")


def test_a_pronoun_continues_the_main_clause_subject_not_a_name_inside_a_clause(parse: Parse) -> None:
    text = (
        "Farmer Joseph Mwangi lost half his herd to the drought.\n\n"
        "Mwangi is worried about the effect the new minister Peter Odhiambo could have on relief payments.\n\n"
        '"I have nothing left to sell," he said.'
    )
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.attribution) == ("Joseph Mwangi", "pronoun")


def test_a_pronoun_after_an_unnamed_judge_is_not_the_defendant(parse: Parse) -> None:
    text = (
        "Gary Tenwick, 41, of Millbridge, admitted stealing copper cable from a railway depot.\n\n"
        'Sentencing him, the judge said Tenwick had become "a broken record" of excuses.\n\n'
        '"You have been given chance after chance," she told him.'
    )
    found = quotes(parse, text)
    assert all(q.speaker != "Gary Tenwick" for q in found)
    assert said(found, "You have").speaker is None


def test_a_letter_to_someone_is_not_their_words(parse: Parse) -> None:
    text = (
        "A letter to Transport Secretary Omar Haddad, signed by 40 harbour pilots, "
        'warned of "years of neglect" at the port.'
    )
    (quote,) = quotes(parse, text)
    assert quote.speaker != "Omar Haddad"


def test_a_bare_surname_two_people_share_is_the_one_introduced_first(parse: Parse) -> None:
    text = (
        "Nurse Tomas Brenner has spent twenty years on the night shift at Eastgate General.\n\n"
        '"You learn to read a ward in the dark," Brenner said.\n\n'
        "His sister, Ilse Brenner, joined the hospital in 2015.\n\n"
        '"He talked me into it," she said.\n\n'
        '"Staffing has fallen every year since," Brenner said.'
    )
    found = quotes(parse, text)
    assert said(found, "You learn").speaker == "Tomas Brenner"
    assert said(found, "He talked").speaker == "Ilse Brenner"
    assert said(found, "Staffing").speaker == "Tomas Brenner"


def test_an_embedded_post_never_gives_the_speaker(parse: Parse) -> None:
    text = (
        "Opposition leader Keir Mallory promised a review of port funding on Friday.\n\n"
        "Good meeting today with dock workers in Dunmore. Their message was clear: invest now.\n\n"
        "— Dana Whitlock (@DanaWhitlock) March 3, 2025\n\n"
        '"We will not let this port decline on our watch."\n\n'
        "Read more: Whitlock warns of cuts to coastal rail\n\n"
        '"Every crane here is a job for a family in this town."'
    )
    found = quotes(parse, text)
    assert all(q.speaker != "Dana Whitlock" for q in found)
    assert said(found, "We will not").speaker == "Keir Mallory"  # the story's subject, over the post
    assert said(found, "Every crane").speaker == "Keir Mallory"  # over the teaser


def test_a_heading_that_repeats_a_quotation_takes_its_speaker(parse: Parse) -> None:
    text = (
        "'Massive risks'\n\n"
        "Pipeline engineer Russell Okoye has doubts about the plan.\n\n"
        '"It can be done, but I think it will bring massive risks," he said.'
    )
    found = quotes(parse, text)
    assert [(q.text[:13], q.speaker) for q in found] == [("Massive risks", "Russell Okoye"),
                                                         ("It can be don", "Russell Okoye")]  # fmt: skip
    assert found[0].attribution == "running"


def test_organisations_speak_through_their_spokespeople(parse: Parse) -> None:
    text = (
        "Trains were cancelled across the region on Monday.\n\n"
        'A spokesperson for Northline Rail said: "The fault was caused entirely by the theft."'
    )
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.attribution) == ("Northline Rail", "cue")


def test_a_thought_verb_cues_the_quotation_in_the_clause_it_reports(parse: Parse) -> None:
    text = (
        "Lawyer Mpho Dlamini has studied the cyber bill closely.\n\n"
        'He fears that the bill could "shrink the civic space" for years.'
    )
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.attribution) == ("Mpho Dlamini", "pronoun")


def test_an_outlets_unnamed_source_is_not_the_person_just_named(parse: Parse) -> None:
    text = (
        "Regional governor Boris Volkov said the blast was unrelated to the strike.\n\n"
        'The Daily Courier reported its source said "three men" were arrested overnight.'
    )
    (quote,) = quotes(parse, text)
    assert quote.speaker != "Boris Volkov"


def test_transcript_turns_are_quotations_of_the_named_speaker(parse: Parse) -> None:
    text = (
        "Host Chris Wallace interviewed Senator Maria Ostrowski on Sunday.\n\n"
        "WALLACE: Senator, will you support the bill?\n\n"
        "OSTROWSKI: Not in its current form. It spends money we do not have.\n\n"
        "WALLACE: Your own party leader backs it —\n\n"
        "OSTROWSKI: And I have told him so."
    )
    found = quotes(parse, text)
    assert [(q.speaker, q.text[:12], q.attribution) for q in found] == [
        ("Chris Wallace", "Senator, wil", "cue"), ("Maria Ostrowski", "Not in its c", "cue"),
        ("Chris Wallace", "Your own par", "cue"), ("Maria Ostrowski", "And I have t", "cue")]  # fmt: skip


def test_names_come_clean(parse: Parse) -> None:
    text = (
        "Travis Kelce‘s mother Donna Kelce spoke at the summit on Friday.\n\n"
        '"I listened to the whole album twice," Donna Kelce said.\n\n'
        '"We will win it again," Travis Kelce‘s teammate Marcus Holt told reporters.'
    )
    found = quotes(parse, text)
    assert [q.speaker for q in found] == ["Donna Kelce", "Marcus Holt"]


def test_a_role_right_after_someone_spoke_is_them_only_if_it_fits(parse: Parse) -> None:
    text = (
        "Gov. Eric Holcomb signed the budget on Friday.\n\n"
        'Holcomb said he would "gladly" sign it. "It is a generational budget," the Republican governor said.\n\n'
        "The defendant's lawyer, Priya Nandakumar, said her client was sorry.\n\n"
        '"He knows what he did," she said. "You have been warned before," the judge said.'
    )
    found = quotes(parse, text)
    assert (said(found, "It is a").speaker, said(found, "It is a").attribution) == ("Eric Holcomb", "description")
    assert said(found, "He knows").speaker == "Priya Nandakumar"
    assert said(found, "You have").speaker != "Priya Nandakumar"  # the judge is someone new


def test_a_government_spokesman_continues_the_statement_just_attributed(parse: Parse) -> None:
    text = (
        "Communications Minister Aziz Rahman said on Friday that no company paid for the trip.\n\n"
        "He said the government covered the cost of the official delegation.\n\n"
        "“The business delegation paid its own way.\n\n"
        "“So the government paid only for the minister’s flight,” the government spokesman said."
    )
    found = quotes(parse, text)
    assert [q.speaker for q in found] == ["Aziz Rahman", "Aziz Rahman"]


def test_a_claim_is_its_owners_whoever_rejects_it(parse: Parse) -> None:
    text = (
        "Health minister Clara Jensen met nurses' leaders on Monday.\n\n"
        'Jensen rejected union leader Paul Okoro\'s claims that the pay offer was "an insult to every nurse".'
    )
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.cue) == ("Paul Okoro", "claims")


def test_the_government_is_the_country_just_named_when_there_is_one(parse: Parse) -> None:
    text = (
        "Chile will host the regional summit in March.\n\n"
        'As host, Chile’s role is to broker a deal: the government says it will "lead by example".'
    )
    (quote,) = quotes(parse, text)
    assert (quote.speaker, quote.attribution) == ("Chile", "description")
    text = 'Peru and Bolivia signed the border treaty on Monday. The government said it would "wait and see".'
    (quote,) = quotes(parse, text)
    assert quote.speaker is None  # two countries: whose government is not said


def test_a_first_name_that_is_also_a_title_stays_in_the_name(parse: Parse) -> None:
    text = (
        "Pryce's opposite number, Dean Walsh, praised his players on Saturday.\n\n"
        "'It was a battling performance,' said Walsh."
    )
    (quote,) = quotes(parse, text)
    assert quote.speaker == "Dean Walsh"


def test_a_quotation_standing_alone_after_the_one_person_brought_in_is_theirs(parse: Parse) -> None:
    text = (
        "The home side had two players sent off before half-time, leaving coach Aaron Whitfield furious. "
        '"Both decisions were wrong."\n\n'
        "Fans have linked the new album to her relationship with Marco Bellini. "
        'On the title track the singer references the match, singing, "We were winning all along."'
    )
    found = quotes(parse, text)
    assert (said(found, "Both").speaker, said(found, "Both").attribution) == ("Aaron Whitfield", "running")
    assert said(found, "We were").speaker != "Marco Bellini"  # the reporter's own words sit between


def test_a_source_the_article_only_describes_is_marked_unnamed(parse: Parse) -> None:
    """ "a former producer said": the description is all the article gives; it is kept, marked unnamed, and
    carried over as unnamed, never as a person's name."""
    text = (
        "Station manager Ruth Okonjo denied the claims on Monday.\n\n"
        '"Nobody was ever punished for speaking up," a former evening producer said. '
        '"We were told to keep quiet."'
    )
    found = quotes(parse, text)
    first, second = said(found, "Nobody was"), said(found, "We were told")
    assert first.speaker != "Ruth Okonjo" and first.attribution == "unnamed"
    assert first.speaker is not None and "producer" in first.speaker
    assert second.speaker == first.speaker and second.attribution == "unnamed"


def test_a_relative_described_is_not_the_person_who_just_spoke(parse: Parse) -> None:
    text = (
        'Tom Marsh grew up on the farm. "He worked harder than any of us," his brother Dan said.\n\n'
        'Marsh\'s mother said he "never once complained about the early mornings".'
    )
    found = quotes(parse, text)
    assert said(found, "never once").speaker != "Dan"
    assert said(found, "He worked").speaker == "Dan"
