"""Units of measure written after a number -> the short symbols of the contract ("km", "degC").

Units are matched on the lexer's tokens (numbers.lex), longest first, so "square
kilometres", "km/h" and "degrees Celsius" win over "kilometres", "km" and "degrees".
The table is built once at import from a compact list of (symbol, spellings).
"""

from __future__ import annotations

from dataclasses import dataclass

from newscli.nlp.figures.numbers.lex import Token, lex

# symbol -> spellings (singular; plurals are derived). Spellings are matched lower-case.
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilometre", "kilometer", "kms"), "m": ("metre", "meter", "mtr"),
    "cm": ("cm", "centimetre", "centimeter"), "mm": ("mm", "millimetre", "millimeter"),
    "um": ("micrometre", "micrometer", "micron", "µm", "μm"), "nm": ("nanometre", "nanometer", "nm"),
    "pm": ("picometre", "picometer"), "dm": ("dm", "decimetre", "decimeter"),
    "mi": ("mi", "mile"), "ft": ("ft", "foot", "feet"), "in": ("inch", "inches"), "yd": ("yd", "yard"),
    "nmi": ("nautical mile",), "ly": ("light-year", "light year"),
    "kg": ("kg", "kilogram", "kilogramme", "kilo", "kgs"), "g": ("gram", "gramme", "gm"),
    "mg": ("mg", "milligram", "milligramme"),
    "ug": ("microgram", "microgramme", "µg", "μg", "mcg"),
    "t": ("tonne", "metric ton", "metric tonne"), "ton": ("ton", "short ton", "tons"),
    "lb": ("lb", "lbs", "pound-mass"), "lbf.ft": ("pound-foot", "pound-feet", "lb-ft", "lb ft", "foot-pound"),
    "oz": ("oz", "ounce"), "ct": ("carat",),
    "l": ("litre", "liter", "ltr"), "ml": ("ml", "millilitre", "milliliter"), "cl": ("cl", "centilitre", "centiliter"),
    "gal": ("gal", "gallon"), "bbl": ("bbl", "barrel"), "ft3": ("cubic foot", "cubic feet", "cu ft"),
    "m3": ("cubic metre", "cubic meter", "m³"),
    "cm3": ("cubic centimetre", "cubic centimeter", "cm³"),
    "cubic kilometre": ("cubic kilometre", "cubic kilometer", "km³"), "cup": ("cup",), "tbsp": ("tbsp", "tablespoon"),
    "tsp": ("tsp", "teaspoon"), "pt": ("pint",), "qt": ("quart",), "floz": ("fluid ounce", "fl oz"),
    "km2": ("square kilometre", "square kilometer", "sq km", "km2", "km²", "km squared"),
    "m2": ("square metre", "square meter", "sq m", "m2", "m²"), "ft2": ("square foot", "square feet", "sq ft"),
    "mi2": ("square mile", "sq mi", "sq mile"), "cm2": ("square centimetre", "cm2"),
    "acre": ("acre",), "ha": ("hectare", "ha"),
    "km/h": ("km/h", "kph", "kmph", "km/hr", "kmh", "kilometre per hour", "kilometer per hour"),
    "mph": ("mph", "mile per hour", "miles an hour", "mile an hour"), "m/s": ("m/s", "metre per second"),
    "kn": ("knot",), "ft/s": ("foot per second", "feet per second"),
    "degC": ("degree celsius", "degree centigrade", "celsius", "celcius", "centigrade", "centigrate", "°c", "ºc",
             "deg c", "degree c", "degrees c", "degrees celsius", "degrees centigrade", "c", "deg celsius",
             "° celsius"),
    "degF": ("degree fahrenheit", "fahrenheit", "farenheit", "°f", "ºf", "deg f", "degree f", "degrees f",
             "degrees fahrenheit", "degrees farenheit", "deg fahrenheit", "° fahrenheit"),
    "K": ("kelvin",), "deg": ("degree", "deg", "°", "º"), "rad": ("radian", "rad"),
    "B": ("byte",), "kB": ("kb", "kilobyte"), "MB": ("mb", "megabyte", "meg"), "GB": ("gb", "gigabyte"),
    "TB": ("tb", "terabyte"), "PB": ("petabyte",),
    "exabyte": ("exabyte",), "bit": ("bit",), "Mbit/s": ("mbps", "megabit per second"),
    "Gbit/s": ("gbps", "gigabit per second"),
    "s": ("second", "sec", "secs"), "ms": ("millisecond", "ms", "msec"), "min": ("minute", "min", "mins"),
    "h": ("hour", "hr", "hrs", "h"), "d": ("day",), "wk": ("week", "wk", "wks"),
    "mo": ("month", "mo", "mos", "mth", "mths"),
    "yr": ("year", "yr", "yrs"), "decade": ("decade",), "century": ("century", "centuries"),
    "W": ("watt",), "kW": ("kw", "kilowatt"), "MW": ("mw", "megawatt"), "GW": ("gw", "gigawatt"),
    "hp": ("hp", "horsepower"), "kWh": ("kwh", "kilowatt hour", "kilowatt-hour"), "MWh": ("mwh", "megawatt hour"),
    "GWh": ("gwh", "gigawatt hour"), "TWh": ("twh", "terawatt hour"), "J": ("joule",),
    "watt hour": ("watt hour", "watt-hour"), "electronvolt": ("electronvolt", "electron volt"),
    "megaelectronvolt": ("megaelectronvolt",), "gigaelectronvolt": ("gigaelectronvolt",),
    "teraelectronvolt": ("teraelectronvolt",), "gray": ("gray",), "milligray": ("milligray",),
    "british thermal unit": ("btu", "british thermal unit"),
    "cal": ("calorie",), "kiloton": ("kiloton", "kilotonne"), "megaton": ("megaton", "megatonne"),
    "kcal": ("kcal", "kilocalorie"), "Hz": ("hz", "hertz"), "kHz": ("khz", "kilohertz"), "MHz": ("mhz", "megahertz"),
    "GHz": ("ghz", "gigahertz"), "V": ("volt",), "A": ("ampere", "amp"), "Pa": ("pascal",), "psi": ("psi",),
    "rpm": ("rpm",), "mpg": ("mpg",), "ppm": ("ppm", "part per million"), "ppb": ("ppb", "part per billion"),
    "dB": ("db", "decibel"), "bp": ("basis point", "bps"), "point": ("point", "pts"),
    "ton/d": ("tpd",), "bbl/d": ("bpd", "barrel per day"), "l/km": ("l/km",),
    "%": ("%", "percent", "per cent", "pct", "percentage", "percents"), "pp": ("percentage point", "pct point",
                                                                            "pct pt"),
}  # fmt: skip
# Spellings that are only units when written exactly so (case matters): "30 C" but not "30 c".
_CASED = {"C": "degC", "F": "degF", "L": "l", "t": "t", "g": "g", "m": "m", "W": "W", "kW": "kW", "MW": "MW",
          "GW": "GW", "KB": "kB", "kB": "kB", "MB": "MB", "GB": "GB", "TB": "TB", "EB": "exabyte", "Gy": "gray",
          "mGy": "milligray", "Wh": "watt hour", "eV": "electronvolt", "keV": "kiloelectronvolt",
          "MeV": "megaelectronvolt", "GeV": "gigaelectronvolt", "TeV": "teraelectronvolt",
          # clock times ("2 pm", "2.13 am") are masked before units are read, so what is left is a length
          "pm": "pm", "am": "attometre"}  # fmt: skip
# Lower-case spellings dropped from the table because they are everyday words or abbreviations
# far more often than units when not written in their cased form.
_NOT_LOWER = {"c", "t", "g", "m", "mb", "gb", "tb", "kb", "mw", "gw", "kw", "db", "h", "a", "ha", "pt"}
_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches", "century": "centuries", "fahrenheit": "fahrenheit",
                      "celsius": "celsius", "per cent": "per cent", "%": "%", "°": "°"}  # fmt: skip
PERCENT_UNITS = frozenset({"%", "pp"})
MAX_UNIT_TOKENS = 6


@dataclass(frozen=True)
class UnitMatch:
    unit: str  # short symbol
    last: int  # index of the unit's last token


def _keys(spelling: str) -> tuple[str, ...]:
    return tuple(t.text.lower() for t in lex(spelling))


def _build() -> dict[tuple[str, ...], str]:
    lower: dict[tuple[str, ...], str] = {}
    for sym, spellings in _SPELLINGS.items():
        for sp in spellings:
            forms = {sp}
            if sp[-1].isalpha() and len(sp) > 2 and sp not in ("celsius", "fahrenheit", "per cent"):
                head, _, last = sp.rpartition(" ")
                plural = _IRREGULAR_PLURALS.get(last, last + ("es" if last.endswith(("ch", "sh")) else "s"))
                forms.add((head + " " if head else "") + plural)
                if " per " in sp:  # "kilometres per hour"
                    a, _, b = sp.partition(" per ")
                    forms.add(_IRREGULAR_PLURALS.get(a, a + "s") + " per " + b)
            for form in forms:
                if form not in _NOT_LOWER:
                    lower.setdefault(_keys(form), sym)
    return lower


_LOWER = _build()
_CASED_TEXT = {tuple(t.text for t in lex(k)): v for k, v in _CASED.items()}


def _tight(tokens: list[Token], a: int, b: int) -> bool:
    return tokens[b].start - tokens[a].end <= 1


def match_unit(tokens: list[Token], k: int) -> UnitMatch | None:
    """The longest unit starting at token k (which must sit next to the number)."""
    n = len(tokens)
    best: UnitMatch | None = None
    low_key: tuple[str, ...] = ()
    exact_key: tuple[str, ...] = ()
    for j in range(k, min(n, k + MAX_UNIT_TOKENS)):
        if j > k and not _tight(tokens, j - 1, j):
            break
        if tokens[j].text == "-" and low_key in _HYPHENED_POWERS and j + 1 < n and _tight(tokens, j, j + 1):
            continue  # "a 16-square-mile city", "a 40-cubic-foot fridge": the hyphen stands for the space
        low_key += (tokens[j].text.lower(),)
        exact_key += (tokens[j].text,)
        sym = _CASED_TEXT.get(exact_key) or _LOWER.get(low_key)
        if sym is not None and _ends_cleanly(tokens, j):
            best = UnitMatch(sym, j)
    if best is None:
        return None
    return _compound(tokens, best)


_HYPHENED_POWERS = {("square",), ("sq",), ("cubic",), ("cu",)}


def _ends_cleanly(tokens: list[Token], j: int) -> bool:
    """A unit must not run into letters or digits: 'm' in 'mission' is not metres, and 'L' in
    '24703 L-202' or 'm' in '24703 m212' is part of a code."""
    n = len(tokens)
    if j + 1 >= n:
        return True
    nxt = tokens[j + 1]
    if nxt.start != tokens[j].end:
        return True
    if nxt.kind == "num" and tokens[j].kind == "word":
        return False
    if nxt.text == "-" and j + 2 < n and tokens[j + 2].kind == "num" and tokens[j + 2].start == nxt.end:
        after = tokens[j + 3] if j + 3 < n else None  # "10km-15km" is a range, "5 F-35s" a designator
        if tokens[j].low in ("foot", "feet") and (after is None or after.start > tokens[j + 2].end):
            return True  # "7-foot-3": feet and inches, a height
        return after is not None and after.low == tokens[j].low and after.start == tokens[j + 2].end
    if nxt.text in "-–" and len(tokens[j].text) == 1 and j + 2 < n and tokens[j + 2].kind == "word" \
            and tokens[j + 2].start == nxt.end:  # fmt: skip
        return False  # "800,000 F-Series pickups": a letter of a name, not Fahrenheit
    return not (nxt.kind == "word" and tokens[j].kind == "word")


def _compound(tokens: list[Token], found: UnitMatch) -> UnitMatch:
    """'km per hour', 'W/min', 'km^2', 'km squared'."""
    n = len(tokens)
    j = found.last + 1
    unit = found.unit
    if unit in PERCENT_UNITS:
        return found
    if j + 1 < n and tokens[j].text in ("^",) and tokens[j + 1].text in ("2", "3") and _tight(tokens, j - 1, j):
        return UnitMatch(_power(unit, tokens[j + 1].text), j + 1)
    if j < n and tokens[j].low in ("squared", "cubed") and _tight(tokens, j - 1, j):
        return UnitMatch(_power(unit, "2" if tokens[j].low == "squared" else "3"), j)
    if j + 1 < n and (tokens[j].low == "per" or (tokens[j].text == "/" and _tight(tokens, j - 1, j))):
        per = match_unit(tokens, j + 1)
        if per is not None and per.unit not in PERCENT_UNITS and "/" not in per.unit:
            return UnitMatch(f"{unit}/{per.unit}", per.last)
    return found


def _power(unit: str, power: str) -> str:
    """'km' squared is 'km2'; cubed, 'cubic kilometre', the name the vocabulary keeps for it."""
    return "cubic kilometre" if unit == "km" and power == "3" else unit + power


def is_time_unit(unit: str) -> bool:
    return unit in ("s", "ms", "min", "h", "d", "wk", "mo", "yr", "decade", "century")


_TIME_SYMBOLS = {"d", "wk", "mo", "yr", "h", "min"}


def time_label(tokens: list[Token], k: int) -> bool:
    """'Week 15', 'Day 3': a capitalised unit of time before a whole number names a stretch by its place
    in a series; it is no unit of the number before it ('a 26-20 Week 15 win')."""
    if k + 1 >= len(tokens) or tokens[k].kind != "word" or not tokens[k].text.istitle():
        return False
    nxt = tokens[k + 1]
    if nxt.kind != "num" or nxt.start != tokens[k].end + 1 or nxt.value is None or not float(nxt.value).is_integer():
        return False
    unit = match_unit(tokens, k)
    return unit is not None and unit.last == k and unit.unit in _TIME_SYMBOLS
