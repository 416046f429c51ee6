"""What a figure measures, from the syntax of its own clause; empty rather than a guess."""

from __future__ import annotations

import pytest

from newscli.nlp.figures import extract_figures

pytestmark = pytest.mark.model


def measured(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {f.text: f.measures for f in extract_figures(parse(text), "2024-06-07") if f.kind != "date"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # "X of Y", with who holds the share or what the share does
        ("The port handled 4.2 million tonnes of grain last year.", "4.2 million tonnes", "grain"),
        ("Farmers covered roughly 60 per cent of the repair costs.", "60 per cent", "farmers' share of repair costs"),
        ("Around 22 percent of commuters now rely on bicycles.", "22 percent", "commuters rely on bicycles"),
        ("The mayor was backed by 58 percent of voters.", "58 percent", "voters who backed mayor"),
        ("The plan was opposed by 31 percent in the poll.", "31 percent", "share who opposed plan"),
        # money verbs and purposes
        ("The council allocated $12 million for a new library.", "$12 million", "allocation for new library"),
        ("Each ticket costs $45 at the door.", "$45", "cost of each ticket"),
        ("Warehouse workers earning $17.50 an hour walked out.", "$17.50", "hourly earnings of warehouse workers"),
        ("Get the magazine for just $2 this week.", "$2", "price of magazine"),
        ("Readers get $10 off a yearly plan.", "$10", "discount"),
        # who pays is not what the money measures, nor is the main clause's subject; where it goes is
        (
            "Though the pair pour millions of dollars into causes, support has been thin.",
            "millions of dollars",
            "pour into causes",
        ),
        # measuring verbs, distances, brackets
        ("The new bridge will weigh 9,000 tonnes.", "9,000 tonnes", "weight of new bridge"),
        ("The village sits 35km north of the capital.", "35km", "north of capital"),
        ("Solar (41%) and wind (33%) supplied most of the power.", "41%", "solar"),
        ("The Alpine 30 ($189) is the cheapest bag we tested.", "$189", "price of Alpine 30"),
        ("The jacket is light enough (410 grams) to pack away.", "410 grams", "weight"),
        # the object or the subject of the figure's verb
        ("Shares of Norvik Energy closed 3.1 per cent lower.", "3.1 per cent", "shares of Norvik Energy"),
        ("The regulator cut fares 7 per cent on Monday.", "7 per cent", "fares"),
        ("Unemployment in the region fell 0.6 percentage points.", "0.6 percentage points", "unemployment in region"),
    ],
)
def test_what_the_clause_says(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, text)
    assert found[surface] is not None and found[surface].lower() == expected.lower(), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("For under $100, that's a bargain.", "$100"),  # a pronoun says nothing
        ("Jane Doe, who finished in 47.66 seconds, won gold.", "47.66 seconds"),  # a person is not measured
    ],
)
def test_empty_when_the_clause_does_not_say(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, text)
    assert found[surface] is None, found


@pytest.mark.parametrize(
    "text",
    [
        "MEXICO CITY — Output grew 1.1% in the third quarter, officials said.",
        "LAGOS (Reuters) — Prices rose 2.4% in May.",
    ],
)
def test_a_dateline_is_never_what_a_figure_measures(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in measured(parse, text).values() if m]
    assert found and not any(w.isupper() and len(w) > 2 for m in found for w in m.split()), found
