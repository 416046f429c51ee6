"""Typing evidence from what the article says about a name, beyond the words touching it.

* a given name: "Alfie Gilchrist", "Samson Mokoena" are people, whatever the tagger says;
* what an organisation does: "ambassador for X", "analyst at X" (X employs people), "X chief
  executive Ann Roe", "X spokesperson Ann Roe" (X has officers), "companies such as X";
* an age ("Ann Roe, 34,") makes a person; a stock ticker ("Acme (NYSE: AC)") a listed company;
* teams: in a sports story, a town that is beaten, faced or played against, or whose
  midfielder or fans are named, is its club ("beat Tottenham", "Newcastle fans").
"""

from __future__ import annotations

import re
from collections import defaultdict

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.text import Candidate, TextIndex
from newscli.nlp.given_names import given_name

_GIVEN_NAME = 2.0
_EMPLOYER = 2.0
_TEAM = 5.5  # a game frame outweighs the tagger and a town of that name
_POSITION = 7.0  # "Manchester City midfielder": outweighs a place's head word too
# "ambassador for X", "a fellow at the X", "analyst with X"
_ROLE_PREP_BEFORE = re.compile(r"\b([a-z-]+)\s+(?:at|for|with)\s+(?:the\s+)?$")
# "X chief executive Ann", "X spokesperson Ann", "X's chief executive, Ann"
_ROLE_AFTER = re.compile(r"^(?:['’]s)?\s+((?:[a-z-]+\s+){0,2}?)([a-z-]+),?\s+(?:[A-Z][\w’'-]+)")
# "a Hilton", "a white Valentino gown": at most one word between, and not a preposition
_INDEFINITE_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?:a|an)\s+(?:(?!(?:to|of|in|on|at|near|from|for|with|by|and|or)\b)[a-z-]+\s+)?$"
)
# "Ann Roe, 34, and Tom Lee, 30, were held": only people are given an age
_AGE_AFTER = re.compile(r"^,\s(?:aged\s)?(?:[1-9]\d?|1[01]\d),\s(?=[a-z]|[A-Z][a-z]+\s)")
_AGE = 3.0
# "Acme (NASDAQ:ACME)", "Acme Corp. (NYSE: AC)": a listed company's ticker
_TICKER_AFTER = re.compile(r"^\s?\(\s?[A-Z]{2,10}\s?:\s?[A-Z][A-Z0-9.-]{0,7}\s?\)")
_TICKER = 4.0
_COMPANY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:shares|stock|stocks|earnings|revenue|revenues|dividend|valuation|shareholders|"
    r"(?:quarterly|annual)\s+(?:results|earnings|profit|revenue|report))\b"
)
# clothes credited to a house: "designed by X", "custom-made by X", "a look from X", "X's gown"
_APPAREL = r"(?:gown|gowns|dress|dresses|suit|suits|ensemble|outfit|couture|collection|handbag|blazer|look|garment)"
_LABEL_BEFORE = re.compile(r"\b(?:wearing|wore|wears|dressed\s+in)\s+$|\b" + _APPAREL + r"\s+(?:from|by)\s+$")
_MADE_BY_BEFORE = re.compile(r"\b(?:designed|made|custom-made|tailored)\s+by\s+$")  # with a garment before it
_GARMENT = re.compile(r"\b" + _APPAREL + r"\b")
_LABEL_AFTER = re.compile(r"^(?:['’]s)?\s+(?:" + _APPAREL[3:-1] + r")\b|^\s+designed\s+(?:the|her|his|a)\b")
_LABEL = 3.5  # a fashion house named after its founder is still the house
# two inner capitals or a run of them: "OpenAI", "ChatGPT" ("McDonald", "DeSantis" have one)
_CAMEL_CASE = re.compile(r"^[A-Z][a-z]+[A-Z]{2,}|^[A-Z][a-z]+[A-Z][a-z]+[A-Z]")
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s){1,3}[A-Z][a-z’'-]{2,}")  # not "U.S. Olympic"
_PLACE_BEFORE = re.compile(r"\b(?:to|from|near|into|outside)\s+$")  # not "a job at X in Holland"
_IN_PLACE_AFTER = re.compile(r"^,?\s+in\s+(?:the\s+)?([A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)")
_PUBLIC_SERVICE = {"police", "fire", "sheriff", "sheriff's", "sheriff’s", "school", "schools", "city", "county",
                   "state", "transit", "parish", "town", "township", "village", "district"}  # fmt: skip
_PLURAL_BEFORE = re.compile(r"\b([a-z]{3,}s)\s+$")
_SUCH_AS_BEFORE = re.compile(r"\b([a-z]+)\s+(?:such\s+as|including|like)\s+$")
# "beat X", "facing X, Y and Z", "a win over X": what a team is done to in a game
_TEAM_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|against|facing|face|faces|faced|vs\.?|v\.?|versus|over|host|"
    r"hosts|hosting|visit|visiting|lost\s+to|losing\s+to|draw\s+with|drew\s+with)\s+$"
)
# "a two-run homer for Boston", "scored twice for Leeds", "his debut for Wigan"
_PLAYED_FOR = re.compile(
    r"\b(?:play(?:s|ed|ing)?|scor(?:e|es|ed|ing)|homer|goals?|debut|signed|starts?|started|pitch(?:es|ed)?)\b"
    r"[^.!?\n]{0,30}\bfor\s+$"
)
_LIST_ITEM_END = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3},? (?:and )?$")
_TEAM_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:fans|supporters|manager|boss|coach|head\s+coach|squad|captain|academy|outfit)\b|"
    r"^,?\s+who\s+are\s+(?:\w+th|\w+st|\w+nd|\w+rd|top|bottom)\b|^\s+(?:are|is)\s+\w+\s+points?\b"
)
# a season's record after the name, in any story: "Houston (9-3) plays ...", "the Jets (4-12-1)"
_RECORD_AFTER = re.compile(r"^\s?\((?:[1-9]\d?|0)-(?:[1-9]\d?|0)(?:-(?:[1-9]\d?|0))?\)(?!\w)")
# a playing position names a club in any story: "Manchester City midfielder Phil Foden"
_POSITION_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:midfielder|striker|defender|goalkeeper|winger|forward|full-back|centre-back|quarterback|"
    r"pitcher|shortstop|point\s+guard|linebacker)s?\b"
)


def cue_evidence(index: TextIndex, mentions: list[Candidate], name: str, sports: bool) -> dict[EntityType, float]:
    """Weights per type from given names, employers and teams."""
    score: dict[EntityType, float] = defaultdict(float)
    if _given_first(index, name) or _INITIALS_NAME.fullmatch(name):
        score["person"] += _GIVEN_NAME  # "Alfie Gilchrist", "J. Jenkins"
    if _CAMEL_CASE.search(name) or _CAPITAL_END.search(name):
        score["person"] -= 2.0  # "OpenAI", "ChatGPT", "SpaceX": no one's name
        score["organization"] += 1.0
    if _ARTICLE_FIRST.match(name) and not any(m.part for m in mentions) and gazetteer.lookup(name) is None:
        score["person"] -= 2.0  # "La Stampa", "Le Monde", "El País": a title, not a person ("Los Angeles" is a place)
        if any(m.label == "person" for m in mentions):
            score["organization"] += 0.5  # what the tagger took for a person is a newspaper or a firm
    capitals = name.isupper() and len(name) >= 4 and name.isalpha() and name.lower() in index.lower_words
    if capitals and any(_in_sentence(index.text, m) for m in mentions):
        score["organization"] += 2.0  # "TIME", "WIRED": a brand that writes an ordinary word in capitals
    for kind, weight in _neighbours(index, mentions, name).items():
        score[kind] += weight
    if name.isupper() and name.isalpha() and 3 <= len(name) <= 6 and any(_the_acronym(index.text, m) for m in mentions):
        score["organization"] += 1.0  # "by the ECB", "such as the RSPCA": an institution, not "a PFC-free coating"
    text = index.text
    employer = team = position = brand = label = aged = listed = False
    for mention in mentions:
        before = text[max(0, mention.start - 40) : mention.start]
        after = text[mention.end : mention.end + 60]
        prep = _ROLE_PREP_BEFORE.search(before)
        if prep and _role_noun(prep.group(1)):
            employer = True
        if _of_a_person(index, mention):
            employer = True  # "Mark Mahaney of Evercore ISI said"
        if _COMPANY_AFTER.match(after):
            employer = True  # "Morgan Stanley shares fell", "Acme's quarterly earnings"
        role = _ROLE_AFTER.match(after)
        if role and lex.is_a(role.group(2), "role") and all(w.islower() for w in role.group(1).split()):
            # "Nvidia chief executive Jensen Huang"; but "Ferguson police officer X" names the town's police
            employer = employer or not (_PUBLIC_SERVICE & set(role.group(1).split()) and gazetteer.lookup(name))
        such = _listed_after(before, _SUCH_AS_BEFORE) or _listed_after(before, _PLURAL_BEFORE)
        if such and _plural_of(such.group(1), "orgnoun"):
            score["organization"] += 1.5  # "companies such as Petronas, Proton", "mortgage giants X and Y"
        made = _MADE_BY_BEFORE.search(before) and _GARMENT.search(text, max(0, mention.start - 80), mention.start)
        if made or _LABEL_BEFORE.search(before) or _LABEL_AFTER.match(after):
            label = True  # "designed by Rick Owens", "wearing Alaïa", "a Valentino gown": a fashion house
        if _PLACE_BEFORE.search(before) and _in_place(after):
            score["location"] += 1.5  # "a pipeline to Boegoebaai in South Africa's Northern Cape"
        if mention.label in ("person", "location") and _INDEFINITE_BEFORE.search(before):
            brand = True  # "a Hilton in downtown Chicago", "a Bud Light": a brand, not a person or place
        played_for = _PLAYED_FOR.search(text, max(0, mention.start - 40), mention.start)
        if sports and (_listed_after(before, _TEAM_BEFORE) or _TEAM_AFTER.match(after) or played_for):
            team = True
        if _POSITION_AFTER.match(after):
            position = True
        team = team or bool(_RECORD_AFTER.match(after))
        aged = aged or bool(_AGE_AFTER.match(after))
        listed = listed or bool(_TICKER_AFTER.match(after))
    if employer:
        score["organization"] += _EMPLOYER
    if (team or position) and _town(name):
        score["organization"] += _POSITION if position else _TEAM
    if brand:
        score["organization"] += 1.5
        score["person"] -= 1.0
    if label:
        score["organization"] += _LABEL
    if aged:
        score["person"] += _AGE
    if listed:
        score["organization"] += _TICKER
    return score


# "Falcon 9", "FTSE 100", "Spark 18": a model or index number right after the name (not a year)
_MODEL_NUMBER = re.compile(r" (?!(?:19|20)\d\d\b)\d{1,4}(?=[\s;:)]|[,.](?:\s|$))(?! ?(?:percent|per\b|[ap]\.?m\b))")
# "Time magazine", "the Strongilovoúni hill": the common noun the name modifies
_NOUN_AFTER = re.compile(r"(?:['’]s)? ([a-z]+)\b")
_CAPITAL_END = re.compile(r"^[A-Z][a-z]{2,}[A-Z]$")
_ARTICLE_FIRST = re.compile(r"^(?:La|Le|Les|El|Il|Lo|Los|Las|Der|Die|Das|De|Het) [A-Z]")


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _the_acronym(text: str, mention: Candidate) -> bool:
    return text[max(0, mention.start - 4) : mention.start] == "the " and text[mention.end : mention.end + 1] != "-"


def _in_sentence(text: str, mention: Candidate) -> bool:
    """Is the mention inside running prose (a line with ordinary words), not a heading in capitals?"""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    return len(_LOWER_WORD.findall(text, start, end if end >= 0 else len(text))) >= 4


def _neighbours(index: TextIndex, mentions: list[Candidate], name: str) -> dict[EntityType, float]:
    """What the words right after a name make of it: a model number, or the noun it modifies.

    "Falcon 9", "FTSE 100": a product or an index (misc), when most mentions carry a number.
    "Time magazine", "the Strongilovoúni hill": a name (not a known place) modifying a noun for
    an organisation or a place is one ("a Boston firm" says nothing: Boston is a known place).
    """
    score: dict[EntityType, float] = defaultdict(float)
    text = index.text
    numbered = sum(1 for m in mentions if _MODEL_NUMBER.match(text, m.end, m.end + 12))
    if numbered * 2 >= len(mentions) and lex.head_type(name.split()[-1]) is None:
        score["misc"] += 3.0
    if gazetteer.lookup(name) or any(gazetteer.is_demonym(w) for w in name.split()):
        return score  # "a Boston firm", "a South Korean company"
    for mention in mentions:
        noun = _NOUN_AFTER.match(text, mention.end, mention.end + 20)
        word = noun.group(1) if noun else ""
        if lex.is_a(word, "orgnoun") and word not in _MODIFIED_NOUNS:
            score["organization"] = 1.5  # "Time magazine", "the Post and Courier newspaper"
        elif lex.head_type(word) == "location" and word not in _AREAS:
            score["location"] = 1.5  # "the Strongilovoúni hill", "the Bardo museum"
    return score


# nouns a name modifies without being one: "the Acme group of firms", "the SADC region", "a weekly meeting"
_MODIFIED_NOUNS = {"group", "team", "unit", "division", "brand", "daily", "weekly", "chain", "network", "channel"}
_AREAS = {"region", "province", "state", "country", "county", "district", "territory", "territories", "municipality",
          "city", "town", "village", "prefecture", "parish", "republic", "kingdom", "continent", "borough", "coast",
          "street", "road", "avenue", "square", "station", "terminal", "park", "border"}  # fmt: skip


def _of_a_person(index: TextIndex, mention: Candidate) -> bool:
    """Does the name follow "Ann Roe of", a person's name and "of"?"""
    doc = index.doc
    i = index.token_at(mention.start)
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].ent_type_ != "PERSON":
        return False
    return doc[i].ent_type_ not in ("GPE", "LOC") and gazetteer.lookup(mention.text) is None  # "Ann Roe of Ohio"


def _listed_after(before: str, cue: re.Pattern[str]) -> re.Match[str] | None:
    """The cue right before the name, or before the list the name ends ("facing X, Y and Z")."""
    for _ in range(4):
        match = cue.search(before)
        if match:
            return match
        item = _LIST_ITEM_END.search(before)
        if item is None:
            return None
        before = before[: item.start()]
    return None


def _given_first(index: TextIndex, name: str) -> bool:
    """ "Alfie Gilchrist": a common given name, then a surname, and nothing that makes it a place or a firm."""
    words = name.split()
    if not 2 <= len(words) <= 4 or any(lex.head_type(w) for w in words) or gazetteer.lookup(name):
        return False
    first = words[0]
    if not first[:1].isupper() or first.isupper() or first.lower() in index.lower_words:
        return False  # "Will", "Hope" written in lower case elsewhere are words here
    if any(w.isupper() and len(w) > 1 for w in words) or gazetteer.is_demonym(first):
        return False
    place = gazetteer.lookup(first)
    if place is not None and (place.kind != "city" or place.population >= 1_000_000):
        return False  # "Washington Free Beacon", "Paris Guest House": named after the place
    if any(w.lower() in index.lower_words for w in words[1:]):
        return False  # "Lindi Bus Stand": the other words are the article's ordinary words
    return given_name(first) is not None and words[-1][:1].isupper()


def _in_place(after: str) -> bool:
    """Does "in" and a known country or region follow ("in South Africa", "in Ohio")?"""
    match = _IN_PLACE_AFTER.match(after)
    if match is None:
        return False
    place = gazetteer.lookup(match.group(1).removesuffix("’s").removesuffix("'s"))
    return place is not None and place.kind in ("country", "subdivision", "continent")


def _role_noun(word: str) -> bool:
    return lex.is_a(word, "role") or lex.is_a(word, "personnoun")


def _plural_of(word: str, category: lex.Category) -> bool:
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return word != singular and lex.is_a(singular, category)


def team_word(word: str) -> bool:
    """A plural name a club goes by after its town: "Cowboys", "Nationals", not "Times" or "News"."""
    word = word.lower()
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ws"))
    return plural and not lex.head_type(word)


def _town(name: str) -> bool:
    """A town, city or county's name (not a country's, whose team is ambiguous): "Tottenham", "West Ham"."""
    place = gazetteer.lookup(name) or gazetteer.lookup(name.split()[0])
    return place is None or place.kind in ("city", "subdivision")
