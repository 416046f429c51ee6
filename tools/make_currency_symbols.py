"""Write newscli/data/currency_symbols.tsv from the Unicode CLDR, as shipped by Babel.

    pip install babel && python tools/make_currency_symbols.py

newscli reads only the TSV (no Babel at run time). Each row is a currency symbol as some
locale writes it, the ISO 4217 code it stands for, where it is the local symbol and in which
language:
  international rows (territory "*"): the symbols English uses for foreign money in most
      English locales ("CA$", "A$", "R$", "NT$", "₹");
  local rows (territory "ZA", language "en"): how a country's own press writes its money
      ("R" in South Africa, "RM" in Malaysia, "$" in Canada and Australia, "Ksh" in Kenya);
      rows from other languages ("zł" in Poland, "Rp" in Indonesia) name symbols that also
      reach English news, but only English rows make a bare "$" local.
Symbols written with letters other than Latin ones are left out: they do not occur in English text.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path

from babel import Locale, localedata
from babel.core import get_global

OUT = Path(__file__).resolve().parent.parent / "newscli" / "data" / "currency_symbols.tsv"


def _usable(symbol: str, code: str) -> bool:
    """Latin letters, dots and currency signs only, and not just the ISO code again."""
    if not symbol or symbol == code or symbol == "¤" or " " in symbol or "\u202f" in symbol:
        return False
    for ch in symbol:
        cat = unicodedata.category(ch)
        if cat == "Sc" or ch in ".$":
            continue
        if cat.startswith("L") and "LATIN" in unicodedata.name(ch, ""):
            continue
        return False
    return True


def main() -> int:
    tender = get_global("territory_currencies")
    current = {t: [c for c, _, end, legal in rows if end is None and legal] for t, rows in tender.items()}
    rows: set[tuple[str, str, str, str]] = set()
    foreign: Counter[tuple[str, str]] = Counter()
    english = 0
    for ident in localedata.locale_identifiers():
        locale = Locale.parse(ident)
        if locale.script or locale.variant:
            continue
        if locale.language == "en":
            english += 1
            for code, symbol in locale.currency_symbols.items():
                if _usable(symbol, code) and code not in current.get(locale.territory or "", ()):
                    foreign[(symbol, code)] += 1
        territory = locale.territory
        if not territory or not territory.isalpha():
            continue
        for code in current.get(territory, ()):
            symbol = locale.currency_symbols.get(code, "")
            if _usable(symbol, code):
                rows.add((symbol, code, territory, locale.language))
    for (symbol, code), seen in foreign.items():
        if seen * 2 >= english:  # the form most English locales agree on
            rows.add((symbol, code, "*", "en"))
    header = (
        "# Currency symbols from the Unicode CLDR (via Babel), written by tools/make_currency_symbols.py.\n"
        "# symbol<TAB>ISO 4217 code<TAB>territory where it is the local symbol (* = English for foreign money)"
        "<TAB>language of that locale\n"
    )
    lines = sorted("\t".join(r) for r in rows)
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(lines)} rows -> {OUT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
