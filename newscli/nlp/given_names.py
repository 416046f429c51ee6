"""Given names common in some country, with the sex most of their bearers have.

The list (newscli/data/given_names.tsv, 40,000 names) is built by scripts/build_given_names.py
from open sources only: the US Social Security baby names and the 1990 US census first names
(public domain), Brazil's 2010 census first names (IBGE), Faker's name lists of 80 locales and a
Japanese name dataset (MIT), and Wikidata's Latin spellings of names from countries that write
Arabic script (CC0). Names written in Cyrillic, Greek, Chinese, Arabic or an Indic script are
romanised too ("Volodymyr", "Giorgos", "Xiuying", "Waleed", "Sunil"), and Chinese and Vietnamese
family names, which start a name ("Xi Jinping"), are in it as of either sex. It is typing
evidence only: "Chinedu Okafor" and "Samson Mokoena" are people's names even where the tagger
calls them organisations. Many given names are also places or words ("Paris", "Jordan", "Will"),
so callers weigh it against the rest of the evidence and never use it to find names.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Literal

Gender = Literal["M", "F", "-"]


@lru_cache(maxsize=1)
def _table() -> dict[str, Gender]:
    text = files("newscli").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    table: dict[str, Gender] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            table[name.casefold()] = "M" if gender == "M" else "F" if gender == "F" else "-"
    return table


def given_name(word: str) -> Gender | None:
    """The usual gender of a given name ("-" for either), or None when it is not a common one."""
    return _table().get(word.casefold())
