"""Bare numbers that name, date or age something rather than count it.

A count is a number of things: "330 guest rooms". The same digits also end names ("Local 90",
"Phase six", "the Forte 20"), give a year ("the 2024 wildfire", "on 2005 levels"), an age ("Doria,
67,", "kids ages 5 to 12") or a rating ("9/10"). These are told apart on the parse and the words
around the number, and a label found once names its digits everywhere in the article ("22.4s" and
"the 22.4 drivers").
"""

from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken

from newscli.calendar_words import MONTHS, WEEKDAYS
from newscli.nlp.figures import amounts
from newscli.nlp.figures import currency as cur
from newscli.nlp.figures.numbers.lex import Token
from newscli.nlp.figures.units import match_unit, time_label

Reading = Literal["count", "drop", "year", "age"]

_PRONOUN_DETS = {"the", "which", "this", "that", "each", "every", "no", "any"}
NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC", "PERSON", "NORP", "GPE", "LOC"}
_YEAR_SHAPE = re.compile(r"(?:18|19|20)\d\d")
_CLOCK_TIME = re.compile(
    r"\s*(?:o'clock|o’clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|[ap]\.?m\b\.?|sharp\b)", re.IGNORECASE
)
_CLOCK_BEFORE = re.compile(r"\b(?:midnight|noon|midday)\s+(?:and|to|until|till)\s+$", re.IGNORECASE)
_ERA_AFTER = re.compile(r"\s*(?:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])")
_SLASHED = re.compile(r"(\d{1,4})/(\d{1,4})")
_WORD_AFTER = re.compile(r"\s+(?!of\b)[A-Za-z]")
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+)?$", re.IGNORECASE)
# nouns a year compares or prices by: "on 2005 levels", "in 2020 dollars"
# the words English counts people by in a hyphened adjective: "a 14-man squad", "a 12-person jury"
_PEOPLE_WORDS = {"man", "woman", "person"}
_YEAR_NOUNS = {"level", "levels", "price", "prices", "figure", "figures", "term", "terms", "dollar", "dollars",
               "value", "values", "rate", "rates", "standard", "standards", "high", "highs", "low", "lows"}  # fmt: skip


# a rate to three places with no leading zero, as sport writes averages and percentages (".300", ".915")
_SPORT_RATE = re.compile(r"\.\d{3}")


def read_count(doc: Doc, text: str, tokens: list[Token], amount: amounts.Amount) -> Reading:
    """What a bare number is: a count, a year, an age, or nothing to report ('drop')."""
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None:
        return "count"
    first = span[0]
    before = tokens[amount.first - 1] if amount.first > 0 else None
    if before is not None and before.low in MONTHS and amount.value <= 31:
        return "drop"  # the day of an unresolved "April 19"
    # text, not doc.text: a Doc builds its text anew on every access
    clock = _CLOCK_TIME.match(text, amount.end) or _CLOCK_BEFORE.search(text, max(0, amount.start - 20), amount.start)
    if clock and amount.value <= 12:
        return "drop"  # "seven in the morning", "between midnight and five": a time of day
    surface = text[amount.start : amount.end]
    if _SPORT_RATE.fullmatch(surface) or (len(surface) > 1 and surface[0] == "0" and surface.isdigit()):
        return "drop"  # "batted .287", "a .915 save percentage": a rate as sport writes it; "01": a code
    if _hyphen_adjective(doc, tokens, amount):
        return "drop"  # "six-party talks", "a 12-member panel": part of an adjective, not a count
    if first.lower_ == "one" and len(span) == 1 \
            and (first.pos_ != "NUM" or (first.i > 0 and doc[first.i - 1].lower_ in _PRONOUN_DETS)):  # fmt: skip
        return "drop"  # "the one you mentioned", "which one"
    if _rating(text, amount):
        return "drop"  # "9/10", "4/5 stars": a review score
    if _slash_label(text, amount):
        return "drop"  # "24/7", "the 9/11 attacks", "a 50/50 split": no share of anything
    if text[amount.end : amount.end + 1] == "+" and not _counts_next(doc, span):
        return "drop"  # "19+", "850+": a threshold label
    if amount.words and text[amount.end : amount.end + 1].isdigit():
        return "drop"  # "a Twenty20 match": a number word glued to digits is a name
    if _age(doc, text, span, amount):
        return "age"
    if _counts_one_named(doc, span, amount):
        return "drop"  # "At 30 Rockefeller center": many of one named thing is an address, not a count
    nxt = doc[span.end] if span.end < len(doc) else None
    if amount.words and first.text[:1].isupper() and not first.is_sent_start and nxt is not None \
            and nxt.text[:1].isupper() and nxt.is_alpha:  # fmt: skip
        return "drop"  # "the Three Amigos", "the Four Seasons hotel": a number word inside a name
    if _ends_name(doc, tokens, span, amount):
        return "drop"  # "Local 90", "Phase six", "Windows 10", "the Forte 20"
    if first.ent_type_ in NAME_LABELS:
        ent = entity_around(first)
        if ent is not None and any(t.is_alpha and t.text[:1].isupper() and t.text[:3].lower() not in MONTHS
                                   for t in ent if t.i not in range(span.start, span.end)):  # fmt: skip
            return "drop"
    return _year(doc, text, span, amount) or "count"


def _hyphen_adjective(doc: Doc, tokens: list[Token], amount: amounts.Amount) -> bool:
    """'two-way trade', 'a 12-member panel', 'her 6-word reply': a number hyphened to a word that is no
    unit describes the noun after it; in digits only before a singular noun ('a 1,000-strong crowd'
    counts people), and not when the word says the things are people ('a 14-man squad', 'a 9-person
    crew': a head count)."""
    nxt = amount.last + 1
    if nxt + 1 >= len(tokens) or tokens[nxt].text not in ("-", "–") or tokens[nxt].start != tokens[amount.last].end:
        return False
    word = tokens[nxt + 1]
    if word.kind != "word" or word.start != tokens[nxt].end or not word.text.islower() \
            or match_unit(tokens, nxt + 1) is not None:  # fmt: skip
        return False
    if amount.words:
        return True
    if word.text in _PEOPLE_WORDS:
        return False
    noun = doc.char_span(word.start, word.end, alignment_mode="expand")
    return noun is not None and noun[0].tag_ == "NN"


def _rating(text: str, amount: amounts.Amount) -> bool:
    surface = text[amount.start : amount.end]
    m = re.fullmatch(r"(\d{1,2}(?:\.\d)?)/(5|10|100)", surface)
    if m is None or float(m.group(1)) > float(m.group(2)):
        return False
    return not text[amount.end : amount.end + 4].strip().startswith("of")  # "3/10 of voters" is a share


def _slash_label(text: str, amount: amounts.Amount) -> bool:
    """A slashed pair that is no fraction of anything: improper ('24/7', '50/50') or naming the noun
    after it ('the 9/11 attacks'); '3/4 of voters' and a bare '3/4' are shares."""
    m = _SLASHED.fullmatch(text, amount.start, amount.end)
    if m is None:
        return False
    return int(m.group(1)) >= int(m.group(2)) or bool(_WORD_AFTER.match(text, amount.end))


def _counts_one_named(doc: Doc, span: Span, amount: amounts.Amount) -> bool:
    """'30 Rockefeller center', '5 Star hotel': digits before a name, counting a noun in the singular,
    number the place or rank the name is; '3 Google engineers', '2 Ferrari cars' count."""
    tok = span[-1]
    if amount.words or amount.value == 1 or len(span) != 1 or span.end >= len(doc) or tok.dep_ != "nummod":
        return False
    if _YEAR_SHAPE.fullmatch(tok.text):
        return False  # "your 2026 Orlando holiday": a year
    name, head = doc[span.end], tok.head
    return name.pos_ == "PROPN" and name.text[:1].isupper() and name.head.i == head.i and head.i > name.i \
        and head.tag_ == "NN" and head.text.islower()  # fmt: skip


def _counts_next(doc: Doc, span: Span) -> bool:
    nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None  # past the "+"
    return nxt is not None and nxt.tag_ == "NNS"  # "1,000+ people"; not "a 19+ event"


def _age(doc: Doc, text: str, span: Span, amount: amounts.Amount) -> bool:
    """'Doria, 67, said', 'kids ages 5 to 12', 'aged 40'."""
    if not float(amount.value).is_integer() or not 0 < amount.value < 120:
        return False
    if _AGE_BEFORE.search(text, max(0, amount.start - 16), amount.start):
        return True
    if _was_age(doc, span):
        return True
    start = span.start - 1 if span.start > 2 and doc[span.start - 1].lower_ in ("both", "all", "each") else span.start
    if start < 2 or doc[start - 1].text != "," or span.end >= len(doc):
        return False
    name = doc[start - 2]  # "Vintila and Radu, both 34, who": ages in apposition to the names
    # the NER calls an age in apposition a DATE ("Doria, 67,"); a name it calls a person will do too
    person = name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or span[0].ent_type_ == "DATE")
    # "the actor, 35, posing": a number the NER reads as a date, set off after one noun it describes
    described = name.tag_ == "NN" and span[0].ent_type_ == "DATE" and span[0].dep_ == "appos" \
        and span[0].head.i == name.i  # fmt: skip
    return (person or described) and doc[span.end].text in (",", ")", ";")


def _was_age(doc: Doc, span: Span) -> bool:
    """'Garcia was 51, ...', 'She was 34 when she moved': a bare number a person is, ending the clause."""
    tok = span[-1]
    verb = tok.head
    if len(span) != 1 or tok.dep_ not in ("attr", "acomp") or verb.lemma_ != "be" or span.end >= len(doc):
        return False
    if doc[span.end].lower_ not in (",", ".", ";", "when", "at"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in ("he", "she", "i", "you") or subj.ent_type_ == "PERSON")


def _year(doc: Doc, text: str, span: Span, amount: amounts.Amount) -> Reading | None:
    """A four-digit number no date pattern took: a year when it modifies a thing in the singular
    ('the 2024 wildfire', 'your 2025 trip', 'Google I/O 2026') or a comparison ('on 2005 levels');
    an era ('500 BC') is nothing to report; 'the 2000 delegates' stays a count."""
    surface = text[amount.start : amount.end]
    if _ERA_AFTER.match(text, amount.end) and surface.replace(",", "").isdigit():  # "500 BC", "5,316 BCE"
        return "drop"
    if len(span) != 1 or not _YEAR_SHAPE.fullmatch(surface):
        return None
    tok = span[0]
    if tok.i > 0 and tok.nbor(-1).lower_ in ("day", "eve"):
        return "drop"  # "Earth Day 2010", "Christmas Eve 2019": a day we cannot date; its year alone would mislead
    head = tok.head
    counts_a_noun = tok.dep_ == "nummod" and head.i > tok.i
    if not counts_a_noun:
        return "year"  # "(Ocean Sci. 2015; 28: ...)", "Google I/O 2026": a year, counting nothing
    if head.tag_ in ("NN", "NNP") or head.lower_ in _YEAR_NOUNS:
        return "year"
    return None if counts_plural(text, amount.value) else "year"


_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


def counts_plural(text: str, value: float) -> bool:
    """A year-shaped number before a plural: 'the 2012 elections', '$2bn in 2016 sales' are years;
    'about 2000 delegates' a count. A count that large is written '2,016' where the article writes its
    thousands with a comma, and is mostly round where it does not."""
    return value % 100 == 0 and _THOUSANDS.search(text) is None


def _ends_name(doc: Doc, tokens: list[Token], span: Span, amount: amounts.Amount) -> bool:
    """A number right after a capitalised noun that it does not count ends a name or a label:
    'Local 90 is preparing', 'Phase six includes', 'the Forte 20 ($220)', 'Sections 21'."""
    if amount.first == 0 or not float(amount.value).is_integer():
        return False
    prev_tok = tokens[amount.first - 1]
    if prev_tok.kind != "word" or prev_tok.end + 1 < tokens[amount.first].start:
        return False
    word = prev_tok.text
    camel = word[:1].islower() and any(c.isupper() for c in word[1:])  # "iPhone 11"
    if not (word[:1].isupper() or camel) or word.lower()[:3] in MONTHS or word.lower() in WEEKDAYS:
        return False
    if time_label(tokens, amount.first - 1):
        return True  # "Week 15", "Day 3"
    if match_unit(tokens, amount.first - 1) or cur.code(word) or cur.name_code([word]):
        return False
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.pos_ not in ("NOUN", "PROPN") and not camel and word != "No":
        return False  # "In 2020", "About 500", "Only 3": words that open a phrase, not names
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.pos_ != "NOUN" or not nxt.text[:1].islower():
        return True
    head = nxt  # "the Falcon 9 explosion": a number counts a plural ("Glock 18 machine pistols" may)
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    return amount.value != 1 and head.tag_ not in ("NNS", "NNPS")


def entity_around(token: SpacyToken) -> Span | None:
    """The entity span holding token, found from its IOB tags: doc.ents rebuilds every span per call."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
