"""Trust, round 7: a "he"/"she" is never given to someone only because they were named nearby.

Short articles of our own, one per class of wrong speaker seen in long features: a person the
article calls "he" throughout but "Ailes invited her" once, a pronoun whose only nearby names are of
the other gender, an aside "(she declined)" after a namesake, and "the woman" who takes up an
unnamed "another assistant" rather than the last woman named.
"""

from __future__ import annotations

import pytest
from quote_checks import Parse, quotes, speaker

pytestmark = pytest.mark.model


def test_one_stray_pronoun_does_not_unsex_a_person_the_article_calls_he_throughout(parse: Parse) -> None:
    # "Varga hired her. She ..." votes "she" for Varga once; "he" after him three times outweighs it
    text = (
        "Dominik Varga ran the orchestra for two decades. He chose every soloist himself.\n\n"
        "Varga hired Anna Roth in 2009. She stayed for six seasons.\n\n"
        "Varga rarely gave interviews. He said the music spoke for him.\n\n"
        "Varga rehearsed at dawn. He never explained why.\n\n"
        "Varga met a young cellist in 2015. She was 19 and had just won a prize in Graz.\n\n"
        "Varga offered her a place at the back of the section. "
        '"I was not ready for an orchestra," she said.'
    )
    # the cellist is not named: not Varga (a man), not Anna Roth (named four paragraphs earlier)
    assert speaker(quotes(parse, text), "I was not ready") is None


def test_a_pronoun_is_not_given_to_the_only_nearby_name_of_the_other_gender(parse: Parse) -> None:
    # the only person named lately is a man by his given name; "she" is someone the article does not name
    text = (
        "The shelter on Pine Street will close in March, the city said on Friday.\n\n"
        "Director Gregory Osei has run the shelter since it opened. The building needs a new roof, "
        "and the council has refused to pay for it.\n\n"
        "One volunteer has cooked there every Sunday for eight years. "
        'Asked where the families would go, she shook her head. "Nobody has told us anything," she said.'
    )
    assert speaker(quotes(parse, text), "Nobody has told") is None


def test_a_pronoun_in_an_aside_does_not_bind_a_namesake(parse: Parse) -> None:
    # "Okoro offered to pay (she declined)": the aside's "she" is the woman offered, not a female Okoro
    text = (
        "Samuel Okoro built the bakery chain from one shop in Ibadan. His wife, Grace Okoro, keeps the books.\n\n"
        "A former manager told the paper she was hired in 2011. "
        'Okoro, who offered to pay the course fees (she declined), said: "The bread comes first, always."'
    )
    assert speaker(quotes(parse, text), "The bread comes") == "Samuel Okoro"


def test_the_woman_after_another_unnamed_employee_is_that_employee(parse: Parse) -> None:
    # the last woman named is the supervisor; "the woman" is the unnamed assistant just introduced
    text = (
        "The complaints against the gallery's founder go back years, several former staff said.\n\n"
        "Supervisor Helga Brandt handled scheduling for the founder, two employees said.\n\n"
        "I spoke with another assistant who said Brandt sent her to the founder's office in 2012. "
        "The woman, then 24, said the founder locked the door. "
        '"I did not know what to do," she said.'
    )
    assert speaker(quotes(parse, text), "I did not know") is None


def test_a_job_noun_after_two_people_is_neither_of_them(parse: Parse) -> None:
    # both partners were just named and both design; "the designer" picks one only by proximity
    text = (
        "Robin Hale and Kerry Vance ended their fashion partnership in May after eleven years.\n\n"
        "Hale and Vance built the label from a market stall, but the designer later said the split may be "
        'temporary. "We still talk every day," the designer wrote on Instagram.'
    )
    assert speaker(quotes(parse, text), "We still talk") is None


def test_a_job_noun_after_one_person_is_that_person(parse: Parse) -> None:
    text = (
        "Robin Hale built the label from a market stall in Leeds.\n\n"
        'The designer later said the business may move to London. "We have outgrown the city," the designer wrote.'
    )
    assert speaker(quotes(parse, text), "We have outgrown") == "Robin Hale"


def test_a_pronoun_after_a_surname_may_be_the_person_named_before_it(parse: Parse) -> None:
    # "When Pike complained, Sand replied that she was ...": "she" is Pike, so it says nothing of which Sand
    text = (
        "Viktor Sand founded the radio station in 1990 and still runs it. His wife, Maria Sand, reads the news.\n\n"
        "When presenter Nora Pike complained about her schedule in 2015, Sand replied that she was "
        '"a troublemaker" who "should be grateful."'
    )
    found = quotes(parse, text)
    assert speaker(found, "a troublemaker") == "Viktor Sand"


def test_an_embedded_posts_display_name_is_not_the_person_a_description_takes_up(parse: Parse) -> None:
    # the signature line of an embedded post names an account ("Joanne Lind (@mimisings)"), not a person the
    # story has just named: "the Broadway actress" does not take it up
    text = (
        "Mira Solvang has ended her engagement to the actor Tomas Berg, her publicist confirmed on Monday.\n\n"
        "Thank you all for the kind letters. #Grateful\n\n"
        "A photo posted by xoxo, Joanne Lind (@mimisings) on Dec 5, 2016 at 9:10am PST\n\n"
        '"Thank you all for the kind letters," the Broadway actress wrote. "We are taking a break."'
    )
    found = quotes(parse, text)
    assert speaker(found, "Thank you all") != "Joanne Lind"
    assert speaker(found, "We are taking") != "Joanne Lind"


def test_a_role_holder_named_long_before_is_not_the_description_when_others_were_named_since(
    parse: Parse,
) -> None:
    # the article gave "coach" to Tanner years earlier in the story; the paragraph is about Brenner now
    text = (
        "When coach Rick Tanner arrived in 1989, the club had not won a title in 30 years.\n\n"
        "Tanner left after four seasons. The owner's son ran the draft for a decade.\n\n"
        "The scouting philosophy was shaped later by Walt Brenner, whom the owner hired from Ohio State with Sam Cole. "
        '"Half the names up there are noise," the coach said.'
    )
    assert speaker(quotes(parse, text), "Half the names") != "Rick Tanner"


def test_a_role_holder_named_just_before_is_the_description(parse: Parse) -> None:
    text = (
        "Coach Rick Tanner watched the draft from the back of the room on Thursday.\n\n"
        '"Half the names up there are noise," the coach said.'
    )
    assert speaker(quotes(parse, text), "Half the names") == "Rick Tanner"


def test_an_institutions_short_name_that_is_also_an_adjective_still_speaks(parse: Parse) -> None:
    # "fed" is an adjective in WordNet; "the Fed", written throughout, is the article's name for the bank
    text = (
        "The U.S. Federal Reserve raised interest rates on Wednesday. The Fed said inflation was easing. "
        '"We remain data dependent," the Fed said in a statement.'
    )
    assert speaker(quotes(parse, text), "We remain data") == "Fed"
