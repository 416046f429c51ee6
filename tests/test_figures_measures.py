"""What a figure measures, from the syntax of its own clause; empty rather than a guess."""

from __future__ import annotations

import pytest

from newscli.nlp.figures import extract_figures

pytestmark = pytest.mark.model


def measured(parse, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    found = extract_figures(parse(text), "2024-06-07", vague=True)  # type: ignore[arg-type]
    return {f.text: f.measures for f in found if f.kind != "date"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # "X of Y", with who holds the share or what the share does
        ("The port handled 4.2 million tonnes of grain last year.", "4.2 million tonnes", "grain"),
        ("Farmers covered roughly 60 per cent of the repair costs.", "60 per cent", "farmers' share of repair costs"),
        # a share without "of Y" is the holder's share, not the holder
        (
            "The bridge will cost 40 million euros, of which the state will cover about 60 percent.",
            "60 percent",
            "state's share",
        ),
        ("In the last vote the Green party won 18 percent.", "18 percent", "Green party's share"),
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
        # the owner of the amount, a noun the parse hung below the figure, a distance from somewhere
        ("The old cottage’s 2,400 square feet include a studio.", "2,400 square feet", "old cottage"),
        ("The county's 900 acres of forest burned.", "900 acres", "forest"),  # but "of" names the thing
        ("The $650,000 mortgage left the couple in debt.", "$650,000", "mortgage"),
        ("The village lies 6 miles off the coast.", "6 miles", "distance off coast"),
        # money a change moves, an estimate of something, a relative clause on the amount itself
        ("The council has cut about $2 million from its road budget.", "$2 million", "amount cut from road budget"),
        ("Estimates for total repair costs reach $4 billion.", "$4 billion", "total repair costs"),
        ("The $5 million that was spent on roads was wasted.", "$5 million", "amount spent on roads"),
        ("The 12 percent that voters rejected was a cap on rents.", "12 percent", "share voters rejected"),
        ("Shares in the co-op rose 4 percent.", "4 percent", "shares in co-op"),
        # the change a verb makes in its object, beside the level it reaches
        ("The council increased the parking fine by $20 to $80.", "$20", "increase in parking fine"),
        ("The council increased the parking fine by $20 to $80.", "$80", "parking fine"),  # a hyphened word kept whole
        # the subject of a relative clause is the noun it describes
        ("Engineers want warheads that are 5 kilotons or smaller.", "5 kilotons", "warheads"),
        ("The city has towers that are 300 metres tall.", "300 metres", "towers"),
        ("Lenders must keep $1 of capital for every $20 they lend.", "$20", "amount they lend"),
        ("The club purchased striker Ana Lopez for £40 million.", "£40 million", "price of striker Ana Lopez"),
        # a figure coordinated with the one before a date shares what it measures
        (
            "Exports grew 3.1 percent after the slump of 2009 and just 1.4 percent following the crisis of 2012.",
            "1.4 percent",
            "exports",
        ),
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


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a level "at" after a verb of state or change: its subject
        ("Copper was little changed at $9,410 a tonne.", "$9,410", "copper"),
        ("Stocks slipped and crude fell toward $70 a barrel.", "$70", "crude"),
        # who earns is named as the owner of the earnings; what is sold is the amount sold
        ("Singer Mara Quinn earned $42 million last year.", "$42 million", "singer Mara Quinn's earnings"),
        ("At the auction the agency sold 1.8 billion euros.", "1.8 billion euros", "amount sold"),
        ("The court heard that the estate was worth $40 million.", "$40 million", "value of estate"),
        ("The city is suing the contractor for $3 million.", "$3 million", "suing contractor"),
        ("Thieves stole $2 million from an armoured van.", "$2 million", "stole from armoured van"),
        # the verb's object is a figure itself: the level belongs to the subject
        (
            "The gauge of credit risk fell three basis points to 61 basis points.",
            "61 basis points",
            "gauge of credit risk",
        ),
        # "from A to B" after a change verb: levels of its object, however the parse hangs them
        (
            "The bill includes raising the cap for a household of three from the current $90,000 to $120,000.",
            "$90,000",
            "cap",
        ),
        # a conjunct of another kind does not lend its "of Y"
        ("The fine is $200 per vehicle or 2% of annual turnover.", "$200", "fine"),
        # a group a relative clause defines; a fronted adverb is not the subject
        ("About 12% of patients who took the drug had headaches.", "12%", "patients who took drug"),
        ("Overseas, the Nikkei 225 was up 0.8 per cent.", "0.8 per cent", "Nikkei 225"),
        # coordinated figures share what the verb's object names
        (
            "The plan raises funding for clinics to 3.1% in the first year and 2.4% in the second year.",
            "2.4%",
            "funding for clinics",
        ),
        # a weight nothing else names; punctuation inside the figure does not place it
        ("The smallest model, which is nearly 4 pounds, ships in May.", "4 pounds", "weight"),
        ("Weighing 3 pounds, 2 ounces, it is not the lightest tent.", "3 pounds, 2 ounces", "weight"),
        ("The Alpine 900 is a -15°F (-26°C) bag for winter.", "-15°F", "bag for winter"),
        ("The town is 50 miles from Mar-a-Lago.", "50 miles", "distance from Mar-a-Lago"),
        # a place after "in" is where, not what; "of" a place is a share of it
        ("The fare will go up to $4 in Springfield and Shelbyville.", "$4", "fare"),
        ("Fire destroyed 30 per cent of Halden.", "30 per cent", "Halden"),
        # a measuring verb however the lemmatizer reads it ("rated" is not a form of "rat")
        ("Rated at 45 degrees Fahrenheit (7 Celsius), this is a summer bag.", "45 degrees Fahrenheit", "rating"),
        ("The Alpine bag is rated at -12°F.", "-12°F", "rating of Alpine bag"),
        # an amount of stuff is no distance; a noun that holds the amount lets the clause say of what
        ("The storm dumped 45 centimetres of snow on the town.", "45 centimetres", "snow"),
        ("Rents in the city dropped 2% to an average of $2,100.", "$2,100", "rents in city"),
        ("The council spent a total of $5 million on parks.", "$5 million", "spending on parks"),
        # "a year earlier" says when, not how often
        ("The firm swung to a loss of $8 million from a profit of $3 million a year earlier.", "$3 million", "profit"),
        # a listing's place of origin has no price; money "in" revenue is no share of it
        ("Our pick is the Casa Nova Tinto, Portugal ($12.99).", "$12.99", "price of Casa Nova Tinto"),
        ("The company made record profits, bringing in $40 billion in revenue.", "$40 billion", "revenue"),
        # "in excess of" is a bound: the noun before it is measured
        ("Readings in excess of 40°C were logged at the airport.", "40°C", "readings"),
    ],
)
def test_what_the_clause_says_on_levels_and_doers(parse, text: str, surface: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, text)
    assert found[surface] is not None and found[surface].lower() == expected.lower(), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Voters agreed to raise it to $14 an hour.", "$14"),  # a pronoun's level says nothing
        ("Mark Ruiz, four years, $56 million", "$56 million"),  # a stretch of time is not measured
        ("Mark Ruiz, six years remaining, $96 million (opt-out after 2027)", "$96 million"),  # across a bracket
        ("Regular exercise cut their risk of becoming ill by more than 30%.", "30%"),  # not the subject's
        ("The mayor cited $40 million toward a new transit line and $9 million to repair roads.", "$9 million"),
    ],
)
def test_still_empty_when_the_clause_does_not_say(parse, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    assert measured(parse, text)[surface] is None


def test_a_second_participle_is_not_hung_on_the_first_name(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "There's the Summit 10 rated at 10°F and the Summit 0 rated at 0°F.")
    assert found["10°F"] is not None and "Summit 10" in found["10°F"]
    assert "Summit 10" not in (found["0°F"] or "")


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_verb_borrows_no_subject_across_another_clause() -> None:
    from newscli.nlp.figures.measures_clause import subject

    # "The value fell after Forbes outed Trump for claiming the flat was 900 feet", misparsed with
    # "was" as a conjunct of "fell": the clause "Forbes outed Trump" stands between them
    words = ["The", "value", "fell", "after", "Forbes", "outed", "Trump", "for", "claiming", "the", "flat", "was",
             "900", "feet"]  # fmt: skip
    heads = [1, 2, 2, 5, 5, 2, 5, 5, 7, 10, 8, 2, 13, 11]
    deps = ["det", "nsubj", "ROOT", "mark", "nsubj", "advcl", "dobj", "prep", "pcomp", "det", "dobj", "conj",
            "nummod", "attr"]  # fmt: skip
    pos = ["DET", "NOUN", "VERB", "SCONJ", "PROPN", "VERB", "PROPN", "ADP", "VERB", "DET", "NOUN", "AUX", "NUM",
           "NOUN"]  # fmt: skip
    doc = _parsed(words, heads, deps, pos)
    assert subject(doc[11], {12, 13}) is None
    # with nothing between, a conjunct borrows: "The value fell and was 900 feet"
    doc = _parsed(["The", "value", "fell", "and", "was", "900", "feet"], [1, 2, 2, 2, 2, 6, 4],
                  ["det", "nsubj", "ROOT", "cc", "conj", "nummod", "attr"],
                  ["DET", "NOUN", "VERB", "CCONJ", "AUX", "NUM", "NOUN"])  # fmt: skip
    assert subject(doc[4], {5, 6}) == "value"


def test_an_agent_is_a_share_only_for_a_percent(parse) -> None:  # type: ignore[no-untyped-def]
    found = measured(parse, "I tested the 18-degree model (replaced by the new 12F) last winter.")
    assert "share" not in (found["12F"] or "")
