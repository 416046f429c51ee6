"""Rebuild newscli/data/given_names.tsv from the names-dataset package (MIT licence).

    pip install names-dataset==3.3.1 && python scripts/build_given_names.py

names-dataset ranks 730,000 first names by how common they are in each of 105 countries.
A name common in at least one country (rank <= MAX_RANK there) is kept, with the gender
most of its bearers have (M, F, or - when neither has 90%). The package itself is 55 MB and
takes seconds to load, too much for every run of newscli; the derived list is 300 kB.
"""

from __future__ import annotations

import gzip
import pickle
import re
import sys
from importlib.resources import files
from pathlib import Path

MAX_RANK = 500
OUT = Path(__file__).resolve().parent.parent / "newscli" / "data" / "given_names.tsv"
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")


def main() -> None:
    data = files("names_dataset").joinpath("v3/first_names.pkl.gz")
    with gzip.open(str(data)) as handle:
        names = pickle.load(handle)
    rows = []
    for name, info in names.items():
        ranks = [r for r in (info.get("rank") or {}).values() if r]
        if not ranks or min(ranks) > MAX_RANK or not _WORD.match(name) or len(name) < 2:
            continue
        gender = info.get("gender") or {}
        male, female = gender.get("M") or 0.0, gender.get("F") or 0.0
        sex = "M" if male >= 0.9 else "F" if female >= 0.9 else "-"
        rows.append(f"{name}\t{sex}")
    header = (
        "# Given names common in at least one country, with the usual gender (M, F, - for either).\n"
        f"# Derived from names-dataset 3.3.1 (MIT) by scripts/build_given_names.py; rank <= {MAX_RANK}.\n"
    )
    OUT.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(rows)} names -> {OUT}\n")


if __name__ == "__main__":
    main()
