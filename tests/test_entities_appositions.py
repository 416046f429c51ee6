"""Roles after the name and their qualifiers: employers, complements, second roles, relations."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities

pytestmark = pytest.mark.model


def _roles(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.name: e.role for e in extract_entities(parse(text)) if e.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an apposition without an article, with the employer after "at"
        (
            '"Rates will fall," said Ines Varga, interest rate strategist at Kestrel Capital Markets.',
            "Ines Varga",
            "interest rate strategist at Kestrel Capital Markets",
        ),
        # the complement runs to a bracketed acronym
        (
            '"We will sue," said Tomas Reyes, counsel for the Harbour Workers Union (HWU).',
            "Tomas Reyes",
            "counsel for the Harbour Workers Union",
        ),
        # "member of" heads a role
        (
            "Dana Whitfield, a member of the Osage Nation who runs a clinic, said the road was closed.",
            "Dana Whitfield",
            "member of the Osage Nation",
        ),
        # a second role after "and"
        (
            "Ola Berg, Fjordline CEO and a co-founder of Vestmark, told reporters the launch had slipped.",
            "Ola Berg",
            "Fjordline CEO and a co-founder of Vestmark",
        ),
        # "to" completes a role
        ("Helga Moss, the Danish ambassador to Chile, said talks would resume.", "Helga Moss", "ambassador to Chile"),
        # the employer after "with", a lower-case office
        (
            "Karl Weiss, a lawyer with the county prosecutor's office, asked the judge for a delay.",
            "Karl Weiss",
            "lawyer with the county prosecutor's office",
        ),
        # an institution's possessive stays with the role
        (
            "The group wrote to Ann Roe, the Treasury Department's inspector general, on Monday.",
            "Ann Roe",
            "Treasury Department's inspector general",
        ),
    ],
)
def test_apposition_with_its_employer_complement_and_second_role(parse, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text)[name] == role


def test_a_state_designation_before_the_apposition(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"This is wrong," said Rep. Dan Ortiz, Ore., the top Republican on the Senate Energy Committee.'
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Dan Ortiz"].role == "top Republican on the Senate Energy Committee"
    assert "Ore." not in rows


def test_an_institution_before_the_title_qualifies_it(parse) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday, Marion County sheriff Lila Grant released a statement about the crash."
    assert _roles(parse, text)["Lila Grant"] == "Marion County sheriff"


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lund said he would consider Nils Dahl for the post.",
        "The usually sober Nils Dahl laughed at the joke.",
        "While she waited for another customer, Nils Dahl walked in.",
    ],
)
def test_no_role_from_a_verb_or_an_adjective_with_a_person_ending(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text).get("Nils Dahl") is None


def test_a_relation_is_a_role_only_when_nothing_else_is_said(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ben Ortiz was hurt in the fire. His mother, Rosa Ortiz, said he was recovering. "
        "His father, Luis Ortiz, a nurse at Mercy Hospital, said the same. One witness, Mara Lind, called 911."
    )
    roles = _roles(parse, text)
    assert roles["Rosa Ortiz"] == "mother"
    assert roles["Luis Ortiz"] == "nurse at Mercy Hospital"
    assert roles["Mara Lind"] == "witness"
    assert roles["Ben Ortiz"] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The launch is, according to Microsoft Teams lead Ada Brandt, the biggest in years.",
            "Ada Brandt",
            "Microsoft Teams lead",
        ),
        (
            "During the debate, Green Alliance for the Future leader Ola Svensson urged reform.",
            "Ola Svensson",
            "Green Alliance for the Future leader",
        ),
        (
            "The host, Coastal Wildlife Trust board member Ines Moreau, said the plan was flawed.",
            "Ines Moreau",
            "Coastal Wildlife Trust board member",
        ),
        (
            "Officials said Ms. Lim (Dr. Lim Hui Ying), who heads the Coastal Institute, was invited.",
            "Lim Hui Ying",
            "head of the Coastal Institute",
        ),
        ("Police blamed ousted PM Ravi Shankar's party for the unrest.", "Ravi Shankar", "PM"),
    ],
)
def test_a_named_body_before_the_title_and_a_bracketed_name(parse, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text)[name] == role


def test_a_noun_for_a_firm_is_no_role(parse) -> None:  # type: ignore[no-untyped-def]
    text = "He was worried by the revelations by newspaper Kvällsposten on Sunday."
    assert _roles(parse, text).get("Kvällsposten") is None


def test_an_abbreviated_title_ends_no_sentence_and_joins_no_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The call included Ann Lowe and NYPD Asst. Chief Earl Dawson, according to interviews. Dawson said little."
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Earl Dawson"].role == "NYPD Asst. Chief"
    assert not any("Asst" in e.name or "Asst" in " ".join(e.aliases) for e in rows.values())
