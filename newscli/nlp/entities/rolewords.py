"""Which words head a role phrase: titles, occupations, and lower-case words built like them.

"minister" and "chief executive" are titles (the lexicon's role list); "economist" and
"stylist" occupations (its person nouns); "videographer", "coordinator" are recognised by
their ending. Relations ("wife", "friend") and circumstances ("resident", "witness") head a
role too, but the weakest: one is kept only when the article gives the person nothing else
("her husband, Jared Roe"; "One witness, Ann Roe,").

Also here: the word lists and the token tests the role patterns in roles.py share (copulas,
complements, modifiers, party designations such as "R-Ohio").
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.text import is_capitalized
from newscli.nlp.given_names import given_name

# relations and circumstances: the weakest roles, kept when nothing else is said of a person
NOT_ROLES = frozenset({
    "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "resident",
    "witness", "eyewitness", "survivor", "student", "pupil", "lord", "lady", "model", "runner", "protester",
    "protestor", "partner",
})  # fmt: skip
_NOT_PEOPLE = frozenset({
    "power", "paper", "order", "number", "letter", "water", "border", "matter", "center", "centre", "chapter",
    "quarter", "computer", "corner", "error", "door", "floor", "factor", "sector", "motor", "weather", "summer",
    "winter", "river", "tower", "theater", "theatre", "poster", "sticker", "meter", "litre", "liter", "dinner",
    "minor", "major", "senior", "junior", "interior", "exterior", "mirror", "color", "colour", "honor", "honour",
    "favor", "favour", "labor", "labour", "rumor", "rumour", "harbor", "harbour", "corridor", "vendor",
    "anchor", "manner", "banner", "barrier", "trailer", "container", "shelter", "filter", "cluster",
    "register", "charter", "counter", "disaster", "cancer", "answer", "another", "other", "together",
    "whether", "however", "rather", "either", "neither", "further", "later", "earlier", "never", "ever",
    "over", "under", "after", "before", "every", "wonder", "thunder", "finger", "hunger", "danger", "anger",
    "member", "plaster", "oyster", "shoulder", "feather", "leather", "silver", "copper", "sugar", "pepper",
    "chamber", "timber", "lumber", "cylinder", "calendar", "semester", "trimester", "premier",
    "christian", "median", "meridian", "guardian", "comedian", "utopian", "italian", "asian", "indian",
})  # fmt: skip
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person", "er", "or", "ee")


def is_role_head(token: Token, loose: bool = True, plural: bool = False) -> bool:
    """A title, an occupation, a relation, or (loose) a lower-case word built like one ("videographer")."""
    text = token.text
    lower = token.lower_
    if lex.is_a(text, "role"):
        return True
    if lower in NOT_ROLES:
        return token.is_lower  # "his daughter", not "Son Heung-min"
    if not token.is_alpha and "-" not in lower:
        return False
    if lex.is_a(lower, "personnoun"):
        return True
    if lower == "fellow":  # "a senior fellow", not "his fellow Basotho"
        return token.i > 0 and token.nbor(-1).lower_ in ("senior", "research", "visiting", "distinguished")
    if plural and lower.endswith("s") and not lower.endswith("ss") and (lex.is_a(lower[:-1], "role")):
        return True  # "sporting directors, A and B"
    if not loose or not text.islower() or lower in STOP_WORDS:
        return False
    if lower in _PERSON_NOUNS or (lower == "member" and _compound(token)):
        return _noun_position(token)  # "Google Search lead", "football star", "board member"
    if lex.is_a(lower, "orgnoun") and lower.endswith(("er", "or")):
        return _trade(token)  # "newspaper", "carrier": firms; "developer" beside a person's name
    if lower in _NOT_PEOPLE or len(lower) < 6:
        return False
    return lower.endswith(_PERSON_ENDINGS) and _noun_position(token)


def _trade(token: Token) -> bool:
    """ "developer Ann Roe", "Ann Roe, a software developer for Acme": a word that also names firms is a
    person's trade next to a name that starts with a known given name (a firm the tagger took for a
    person, "the Swedish newspaper Dagens Nyheter", does not)."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON":
        return given_name(doc[token.i + 1].text) is not None
    j = token.i - 1
    while j > 1 and token.i - j <= 4 and doc[j].text != ",":
        j -= 1
    if doc[j].text != "," or doc[j - 1].ent_type_ != "PERSON":
        return False
    first = j - 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return given_name(doc[first].text) is not None


_PERSON_NOUNS = frozenset({"lead", "star", "legend", "veteran", "icon", "mogul", "tycoon"})


def _compound(token: Token) -> bool:
    """ "board member", "council member": a noun before "member" says which body."""
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and before.is_alpha and before.lower_ not in STOP_WORDS and before.lower_ != "a"


_VERB_BEFORE = frozenset({"would", "will", "could", "can", "should", "must", "might", "may", "to", "not", "never",
                          "did", "does", "do", "we", "they", "i", "you", "he", "she", "it", "who", "also"})  # fmt: skip


def _noun_position(token: Token) -> bool:
    """A word with a person's ending is a noun only where a noun can stand: not "would consider", "usually dapper"."""
    if token.i == 0:
        return True
    before = token.nbor(-1)
    return before.lower_ not in _VERB_BEFORE and not (before.is_lower and before.lower_.endswith("ly"))


def strength(role: str) -> int:
    """How much a role says: a title 3, an occupation 2, a word built like one 1, a relation 0."""
    words = [w.lower().strip(",") for w in role.split()]
    if any(lex.is_a(w, "role") or w in OFFICES for w in words):
        return 3
    if any(lex.is_a(w, "personnoun") and w not in NOT_ROLES for w in words):
        return 2
    return 0 if any(w in NOT_ROLES for w in words) else 1


# party members head a role in "the top Democrat on the committee"
PARTY_MEMBERS = frozenset({"Democrat", "Republican", "Conservative", "Tory", "Liberal", "Labour", "Socialist"})


OFFICES = frozenset({"sen.", "rep.", "gov.", "lt.", "gen.", "adm.", "col.", "capt.", "sgt.", "maj.", "cmdr.", "insp.",
                      "det.", "supt.", "pres.", "amb.", "atty."})  # fmt: skip


def is_office(token: Token) -> bool:
    """An abbreviated office used as a title: "Sen.", "Rep.", "Gov."."""
    return token.lower_ in OFFICES


# "Ann Roe is/was named/serves as the ...": verbs that give the subject the role that follows
COPULAS = (
    ("is",), ("was",), ("became",), ("remains",), ("has", "been"), ("had", "been"), ("was", "named"),
    ("was", "appointed"), ("was", "elected"), ("has", "been", "named"), ("serves", "as"), ("served", "as"),
    ("works", "as"), ("worked", "as"), ("continue", "as"), ("continues", "as"), ("will", "continue", "as"),
)  # fmt: skip
COPULAS_LONGEST_FIRST = sorted(COPULAS, key=len, reverse=True)
COPULA_STARTS = {words[0] for words in COPULAS}
# "who heads the council" -> "head of the council"
HEADS_VERBS = {"heads": "head of", "headed": "head of", "leads": "leader of", "led": "leader of",
                "chairs": "chair of", "chaired": "chair of", "runs": "head of", "directs": "director of",
                "manages": "manager of", "owns": "owner of", "founded": "founder of", "co-founded": "co-founder of",
                "coaches": "coach of"}  # fmt: skip
COMPLEMENT = {"of", "for", "on", "to"}  # "head of hotels", "analyst for Acme", "expert on the conflict", "envoy to"
PHRASE_END = {"at", "with", "in", "from", "who", "whose", "which", "that", "based", "since", "until", "after"}
PHRASE_STOPS = {"of", "for", "and", "the", "on", "a", "an"}  # function words a role phrase may hold
PREPOSITIONS = {"to", "with", "by", "from", "for", "at", "in", "on", "about", "against", "of", "toward", "towards"}


def past_designation(doc: Doc, end: int) -> int:
    """Where an apposition may start after "Ann Roe (D-Calif.)", "Ann Roe, R-Ohio," or "Ann Roe, Md.,"."""
    opener = doc[end].text if end < len(doc) else ""
    if opener == "," and end + 2 < len(doc) and doc[end + 2].text == "," and _STATE.fullmatch(doc[end + 1].text):
        return end + 2  # "Rep. Ann Roe, Md., the top Democrat"
    party = end + 2 < len(doc) and doc[end + 1].text in ("D", "R", "I", "D.", "R.", "I.") and doc[end + 2].text in "-,"
    if not party or opener not in ("(", ","):
        return end
    close = ")" if opener == "(" else ","
    for k in range(end + 2, min(end + 7, len(doc))):
        if doc[k].text == close:
            return k + 1 if close == ")" else k
    return end


_STATE = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}")


def modifier(doc: Doc, i: int) -> bool:
    """A lower-case word that may modify a role head: "freelance", "legal", "climate-policy"."""
    token = doc[i]
    if token.text == "-" and not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
        return True
    if i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not token.is_punct:
        return True  # "co-founder", "Beijing-based researcher", "climate-policy researcher"
    return token.is_alpha and token.is_lower and token.lower_ not in STOP_WORDS and len(token.text) > 2


def place_word(doc: Doc, i: int) -> bool:
    """A place or nationality inside a bounded role phrase: "a China analyst", "the Beijing bureau chief"."""
    token = doc[i]
    word = token.is_alpha or (token.text.endswith(".") and token.text[:-1].isalpha())  # "Acme Corp."
    return token.text[:1].isupper() and word and token.ent_type_ != "PERSON"


def joins_roles(token: Token) -> bool:
    """ "economy, trade and industry minister", "Foreign and Commonwealth Secretary": a list inside a role."""
    return token.is_lower or lex.is_a(token.text, "rolemod") or lex.is_a(token.text, "role")


def in_name(doc: Doc, i: int) -> bool:
    return doc[i].ent_type_ in ("PERSON", "ORG", "GPE") and not lex.is_a(doc[i].text, "role")


_POSSESSIVE = {"'s", "’s"}
_STOP_ENTS = {"GPE", "PERSON", "LOC", "DATE", "CARDINAL"}
_LINKS = {"of", "for", "and", ","}


def role_word(doc: Doc, i: int) -> bool:
    """May token i stand inside a role phrase ("Deputy", "Foreign", "former", "of")?"""
    token = doc[i]
    text = token.text
    if token.is_space or gazetteer.is_demonym(text):
        return False
    if token.lower_ == "former":
        return True  # "former President Ann Roe": stripped from names, kept in roles
    if text in _POSSESSIVE or lex.is_a(text, "det") or (lex.is_a(text, "honorific") and not lex.is_a(text, "role")):
        return False
    if lex.is_a(text, "role") or lex.is_a(text, "rolemod") or token.lower_ in _LINKS:
        return True  # even inside an NER span: "Russian First" | Deputy Foreign Minister
    if token.ent_type_ in _STOP_ENTS or (token.lower_ in STOP_WORDS and token.text.istitle()):  # "Under President"
        return False
    return is_capitalized(text) and text.isalpha() and gazetteer.lookup(text) is None
