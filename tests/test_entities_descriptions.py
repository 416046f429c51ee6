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
