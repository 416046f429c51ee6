"""Given names common in some country, with the gender most of their bearers have.

The list (newscli/data/given_names.tsv, 29,000 names) is derived from the names-dataset
package (MIT) by scripts/build_given_names.py: a name ranked among the 500 most common first
names of at least one of its 105 countries. It is typing evidence only: "Alfie Gilchrist" and
"Samson Mokoena" are people's names even where the tagger calls them organisations. Many given
names are also places or words ("Paris", "Jordan", "Will"), so callers weigh it against the
rest of the evidence and never use it to find names.
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
