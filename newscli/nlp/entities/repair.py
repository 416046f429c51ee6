"""Mention repair: turn the NER's spans into clean names with exact offsets.

The small English model gets most names roughly right but the edges wrong: it keeps
"the" and "'s", swallows titles ("Foreign Minister Taro Kono"), cuts names in two
("Avenged" | "Sevenfold"), runs lists together ("Jared and Shannon"), glues a name to
the word it modifies ("Corp.-developed") and tags the start of a role phrase as a name
("Russian First" Deputy Foreign Minister). Each rule below fixes one of those failure
modes using spelling and the lexicon only, and the result is always a slice of doc.text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.edges import given_after_role_noun, saint, saints_building, title_or_role_noun
from newscli.nlp.entities.hyphens import hyphen_part, linked_syllables, trim_chars
from newscli.nlp.entities.joins import ROMANCE, listed_name, rejoined, unit_number
from newscli.nlp.entities.rolewords import NOT_ROLES, PARTY_MEMBERS
from newscli.nlp.entities.text import TITLE_ABBREVIATIONS, Candidate, TextIndex, is_capitalized, is_namey
from newscli.nlp.given_names import given_name

_SPLIT_TOKENS = {",", ";", "/", "(", ")", "[", "]", "|", ":", "—", "–", "--", '"', "“", "”", "·", "•"}
_AND = {"and", "&", "or"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_NEVER_LAST = {"no", "the", "and", "of", "in", "on", "at", "for", "an", "to", "with", "by", "from"}
# particles that join the words of a name but never begin one ("Bank of Japan", not "of Japan")
_NEVER_FIRST = _AND | {"of", "upon", "on", "for", "am", "y", "e"}
_ABBREVIATION_END = re.compile(r"\w\.$")
_DIGIT = re.compile(r"\d")


def repair_ents(index: TextIndex, spans: Sequence[Span]) -> list[Candidate]:
    """Repaired candidates for the NER's entity spans (numeric labels are skipped)."""
    found: list[Candidate] = []
    for start, end, label in rejoined(spans):
        found.extend(repair(index, start, end, label))
    return found


def repair(index: TextIndex, start: int, end: int, label: EntityType | None, source: str = "ner") -> list[Candidate]:
    """Clean one token span [start, end) into zero or more candidates."""
    doc = index.doc
    pieces: list[Candidate] = []
    for lo, hi in _split(doc, start, end, label):
        lo, hi, honorific = _strip(index, lo, hi, label)
        if lo >= hi:
            continue
        lo, hi, votes = _role_prefix(index, lo, hi)
        if lo >= hi:
            continue
        if not index.in_headline(doc[lo].idx):
            lo, hi = _extend(index, lo, hi, label)
        lo, hi, more = _strip(index, lo, hi, label)
        if lo >= hi:
            continue
        before = doc[lo - 1].text if lo > 0 else ""
        titled = lex.is_a(before, "honorific") or (lex.is_a(before, "role") and before[:1].isupper())
        honorific = honorific or more or titled  # "Mr. X", "Mayor X"
        begin, finish = trim_chars(index.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text), label)
        text = index.text[begin:finish]
        if _plausible(text):
            pieces.append(Candidate(begin, finish, text, label, source, honorific=honorific, votes=votes))
    return pieces


def _split(doc: Doc, start: int, end: int, label: EntityType | None) -> list[tuple[int, int]]:
    """Break a span at separators: lists ("Tieck, Schelling") and line breaks are never one name."""
    parts: list[tuple[int, int]] = []
    lo = start
    listed = label in ("organization", None) and listed_name(doc, start, end)  # "Ministry of X, Y and Z"
    for i in range(start, end):
        token = doc[i]
        # "Jared and Shannon", "Windsor and Hartland" are two names; companies keep "and"/"&"
        joined = (
            token.lower_ in _AND
            and start < i < end - 1
            and (label == "person" or _places_around(doc, start, i, end) or _two_names_around(doc, lo, i, end))
        )
        dash = token.text == "-" and i > start and bool(doc[i - 1].whitespace_) and bool(token.whitespace_)
        # "from Bandarlapalle the Deccan Plateau": a lower-case "the" inside a span starts a new
        # name unless a preposition keeps it in ("Army of the Potomac") or it is a title's
        dash = dash or (
            token.text == "the" and start < i < end - 1 and not _particle(doc[i - 1].lower_) and label != "misc"
        )
        # "told the Washington Post that Ailes said": a clause word never stands inside a name
        dash = dash or (token.text in _CLAUSE_WORDS and start < i < end - 1 and label != "misc")
        nickname = label == "person" and token.text in ('"', "“", "”") and start < i < end - 1
        # "University of Pretoria's Centre for Human Rights", "Ange Postecoglou's Champions League":
        # an owner and what it owns; "McDonald's Corp." and "Levi's Stadium" stay whole
        owner = (
            token.text in ("'s", "’s")
            and lo < i < end - 2
            and is_namey(doc[i + 1])
            and not lex.is_a(doc[end - 1].text, "legal")
            and _owner_name(doc, lo, i)  # not "People's Republic of China"
        ) or (token.text in ("'s", "’s") and lo == i - 1 and i == end - 2 and _person_owns(doc, lo, end - 1))
        split = token.text in _SPLIT_TOKENS and not nickname and not (listed and token.text == ",")
        # "Alexandra Olgin of South Carolina Public Radio": a person and the employer after "of"
        employer = token.lower_ == "of" and label != "location" and _person_of_employer(doc, lo, i, end)
        if split or token.is_space or joined or dash or owner or employer:
            if i > lo:
                parts.append((lo, i))
            lo = i + 1
    if end > lo:
        parts.append((lo, end))
    return parts


_GENERATIONS = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "because", "said", "says"}


def _given_name_before_surname(doc: Doc, lo: int, hi: int) -> bool:
    """Is doc[lo] a given name whose surname alone follows ("Dean Angelo Sr.", "Judge" is not)?"""
    rest = [t for t in doc[lo + 1 : hi] if t.lower_ not in _GENERATIONS and not t.is_punct]
    return len(rest) == 1 and given_name(doc[lo].text) is not None


def _syllable_end(doc: Doc, hi: int) -> bool:
    """Does the span end in a hyphen and a short syllable of a given name ("Jong" "-" "un")?"""
    last, dash, before = doc[hi - 1], doc[hi - 2], doc[hi - 3]
    attached = not before.whitespace_ and not dash.whitespace_
    return dash.text == "-" and attached and last.is_lower and last.is_alpha and len(last) <= 3 and before.is_title


# speech verbs written before their speaker at a sentence's start ("Replied Ann Roe: ...", "Says Roe, ...")
_INVERTED_SPEECH = frozenset({
    "said", "says", "replied", "replies", "added", "adds", "asked", "asks", "continued", "continues", "explained",
    "explains", "recalled", "recalls", "noted", "notes", "wrote", "writes", "answered", "answers", "responded",
    "responds", "countered", "counters", "insisted", "insists", "quipped", "quips", "joked", "jokes", "admitted",
    "admits", "remembered", "remembers", "concluded", "concludes", "observed", "observes", "warned", "warns",
})  # fmt: skip


def _sentence_word(index: TextIndex, token: Token) -> bool:
    """ "Wearing", "Reportedly", "Mountainous" (Nepal): a verb, adverb or adjective that starts the sentence.

    Such a word counts when the article also writes it in lower case, or (an adjective's ending)
    when a place follows it.
    """
    lower = token.lower_
    if not token.text[1:].islower():
        return False
    speech = lower in _INVERTED_SPEECH and given_name(token.text) is None  # "Said Ali Khan" is a name
    if speech and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper():
        return True  # "Replied Stephen, with some delicacy, ...": the verb before its speaker
    if lower.endswith(("ing", "ed", "ly")) and lower in index.lower_words:
        return True
    follows = token.i + 1 < len(token.doc) and gazetteer.lookup(token.doc[token.i + 1].text) is not None
    return lower.endswith(("ous", "ful", "ive", "less", "able", "ible")) and follows


# plural nouns whose possessive is part of a name: "Murdoch Children's Research Institute", "Women's March"
_PLURAL_OWNERS = {"children", "women", "men", "people", "veterans", "workers", "teachers", "nurses", "farmers"}


def _owner_name(doc: Doc, lo: int, i: int) -> bool:
    """Is doc[lo:i] a name that can own another: two name words or more, a known place or an institution?"""
    if doc[i - 1].lower_ in _PLURAL_OWNERS:
        return False
    if saint(doc, lo, i):
        return False  # "St. Brendan's Hospital", "St. Anne's Church": named after a saint, not owned by one
    words = [doc[k] for k in range(lo, i) if is_namey(doc[k])]
    single = len(words) == 1 and (gazetteer.lookup(words[0].text) or lex.head_type(words[0].text) == "organization")
    return len(words) >= 2 or bool(single)  # "Parliament's Joint Committee"


def _person_owns(doc: Doc, owner: int, owned: int) -> bool:
    """ "Stephen's MBA", "Dan's Falcons": a given name owning one word that heads no name of its own
    ("Levi's Stadium", "Wendy's Restaurant" stay whole)."""
    return given_name(doc[owner].text) not in (None, "-") and lex.head_type(doc[owned].text) is None \
        and not lex.is_a(doc[owned].text, "legal")  # fmt: skip


def _person_of_employer(doc: Doc, lo: int, i: int, end: int) -> bool:
    """A given name and a surname before "of", an institution's head word at the end."""
    return 2 <= i - lo <= 3 and given_name(doc[lo].text) not in (None, "-") and bool(lex.head_type(doc[end - 1].text))


def _titled(token: Token) -> bool:
    """A title or office before a name: "Chief", "Sen.", "Rep."."""
    return (lex.is_a(token.text, "role") and token.text[:1].isupper()) or lex.is_a(token.text, "honorific")


def _places_around(doc: Doc, start: int, i: int, end: int) -> bool:
    """'Windsor and Hartland' lists two places; 'Central and Eastern Europe' is one.

    A country or region whose name has an "and" in it stays whole ("Bosnia and Herzegovina").
    """
    if gazetteer.lookup(doc[start:end].text) is not None:
        return False
    return gazetteer.lookup(doc[start:i].text) is not None and gazetteer.lookup(doc[i + 1 : end].text) is not None


def _two_names_around(doc: Doc, lo: int, i: int, end: int) -> bool:
    """'Rochester Jeffersons and Buffalo Bisons': two names of two words or more each.

    Firms named after two people or words keep their "&" ("Marks & Spencer"), and so do
    names whose parts share the head at the end ("Portland and Ogdensburg Railroad",
    "Pierpont Community & Technical College").
    """
    left, right = doc[lo:i], doc[i + 1 : end]
    if len(left) < 2 or len(right) < 2 or not all(is_namey(t) for t in (*left, *right)):
        return False
    # the head after "&" belongs to both halves
    return not (lex.head_type(right[-1].text) and not lex.head_type(left[-1].text))


def _strip(index: TextIndex, lo: int, hi: int, label: EntityType | None) -> tuple[int, int, bool]:
    """Drop determiners, titles, punctuation and possessives from the edges.

    A capitalised article in mid-sentence belongs to the name ("met The Zutons", "in The
    Hague", "the song A Beautiful Lie") and stays; at a sentence start it cannot be told
    apart from an ordinary "The" and goes.
    """
    doc = index.doc
    honorific = False
    while lo < hi:
        token = doc[lo]
        lower = token.lower_
        particle = _particle(lower) and lo + 1 < hi and lower not in _NEVER_FIRST  # "de Gaulle"
        unit = label in ("organization", None) and lex.head_type(doc[hi - 1].text) == "organization"
        numbered = unit and unit_number(token.text) and lo + 1 < hi  # "65th Fighter Wing"
        edge = token.is_punct or token.is_space or lower in _POSSESSIVE
        titled = token.text[0].isupper() and not index.initial[lo] and lo + 1 < hi  # "The Zutons"
        if index.initial[lo] and lo + 1 < hi and _sentence_word(index, token):
            lo += 1  # "Wearing Alaïa again, ...": a verb or adverb that starts the sentence
            continue
        determiner = lex.is_a(lower, "det") and not titled
        if edge or determiner or (not is_capitalized(token.text) and not particle and not numbered):
            lo += 1
        elif (
            lex.is_a(lower, "honorific")
            and lo + 1 < hi
            and is_namey(doc[lo + 1])
            and label in ("person", "misc", None)
            and lex.head_type(doc[hi - 1].text) is None  # "King County" is a place
            and not (lo > 0 and title_or_role_noun(doc[lo - 1]) and given_name(token.text) not in (None, "-"))
        ):  # "Chief Earl Paysinger", "assistant coach Prince Amadi": after a title, "Earl" is a given name
            lo += 1
            honorific = True
        elif (
            label == "person"
            and hi - lo >= 3
            and (
                lex.is_a(lower, "role")
                or lex.is_a(lower, "personnoun")
                or gazetteer.is_demonym(token.text)
                or token.text in PARTY_MEMBERS  # "Democrat Nancy Pelosi": a party, not a name
            )
            and lower not in NOT_ROLES  # "Son Heung-min": a relation's word is also a name
            and not _given_name_before_surname(doc, lo, hi)  # "Dean Angelo Sr."
        ):
            lo += 1  # "Striker Dewi Kartika", "Coroner William Hale": an occupation, not a name
            honorific = True
        else:
            break
    while hi > lo:
        token = doc[hi - 1]
        lower = token.lower_
        if label == "person" and hi - lo >= 3 and _syllable_end(doc, hi):
            break  # "Kim Jong-un"
        if (token.is_punct and not _ABBREVIATION_END.search(token.text)) or token.is_space or lower in _POSSESSIVE:
            hi -= 1
        elif not is_capitalized(token.text) and not token.like_num and not _DIGIT.search(token.text):
            hi -= 1  # names do not end in a lower-case word: "Canucks of the"
        elif hi - lo > 1 and (lex.is_a(token.text, "time") or lower in _NEVER_LAST):
            hi -= 1  # "Lavrov Wednesday", "Train No"
        elif hi - lo > 1 and token.text.isupper() and lex.is_a(lower, "role"):
            hi -= 1  # "the Liberal MP": a title after the name
        elif hi - lo > 1 and hi < len(doc) and doc[hi].text == "." and lower in TITLE_ABBREVIATIONS:
            hi -= 1  # "LAPD Asst. Chief": an abbreviated title after the name
        else:
            break
    return lo, hi, honorific


def _role_prefix(index: TextIndex, lo: int, hi: int) -> tuple[int, int, dict[str, float]]:
    """Handle role words inside or right after the span.

    "Foreign Minister Taro Kono" loses its role phrase (roles reads it back from
    the text). A span that is the start of a role phrase ("Russian First" before "Deputy
    Foreign Minister", "Russian Economic Development" before "Minister") keeps only its
    leading nationality or place word.
    """
    doc = index.doc
    votes: dict[str, float] = {}
    name_from = _after_role_object(doc, lo, hi)
    if name_from is not None:
        votes["person"] = 2.0
        return name_from, hi, votes
    last_role = -1
    for i in range(lo, hi - 1):
        if lex.is_a(doc[i].text, "role") and is_capitalized(doc[i].text) and is_namey(doc[i + 1]):
            last_role = i
    if last_role == lo and _given_name_before_surname(doc, lo, hi):
        last_role = -1  # "Dean Angelo Sr.": a given name that is also a title
    rest = range(last_role + 1, hi)
    if last_role >= 0 and all(is_namey(doc[j]) for j in rest) and not any(lex.head_type(doc[j].text) for j in rest):
        if all(lex.is_a(doc[j].text, "role") for j in rest):
            return lo, lo, votes  # "Detective Inspector", "Chief Executive": a role with no name after it
        votes["person"] = 2.0  # a role phrase before a name: the name is a person's
        return last_role + 1, hi, votes
    for i in range(lo, hi - 2):
        if lex.is_a(doc[i].text, "role") and doc[i + 1].lower_ == "of" and gazetteer.lookup(doc[i + 2 : hi].text):
            return i + 2, hi, votes  # "Governor General of | Canada"
    if hi < len(doc) and _role_follows(doc, hi):
        keep = lo
        while keep < hi and (gazetteer.is_demonym(doc[keep].text) or gazetteer.lookup(doc[keep].text)):
            keep += 1
        if lo < keep < hi or (keep < hi and all(lex.is_a(doc[j].text, "rolemod") for j in range(keep, hi))):
            return lo, keep, votes  # "Norwegian Fisheries" | Minister -> "Norwegian"
    return lo, hi, votes


def _after_role_object(doc: Doc, lo: int, hi: int) -> int | None:
    """Where the name starts in "Secretary of | State Mike Pompeo", "Ambassador to | Germany Richard Grenell".

    The span starts with the object of a role phrase - a place or a department word - and a
    name follows it. Returns None when the span does not look like that ("Minister of |
    State Security" is all department, no name).
    """
    if lo < 2 or doc[lo - 1].lower_ not in lex.ROLE_OBJECT_LINKS:
        return None
    role = doc[lo - 2]
    if not (lex.is_a(role.text, "role") and is_capitalized(role.text)):
        return None
    for split in range(hi - 1, lo, -1):
        lead = doc[lo:split]
        department = all(lex.is_a(t.text, "rolemod") and is_capitalized(t.text) for t in lead)
        if not (department or gazetteer.lookup(lead.text)):
            continue
        rest = doc[split:hi]
        if all(
            is_namey(t)
            and not lex.is_a(t.text, "rolemod")
            and not lex.is_a(t.text, "role")
            and lex.head_type(t.text) is None
            and gazetteer.lookup(t.text) is None
            for t in rest
        ):
            return split
        return None
    return None


def _role_follows(doc: Doc, i: int) -> bool:
    """Do the next few capitalised words end in a role head ("Deputy Foreign Minister")?

    Any capitalised words may come before the head ("Fisheries Minister", "Economic
    Development Minister"), but no tagged name.
    """
    for j in range(i, min(i + 4, len(doc))):
        token = doc[j]
        if not is_capitalized(token.text) or token.ent_type_ in ("PERSON", "GPE"):
            return False
        if lex.is_a(token.text, "role"):
            return True
    return False


def _extend(index: TextIndex, lo: int, hi: int, label: EntityType | None) -> tuple[int, int]:
    """Grow a fragment over neighbouring name words the NER left untagged.

    People's names are not grown to the left: the word before a tagged name is far more
    often an occupation or a title ("Coroner", "Engineer") than a missed first name.
    """
    doc = index.doc
    while lo > 0 and label != "person" and _joinable(index, lo - 1) and not index.initial[lo - 1]:
        lo -= 1
    if label == "person" and hi - lo <= 2 and lo > 0 and _joinable(index, lo - 1) and _given(index, doc[lo - 1]):
        lo -= 1  # "ousted PM Imran | Khan's", "Nadia | Farouk Bensalem": a common given name the tagger left out
    elif label == "person" and hi - lo == 1 and lo > 1 and given_after_role_noun(index, lo - 1):
        lo -= 1  # "offensive coordinator Major | Hollings": a rank word after a role noun is a given name
    headed = lex.head_type(doc[hi - 1].text) in ("organization", "location")
    if headed and lo > 0 and doc[lo - 1].ent_iob_ != "I" and gazetteer.is_demonym(doc[lo - 1].text):
        lo -= 1  # "Welsh | Highland Railway", "Spanish | Air Force": the nationality is part of the name
    if lo >= 2 and doc[lo - 1].lower_ == "of" and _joinable(index, lo - 2) and lex.head_type(doc[lo - 2].text):
        lo -= 2  # "Port" + "of Liverpool", "Bank" + "of Japan"
        while lo > 0 and _joinable(index, lo - 1) and not index.initial[lo - 1]:
            lo -= 1
    if gazetteer.is_demonym(doc[hi - 1].text):
        return lo, hi  # "Japanese" | Punk Techno: a nationality word modifies what follows
    while hi < len(doc) and not _role_follows(doc, hi):  # never grow into "Fisheries Minister"
        token = doc[hi]
        if _joinable(index, hi) or (lex.is_a(token.text, "legal") and token.text[0].isupper()):
            hi += 1
        elif hyphen_part(index, hi):
            hi += 2  # "Saxony" + "-Anhalt"
        elif token.text in _POSSESSIVE and saints_building(doc, lo, hi):
            hi += 2  # "St. Brendan's" + "Hospital"
        elif token.lower_ in ROMANCE and hi + 1 < len(doc) and _joinable(index, hi + 1):
            hi += 2  # "São José" + "dos Campos", "Observatório" + "do Clima"
        elif linked_syllables(doc, hi) > hi:
            hi = linked_syllables(doc, hi)  # "Tehreek" + "-e-Insaaf", "Son Heung" + "-min"
        elif (
            token.lower_ == "of"
            and hi - lo == 1  # a bare head: "University" + "of Berlin", not "Oil Company" + "of New York"
            and lex.head_type(doc[hi - 1].text) in ("organization", "location")
            and hi + 1 < len(doc)
            and is_namey(doc[hi + 1])
        ):
            hi += 2  # "University" + "of Berlin"
            while hi < len(doc) and is_namey(doc[hi]) and doc[hi].ent_iob_ != "B":
                hi += 1
        else:
            break
    return lo, hi


def _given(index: TextIndex, token: Token) -> bool:
    """A common given name that is not also one of the article's ordinary words ("Will", "Hope")."""
    return given_name(token.text) not in (None, "-") and token.lower_ not in index.lower_words and token.is_title


def _joinable(index: TextIndex, i: int) -> bool:
    token = index.doc[i]
    text = token.text
    if (
        bool(token.ent_type_)
        or not is_namey(token)
        or (not token.whitespace_ and i + 1 < len(index.doc) and (index.doc[i + 1].text in ("'s", "’s")))
    ):
        return False
    return not (
        lex.is_a(text, "honorific") or lex.is_a(text, "role") or lex.is_a(text, "rolemod") or gazetteer.is_demonym(text)
    )


def _particle(lower: str) -> bool:
    """'de', 'van', 'of', '&': a lower-case word that may stand inside a name."""
    return lower in lex.words("particle")


def _plausible(text: str) -> bool:
    """At least two characters, a letter, a capital somewhere, and not a lone function word."""
    if text.lower() in STOP_WORDS and not text.isupper():
        return False
    return len(text) >= 2 and any(c.isalpha() for c in text) and any(c.isupper() for c in text)
