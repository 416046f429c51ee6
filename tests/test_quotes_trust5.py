"""Trust, round 5: a speaker is named as the article names them.

Short articles of our own, one per class of wrong name seen on real news.
"""

from __future__ import annotations

import pytest
from quote_checks import Parse, quotes, speaker

pytestmark = pytest.mark.model


def test_a_person_is_named_by_the_form_the_article_uses(parse: Parse) -> None:
    # the middle initial is written once, in a signature; the article's own form is the usual one
    text = (
        "Marta Q. Lindqvist signed the harbour plan on Monday.\n\n"
        "Marta Lindqvist has led the port authority since 2019. Critics say Marta Lindqvist moved too fast.\n\n"
        'Marta Lindqvist defended the plan. "The cranes are forty years old," she said.'
    )
    assert speaker(quotes(parse, text), "The cranes") == "Marta Lindqvist"


def test_a_person_called_by_a_given_name_is_named_with_it(parse: Parse) -> None:
    # the rows merged a son written once with his full given names into his father's row
    text = (
        "Peter Halvorsen runs the family shipyard in Bergen. His son, Erik Peter Halvorsen, is twelve.\n\n"
        '"We build one ferry a year," Peter said.\n\n'
        '"The orders come from Norway and Iceland," Peter added.\n\n'
        "Peter took over the yard in 2004."
    )
    found = quotes(parse, text)
    assert speaker(found, "We build") == "Peter Halvorsen"
    assert speaker(found, "The orders") == "Peter Halvorsen"


def test_a_surname_of_several_words_is_not_a_full_name(parse: Parse) -> None:
    # "Van Buren" ends the row's name, but it is the surname alone, not a form of the full name
    text = (
        "Clara Van Buren runs the city's oldest bakery.\n\n"
        '"We bake through the night," Van Buren said. Van Buren has no plans to retire.\n\n'
        '"Bread is still cheap here," Van Buren added.'
    )
    found = quotes(parse, text)
    assert speaker(found, "We bake") == "Clara Van Buren"
    assert speaker(found, "Bread is") == "Clara Van Buren"


def test_a_statement_reported_by_an_outlet_stays_its_speakers(parse: Parse) -> None:
    # the quotation goes on after "according to" the outlet that reported it: the speaker is still the mayor
    text = (
        "Mayor Ruth Okafor closed the Mill Street bridge last week after engineers found cracks.\n\n"
        '"The repairs are finished," Okafor said in a statement, according to the Valley Herald. '
        '"We owe the drivers an apology."'
    )
    assert speaker(quotes(parse, text), "We owe") == "Ruth Okafor"  # not "Valley Herald"
