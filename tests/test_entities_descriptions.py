"""Roles read from the parse: descriptions that take a name up again, and predicates away from the name."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities

pytestmark = pytest.mark.model


def _roles(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.name: e.role for e in extract_entities(parse(text)) if e.type == "person"}


def test_a_description_as_subject_takes_up_the_only_person_named(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"I never read the reviews," Marla Quint said on Sunday.\n\n'
        "The actress with the famous laugh died this week at her home in Ohio."
    )
    assert _roles(parse, text)["Marla Quint"] == "actress"


def test_a_description_in_a_later_clause_of_the_same_sentence(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said they had invited Dario Venn, but reports suggest the singer declined the offer."
    assert _roles(parse, text)["Dario Venn"] == "singer"


def test_no_description_role_when_two_people_were_named(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Ellen Brak met Tomas Hild in Oslo on Monday. The minister said the talks had gone well."
    roles = _roles(parse, text)
    assert roles["Ellen Brak"] is None
    assert roles["Tomas Hild"] is None


def test_a_description_that_is_an_object_or_a_new_person_gives_no_role(parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, "Pia Sorel was arrested on Friday. Police later questioned the driver of the van.")
    assert roles["Pia Sorel"] is None
    roles = _roles(parse, "Pia Sorel was arrested on Friday. The officer who stopped her car was praised.")
    assert roles["Pia Sorel"] is None


def test_a_description_that_names_the_person_again_is_someone_else(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Pia Sorel appeared in court on Friday. The judge sent Sorel home until the trial."
    assert _roles(parse, text)["Pia Sorel"] is None


def test_a_description_inside_a_quotation_gives_no_role(parse) -> None:  # type: ignore[no-untyped-def]
    text = 'Pia Sorel spoke first. "The minister has failed us all," she said.'
    assert _roles(parse, text)["Pia Sorel"] is None


def test_a_description_does_not_replace_a_role_given_beside_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour Bank economist Ivo Lenk expects a cut. The former minister said rates would fall."
    assert _roles(parse, text)["Ivo Lenk"] == "Harbour Bank economist"


def test_pronoun_predicate_right_after_the_only_person_named(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The results surprised us," says Nora Vell, PhD. She\'s the director of the Centre for Sleep '
        "Research at Westbury University. Vell was not involved in the study."
    )
    assert _roles(parse, text)["Nora Vell"].startswith("director of the Centre for Sleep Research")


def test_predicate_after_an_adverb_or_a_relative_clause(parse) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, "Lena Vos also served as chief counsel to the governor.")["Lena Vos"] == (
        "chief counsel to the governor"
    )
    text = "Omar Reyes, whose sister ran the bakery, became a medical commentator on the channel."
    assert (_roles(parse, text)["Omar Reyes"] or "").startswith("medical commentator")
    assert _roles(parse, "Lena Vos is not the chief executive of Harbour Bank.")["Lena Vos"] is None
    assert _roles(parse, "Lena Vos said she had spent her entire career in the valley.")["Lena Vos"] is None


def test_two_titles_joined_before_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The firm said on Monday that Founder and Chairman Bruno Kell will return as chief executive."
    assert _roles(parse, text)["Bruno Kell"] == "Founder and Chairman"


def test_an_opening_phrase_is_no_reversed_apposition(parse) -> None:  # type: ignore[no-untyped-def]
    text = "During their first encounter, Mira Todd says, the manager shouted at her."
    assert _roles(parse, text)["Mira Todd"] is None


def test_a_hyphenated_based_inside_the_institution(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Karim Nassar, Director-General of the Doha-based Institute for Energy Studies, which hosted "
        "the talks, said the deal was close."
    )
    role = _roles(parse, text)["Karim Nassar"]
    assert role is not None and role.startswith("Director-General of the Doha-based Institute for Energy")


def test_a_description_or_pronoun_of_the_other_sex_gives_no_role(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"It works," says John Allen, MD. She\'s the director of the Centre for Sleep Research.'
    assert _roles(parse, text)["John Allen"] is None
    text = '"It works," says Jane Allen, MD. She\'s the director of the Centre for Sleep Research.'
    assert _roles(parse, text)["Jane Allen"] == "director of the Centre for Sleep Research"


def test_a_role_in_brackets_beside_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, "Team: Marcus Hale (captain), Devon Price, Oliver Grant.")
    assert roles["Marcus Hale"] == "captain"
    assert roles["Devon Price"] is None
    text = "The club signed a promising young goalkeeper (Luca Ferri) in the same deal."
    assert _roles(parse, text)["Luca Ferri"] == "promising young goalkeeper"
    assert _roles(parse, "Dana Welt (D-Ohio) voted against the bill.")["Dana Welt"] is None


def test_a_role_before_named(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Lawyers wrote to a former Channel 9 correspondent named Lisa Marr who had spoken to us."
    assert _roles(parse, text)["Lisa Marr"] == "former Channel 9 correspondent"
    assert _roles(parse, "A man named Pat Lowe was arrested on Tuesday.")["Pat Lowe"] is None


def test_a_trade_that_also_names_firms(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Soon after, Paul Betts, a software developer for Acme, wrote to her."
    assert _roles(parse, text)["Paul Betts"] == "software developer for Acme"
    text = "Prices fell, said Lagos-based developer Daniel Okafor on Monday."
    assert _roles(parse, text)["Daniel Okafor"] == "Lagos-based developer"


def test_nouns_the_parse_joins_to_a_capitalised_title(parse) -> None:  # type: ignore[no-untyped-def]
    text = "At 10 p.m., school board President Ken Moyer received the email."
    assert _roles(parse, text)["Ken Moyer"] == "school board President"


def test_a_then_title_before_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Kate Dunn went to Acme's then-PR chief, Brian Loft, and asked for help."
    assert _roles(parse, text)["Brian Loft"] == "then-PR chief"


def test_an_action_is_no_post(parse) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, "Dan Merritt led the league in rushing in 2014.")["Dan Merritt"] is None
    assert _roles(parse, "Ann Roe, who owns a home in Leeds, spoke to us.")["Ann Roe"] is None
    assert _roles(parse, "Ann Roe, who heads the city council, spoke.")["Ann Roe"] == "head of the city council"
    assert _roles(parse, "Ann Roe, who founded Acme Labs, spoke.")["Ann Roe"] == "founder of Acme Labs"


def test_a_capitalised_function_word_is_no_part_of_a_title(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Under President Tom Hale, taxes rose. When coach Ray Dunn arrived, the team improved."
    roles = _roles(parse, text)
    assert roles["Tom Hale"] == "President"
    assert roles["Ray Dunn"] == "coach"


def test_a_plural_occupation_before_a_list_of_names(parse) -> None:  # type: ignore[no-untyped-def]
    text = "If any were left, linebackers Cole Brandt or Jamal Pierce, the club would pick one."
    roles = _roles(parse, text)
    assert roles["Cole Brandt"] == "linebacker"
    assert roles["Jamal Pierce"] == "linebacker"
    text = "In a letter to other deputy ministers, Murray Keane explained the changes."
    assert _roles(parse, text)["Murray Keane"] is None


def test_a_former_role_in_apposition(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Susan Bend, formerly a booker for the Grand Theatre, will now lead the search."
    assert _roles(parse, text)["Susan Bend"] == "former booker for the Grand Theatre"


def test_a_lower_case_owner_before_the_role(parse) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, "Edwin Marsh, the agency's chief economist, said no.")["Edwin Marsh"] == "chief economist"
    text = "Her brother Paul Reyes is the team's chief sales and marketing officer."
    assert _roles(parse, text)["Paul Reyes"] == "chief sales and marketing officer"
    assert _roles(parse, "Ann Roe, the company's biggest problem, left.")["Ann Roe"] is None
