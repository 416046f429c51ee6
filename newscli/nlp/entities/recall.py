"""Mentions the NER missed, found from the names it did find.

News repeats names: a person's surname, an acronym defined once in parentheses, a
company name inside a compound ("Lockheed Martin Corp.-developed"). The NER tags each
occurrence separately and misses many; here every occurrence of an already-found name
(or of a person's surname or first name) becomes a mention too, so counts are complete
and every mention can vote on the entity's type.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.joins import unit_number
from newscli.nlp.entities.repair import repair
from newscli.nlp.entities.text import Candidate, TextIndex, is_acronym, is_capitalized, is_namey
from newscli.nlp.given_names import given_name
from newscli.nlp.spans import Spans

_ACRONYM_DEF = re.compile(r"^(?:['’]s?)?\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})\s*\)")
_WORD_BEFORE = re.compile(r"([\w.&'’-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([\w.&'’-]+)")


def acronym_definitions(index: TextIndex, found: list[Candidate]) -> list[Candidate]:
    """'Maritime Self-Defense Force (MSDF)': the acronym, linked to the long name."""
    extra: list[Candidate] = []
    taken = {(c.start, c.end): c for c in found}
    for cand in found:
        spelled = _SPELLED_OUT.match(index.text[cand.end : cand.end + 100])
        if (
            spelled
            and 2 <= len(cand.text) <= 6
            and cand.text.isalpha()
            and _initials(spelled.group(1)) == cand.text.upper()
        ):
            begin, finish = cand.end + spelled.start(1), cand.end + spelled.end(1)
            long_form = taken.get((begin, finish))
            if long_form is None:  # "Isis (Institute of Strategic and International Studies)"
                long_form = Candidate(begin, finish, index.text[begin:finish], "organization", "acronym")
                extra.append(long_form)
            cand.link = begin
            continue
        match = _ACRONYM_DEF.match(index.text[cand.end : cand.end + 20])
        if not match or not is_acronym(match.group(1)) or is_acronym(cand.text):
            continue
        line_start = index.text.rfind("\n", 0, cand.start) + 1
        if not _initials_fit(match.group(1), index.text[max(line_start, cand.start - 60) : cand.end]):
            continue  # "INDIANAPOLIS (AP)": a dateline's agency, not an abbreviation
        begin, finish = cand.end + match.start(1), cand.end + match.end(1)
        start = _long_form_start(index.text, cand, match.group(1))
        if start < cand.start:  # "Immigration, | Refugees and Citizenship Canada (IRCC)": the whole name
            extra.append(Candidate(start, cand.end, index.text[start : cand.end], cand.label, cand.source))
        if (begin, finish) in taken:
            if taken[(begin, finish)].source == "dateline":
                continue  # "PORT ALDER, Maine (AP) —"
            taken[(begin, finish)].link = start
        else:
            extra.append(Candidate(begin, finish, index.text[begin:finish], None, "acronym", link=start))
    return extra


_SPELLED_OUT = re.compile(r"^\s*\(\s*([A-Z][\w’'-]*(?:\s+(?:of|for|and|the|on|in|&|[A-Z][\w’'-]*)){1,10})\s*\)")
_FUNCTION_WORDS = {"of", "for", "and", "the", "on", "in", "&"}


def _initials(long_form: str) -> str:
    return "".join(w[0] for w in long_form.split() if w.lower() not in _FUNCTION_WORDS).upper()


_LONG_FORM_WORD = re.compile(r"[^\W\d_][\w’'&.-]*|,")
_JOINERS = {"and", "of", "for", "the", "&", ",", "on", "in"}


def _long_form_start(text: str, cand: Candidate, acronym: str) -> int:
    """Where the name the acronym abbreviates begins: its capitals, in order, are the initials."""
    letters = [c for c in acronym if c.isupper()]
    window = max(0, cand.start - 100)
    words = list(_LONG_FORM_WORD.finditer(text, window, cand.end))
    got: list[str] = []
    for word in reversed(words):
        token = word.group()
        if token.lower() in _JOINERS:
            continue
        if not token[0].isupper() or len(got) >= len(letters):
            break
        got.append(token[0])
        if got[::-1] == letters[len(letters) - len(got) :] and len(got) == len(letters):
            return min(word.start(), cand.start)
        if got[::-1] != letters[len(letters) - len(got) :]:
            break
    return cand.start


def _initials_fit(acronym: str, before: str) -> bool:
    """Are the acronym's capitals, in order, initials of the words ending at the bracket?

    "Immigration, Refugees and Citizenship Canada (IRCC)" fits even where the tagger cut the
    name after "Immigration,"; "INDIANAPOLIS (AP)" does not.
    """
    letters = [c for c in acronym if c.isupper()]
    initials = [w[0].upper() for w in _WORD_BREAK.split(before) if w[:1].isalpha()]
    at = 0
    for initial in initials:
        if at < len(letters) and initial == letters[at]:
            at += 1
    return at == len(letters)


_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,9})\s*\)")
_TERM_BEFORE = re.compile(r"((?:[a-z][\w-]*\s+){1,6}[a-z][\w-]*)\s*$")
_TERM_WINDOW = 200  # characters before the bracket: room for seven long words
_NOT_CAPITAL = re.compile(r"[^A-Z]")
_WORD_BREAK = re.compile(r"[\s-]+")


def defined_terms(text: str) -> set[str]:
    """Acronyms the article spells out in lower case: 'vertical launch system (VLS)'.

    Such an acronym abbreviates a common noun phrase, so it names no entity, however
    often it is used ("gross domestic product (GDP)").
    """
    terms: set[str] = set()
    # Find the bracketed acronym first, then look back: a pattern that starts with the words
    # tries every lower-case letter of the article, a fifth of the entity step's time.
    for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
        phrase = _TERM_BEFORE.search(text, max(0, bracket.start() - _TERM_WINDOW), bracket.start())
        if phrase is None:
            continue
        acronym = bracket.group(1)
        letters = _NOT_CAPITAL.sub("", acronym)
        words = _WORD_BREAK.split(phrase.group(1))
        if len(letters) >= 2 and "".join(w[0] for w in words[-len(letters) :]).upper() == letters:
            terms.add(acronym)
    return terms


_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}


def name_parts(found: list[Candidate]) -> dict[str, str]:
    """Surnames and first names of the people found: 'Kono' -> 'Taro Kono'."""
    parts: dict[str, str] = {}
    for cand in found:
        if cand.label != "person":
            continue
        words = cand.text.split()
        while len(words) > 2 and words[-1].lower().rstrip(".") in _GENERATIONS:
            words = words[:-1]  # "Kelly Oubre Jr." is "Oubre", never "Jr."
        if len(words) < 2:
            continue
        for word in (words[-1], words[0]):
            if len(word) > 2 and word[0].isupper() and word[1:].islower() and not lex.is_a(word, "honorific"):
                parts.setdefault(word, cand.text)
    return parts


def relatives(index: TextIndex, found: list[Candidate]) -> list[Candidate]:
    """Untagged "Given Surname" pairs whose surname a person found in the article carries.

    "Tanner Fischer and his sister, Adrianne Fischer,": the tagger saw only the sister, and her
    surname must not take her brother's mentions. Only a common given name before a known
    surname counts, in words no other mention covers.
    """
    surnames = {words[-1] for c in found if c.label == "person" and len(words := c.text.split()) >= 2}
    surnames = {w for w in surnames if len(w) > 2 and w[0].isupper() and w[1:].islower()}
    if not surnames:
        return []
    pattern = re.compile(r"\b([A-Z][a-z]+) (" + "|".join(re.escape(w) for w in sorted(surnames)) + r")\b")
    taken = Spans(((c.start, c.end) for c in found), disjoint=True)
    extra: list[Candidate] = []
    for match in pattern.finditer(index.text):
        begin, finish = match.span()
        if not _first_name_like(index, match.group(1)) or taken.overlaps(begin, finish):
            continue
        extra.append(Candidate(begin, finish, match.group(), "person", "relative"))
        taken.add(begin, finish)
    return extra


_NOT_FIRST_NAMES = ("ly", "ed", "ing", "day")  # "Separately", "Asked", "Speaking", "Yesterday"


def _first_name_like(index: TextIndex, word: str) -> bool:
    """A common given name, or a capitalised word the article never writes in lower case and no list knows."""
    if given_name(word) is not None:
        return not lex.is_a(word, "honorific")
    lower = word.lower()
    known = any(lex.is_a(word, c) for c in ("honorific", "role", "rolemod", "time", "det", "personnoun"))
    adverb = lower.endswith(_NOT_FIRST_NAMES) or lower in ("later", "earlier", "sooner")
    return not (known or lower in STOP_WORDS or lower in index.lower_words or adverb
                or _well_known_place(word) or gazetteer.is_demonym(word))  # fmt: skip


def _well_known_place(word: str) -> bool:
    """A country, region or city of 100,000 people; a small town's name is often a given name too ("Eloise")."""
    place = gazetteer.lookup(word)
    return place is not None and (place.kind != "city" or place.population >= 100_000)


def repeats(index: TextIndex, found: list[Candidate]) -> list[Candidate]:
    """Every further occurrence of a found name (or a person's name part) in the text.

    An occurrence counts only as a whole name: "Standard" is not found inside "Standard
    Missile-3", nor "Japan" inside "Japan Airlines". A longer known name replaces the
    shorter mentions it covers ("Lockheed" + "Martin" inside "Lockheed Martin Corp.").
    The mentions found must not overlap one another (entities.mentions sees to that).
    """
    text = index.text
    found = found + relatives(index, found)
    surfaces = {c.text for c in found if _scannable(c.text)} | set(name_parts(found))
    if not surfaces:
        return found
    pattern = re.compile(
        r"(?<![\w.&'’-])(?:" + "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True)) + r")(?![\w&])"
    )
    result = list(found)
    at: dict[tuple[int, int], Candidate] = {(c.start, c.end): c for c in found}
    spans = Spans(at, disjoint=True)
    removed: set[int] = set()  # ids of the mentions a longer occurrence replaced
    for match in pattern.finditer(text):
        begin, finish = match.span()
        if index.in_headline(begin) or _inside_longer_name(text, begin, finish, index):
            continue
        covered = spans.overlapping(begin, finish)
        if any(s[0] <= begin and finish <= s[1] for s in covered):
            continue
        if covered and not all(begin <= s[0] and s[1] <= finish for s in covered):
            continue  # partial overlap with another name: leave both alone
        for span in covered:
            spans.remove(*span)
            removed.add(id(at.pop(span)))
        cand = Candidate(begin, finish, text[begin:finish], None, "repeat")
        result.append(cand)
        at[(begin, finish)] = cand
        spans.add(begin, finish)
    return [c for c in result if id(c) not in removed]


def _scannable(surface: str) -> bool:
    """Names worth searching for: long enough to be specific, starting with a capital."""
    return len(surface) >= 3 and is_capitalized(surface) and not surface.isdigit()


def _inside_longer_name(text: str, begin: int, finish: int, index: TextIndex) -> bool:
    """Is the occurrence only part of a longer capitalised run?"""
    before = _WORD_BEFORE.search(text[max(0, begin - 40) : begin])
    if before:
        word = before.group(1)
        token = index.token_at(begin - len(before.group(0)))
        sentence_start = index.initial[token] if token < len(index.initial) else False
        if (
            is_capitalized(word)
            and not sentence_start
            and not word.endswith(".")
            and not lex.is_a(word, "det")
            and not lex.is_a(word, "honorific")
            and not lex.is_a(word, "role")
            and not lex.is_a(word, "rolemod")
        ):
            return True
    after = _WORD_AFTER.match(text[finish : finish + 40])
    return bool(after and is_capitalized(after.group(1)) and not lex.is_a(after.group(1), "time"))


def capitalised_runs(index: TextIndex, found: list[Candidate]) -> list[Candidate]:
    """Runs of two or more capitalised words in mid-sentence that the NER left untagged.

    "sold the design to Aero Composites", "against the Jacksonville Suns": the small model
    misses many names it has never seen. A run counts only when it does not start a
    sentence, is not made of title or role words alone and touches no other mention;
    extract_entities keeps it only if some evidence (a head word, a classifier noun, a
    cue such as "the ... Suns") gives it a type, since capitalised headings and titles of
    works look the same.
    """
    doc = index.doc
    taken = Spans(((c.start, c.end) for c in found), disjoint=True)
    extra: list[Candidate] = []
    i = 0
    while i < len(doc):
        if not _run_word(index, i) or (index.initial[i] and not _introduced(index, i)):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (_run_word(index, j) or (doc[j].lower_ in ("of", "&") and _run_word(index, j + 1))):
            j += 1
        if i > 0 and unit_number(doc[i - 1].text) and lex.head_type(doc[j - 1].text) == "organization":
            i -= 1  # "4 Air Defense Wing"
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        titles = all(lex.is_a(t.text, "role") or lex.is_a(t.text, "rolemod") or lex.is_a(t.text, "honorific")
                     for t in doc[i:j])  # fmt: skip
        if not titles and not index.in_headline(start) and not taken.overlaps(start, end):
            found_here = [
                c for c in repair(index, i, j, None, source="pattern")
                if " " in c.text or (is_acronym(c.text) and len(c.text) >= 3)
            ]  # fmt: skip
            if index.initial[i]:  # introduced with an age: only people have one
                for cand in found_here:
                    cand.votes["person"] = cand.votes.get("person", 0.0) + 2.0
            extra.extend(found_here)
        i = j
    return extra


_AGE_AFTER = re.compile(r",\s\d{1,3},\s")
# ", Director-General of", ", a spokesman for", ", the company's chief executive": a title in apposition
_TITLE_AFTER = re.compile(r",\s(?:(?:the|a|an)\s)?(?:[\w'’-]+\s){0,3}?([A-Za-z-]+)(?=[\s,])")


def _introduced(index: TextIndex, i: int) -> bool:
    """ "Maren Holt, 34, was found ...", "Jamal Sanad Al Suwaidi, Director-General of ...": a common given
    name and a surname starting a sentence, then an age or a title in apposition."""
    doc = index.doc
    if i + 2 >= len(doc) or given_name(doc[i].text) == "-" or not _first_name_like(index, doc[i].text):
        return False
    j = i + 1
    while j < len(doc) and j - i <= 4 and _run_word(index, j):
        j += 1
    if j == i + 1:
        return False
    end = doc[j - 1].idx + len(doc[j - 1].text)
    if j - i == 2 and _AGE_AFTER.match(index.text, end, end + 8):
        return True
    titled = _TITLE_AFTER.match(index.text, end, end + 60)
    return titled is not None and given_name(doc[i].text) is not None and lex.is_a(titled.group(1), "role")


def _run_word(index: TextIndex, i: int) -> bool:
    if i >= len(index.doc):
        return False
    token = index.doc[i]
    text = token.text
    return not token.ent_type_ and text != "I" and is_namey(token)
