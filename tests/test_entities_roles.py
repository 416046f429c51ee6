"""Roles as written: premodifiers, appositions, reversed appositions, counterparts."""

from __future__ import annotations

import pytest

from newscli.nlp.entities import extract_entities

pytestmark = pytest.mark.model


def _roles(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.name: e.role for e in extract_entities(parse(text)) if e.type == "person"}


def test_premodifier_without_nationality(parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, "Brazilian Finance Minister Paulo Andrade met investors in Geneva.")
    assert roles["Paulo Andrade"] == "Finance Minister"


def test_premodifier_with_ner_fragment_before_it(parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, "He met Russian First Deputy Prime Minister Ivan Sokolov in Geneva on Monday.")
    assert roles["Ivan Sokolov"] == "First Deputy Prime Minister"


def test_apposition_after_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Ivan Sokolov arrived late. Sokolov, Russia's deputy prime minister, said the talks were useful."
    assert _roles(parse, text)["Ivan Sokolov"] == "deputy prime minister"


def test_reversed_apposition(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The German finance minister, Klaus Weber, told reporters in Berlin that the fine would be paid."
    assert _roles(parse, text)["Klaus Weber"] == "finance minister"


def test_counterpart_takes_the_role_of_the_other_person(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean Foreign Minister Rosa Vidal and her Peruvian counterpart Jorge Salas met in Lima."
    roles = _roles(parse, text)
    assert roles["Rosa Vidal"] == "Foreign Minister"
    assert roles["Jorge Salas"] == "Foreign Minister"


def test_no_role_without_a_role_word(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Lopes, who met the foreign minister, said nothing."
    assert _roles(parse, text)["Maria Lopes"] is None


def test_reversed_apposition_with_a_possessive(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The Harbour Fishermen's Association objected, and its chairman, Tomas Reid, threatened to sue."
    assert _roles(parse, text)["Tomas Reid"] == "chairman"


def test_role_word_before_a_name_links_the_surname(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"We are done," said Mayor Helena Varga after the vote. Varga said the design had changed.'
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Helena Varga"].role == "Mayor"
    assert rows["Helena Varga"].aliases == ("Varga",)
    assert "Varga" not in rows


def test_role_phrase_is_not_swallowed_by_a_nationality(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Norwegian Fisheries Minister Erik Dahl met reporters in Oslo."
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Erik Dahl"].role == "Fisheries Minister"
    assert "Norwegian Fisheries" not in rows


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("The plan was backed by committee chairman Sir Peter Hall on Monday.", {"Peter Hall": "committee chairman"}),
        ("The ruling was criticised by archbishop Monsignor Jorge Scheinig.", {"Jorge Scheinig": "archbishop"}),
    ],
)
def test_a_title_between_the_role_and_the_name(parse, text: str, roles: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text) == roles


def test_a_role_made_of_role_words_alone_names_nobody(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"Call the police on 101," said Detective Inspector Steven Jones.'
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Steven Jones"].role == "Detective Inspector"
    assert "Detective Inspector" not in rows and "Inspector" not in rows


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The deal was signed by Ambassador to Norway Helen Marsh on Friday.", "Helen Marsh", "Ambassador to Norway"),
        ("Today, Chief Executive of Hong Kong Daniel Fung spoke.", "Daniel Fung", "Chief Executive of Hong Kong"),
        ("The bill was backed by Senator from Ohio Laura Bell on Tuesday.", "Laura Bell", "Senator from Ohio"),
        ("The envoy met Secretary of State Mark Daly in Oslo.", "Mark Daly", "Secretary of State"),
    ],
)
def test_role_with_its_place_or_department_before_the_name(parse, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    # the small model often starts the PERSON span at the place: "Norway Helen Marsh"
    assert _roles(parse, text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Prices will rise," said Nora Blake, a senior fellow at the Hartley Institute in Leeds.',
            "Nora Blake",
            "senior fellow at the Hartley Institute",
        ),
        ("Mirex's chief economist, Dana Cole, said the figures were weak.", "Dana Cole", "chief economist"),
        ("The photos were taken by freelance photographer Omar Haddad.", "Omar Haddad", "freelance photographer"),
        ("The bill was backed by Sen. Laura Kemp (D., Ore.) on Monday.", "Laura Kemp", "Sen."),
        (
            "Ravi Menon said prices fell. Menon is the head of the Coastal Fisheries Group in Kochi.",
            "Ravi Menon",
            "head of the Coastal Fisheries Group",
        ),
        (
            "Maria Gonzalez, who heads the regional council, said the road would close.",
            "Maria Gonzalez",
            "head of the regional council",
        ),
        (
            "The deal was welcomed by minister of mines and energy Peter Nangolo on Friday.",
            "Peter Nangolo",
            "minister of mines and energy",
        ),
        ("Karl Lind, the 41-year-old president of the union, spoke first.", "Karl Lind", "president of the union"),
        ("Officials met President-elect Omar Haddad in Rabat.", "Omar Haddad", "President-elect"),
        ("Tom Hale, the Rovers' goalkeeper, saved twice.", "Tom Hale", "Rovers' goalkeeper"),
        ("Ann Lowe backed former President Carlos Mendez on Monday.", "Carlos Mendez", "former President"),
        ("Maria Gonzalez, who founded Brightwell Labs, spoke first.", "Maria Gonzalez", "founder of Brightwell Labs"),
        ("John Smith, Acme Corp. chief executive, said profits rose.", "John Smith", "Acme Corp. chief executive"),
        ("Dean Angelo Sr., president of the lodge, called it a good day.", "Dean Angelo Sr", "president of the lodge"),
        ("Rep. Jim Jordan, R-Ohio, chairman of the committee, objected.", "Jim Jordan", "chairman of the committee"),
        ("Markets fell as the Central Bank and Fed chair Jerome Powell spoke.", "Jerome Powell", "Fed chair"),
        ("Polls were tight, said Harris campaign chair Jen O'Malley Dillon.", "Jen O'Malley Dillon", "campaign chair"),
        ("Dr. Mia Holt, co-founder of Brightwell Labs, said it worked.", "Mia Holt", "co-founder of Brightwell Labs"),
    ],
)
def test_role_patterns_of_news_prose(parse, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text)[name] == role


def test_a_plural_role_before_a_list_of_names_goes_to_each(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Fans sent a message to the club's sporting directors, Tom Hale and Ben Ross: keep the captain."
    roles = _roles(parse, text)
    assert roles["Tom Hale"] == roles["Ben Ross"] == "sporting director"


@pytest.mark.parametrize(
    "text",
    [
        "After a long call with the minister, Carla Diaz left the room in silence.",
        "Carla Diaz, told reporters in Lisbon that she would stay.",
        "His fellow Carla Diaz stayed home.",
    ],
)
def test_no_role_from_a_clause_or_a_verb(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text).get("Carla Diaz") is None


def test_an_age_between_the_name_and_the_role(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Gonzalez, 45, a teacher from Leeds, said the school would reopen."
    assert _roles(parse, text)["Maria Gonzalez"] == "teacher"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Workers Party of Brazil treasurer Joana Mello resigned.", "Joana Mello", "Workers Party of Brazil treasurer"),
        (
            "The Reserve Bank of Tasmania Governor Ida Loft said rates would hold.",
            "Ida Loft",
            "Reserve Bank of Tasmania Governor",
        ),
    ],
)
def test_an_institution_of_a_place_qualifies_the_title(parse, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text)[name] == role


def test_a_job_said_of_a_relative_beats_the_relation(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Keane has driven for the firm since 2015. Keane's mother, Ann Keane, is a part-time package driver."
    assert _roles(parse, text)["Ann Keane"] == "part-time package driver"
    relative = "Tom Keane has driven since 2015. His mother, Ann Keane, lives in Leeds."
    assert _roles(parse, relative)["Ann Keane"] == "mother"


def test_a_signed_contribution_names_its_author_and_role(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "This week's question: how do you get to work?\n\n"
        "I cycle most days, and the new lanes on the river road have made it much safer.\n\n"
        "Mara Quillon, managing director, Fenwright Logistics\n\n"
        "I take the bus when it rains.\n\n"
        "Photo: the river road at dusk"
    )
    rows = {e.name: e for e in extract_entities(parse(text))}
    assert rows["Mara Quillon"].type == "person"
    assert rows["Mara Quillon"].role == "managing director, Fenwright Logistics"


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe, staff writer\n\nThe bridge opened on Monday. Officials said traffic would be light.",  # a byline
        "The bridge opened on Monday.\n\nJane Pryor, left, and Tom Lee at the opening\n\nTraffic was light.",
    ],
)
def test_bylines_and_captions_are_no_signatures(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _roles(parse, text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“It matters,” says study co-author Lena Brandt, who works in Delft.", "Lena Brandt", "co-author"),
        ("They were caught on the highway, Ray Tolliver, special agent for the state, said.", "Ray Tolliver",
         "special agent for the state"),
    ],
)  # fmt: skip
def test_hyphenated_heads_and_agents(parse, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert _roles(parse, text)[name] == role


def test_a_firm_the_tagger_took_for_a_person_still_qualifies_the_title(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Shares of Brixley Quorn (NASDAQ:BXQ) rose on Tuesday. Brixley Quorn CEO Dana Moore said sales would grow."
    assert _roles(parse, text)["Dana Moore"] == "Brixley Quorn CEO"


def test_a_role_that_speaks_is_no_apposition(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The vote was close. Citing John Locke, the minister said the people had a right to choose."
    assert _roles(parse, text).get("John Locke") is None
    assert _roles(parse, "Ann Roe, the minister, said the vote was close.")["Ann Roe"] == "minister"


def test_a_role_phrase_does_not_start_with_its_verb(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor City Mariners drafted linebacker King Fairley in the second round on Friday. "
        "They also signed wide receiver Earl Tomczak, and Tomczak will report to camp next week."
    )
    roles = _roles(parse, text)
    assert roles.get("King Fairley") == "linebacker"
    assert roles.get("Earl Tomczak") == "wide receiver"


def test_apposition_after_a_present_adverb(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The 1994 relay team had four runners. Odile Farrant, now a heart surgeon, ran the last leg."
    assert _roles(parse, text)["Odile Farrant"] == "heart surgeon"


def test_relative_clause_with_a_clitic_is(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The app was built by Tavish Orrell, who’s an engineer at the studio, in one weekend."
    assert _roles(parse, text)["Tavish Orrell"] == "engineer"
    text = "Tavish Orrell’s sister Ines, who’s a nurse, said the app was built in one weekend."
    assert "nurse" not in (_roles(parse, text).get("Tavish Orrell") or "")


def test_news_anchor_before_the_name(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The senator told Coastline Radio anchor Willa Droste on Monday that the bill was dead."
    assert _roles(parse, text)["Willa Droste"] == "Coastline Radio anchor"


def test_bare_title_after_a_name_that_opens_the_clause(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Friday, Pell Ardmore, Director of Communications at the Lakeshore Transit Agency told reporters"
        " the line would reopen."
    )
    assert _roles(parse, text)["Pell Ardmore"] == "Director of Communications at the Lakeshore Transit Agency"
    text = "Pell Ardmore, spokesman for the agency told reporters the line would reopen."
    assert _roles(parse, text)["Pell Ardmore"] == "spokesman for the agency"


def test_no_role_when_the_name_is_an_object_before_a_speaker(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Citing Mara Quellen, the director told reporters the line would reopen."
    assert _roles(parse, text)["Mara Quellen"] is None


def test_employer_with_a_hyphenated_campus(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Hana Ostrowe, a professor of economics at the University of Maine-Orono, led the study."
    assert _roles(parse, text)["Hana Ostrowe"] == "professor of economics at the University of Maine-Orono"


def test_a_role_at_a_sentences_start_keeps_no_article(parse) -> None:  # type: ignore[no-untyped-def]
    roles = _roles(parse, "The singer Mira Solvang has ended her engagement, her publicist said on Monday.")
    assert roles["Mira Solvang"] == "singer"
