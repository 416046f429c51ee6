"""Money in the forms real news writes it: local symbols from CLDR, the story's country, hyphenated
scales, cents of a named dollar, shillings written '/-', scraped '£' and codes that are acronyms."""

from __future__ import annotations

import pytest

from newscli.models import Figure
from newscli.nlp.figures import extract_figures, symbols
from newscli.nlp.figures.amounts import build
from newscli.nlp.figures.numbers import find_numbers
from newscli.nlp.figures.numbers.lex import lex


def amount(text: str, country: str | None = None, nth: int = 0) -> tuple[str, str, float, str]:
    tokens = lex(text)
    num = list(find_numbers(tokens))[nth]
    a = build(text, tokens, num, country=country)
    return text[a.start : a.end], a.kind, round(a.value, 6), a.unit


def test_the_cldr_table_knows_local_and_international_forms() -> None:
    assert symbols.local_code("$", "CA") == "CAD" and symbols.local_code("$", "AU") == "AUD"
    assert symbols.local_code("$", "US") == "USD" and symbols.local_code("$", "IN") is None
    assert symbols.local_code("R", "ZA") == "ZAR" and symbols.international_code("NT$") == "TWD"
    assert symbols.country_currency("KE") == "KES" and symbols.unique_code("Rs") is None  # shared by several


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("The trip cost RM6.162 million in all.", None, ("RM6.162 million", "money", 6.162e6, "MYR")),
        ("Savings came to RM900,000.", None, ("RM900,000", "money", 9e5, "MYR")),
        ("A bag of rice costs Rp 15,000 now.", None, ("Rp 15,000", "money", 15000.0, "IDR")),
        ("Traders pay TSh2,000 a day.", None, ("TSh2,000", "money", 2000.0, "TZS")),
        ("Fares rose to Ksh 1,500.", None, ("Ksh 1,500", "money", 1500.0, "KES")),
        ("The treasury set aside R4bn for roads.", "ZA", ("R4bn", "money", 4e9, "ZAR")),
        ("Fees will reach R50 billion by 2030.", "ZA", ("R50 billion", "money", 5e10, "ZAR")),
        ("The ferry charged NT$350 a head.", None, ("NT$350", "money", 350.0, "TWD")),
        ("The condo sold for $850,000 last week.", "CA", ("$850,000", "money", 8.5e5, "CAD")),
        ("The condo sold for $850,000 last week.", "AU", ("$850,000", "money", 8.5e5, "AUD")),
        ("The condo sold for $850,000 last week.", None, ("$850,000", "money", 8.5e5, "USD")),
        ("Imports cost US$40 million.", "CA", ("US$40 million", "money", 4e7, "USD")),  # a named dollar stays
        ("Each pole cost 4m/- to install.", "TZ", ("4m/-", "money", 4e6, "TZS")),
        ("She makes 10,000/- a day.", "KE", ("10,000/-", "money", 1e4, "KES")),
        ("The council approved a $100-million overhaul.", None, ("$100-million", "money", 1e8, "USD")),
        ("It pledged a US$1-billion fund.", None, ("US$1-billion", "money", 1e9, "USD")),
        ("The loonie fell to 74.27 U.S. cents.", None, ("74.27 U.S. cents", "money", 0.7427, "USD")),
        ("A stamp costs 80 euro cents.", None, ("80 euro cents", "money", 0.8, "EUR")),
        ("The flat was let for PS1,250 a month.", None, ("PS1,250", "money", 1250.0, "GBP")),
        ("Council tax rises by PS120 a year.", None, ("PS120", "money", 120.0, "GBP")),
    ],
)
def test_money_forms(text: str, country: str | None, expected: tuple[str, str, float, str]) -> None:
    assert amount(text, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "R2 was the droid.",  # a single letter is money only in its own country
        "Only RM3 fans showed up.",  # letters before a bare small number: a model name as likely as money
        "He bought a PS5 and a PS4.",  # consoles, not pounds
        "Delegates met at COP30 in Belem.",  # a summit, not Colombian pesos
        "According to SDG 11, cities must be inclusive.",  # a UN goal, not Sudanese pounds
    ],
)
def test_letters_that_are_not_money(text: str) -> None:
    assert amount(text)[1] != "money"


@pytest.mark.parametrize("text", ["Traffic backed up on the R21 towards town.", "Crews resurfaced the R300 road."])
def test_a_route_is_no_rand_amount(text: str) -> None:
    assert amount(text, "ZA")[1] != "money"


@pytest.mark.parametrize(
    ("text", "country"),
    [("The ringgit is weak; The trip cost £400 and PS400 more.", None), ("Each pole cost 4m/-.", None)],
)
def test_no_guess_without_evidence(text: str, country: str | None) -> None:
    """'PS' is '£' only where the text has no real '£'; '/-' needs the story's country."""
    found = amount(text, country, nth=1) if "PS" in text else amount(text, country)
    assert found[1] != "money"


@pytest.mark.model
def test_a_canadian_story_writes_canadian_dollars(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OTTAWA — The Ontario government will spend $1.2 billion on transit, Premier Doug Ford said in Toronto.\n\n"
        "The province also set aside $58,000 for a study of Ottawa's light rail, and Canada's "
        "federal government matched it. Imports from the United States were valued at US$3 billion."
    )
    found = [f for f in extract_figures(parse(text)) if f.kind == "money"]  # type: ignore[arg-type]
    assert {(f.text, f.unit) for f in found} == {("$1.2 billion", "CAD"), ("$58,000", "CAD"), ("US$3 billion", "USD")}


@pytest.mark.model
def test_an_american_story_keeps_us_dollars(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ohio lawmakers in Columbus approved $300 million for schools on Thursday, and Texas and "
        "Florida are expected to follow with plans of their own."
    )
    found: list[Figure] = [f for f in extract_figures(parse(text)) if f.kind == "money"]  # type: ignore[arg-type]
    assert [(f.text, f.unit) for f in found] == [("$300 million", "USD")]


@pytest.mark.model
def test_vague_amounts_are_no_figures_unless_asked_for(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Donors pour millions of dollars into races, and tens of millions of dollars into ads; "
        "crowds of thousands of people came."
    )
    assert [f.text for f in extract_figures(parse(text))] == []  # type: ignore[arg-type]
    found = {f.text: f for f in extract_figures(parse(text), vague=True)}  # type: ignore[arg-type]
    assert (found["millions of dollars"].value, found["millions of dollars"].unit) == (1e6, "USD")
    assert found["tens of millions of dollars"].value == 1e7 and found["tens of millions of dollars"].approximate
    assert not any("people" in t for t in found)


@pytest.mark.model
def test_a_dateline_sets_the_country_and_the_dollars_follow(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "CAPE TOWN — The finance minister set aside R4bn ($220m) for commuter rail on Wednesday, and debt "
        "costs will climb to R50bn."
    )
    found = {f.text: f for f in extract_figures(parse(text)) if f.kind == "money"}  # type: ignore[arg-type]
    assert (found["R4bn"].unit, found["R4bn"].value) == ("ZAR", 4e9)
    assert found["R4bn"].converted is not None and found["R4bn"].converted.unit == "USD"
    assert found["R4bn"].measures == "amount set aside for commuter rail"  # not "on Wednesday"
    assert (found["R50bn"].unit, found["R50bn"].value) == ("ZAR", 5e10)


@pytest.mark.model
def test_a_change_from_one_level_to_another_is_two_figures(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The bill raises the income cap for a family of four from the current $154,000 to $220,000."
    found = [f for f in extract_figures(parse(text)) if f.kind == "money"]  # type: ignore[arg-type]
    assert sorted((f.value, f.range) for f in found) == [(154000.0, None), (220000.0, None)]
