"""Currency symbols from the Unicode CLDR (newscli/data/currency_symbols.tsv), read in an article's country.

The table (written by tools/make_currency_symbols.py) says how each country's own press writes
its money ("R" in South Africa, "RM" in Malaysia, "$" in Canada, "Ksh" in Kenya) and which
forms English uses for foreign money ("CA$", "NT$", "R$"). currency.py keeps the everyday
names and the news forms CLDR lacks ("C$", "US $"); this module answers the questions that
need the country: whose dollar a bare "$" is, and whether letters before digits are money.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# (ISO code, territory or "*", language of the locale)
Row = tuple[str, str, str]


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Row, ...]]:
    rows: dict[str, list[Row]] = {}
    text = resources.files("newscli").joinpath("data/currency_symbols.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        symbol, code, territory, language = line.split("\t")
        rows.setdefault(symbol, []).append((code, territory, language))
    return {symbol: tuple(found) for symbol, found in rows.items()}


def local_code(symbol: str, country: str | None, english_only: bool = True) -> str | None:
    """The code a symbol stands for in the country's own press: ('$', 'CA') -> 'CAD', ('R', 'ZA') -> 'ZAR'."""
    if not country:
        return None
    for code, territory, language in _table().get(symbol, ()):
        if territory == country and (language == "en" or not english_only):
            return code
    return None


def international_code(symbol: str) -> str | None:
    """The form English uses for foreign money: 'CA$' -> 'CAD', 'NT$' -> 'TWD', 'R$' -> 'BRL'."""
    return next((code for code, territory, _ in _table().get(symbol, ()) if territory == "*"), None)


def unique_code(symbol: str) -> str | None:
    """The code of a symbol only one currency uses anywhere ('RM' -> 'MYR'); None when shared ('kr', 'Rs')."""
    codes = {code for code, _, _ in _table().get(symbol, ())}
    return next(iter(codes)) if len(codes) == 1 else None


def letter_code(word: str, country: str | None, moneylike: bool) -> str | None:
    """Letters written before an amount as its currency: 'RM', 'Rp', 'TSh', 'Ksh', 'zł', and, in a
    story set where it is the local symbol, single letters such as South Africa's 'R'.

    Outside its country a letter symbol needs an amount that looks like money ('RM6.1 million',
    'Rp 5,000'): 'RM3' alone may as well be a model name. Single letters need the country.
    """
    code = local_code(word, country, english_only=False)
    if code is not None:
        return code
    if len(word) < 2 or not moneylike:
        return None
    return unique_code(word)


def country_currency(country: str | None) -> str | None:
    """The money a country's own press writes, from its local rows: 'TZ' -> 'TZS'."""
    if not country:
        return None
    codes = [code for rows in _table().values() for code, territory, language in rows if territory == country]
    return max(set(codes), key=codes.count) if codes else None
