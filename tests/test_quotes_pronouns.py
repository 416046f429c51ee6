"""Pronouns and subjects: who "she" and "he" are when the sentence before names other people.

Each test is one class of wrong speaker seen on real news, on a short article of our own.
"""

from __future__ import annotations

import pytest
from quote_checks import Parse, quotes, speaker

pytestmark = pytest.mark.model


def test_names_in_an_opening_phrase_are_not_the_subject_beside_a_pronoun(parse: Parse) -> None:
    # "Quoting A, B and C, she called for": the parser hangs the names on the verb as a second subject;
    # "she" is the "she" of the sentence before, not the last name read
    text = (
        "Grace Okafor opened the port conference in Lagos on Tuesday. The shipping lines, she told delegates, "
        "must cut their emissions. Quoting Rachel Carson, Wangari Maathai, and Al Gore, she called for a levy "
        'that would "pay for cleaner fuel" and "end the race to the bottom."'
    )
    found = quotes(parse, text)
    assert speaker(found, "pay for cleaner fuel") == "Grace Okafor"
    assert speaker(found, "end the race") == "Grace Okafor"


def test_a_pronoun_before_a_name_gives_that_name_no_gender(parse: Parse) -> None:
    # "In fact she borrowed it from a paper Samuel Dube wrote": "she" is not Dube, so "he said" can be
    text = (
        'Grace Okafor wants a levy on shipping fuel, "to pay for cleaner ships," she said on Tuesday.\n\n'
        "The idea is not new. In fact she borrowed it from a paper the engineer Samuel Dube wrote in 2015. Dube "
        "found that port fees had barely changed in decades. Something else was required. He proposed a charge "
        '"small enough to pass on, big enough to matter." Later he said such a charge could become "the cheapest '
        'climate policy there is."'
    )
    found = quotes(parse, text)
    assert speaker(found, "small enough") == "Samuel Dube"
    assert speaker(found, "the cheapest climate") == "Samuel Dube"


def test_a_belief_inside_what_someone_said_is_their_words(parse: Parse) -> None:
    # "Ortiz said he thinks ... "...": nobody hears a thought; the words are Ortiz's (here with a slip of
    # the pen that makes "he" fit only the interviewer), and her next "she said" is hers too
    text = (
        "Lena Ortiz thinks the mood in the valley has turned. She said so at a town hall on Friday.\n\n"
        "Speaking to the radio host Tom Baker, Ortiz said he thinks the new rail line has already paid off "
        'because commuters "get home an hour earlier."\n\n'
        '"Nobody wants to go back to the old timetable," she said.'
    )
    found = quotes(parse, text)
    assert speaker(found, "get home") == "Lena Ortiz"
    assert speaker(found, "Nobody wants") == "Lena Ortiz"


def test_continuing_to_do_something_is_no_cue(parse: Parse) -> None:
    # "Nwosu will continue to offer "..."": the chairman's words about her, not hers
    text = (
        "Harbour Bank chairman Olu Mensah, in a statement issued for the board, said the founder's \"energy and "
        'judgment built this bank."\n\n'
        'He said that Adaeze Nwosu will continue to offer "her advice, her contacts and her patience" as an '
        'adviser, and that the board has "full trust" in her successor.'
    )
    found = quotes(parse, text)
    assert speaker(found, "her advice") == "Olu Mensah"
    assert speaker(found, "full trust") == "Olu Mensah"


def test_continuing_to_speak_is_a_cue(parse: Parse) -> None:
    # the parser may hang the quotation's first word on "continued" as if she continued having something
    text = (
        'Olu Mensah spoke to staff on Monday. "The bank is in good hands," she said.\n\n'
        "She continued: \"Having someone at the top who can say, 'Relax, it is fine,' matters a lot.\""
    )
    assert speaker(quotes(parse, text), "Having someone") == "Olu Mensah"
