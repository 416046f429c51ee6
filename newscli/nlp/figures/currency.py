"""Currency names, codes and symbols -> ISO 4217 codes.

The codes and official names come from pycountry (a maintained ISO 4217 table), loaded
once and lazily on first use. ISO names alone miss how news writes money ("U.S. dollars",
"yuan", "sterling", "US$", "HK$"), so a short list of everyday names and symbols is layered
on top. Names that are ambiguous across countries ("franc", "rupee", "peso") take the
country the article names most (in_context); when it names none they stay lower-case words,
as sub-units ("cent", "pence") do, as in the benchmark vocabulary.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Symbols written before (or after) the amount. "$" alone is read as USD, the news default.
SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD", "US $": "USD", "C$": "CAD", "CA$": "CAD",
    "CAN$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD",
    "R$": "BRL", "MX$": "MXN", "MEX$": "MXN", "AUD$": "AUD", "NZD$": "NZD", "CAD$": "CAD",
    "SGD$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₭": "LAK", "₱": "PHP", "₦": "NGN", "₪": "ILS", "฿": "THB", "₫": "VND", "元": "CNY",
    "ரூ": "LKR", "₿": "BTC", "Rs": "rupee", "Rs.": "rupee", "₴": "UAH", "₸": "KZT", "₡": "CRC", "₾": "GEL",
}  # fmt: skip

# Everyday names on top of the ISO names; keys are lower-case, singular.
_ALIASES: dict[str, str] = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "u.s dollar": "USD", "u. s. dollar": "USD",
    "united states dollar": "USD", "american dollar": "USD", "greenback": "USD", "buck": "USD",
    "euro": "EUR", "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "pound": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "british pound": "GBP", "ruble": "RUB", "rouble": "RUB", "russian rouble": "RUB",
    "won": "KRW", "korean won": "KRW", "south korean won": "KRW", "rand": "ZAR", "south african rand": "ZAR",
    "reais": "BRL", "shekel": "ILS", "new shekel": "ILS", "israeli shekel": "ILS",
    "new israeli shekel": "ILS", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "naira": "NGN",
    "zloty": "PLN", "forint": "HUF", "dong": "VND", "hryvnia": "UAH", "taiwan dollar": "TWD",
    "sri lankan rupee": "LKR", "pakistani rupee": "PKR", "new taiwan dollar": "TWD", "swiss franc": "CHF",
    "lao kip": "LAK", "kip": "LAK", "georgian lari": "GEL", "costa rican colon": "CRC",
    "costa rican colón": "CRC", "uae dirham": "AED", "emirati dirham": "AED", "saudi riyal": "SAR",
    "bitcoin": "BTC", "finnish markka": "FIM", "markka": "FIM", "peseta": "ESP", "spanish peseta": "ESP",
    "dutch guilder": "NLG", "netherlands guilder": "NLG", "deutsche mark": "DEM", "german mark": "DEM",
    "deutschmark": "DEM", "french franc": "FRF", "italian lira": "ITL", "irish punt": "IEP",
    "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK", "indian rupee": "INR",
    "egyptian pound": "EGP", "turkish lira": "TRY", "mexican peso": "MXN", "philippine peso": "PHP",
    "argentine peso": "ARS", "chilean peso": "CLP", "colombian peso": "COP", "czech koruna": "CZK",
    "vietnamese dong": "VND", "kenyan shilling": "KES", "malaysian ringgit": "MYR",
    # sub-units and names shared by several currencies: kept as words
    "cent": "cent", "penny": "penny", "pence": "penny", "sen": "sen", "satoshi": "satoshi",
    "franc": "franc", "rupee": "rupee", "peso": "peso", "lira": "lira", "krone": "krone", "kroner": "krone",
    "krona": "krona", "kronor": "krona", "dinar": "dinar", "riyal": "riyal", "dirham": "dirham",
    "guilder": "guilder",
}  # fmt: skip
# ISO names that are ordinary English words or metals: never read as money on their own.
_UNSAFE_NAMES = {"gold", "silver", "platinum", "palladium", "sol", "leone", "som", "tala", "kina", "pula",
                 "loti", "mark", "convertible mark", "real"}  # fmt: skip
# Upper-case codes that are also English words or common abbreviations next to numbers.
_UNSAFE_CODES = {"ALL", "TOP", "CUP", "MAD", "BOB", "PEN", "SOS", "AMD", "ANG", "CAT", "BAM", "MOP", "ERN",
                 "XXX", "XTS", "LSL", "SHP", "GIP", "STN", "TMT", "MVR"}  # fmt: skip
# Lower-case codes that are not English words, accepted in lower-cased newswire ("20 usd").
_LOWER_CODES = {"usd", "eur", "gbp", "jpy", "cny", "rmb", "cad", "aud", "hkd", "chf", "inr", "krw", "rub",
                "sgd", "nzd", "sek", "nok", "dkk", "brl", "zar", "mxn", "twd", "myr", "idr", "thb", "pln",
                "czk", "huf", "ils", "aed", "sar", "ngn", "pkr", "lkr", "vnd", "btc", "uah", "kzt"}  # fmt: skip
_PLURALS = {"pence": "penny", "pennies": "penny", "reais": "real", "kroner": "krone", "kronor": "krona",
            "lire": "lira", "yen": "yen", "yuan": "yuan", "won": "won", "rand": "rand", "baht": "baht",
            "naira": "naira", "renminbi": "renminbi", "sterling": "sterling", "zlotys": "zloty",
            "kronur": "krona", "satoshis": "satoshi"}  # fmt: skip
MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _iso() -> tuple[dict[str, str], frozenset[str]]:
    """(lower-case name -> code, set of codes) from pycountry, built once."""
    import pycountry

    names: dict[str, str] = {}
    codes: set[str] = set()
    for cur in pycountry.currencies:
        code = cur.alpha_3
        codes.add(code)
        name = cur.name.lower()
        if code.startswith("X") or "(" in name or name in _UNSAFE_NAMES:
            continue
        names.setdefault(name, code)
    for alias, code in _ALIASES.items():
        names[alias] = code
    codes |= {"BTC", "FIM", "ESP", "NLG", "DEM", "FRF", "ITL", "IEP"}
    return names, frozenset(codes - _UNSAFE_CODES)


def _singular(word: str) -> str:
    if word in _PLURALS:
        return _PLURALS[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def name_code(words: list[str]) -> str | None:
    """Code for a currency name given as words ('U.S.', 'dollars'); None when not a currency."""
    if not words:
        return None
    names, _ = _iso()
    phrase = " ".join(w.lower() for w in words)
    phrase = phrase.replace("u.s.", "us").replace("u. s.", "us").replace("u.s", "us")
    if phrase in names:
        return names[phrase]
    head, _, last = phrase.rpartition(" ")
    singular = (head + " " if head else "") + _singular(last)
    if singular in names:
        return names[singular]
    if head and _singular(last) == "cent":  # "U.S. cents", "euro cents": hundredths of that money
        return names.get(head + " dollar") or names.get(head)
    return None


def code(word: str) -> str | None:
    """ISO code for a written code: 'USD', 'eur' (common lower-case ones only)."""
    _, codes = _iso()
    if len(word) == 3 and word.isupper() and word in codes:
        return word
    if word in _LOWER_CODES:
        return "CNY" if word == "rmb" else word.upper()
    if word.upper() == "RMB":
        return "CNY"
    return None


def common_code(word: str) -> bool:
    """One of the codes news writes for everyday money ('USD', 'eur'), not an acronym as well ('SDG', 'COP')."""
    return word.lower() in _LOWER_CODES


def scaled_code(word: str) -> tuple[str, float] | None:
    """Finance shorthand with a scale prefix: 'MUSD' -> ('USD', 1e6), 'bnEUR' -> ('EUR', 1e9)."""
    for prefix, scale in (("MM", 1e6), ("M", 1e6), ("mn", 1e6), ("bn", 1e9), ("B", 1e9), ("K", 1e3)):
        if word.startswith(prefix) and len(word) == len(prefix) + 3:
            found = code(word[len(prefix) :])
            if found and word[len(prefix) :].isupper():
                return found, scale
    return None


_SPACES_AND_DOTS = re.compile(r"[\s.]")  # "u . s ." -> "US"


def prefixed_symbol(prefix: str, sym: str, spaced: bool) -> str | None:
    """Code for a symbol with letters before it ('HK' + '$', 'aud' + '$'); None when the letters
    are an ordinary word. Letters spaced off the symbol ('hk $', 'US $') must be a known prefix."""
    key = _SPACES_AND_DOTS.sub("", prefix).upper()
    key = "US" if key == "USD" and sym == "$" else key
    found = SYMBOLS.get(key + sym)
    if found:
        return found
    iso = code(prefix) if len(prefix) == 3 else None
    if iso is not None and sym == "$" and not spaced:
        return iso  # "mxn$ 15", "aud$ 15": an ISO code glued to the dollar sign
    return None


def symbol(text: str) -> str | None:
    """Code for a currency symbol as written: '$', 'HK$', '€'."""
    return SYMBOLS.get(text) or SYMBOLS.get(text.upper())


# Names several countries use, kept as words when the text does not say which ("40 million kroner").
SHARED_NAMES = frozenset({"franc", "rupee", "peso", "lira", "krone", "krona", "dinar", "riyal", "rial", "dirham"})


@lru_cache(maxsize=1)
def _shared_name_countries() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """'krone' -> [('NOK', /Norway|Norwegian/), ('DKK', /Denmark|Danish/)] from pycountry's currency names."""
    import pycountry

    from newscli.nlp import gazetteer

    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for currency in pycountry.currencies:
        *qualifier, last = currency.name.split()
        word = last.lower()
        if word not in SHARED_NAMES or not qualifier:
            continue
        adjective = " ".join(qualifier)
        place = gazetteer.lookup(adjective)
        country = gazetteer.demonym_country(adjective) or (place.key if place and place.kind == "country" else None)
        names = {adjective}
        record = pycountry.countries.get(alpha_2=country) if country else None
        if record is not None:
            names |= {getattr(record, attr) for attr in ("name", "common_name") if getattr(record, attr, None)}
            names |= gazetteer.country_words(record.alpha_2)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        out.setdefault(word, []).append((currency.alpha_3, pattern))
    return out


def in_context(unit: str, text: str) -> str:
    """A shared currency name resolved by the country the article talks about most, else unchanged.

    "40 million kroner" in a story that names Norway five times and Denmark once is NOK; with
    neither named it stays "krone" rather than a guess.
    """
    if unit not in SHARED_NAMES:
        return unit
    counts = [(len(pattern.findall(text)), code) for code, pattern in _shared_name_countries().get(unit, [])]
    counts.sort(reverse=True)
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return unit
    return counts[0][1]
