"""Each entity's type, decided once for all its mentions by weighing evidence.

The NER labels every mention separately and often inconsistently ("Budjana" PERSON
here, ORG there; "Hokkaido" ORG). Here every mention's label is one vote, and the
vote is weighed against evidence the small model does not use well: the name's head
word (Corp., Ministry, Party, River, Treaty), the gazetteers of countries, regions and
cities, nationality words, titles before a name ("Mr.", "Foreign Minister"), a
surname used alone, product codes with digits, and the words around each mention
("in ...", "... said", "the ... system").
"""

from __future__ import annotations

import re
from collections import defaultdict

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.cues import cue_evidence, team_word
from newscli.nlp.entities.roles import has_role
from newscli.nlp.entities.text import QUOTE_MARKS, Candidate, TextIndex, is_acronym
from newscli.nlp.given_names import given_name

_PLACE_BEFORE = {"in", "near", "at", "from", "to", "across", "outside", "inside", "into", "toward", "towards",
                 "around", "throughout", "via"}  # fmt: skip
_SPEECH_AFTER = {"said", "says", "told", "added", "argued", "explained", "noted", "wrote", "stated", "recalled",
                 "insisted", "believes", "thinks", "who", "whose"}  # fmt: skip
UNTYPED = 0.1  # the weight of the default type when nothing speaks for any type
_NER_CAP = 3.0  # many mentions make the NER's majority surer, up to a point
_PART_WEIGHT = 0.25
_BORN = re.compile(r"^\s?(?:[,(]\s*){0,2}(?:born|b\.|née|nee)\s+[\w(]")
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "upper", "lower", "north-west", "north-east", "south-west", "south-east"}  # fmt: skip
_PLACE_NOUNS = {"town", "city", "village", "parish", "county", "province", "region", "suburb", "outskirts",
                "district", "state", "capital", "port", "island", "municipality", "commune", "hamlet"}  # fmt: skip
_PLACE_WEIGHT = {"country": 4.0, "continent": 4.0, "subdivision": 2.5, "city": 1.5}
_ORDER: tuple[EntityType, ...] = ("person", "organization", "location", "misc")
_DIGIT = re.compile(r"\d")
_APPLE_STYLE = re.compile(r"^i[A-Z][a-z]+$")
_NUMERAL = re.compile(r"\d+|[IVX]{1,4}")
# The words right before and after a mention ("in ...", "... said", "the town of ...").
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$")
_WORD_AFTER = re.compile(r"^(?:\s?['’]s)?\s?,?\s*(\w+)")
_NOUN_OF_BEFORE = re.compile(r"(\w+)\s+of\s+$")
_REGION_AFTER = re.compile(r"^\s?,\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?![\w'’])")
_THE_BEFORE = re.compile(r"(?<![.!?]\s)\bthe\s+$")
# what only land can be: "Russian-occupied Crimea", "rebel-held Idlib", "climbing Denali", "thru-hiking the PCT"
_LAND_BEFORE = re.compile(
    r"(?:\w-(?:occupied|held|annexed|besieged|blockaded)|\b(?:climb|climbs|climbing|climbed|summit|summited|"
    r"summiting|hike|hiking|hiked|trek|trekking|trekked)(?:\s+(?:up|down|across))?)\s+(?:the\s+)?$"
)
_BASED_IN_BEFORE = re.compile(r"\bbased\s+in\s+$")
_BASED_AFTER = re.compile(r"^\s?-based\b")
_PLURAL_VERB_AFTER = re.compile(r"^\s+(?:are|were|have)\b")
_POSSESSED_AFTER = re.compile(r"^\s?['’]s?\s+(\w+)(?:\s+(\w+))?")
_MEMBERS_OF_BEFORE = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?$")


def best_type(score: dict[EntityType, float]) -> EntityType:
    """The heaviest type; ties go to person, then organization, location, misc."""
    return max(_ORDER, key=lambda t: (score.get(t, 0.0), -_ORDER.index(t)))


def evidence(index: TextIndex, mentions: list[Candidate], name: str) -> dict[EntityType, float]:
    """Weights per type; public so tests and debugging can see why a type won."""
    score: dict[EntityType, float] = defaultdict(float)
    # The NER sees less of a bare surname than of the full name, so its label counts less.
    weights: dict[EntityType, float] = defaultdict(float)
    for mention in mentions:
        if mention.label:
            # a bare surname, or capitals the tagger took for a person ("PSPC spokesperson Ann Roe"), say less
            doubtful = mention.part or (mention.label == "person" and is_acronym(mention.text))
            weights[mention.label] += _PART_WEIGHT if doubtful else 1.0
    total = sum(weights.values())
    for label, weight in weights.items():
        score[label] += weight * min(total, _NER_CAP) / total
    for mention in mentions:
        for kind, weight in mention.votes.items():
            score[kind] += weight  # type: ignore[index]
    if any(m.honorific for m in mentions):
        score["person"] += 3.0
    elif any(has_role(index, m) for m in mentions if not m.part):
        score["person"] += 2.0  # "Economy Minister X", "X, the bank's chief executive,"
    _name_evidence(score, name, mentions)
    _context_evidence(score, index, mentions)
    if index.sports and _club_of_town(name.split()):
        score["organization"] += 3.0  # "Dallas Cowboys", "Houston Texans": a club named after its town
    score["person"] += _personal_evidence(index.text, mentions, name)
    for kind, weight in cue_evidence(index, mentions, name, index.sports).items():
        score[kind] += weight
    if max(score.values(), default=0.0) <= 0.0:
        score["organization" if is_acronym(name) else "misc"] += UNTYPED  # no evidence at all
    return score


def _name_evidence(score: dict[EntityType, float], name: str, mentions: list[Candidate]) -> None:
    words = name.split()
    head = _head(words)
    kind = lex.head_type(head) if head and (len(words) > 1 or lex.is_a(head, "legal")) else None
    if kind == "organization" and _local_church(words):
        kind = "location"  # "Grace Harbor Church": a building, unlike "the Catholic Church", "Church of England"
    if kind is None and len(words) > 1 and lex.is_a(words[0], "locfirst"):
        kind, head = "location", words[0]  # "Port Alder", "Mount Kenya"
    if kind is not None and head:
        score[kind] += 4.0 if lex.is_a(head, "legal") else 3.5
    elif len(words) == 1 and name[1:].islower() and lex.head_type(name) in ("organization", "location"):
        score[lex.head_type(name) or "misc"] += 2.0  # "the Statehouse", "the Senate": a lone head word
    elif len(words) == 2 and words[0].lower() in _DIRECTIONS and not gazetteer.is_demonym(words[1]):
        score["location"] += 2.5  # "Southern Kurils", "East Riding": a part of a region
    surfaces = {m.text for m in mentions if not m.part} | {name}
    places = [p for p in (gazetteer.lookup(s) for s in surfaces) if p is not None]
    country = any(p.kind in ("country", "continent") for p in places if p is not None) and gazetteer.lookup(name)
    if places and (kind is None or country):  # "Soviet Union", "United Arab Emirates" despite their heads
        best = max(_PLACE_WEIGHT[p.kind] + (1.0 if p.population >= 1_000_000 else 0.0) for p in places)
        score["location"] += best
    if len(words) == 1 and len(name) > 5 and name.lower().endswith("ism"):
        score["misc"] += 3.5  # "Judaism", "Catholicism": beliefs and movements
    if any(len(s.split()) == 1 and (gazetteer.is_demonym(s) or gazetteer.is_demonym(s + "s")) for s in surfaces):
        score["misc"] += 4.0
    if _APPLE_STYLE.match(name):
        score["misc"] += 4.0  # "iPhone", "iPad", "iTunes": products named in the i-prefix style
    if _DIGIT.search(name) and kind is None and len(name) > 2:
        score["misc"] += 2.0  # "PAC-3", "F-35", "SPY-1": product and model codes
    if any(m.part for m in mentions):
        score["person"] += 1.5  # a name also used by its surname (or first name) alone
    if _plural_of_place(name):
        score["misc"] += 4.0  # "New Yorkers", "the Sussexes": people of a place or a house
    if _title_of_place(words):
        score["person"] += 4.0  # "the Princess of Wales", "the Duke of Sussex": a title that names a person
    if _school_of_place(words):
        score["organization"] += 3.5  # "Ohio State", "Highland Park High": a university or a school


def _club_of_town(words: list[str]) -> bool:
    """A city of 100,000 people or a state, then a plural: "Dallas Cowboys"; not "Murray Jones", "Paul Betts"."""
    if len(words) < 2 or not team_word(words[-1]) or given_name(words[0]) is not None:
        return False
    place = gazetteer.lookup(" ".join(words[:-1]))
    return place is not None and (place.kind == "subdivision" or place.population >= 100_000)


def _school_of_place(words: list[str]) -> bool:
    """ "Ohio State", "Michigan State" (a US state's name + State), "Highland Park High" (a place's + High).

    Not "New York State" or "Washington State", which also name the states, nor "Lagos State", a state of Nigeria.
    """
    if len(words) < 2 or words[-1] not in ("State", "High"):
        return False
    place = gazetteer.lookup(" ".join(words[:-1]))
    if place is None:
        return False
    if words[-1] == "High":
        return True
    return place.kind == "subdivision" and place.key.startswith("US-") and place.key not in ("US-NY", "US-WA")


# words that make "X Church" a denomination rather than one church ("Methodist Church")
_FAITHS = {"catholic", "orthodox", "anglican", "methodist", "episcopal", "lutheran", "presbyterian", "baptist",
           "pentecostal", "evangelical", "reformed", "mormon", "adventist", "apostolic", "coptic", "protestant",
           "christian", "unification", "united", "scientology", "saints", "england", "scotland"}  # fmt: skip


def _local_church(words: list[str]) -> bool:
    """ "Grace Harbor Church", "St. Anne's Church": one congregation's building, a place in newscli."""
    if len(words) < 2 or words[-1].lower() != "church" or "of" in words:
        return False
    before = words[-2].lower()
    return before not in _FAITHS and not gazetteer.is_demonym(words[-2]) and before not in ("the", "state")


_KIN_AFTER = re.compile(
    r"^['’]s?\s+(?:wife|husband|widow|widower|girlfriend|boyfriend|fianc[ée]e?|son|daughter|mother|father|parents|"
    r"brother|sister|grandmother|grandfather)\b"
)
_COURTESY = r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+"


def _personal_evidence(text: str, mentions: list[Candidate], name: str) -> float:
    """What only a person has: "X's wife", or the surname written with "Mr."/"Ms." elsewhere in the article.

    The tagger calls some people's names organisations ("Yorvik Castellanes signed ..."); a
    firm has no wife and is never "Mr. Castellanes".
    """
    if any(_KIN_AFTER.match(text[m.end : m.end + 20]) for m in mentions):
        return 3.0
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return 0.0
    if lex.head_type(words[-1]) or lex.is_a(words[-1], "legal"):
        return 0.0
    titled = re.search(_COURTESY + re.escape(words[-1]) + r"(?![\w-])", text)
    return 3.0 if titled else 0.0


def _title_of_place(words: list[str]) -> bool:
    """A noble or royal title and what it is of ("Princess of Wales", "Emir of Qatar"), nothing else."""
    if len(words) < 3 or words[1] != "of" or not lex.is_a(words[0], "honorific"):
        return False
    rest = words[2:]
    return all(w[:1].isupper() and lex.head_type(w) is None for w in rest)


def _plural_of_place(name: str) -> bool:
    for ending in ("ers", "es"):  # not "s": "Falcons" is a team, not people of Falcón
        stem = name[: -len(ending)]
        if name.endswith(ending) and len(stem) > 2:
            place = gazetteer.lookup(stem)
            if place is not None and place.kind != "city":
                return True
    return False


def _head(words: list[str]) -> str | None:
    """The word that types a name: the last one if it is a head, else the one before 'of', 'for' or 'on'."""
    while len(words) > 1 and _NUMERAL.fullmatch(words[-1]):
        words = words[:-1]  # "NCAA Division II", "BBC Radio 1": the head comes before the number
    if not words:
        return None
    link = next((k for k, w in enumerate(words[1:], 1) if w in ("of", "for", "on")), None)
    if link is None or (lex.head_type(words[-1]) and not lex.head_type(words[link - 1])):
        return words[-1]  # "Status of Forces Agreement"
    return words[link - 1]  # "Bank of Japan", "Centre for Research", "Treaty on the ..."


# "said on Twitter", "took to Instagram", "her Facebook account": a platform, never a person
_PLATFORM_BEFORE = re.compile(
    r"\b(?:posted|posting|wrote|writing|said|announced|shared|tweeted|commented|published|streamed|broadcast|"
    r"appeared|uploaded|live)\s+(?:on|via|to)\s+$|\b(?:took|take|takes|taking)\s+to\s+$|"
    r"\bfollow(?:ed|ing|s)?\s+(?:\w+\s+)?on\s+$|\bvia\s+$",
    re.IGNORECASE,
)
_PLATFORM_AFTER = {"account", "accounts", "post", "posts", "page", "feed", "user", "users", "followers",
                   "profile", "handle", "channel", "livestream", "app"}  # fmt: skip


def _context_evidence(score: dict[EntityType, float], index: TextIndex, mentions: list[Candidate]) -> None:
    text = index.text
    place = speech = product = quoted = platform = 0.0
    nouns: dict[EntityType, float] = defaultdict(float)
    for mention in mentions:
        for kind, weight in _classifier_nouns(text, mention):
            nouns[kind] += weight
        before = _WORD_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        after = _WORD_AFTER.match(text[mention.end : mention.end + 30])
        closing = text[mention.end : mention.end + 2]
        if text[mention.start - 1 : mention.start] in QUOTE_MARKS and (
            closing[:1] in QUOTE_MARKS or closing in _PUNCT_QUOTE
        ):
            quoted += 1.0  # a name in quotes is a title or a nickname: '“So High School,” reference her'
        work = _WORD_RIGHT_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        if work and lex.is_a(work.group(1), "worknoun") and mention.text[:1].isupper():
            product += 3.5  # "her new album The Tortured Poets Department", "the film Big Fish"
        if _PLATFORM_BEFORE.search(text[max(0, mention.start - 20) : mention.start]):
            platform += 3.0
        if before and before.group(1).lower() in ("said", "says", "told", "asked"):
            speech += 0.5  # '..." said Magnus Eide'
        if before and before.group(1).lower() in _PLACE_BEFORE:
            place += 0.5
        if _LAND_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            place += 2.5  # only land is occupied, held, climbed or hiked
        of_place = _NOUN_OF_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        if of_place and of_place.group(1).lower() in _PLACE_NOUNS:
            place += 1.5  # "the town of Bridgton"
        region = _REGION_AFTER.match(text[mention.end : mention.end + 40])
        if region and _is_region(region.group(1)):
            place += 1.5  # "Aisby, Lincolnshire", "Windsor, Vermont"
        if _BORN.match(text[mention.end : mention.end + 20]):
            speech += 2.0  # "Jane Roe (born 1961)", "Jane Roe, born in Leeds,": only people are born
        if after:
            word = after.group(1).lower()
            if word in ("who", "whose"):
                speech += 1.5  # "who" is used of people only
            elif word in _SPEECH_AFTER:
                speech += 0.5
            elif word in _PLATFORM_AFTER and not text[mention.end : mention.end + 2].startswith(("'", "’")):
                platform += 3.0  # "her Twitter account", not "Smith's account"
            elif _thing_after(text, mention.end):
                product += 1.5  # "the Oreshnik ballistic missile", "his New Heights podcast"
    for kind, weight in nouns.items():
        score[kind] += min(weight * 1.5, 3.0)
    for kind, weight in _article_and_affix_cues(text, mentions).items():
        score[kind] += weight
    score["location"] += min(place, 3.0)
    score["person"] += min(speech, 2.0)
    score["organization"] += min(platform, 4.5)
    titled = quoted == len(mentions) and all(m.label != "person" for m in mentions)  # every mention in quotes
    score["misc"] += min(product, 4.0) + (4.0 if titled else min(quoted * 2.0, 3.0))


_NEXT_WORDS = re.compile(r"^((?:\s+[a-z][a-z-]*){1,3})")
_WORD_RIGHT_BEFORE = re.compile(r"\b([a-z]+) $")
_PUNCT_QUOTE = {",”", ".”", ',"', '."', ",’", ".’"}


def _thing_after(text: str, end: int) -> bool:
    """Is the name the modifier of a thing: "X missile", "X air defense systems", "X podcast"?"""
    words = _NEXT_WORDS.match(text[end : end + 40])
    if words is None:
        return False
    for word in words.group(1).split():
        if lex.is_a(word, "product"):
            return True
        if lex.is_a(word, "role") or lex.is_a(word, "personnoun") or word in _SPEECH_AFTER:
            return False
    return False


def _is_region(words: str) -> bool:
    """A country or first-level region, the usual second half of 'Town, Region'.

    The words are taken whole: in "Jamie Foxx, Paris Hilton" the second name is a person's
    even though "Paris" alone is a region.
    """
    place = gazetteer.lookup(words)
    return place is not None and place.kind in ("country", "subdivision")


_NOUN_TYPES: tuple[tuple[lex.Category, EntityType], ...] = (
    ("orgnoun", "organization"), ("placenoun", "location"), ("worknoun", "misc"), ("personnoun", "person"),
)  # fmt: skip
_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:the\s+|a\s+|an\s+)?(?:[A-Z]\w+\s+)?([a-z]+)\s+$")
# "by newspaper X", "Swedish broadcaster X": a lower-case noun, no article, right before the name
_BARE_NOUN_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?!(?:the|a|an|his|her|its|their|our|my|your)\b)[a-z]+\s+)(?:[A-Z]\w+\s+)?[a-z]{3,}\s+$"
)
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do)\s+\w+\s+$")
# "X, a Japanese company", "X is a small village in ...", "X was the capital of ...": the
# description that follows a name, up to the first comma, bracket or full stop.
_DESCRIPTION = re.compile(
    r"^(?:\s?['’]s)?(?:\s?,\s*|\s+(?:is|was|are|were|remains|became)\s+)(?:(?:now|also|still|once)\s+)?"
    r"(?:the|a|an|one\s+of\s+the)\s+([^,;:()\"“”.!?]{1,80})"
)
# Words after which a description no longer describes the name itself ("a member of ...").
_DESCRIPTION_END = {"of", "in", "on", "at", "from", "for", "with", "that", "which", "who", "whose", "and", "or",
                    "to", "by", "between", "near", "where", "when", "than"}  # fmt: skip
_PARTICIPLE = re.compile(r"^(?:\w{2,}[^e]ed|spoken|known|built|held|run|made|set|owned|led)$")


def _classifier_nouns(text: str, mention: Candidate) -> list[tuple[EntityType, float]]:
    """Types named by a common noun next to the mention, and how surely: 'the band X', 'X, a Japanese company'.

    A bare noun used as a title ("newspaper Dagens Nyheter", "broadcaster NHK") counts double:
    nothing else can stand between it and the name.
    """
    found: list[tuple[EntityType, float]] = []
    before = _NOUN_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    if before:
        # a role word names a person unless it is a verb here: "the captains X", not "to head X forces"
        window = text[max(0, mention.start - 40) : mention.start]
        kind = _noun_type(before.group(1), roles=not _VERB_BEFORE.search(window))
        if kind:
            found.append((kind, 2.0 if _BARE_NOUN_BEFORE.search(window) else 1.0))
    after = _DESCRIPTION.match(text[mention.end : mention.end + 100])
    if after:
        phrase: list[str] = []
        for word in after.group(1).split()[:6]:
            if word in _DESCRIPTION_END or _PARTICIPLE.match(word):
                break
            phrase.append(word)
        # the head is the last noun that classifies: "a publicity street team" -> team
        kinds = [_noun_type(w) for w in reversed(phrase) if w.islower()]
        kind = next((k for k in kinds if k), None)
        if kind:
            found.append((kind, 1.0))
    return found


def _noun_type(word: str, roles: bool = True) -> EntityType | None:
    for category, kind in _NOUN_TYPES:
        if lex.is_a(word, category):
            return kind
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if roles and (lex.is_a(singular, "role") or lex.is_a(singular, "personnoun")):
        return "person"  # "the captains X and Y", "X, the party's treasurer"
    # "Foo Station" is a place, but "the radio station 3AB" is a broadcaster
    return lex.head_type(word) if singular != "station" else None


_PLACE_POSSESSED = {"mayor", "residents", "citizens", "city council", "town council", "city hall", "governor",
                    "population", "suburbs", "outskirts", "streets", "inhabitants", "townspeople"}  # fmt: skip
_ORG_POSSESSED = {"members", "member", "album", "albums", "debut", "shares", "headquarters", "chairman", "ceo",
                  "founder", "board", "subsidiary", "products", "roster", "lineup", "fans", "manager", "coach",
                  "employees", "staff", "shareholders", "stake"}  # fmt: skip


def _article_and_affix_cues(text: str, mentions: list[Candidate]) -> dict[EntityType, float]:
    """Cues in the words touching a mention.

    * "the X" in mid-sentence: people's names take no article, teams and bands often do
      ("the Bruins", "the Zutons"), places sometimes ("the Rhine");
    * "X-based", "based in X": X is a place;
    * "X's members", "members of X", "X's chairman": X is an organisation.
    """
    cues: dict[EntityType, float] = defaultdict(float)
    for mention in mentions:
        before = text[max(0, mention.start - 12) : mention.start]
        after = text[mention.end : mention.end + 25]
        if _THE_BEFORE.search(before):
            cues["person"] -= 1.0
            last = mention.text.split()[-1]
            if last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and last[:1].isupper():
                cues["organization"] += 1.0  # "the Devil Rays", "the Zutons"
        based_in = _BASED_IN_BEFORE.search(text[max(0, mention.start - 15) : mention.start])
        if _BASED_AFTER.match(after) or based_in:
            cues["location"] += 2.0
        if _PLURAL_VERB_AFTER.match(after) and not mention.text.endswith("s"):
            cues["organization"] += 1.0  # "Weather Report were": a group takes a plural verb
        owned = _POSSESSED_AFTER.match(after)
        if owned and (
            owned.group(1).lower() in _PLACE_POSSESSED
            or f"{owned.group(1)} {owned.group(2)}".lower() in _PLACE_POSSESSED
        ):
            cues["location"] += 1.5  # "Port Alder's city council", "Kettleby's mayor"
        if (owned and owned.group(1).lower() in _ORG_POSSESSED) or _MEMBERS_OF_BEFORE.search(before):
            cues["organization"] += 1.0
    return {kind: max(min(weight, 2.0), -2.0) for kind, weight in cues.items()}
