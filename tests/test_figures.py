"""Figures on real parses: kinds, values, units, filters, pairing, merging, measures, ranking."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from newscli.models import Figure
from newscli.nlp.figures import extract_figures

pytestmark = pytest.mark.model
Parse = Callable[[str], object]


def figs(parse: Parse, text: str, published: str | None = None) -> list[Figure]:
    found = extract_figures(parse(text), published)  # type: ignore[arg-type]
    for f in found:
        assert text[f.start : f.end] == f.text
    return sorted(found, key=lambda f: f.start)


def one(parse: Parse, text: str, kind: str, published: str | None = None) -> Figure:
    found = [f for f in figs(parse, text, published) if f.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The port authority approved a $2.4bn expansion on Tuesday.", "$2.4bn", 2.4e9, "USD"),
        ("Shareholders received 3.75 billion euros in dividends.", "3.75 billion euros", 3.75e9, "EUR"),
        ("The lender raised US$ 600 million from bond investors.", "US$ 600 million", 6e8, "USD"),
        ("The developer paid HK$1.2 billion for the plot.", "HK$1.2 billion", 1.2e9, "HKD"),
        ("The club was fined €40,000 by the league.", "€40,000", 40000.0, "EUR"),
        ("Exports reached USD34.6 million in the quarter.", "USD34.6 million", 34.6e6, "USD"),
        ("The brewer sold the unit for 90 million pounds sterling.", "90 million pounds sterling", 9e7, "GBP"),
        ("The fine of 150 million yuan was upheld.", "150 million yuan", 1.5e8, "CNY"),
        ("Tickets cost 25 Swiss francs each.", "25 Swiss francs", 25.0, "CHF"),
        ("Farmers were paid 420 million Indian rupees.", "420 million Indian rupees", 4.2e8, "INR"),
    ],
)
def test_money_to_iso_codes(parse: Parse, text: str, surface: str, value: float, unit: str) -> None:
    f = one(parse, text, "money")
    assert (f.text, f.value, f.unit) == (surface, pytest.approx(value), unit)


def test_percent_and_percentage_points(parse: Parse) -> None:
    f = one(parse, "Unemployment fell to 4.1 percent in March.", "percent")
    assert (f.value, f.unit) == (4.1, "%")
    g = one(parse, "The central bank cut rates by half a percentage point.", "percent")
    assert (g.value, g.unit) == (0.5, "pp")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The storm dumped snow across a 12-mile stretch of highway.", 12.0, "mi"),
        ("Rescuers hiked 8.5 kilometres to reach the village.", 8.5, "km"),
        ("Temperatures hit 41 degrees Celsius in the capital.", 41.0, "degC"),
        ("The reserve covers 3,200 square kilometres of forest.", 3200.0, "km2"),
        ("Winds gusted to 130 km/h along the coast.", 130.0, "km/h"),
        ("The refinery processes 250,000 barrels of crude.", 250000.0, "bbl"),
    ],
)
def test_quantities_with_units(parse: Parse, text: str, value: float, unit: str) -> None:
    f = one(parse, text, "quantity")
    assert (f.value, f.unit) == (value, unit)


def test_approximations_and_bounds(parse: Parse) -> None:
    assert one(parse, "The bridge will cost some $40 million to repair.", "money").approximate
    assert one(parse, "More than 3,000 workers joined the strike.", "count").approximate
    assert not one(parse, "The bridge will cost $40 million to repair.", "money").approximate


def test_ranges(parse: Parse) -> None:
    f = one(parse, "Analysts expect growth of 5-7% next year.", "percent")
    assert f.range == (5.0, 7.0) and f.value == 5.0  # the low end, never the midpoint
    g = one(parse, "The project could cost between $1m and $2m.", "money")
    assert g.range == (1e6, 2e6) and g.unit == "USD"


@pytest.mark.parametrize(
    ("text", "kind", "ends"),
    [
        ("The merger is valued at between $5 and $7 billion.", "money", (5e9, 7e9)),
        ("Repairs will cost five to six million US dollars.", "money", (5e6, 6e6)),
        ("The firm expects to ship 3 to 4 million phones.", "count", (3e6, 4e6)),
        ("Estimates run from 1.5 to 2 trillion yen.", "money", (1.5e12, 2e12)),
    ],
)
def test_scale_word_written_once_serves_both_ends(
    parse: Parse, text: str, kind: str, ends: tuple[float, float]
) -> None:
    f = one(parse, text, kind)
    assert f.range == ends and f.value == ends[0]


def test_small_low_end_keeps_its_own_value(parse: Parse) -> None:
    values = sorted(f.value for f in figs(parse, "Crowds grew from between 500 and 2 million, officials said."))
    assert 5e8 not in values


def test_change_is_two_figures_not_a_range(parse: Parse) -> None:
    found = [f for f in figs(parse, "Inflation rose from 2% to 3% last month.") if f.kind == "percent"]
    assert [f.value for f in found] == [2.0, 3.0]


def test_counts_know_their_noun(parse: Parse) -> None:
    f = one(parse, "The navy ordered three new frigates last week.", "count")
    assert f.value == 3.0 and f.unit == "" and f.measures == "new frigates"


@pytest.mark.parametrize(
    "text",
    [
        "The army tested its THAAD-2 interceptors and a batch of Patriot-7 missiles.",
        "The airline grounded its F-16 jets and B-52 bombers after the COVID-19 outbreak.",
        "Ministers from the G20 discussed 5G networks.",
        "For details call 555-234-9876 or visit https://example.org/page/2024.",
        "Supporters gathered for Euro 2016 celebrations.",
    ],
)
def test_designators_phones_urls_and_names_are_not_figures(parse: Parse, text: str) -> None:
    assert [f.text for f in figs(parse, text) if f.kind in ("count", "quantity", "money", "date")] == []


def test_list_numbering_is_not_a_figure(parse: Parse) -> None:
    text = "The plan has three parts.\n1. Build schools\n2. Hire teachers"
    assert [f.text for f in figs(parse, text)] == ["three"]


def test_conversion_is_paired(parse: Parse) -> None:
    f = one(parse, "The ministry set aside 2.6 trillion won (2.2 billion U.S. dollars) for the port.", "money")
    assert f.unit == "KRW" and f.converted is not None
    assert f.converted.unit == "USD" and f.converted.value == pytest.approx(2.2e9)


def test_or_conversion_is_paired(parse: Parse) -> None:
    f = one(parse, "The trail climbs 3,000 feet, or 914 metres, above the valley.", "quantity")
    assert f.unit == "ft" and f.converted is not None and f.converted.unit == "m"


def test_repeated_mentions_are_each_a_figure(parse: Parse) -> None:
    text = "The council approved a $12 million budget. Critics said the $12 million plan was too small."
    found = [f for f in extract_figures(parse(text)) if f.kind == "money"]  # type: ignore[arg-type]
    assert [f.text for f in found] == ["$12 million", "$12 million"]  # ranked: the first mention leads
    assert [f.start for f in found] == [23, 60] and all(f.mentions == 2 for f in found)


def test_the_key_figures_table_shows_a_repeated_amount_once(parse: Parse) -> None:
    from rich.console import Console

    from newscli.output.tables import figures_table

    text = "The council approved a $12 million budget. Critics said the $12 million plan was too small."
    console = Console(width=100, record=True)
    console.print(figures_table(extract_figures(parse(text))))  # type: ignore[arg-type]
    assert console.export_text().count("│ $12 million") == 1  # one row, which says "(2 mentions)"


def test_measures_from_the_parse(parse: Parse) -> None:
    assert one(parse, "The city signed a $300 million contract with the builder.", "money").measures == "contract"
    f = one(parse, "Each turbine costs about 4 million euros.", "money")
    assert f.measures == "cost of each turbine"
    assert one(parse, "Revenue rose 12% in the second quarter.", "percent").measures == "revenue"


PUB = "2021-06-10T09:00"  # a Thursday


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The minister resigned on Monday.", 20210607, "day"),
        ("The minister will visit on Monday.", 20210614, "day"),
        ("Talks resume on July 2.", 20210702, "day"),
        ("The law passed in February.", 202102, "month"),
        ("The plant opens in fiscal 2024.", 2024, "year"),
        ("Sales had peaked two years earlier.", 2019, "year"),
        ("The company was founded on 14 March 1998.", 19980314, "day"),
        ("Results for 2020-03-31 were restated.", 20200331, "day"),
    ],
)
def test_dates_absolute_and_relative(parse: Parse, text: str, value: int, unit: str) -> None:
    f = one(parse, text, "date", PUB)
    assert (f.value, f.unit) == (value, unit)


def test_relative_dates_need_a_published_date(parse: Parse) -> None:
    assert [f for f in figs(parse, "The minister resigned on Monday.") if f.kind == "date"] == []


def test_key_figures_rank_first(parse: Parse) -> None:
    text = ("The government unveiled a 9.8 billion dollar rescue package on Friday. "
            "Two ministers attended, and the plan covers 40 towns.")  # fmt: skip
    found = extract_figures(parse(text), PUB)  # type: ignore[arg-type]
    assert found[0].kind == "money"
    assert found == sorted(found, key=lambda f: -f.score)


def test_decades_and_years_in_context(parse: Parse) -> None:
    found = figs(parse, "Prices have doubled since the 1990s and fell after the 2016 referendum.")
    assert [(f.kind, f.value, f.approximate) for f in found] == [("date", 1990, True), ("date", 2016, False)]
    assert one(parse, "The 2000 delegates voted.", "count").measures == "delegates"


def test_digits_inside_product_names(parse: Parse) -> None:
    found = figs(parse, "Regulators grounded the Airbus 380 Plus fleet and 20 older jets.")
    assert [f.text for f in found] == ["20"]


def test_pence_and_index_points(parse: Parse) -> None:
    f = one(parse, "A loaf now costs 20p more.", "money")
    assert (f.value, f.unit) == (20.0, "penny")
    g = one(parse, "The index closed at 4,120.5 points.", "quantity")
    assert (g.value, g.unit) == (4120.5, "point")


def test_over_is_a_fraction_only_between_small_numbers(parse: Parse) -> None:
    f = one(parse, "The state will spend 1,200 crore rupees over five years.", "money")
    assert f.value == pytest.approx(1.2e10)


def test_a_change_and_a_new_level_are_two_figures(parse: Parse) -> None:
    found = [(f.text, f.value) for f in figs(parse, "Brent crude fell $2.15 to $84.30 a barrel on Thursday.")]
    assert found == [("$2.15", 2.15), ("$84.30", 84.3)]
    f = one(parse, "Prices are expected to rise 5% to 7% next year.", "percent")
    assert f.range == (5.0, 7.0)


def test_currency_codes_between_two_amounts(parse: Parse) -> None:
    found = [(f.text, f.unit) for f in figs(parse, "The fee is 10 rmb 20 usd in total.") if f.kind == "money"]
    assert found == [("10 rmb", "CNY"), ("20 usd", "USD")]


def test_vague_hundreds_are_no_figure(parse: Parse) -> None:
    found = figs(parse, "The walls have stood for several hundred years and drew a few thousand visitors.")
    assert found == []


def test_space_grouped_population_is_no_phone_number(parse: Parse) -> None:
    f = one(parse, "The census counted 1 414 021 100 residents.", "count")
    assert f.value == 1414021100.0
    assert not [f for f in figs(parse, "Call 020 7946 0018 for tickets.") if f.kind == "count"]


def test_numbers_beyond_a_float_leave_the_other_figures_alone(parse: Parse) -> None:
    nines = "9" * 400
    text = f"On 2018-03-22 the probe counted 1e999 grains, 3 x10^999 motes and ${nines} of gold, and 12 crates."
    found = {f.text: f.value for f in figs(parse, text)}
    assert found["2018-03-22"] == 20180322
    assert found["1e999"] == found["3 x10^999"] == found[f"${nines}"] == math.inf
    assert found["12"] == 12


def test_an_impossible_date_gives_no_figure_at_all(parse: Parse) -> None:
    found = figs(parse, "The vote was set for 2018-02-30, then for 31 April 2018, and held on 2018-03-01.")
    assert [(f.text, f.value) for f in found] == [("2018-03-01", 20180301)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Police arrested the driver in April after a crash.", "April", 201904),  # past tense: the April before
        ("The ferry line will reopen in April, officials said.", "April", 202004),
        ("The mayor had met the unions on March 21.", "March 21", 20190321),
        ("The council will vote on March 3.", "March 3", 20200303),
    ],
)
def test_tense_picks_the_year_of_a_month_without_one(parse: Parse, text: str, surface: str, value: int) -> None:
    dates = {f.text: f.value for f in figs(parse, text, "2019-11-18") if f.kind == "date"}
    assert dates[surface] == value


def test_weeks_before_an_event_are_not_counted_from_the_publication_date(parse: Parse) -> None:
    found = figs(parse, "The treaty was drafted two weeks before the coastal states meet in Bergen.", "2021-09-14")
    assert not [f for f in found if f.kind == "date"]
    text = "The plant shut down. Its owner had filed for bankruptcy a month earlier."
    earlier = one(parse, text, "date", "2021-09-14")
    assert earlier.value == 202108


def test_pieces_of_a_whole_are_counted_not_summed(parse: Parse) -> None:
    f = one(parse, "The span was floated into place in two halves.", "count")
    assert (f.text, f.value, f.measures) == ("two", 2.0, "halves")
    assert one(parse, "The recipe needs three halves of a lemon.", "count").value == 1.5


@pytest.mark.parametrize(
    "text",
    [
        "The sirens sounded at seven in the morning.",
        "The line is closed between midnight and five.",
        "Crews start work at 6 o'clock.",
    ],
)
def test_times_of_day_are_not_counts(parse: Parse, text: str) -> None:
    assert not [f for f in figs(parse, text) if f.kind == "count"]


def test_a_score_is_not_a_range(parse: Parse) -> None:
    found = figs(parse, "The Harbour Hawks won by 22 points to 10 on Saturday.")
    assert all(f.range is None for f in found)
    assert one(parse, "Overnight lows ranged from -18 °C to -34 °C.", "quantity").range == (-18.0, -34.0)


def test_a_heading_is_not_the_subject_of_the_next_paragraph(parse: Parse) -> None:
    text = "The results\n\nThe winner took home 12,100 dollars after a long night of bidding."
    assert one(parse, text, "money").measures != "results"
    assert next(s.text.strip() for s in parse(text).sents) == "The results"


@pytest.mark.parametrize(
    "text",
    [
        "The silver went to Ana Ruiz of Chile, who finished the race in 47.66 seconds.",
        "Passengers complain that the train spends almost two hours in a siding.",
    ],
)
def test_measures_is_left_empty_rather_than_wrong(parse: Parse, text: str) -> None:
    f = one(parse, text, "quantity")
    assert f.measures is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Norway's regulator fined the ferry operator 40 million kroner, the Norwegian agency said.", "NOK"),
        ("Danish brewers paid 12 million kroner in fees to the Copenhagen port authority in Denmark.", "DKK"),
        ("The ferry operator was fined 40 million kroner.", "krone"),  # no country named: no guess
        ("Turkey's central bank sold 3 billion lira of bonds as the Turkish economy slowed.", "TRY"),
    ],
)
def test_a_shared_currency_name_takes_the_country_the_story_is_about(parse: Parse, text: str, unit: str) -> None:
    assert one(parse, text, "money").unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The set streams in 1080p and 4K at a 16:9 aspect ratio.",
        "The new RTX 2060 card is faster than the GTX 1060 it replaces.",
        "Send letters to 520 Harbour Street, Port Alder, CA 94107.",
        "The 2B Mindset plan and the Apple Watch Series 5 were both on sale.",
        "Earlier work agrees [1], as does a later survey (Ocean Sci. 2015; 28: 685-690).",
    ],
)
def test_names_addresses_ratios_and_references_are_not_figures(parse: Parse, text: str) -> None:
    found = [f for f in figs(parse, text) if f.kind != "date"]
    assert found == [], [(f.text, f.kind) for f in found]


def test_large_counts_and_prices_survive_the_name_rules(parse: Parse) -> None:
    found = {f.text: f for f in figs(parse, "The app has 140 million users, 10K followers and costs $4.99/mo.")}
    assert found["140 million"].value == 140e6
    assert found["10K"].value == 10_000
    assert (found["$4.99/mo"].value, found["$4.99/mo"].unit) == (4.99, "USD")


def test_a_month_without_tense_or_year_leans_to_the_past(parse: Parse) -> None:
    text = "The fund's holdings, as of March 20, included bonds of 14 countries."
    dates = {f.text: f.value for f in figs(parse, text, "2019-11-20") if f.kind == "date"}
    assert dates["March 20"] == 20190320
    soon = {f.text: f.value for f in figs(parse, "The fare review, due in January, covers all lines.", "2019-11-20")}
    assert soon["January"] == 202001


def test_a_named_day_is_not_this_weeks_weekday(parse: Parse) -> None:
    text = "Retailers said on Monday that Black Friday sales would start early this year."
    dates = {f.text: f.value for f in figs(parse, text, "2019-11-20") if f.kind == "date"}
    assert dates["Monday"] == 20191118 and "Black Friday" not in dates and "Friday" not in dates


def test_a_number_word_inside_a_name_is_not_a_count(parse: Parse) -> None:
    assert not [f for f in figs(parse, "Critics called them the Three Amigos of the talks.") if f.kind == "count"]
    assert one(parse, "Three people were hurt in the crash.", "count").value == 3
