"""Short forms joined to the one fuller row they stand for, after every row is typed.

"Al Saud" and "Chalobah" join the one person whose name holds them ("Abu Anas Al Saud", "Trevoh
Chalobah"), unless a title says the short form is someone else ("Lady Starmer" is not "Keir
Starmer"); "Communist Party" joins "Chinese Communist Party", "National Bank" "National Bank of
Canada", "Labour" "Labour Party", "the Times" "Los Angeles Times", "the Department" the one
"Department of Energy". A short form two fuller rows could stand for stays on its own.
"""

from __future__ import annotations

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.cues import team_word
from newscli.nlp.entities.merge import RELATION_BEFORE, honorific, name_key, one_edit, same_gender, title_before
from newscli.nlp.entities.surnames import same_title, title_gender, title_word
from newscli.nlp.entities.text import QUOTE_MARKS, Candidate
from newscli.nlp.given_names import given_name
from newscli.nlp.name_variants import is_nickname, nickname_of, sounds_alike

# the head of a landform's name, which the article may drop: "the Gaza Strip" ... "Gaza". Not a basin
# or a delta: those are named after their river or region ("Illinois" is not the "Illinois Basin").
_LANDFORMS = [[w] for w in ("strip", "peninsula", "desert", "plateau", "archipelago")]
# an administrative division's head, which the article may drop: "Westchester County" ... "Westchester"
_DIVISIONS = [[w] for w in ("county", "parish", "province", "prefecture", "governorate", "oblast")]
Row = tuple[list[Candidate], str, EntityType]


def join_short_forms(rows: list[Row], text: str) -> list[Row]:
    """Join a row that is a shorter form of exactly one fuller row of the article.

    After typing, when every row knows what it is: "Al Saud" and "Chalobah" join the one person
    whose name holds them ("Abu Anas Al Saud", "Trevoh Chalobah"), unless a title says the
    short form is someone else ("Lady Starmer" is not "Keir Starmer"); "Communist Party" joins
    "Chinese Communist Party", "National Bank" "National Bank of Canada", "Labour" "Labour Party".
    A short form two fuller rows could stand for stays on its own.
    """
    rows = [part for row in rows for part in _by_title_gender(row, text)]
    keyed = [(name_key(name).split(), kind) for _, name, kind in rows]
    # every form a row is written in: "Department of Energy" is also the "Energy Department"
    forms = [{tuple(key)} | {tuple(name_key(m.text).split()) for m in group} for (group, _, _), (key, _) in
             zip(rows, keyed, strict=True)]  # fmt: skip
    for row_forms in forms:  # 'Harold "Doc" Knapke' is also written "Doc"
        row_forms |= {
            tuple(w.strip("".join(QUOTE_MARKS)) for w in form) for form in row_forms if any(_quoted(w) for w in form)
        }
    holding: dict[str, set[int]] = {}  # word -> the rows one of whose forms holds it
    for m, row_forms in enumerate(forms):
        for form in row_forms:
            for word in form:
                holding.setdefault(word, set()).add(m)
    into: dict[int, int] = {}
    for n in sorted(range(len(rows)), key=lambda k: len(keyed[k][0])):
        words, kind = keyed[n]
        if not words or kind not in ("person", "organization", "location", "misc"):
            continue
        if all(m.apart for m in rows[n][0]):
            continue  # the article says this surname is someone else (surnames.py)
        honorific = _title_of(rows[n][0], text)
        # "Adv Molefe" stands for a Molefe; "Dr. Alan Pratt" is no short form of "Joan Pratt"
        bare = words[1:] if _titled_name(rows[n][0]) and len(words) > 1 else words
        targets = [
            m for m in sorted(holding.get(bare[0], ()))  # a fuller form holds every word of the short one
            if m != n and m not in into
            and any(len(other) > len(bare) and _fuller(bare, list(other), keyed[m][1], kind) for other in forms[m])
        ]  # fmt: skip
        if not targets and kind in ("person", "misc") and len(bare) == 1:
            targets = [m for m, (other, other_kind) in enumerate(keyed) if _misspelt(bare, other, other_kind)]
        if not targets and kind != "organization" and len(bare) == 1 and _may_be_nickname(rows[n], text):
            targets = [m for m, (other, other_kind) in enumerate(keyed) if _nickname(bare[0], other, other_kind)]
        if not targets and kind in ("location", "organization") and len(bare) >= 2 and bare[-1] in _TRANSPORT:
            targets = [m for m in range(len(rows)) if m != n and m not in into and _same_facility(rows, keyed, m, n)]
        if len(targets) > 1 and honorific:  # "Adv Molefe": the one of the Molefes who is an advocate
            short = honorific.rstrip(".")
            targets = [m for m in targets if any(same_title(short, t) for t in _titles(rows[m][0], text))]
        full = rows[targets[0]] if len(targets) == 1 else None
        starts = [m.start for m in full[0]] if full else []
        titles = {honorific} | {title_before(text, m.start) for m in rows[n][0]}
        if full is None or not all(same_gender(t, full[1], text, starts) for t in titles):
            continue  # "Lady Starmer" is not "Keir Starmer"; "Mr. Trump" is not "Ivanka Trump"
        into[n] = targets[0]
    out: list[Row] = []
    joined: dict[int, list[Candidate]] = {m: list(rows[m][0]) for m in range(len(rows)) if m not in into}
    for n, target in into.items():
        while target in into:
            target = into[target]
        for mention in rows[n][0]:
            mention.part = mention.part or rows[target][2] == "person"
        joined[target].extend(rows[n][0])
    for m, group in joined.items():
        out.append((sorted(group, key=lambda c: c.start), rows[m][1], rows[m][2]))
    return out


def _by_title_gender(row: Row, text: str) -> list[Row]:
    """ "Mr. Trump" ... "Ms. Trump": a bare surname written with the titles of both genders is two people.

    The mentions with a woman's title make one row, the others (a man's title or none) the other.
    """
    group, name, kind = row
    if kind != "person" or " " in name:
        return [row]
    genders = [title_gender(title_before(text, m.start)) for m in group]
    if not {"F", "M"} <= set(genders):
        return [row]
    women = [m for m, gender in zip(group, genders, strict=True) if gender == "F"]
    others = [m for m, gender in zip(group, genders, strict=True) if gender != "F"]
    return [(others, name, kind), (women, name, kind)]


def _misspelt(short: list[str], full: list[str], full_kind: EntityType) -> bool:
    """ "Hanson" for "James Hansen", "Jensen" for "Nathan Janzen": a long surname misspelt, when no one
    carries it as written. One letter off, or two that sound alike, if the word is no given name."""
    word, last = short[0], full[-1]
    if full_kind != "person" or len(full) < 2 or len(word) < 6:
        return False
    return one_edit(word, last) or (given_name(word) is None and sounds_alike(word, last))


# one stop named by different heads: "Grand Central Station" / "Terminal", "Lindi Bus Stand" / "Terminal"
_TRANSPORT = {"station", "terminal", "stand", "depot", "terminus"}


def _same_facility(rows: list[Row], keyed: list[tuple[list[str], EntityType]], m: int, n: int) -> bool:
    """Is row m, named before row n, the same stop under another head word ("X Bus Terminal", "X Bus Stand")?"""
    (mine, kind), (other, other_kind) = keyed[n], keyed[m]
    earlier = min(c.start for c in rows[m][0]) < min(c.start for c in rows[n][0])
    same_kind = {kind, other_kind} <= {"location", "organization"}
    return earlier and same_kind and len(other) == len(mine) and other[:-1] == mine[:-1] and other[-1] in _TRANSPORT


def _may_be_nickname(row: Row, text: str) -> bool:
    """Not a well-known place, and never written as someone's relative ("his father, Jimmy")."""
    group, name, _ = row
    if _well_known_place(name):
        return False
    return not any(RELATION_BEFORE.search(text, max(0, m.start - 25), m.start) for m in group)


def _nickname(word: str, full: list[str], full_kind: EntityType) -> bool:
    """ "Becca" for "Rebecca Cooke", "Jim" for "James Hansen": the usual nickname of a person's given name."""
    return full_kind == "person" and len(full) >= 2 and nickname_of(word, full[0])


def _quoted(word: str) -> bool:
    return len(word) > 2 and word[0] in QUOTE_MARKS and word[-1] in QUOTE_MARKS


_COMPASS = {"north", "south", "east", "west"}


def _fuller(short: list[str], full: list[str], full_kind: EntityType, kind: EntityType) -> bool:
    """Is `short` a short form of the name `full`?"""
    size = len(short)
    if full_kind == "person":
        named = given_name(full[0]) not in (None, "-")  # "Yoan Moncada", not "Brixton Market"
        if kind == "location" and (size > 1 or _well_known_place(short[0]) or not named):
            return False  # "Jordan" the country is not Michael Jordan; "Moncada" typed a place still joins
        if kind not in ("person", "location") and (size > 1 or gazetteer.is_demonym(short[0])):
            return False  # a lone surname typed otherwise ("Chalobah", "Mills") still joins
        return any(full[k : k + size] == short for k in range(len(full) - size + 1)) and len(short[-1]) > 2
    if size == 1 and full[-1:] == short and team_word(short[0]) and _place_words(full[:-1]):
        return kind != "person"  # "the Cowboys" are the "Dallas Cowboys"
    if _named_after(short, full, kind, full_kind):
        return True
    if kind == "location" or full_kind == "location":
        # "Bus Stand" is "Lindi Bus Stand", "Gaza" the "Gaza Strip"; but "Mexico" is not "Mexico City"
        places = kind in ("location", "organization") and full_kind in ("location", "organization")
        landform = kind == full_kind == "location" and full[:size] == short and full[size:] in _LANDFORMS
        if kind == full_kind == "location" and full[:size] == short and full[size:] in _DIVISIONS:
            return not _well_known_place(" ".join(short))  # "Westchester"; "Los Angeles" is not "Los Angeles County"
        if full_kind == "location" and short[0] in _COMPASS and full[:1] == short and len(full) == 2:
            # "the North" is "North Korea" when the article names one such country; "the South" is no
            # short form of "South Carolina", a state
            return kind != "person" and _country_word([" ".join(full)])
        return places and (landform or (size >= 2 and full[-size:] == short and _place_words(full[:-size])))
    if kind != "organization" or full_kind != "organization":
        return False
    if full[:size] == short:  # "Labour" + "Party", "National Bank" + "of Canada"
        rest = full[size:]
        head = len(rest) == 1 and (lex.head_type(rest[0]) == "organization" or lex.is_a(rest[0], "orgnoun"))
        return (size == 1 and head) or rest[0] == "of"  # "Forbes" + "Magazine"
    if size == 1 and full[-1:] == short and lex.head_type(short[0]) == "organization":
        return _place_words(full[:-1]) or len(full) >= 3  # "the Times", "the Committee": a head standing for the name
    if full[-size:] != short or (size < 2 and not _country_word(full[:-size])):
        return False  # "Senate" is the "U.S. Senate", "Army" the "Pakistan Army"
    if len(full) == size + 2 and full[1] == "of" and lex.head_type(full[0]) == "organization":
        return True  # "Homeland Security" is the "Department of Homeland Security"
    return _place_words(full[:-size])  # "Chinese" + "Communist Party"; not "Royal" + "Bank of Canada"


def _named_after(short: list[str], full: list[str], kind: EntityType, full_kind: EntityType) -> bool:
    """ "Disney World" is "Walt Disney World": a place or body named after a person, written without the
    first name. Not when the rest begins with a place ("Washington University" is not "George Washington
    University") or a given name of its own."""
    if not ({kind, full_kind} <= {"location", "organization"} and len(short) >= 2 and full[1:] == short):
        return False
    first = full[0]
    return (given_name(first) not in (None, "-") or is_nickname(first)) and gazetteer.lookup(short[0]) is None \
        and given_name(short[0]) is None  # fmt: skip


def _country_word(words: list[str]) -> bool:
    place = gazetteer.lookup(words[0]) if len(words) == 1 else None
    return (place is not None and place.kind == "country") or (len(words) == 1 and gazetteer.is_demonym(words[0]))


def _place_words(words: list[str]) -> bool:
    """ "Chinese", "Lindi", "Ukraine's", "Los Angeles": the words of a place or nationality before a name.

    A given name that is also a town's is taken for the given name: "George Washington University"
    is named after a man, not the town of George, and "Washington University" is another school.
    """
    if words and _place_not_person(" ".join(words)):
        return True
    return all(gazetteer.is_demonym(w) or _place_not_person(w) or w.endswith("'s") for w in words)


def _place_not_person(words: str) -> bool:
    place = gazetteer.lookup(words)
    if place is None:
        return False
    big = place.kind != "city" or place.population >= 1_000_000
    return big or given_name(words) is None


def _well_known_place(word: str) -> bool:
    """A country, region or city of 100,000 people: a name that is not a person's surname here."""
    place = gazetteer.lookup(word)
    return place is not None and (place.kind != "city" or place.population >= 100_000)


def _titles(group: list[Candidate], text: str) -> set[str]:
    return {t for t in (title_word(text, m) for m in group) if t}


def _titled_name(group: list[Candidate]) -> bool:
    """Does a row's first mention start with its title ("Lady Starmer"), not follow one ("Dr. [Alan Pratt]")?"""
    first = min(group, key=lambda c: c.start)
    return honorific(first.text.split()[0]) is not None


def _title_of(group: list[Candidate], text: str) -> str | None:
    """The title before (or starting) a row's first mention ("lady" in "Lady Starmer"), if any."""
    first = min(group, key=lambda c: c.start)
    title = title_before(text, first.start)
    return title.lower() if title else honorific(first.text.split()[0])
