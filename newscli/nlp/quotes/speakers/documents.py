"""Sources that are not speakers by their own name: documents, short forms, organisations by a common noun.

A report, a study, a letter or a bill is not a speaker. What it says is attributed to
whoever issued it where the article says so at any mention of the same document noun:
"the council's report", "a report by the Harbour Authority", "the Harbour Authority
published a report", "a study commissioned by the ministry". An article that never says
("a leaked review", "the papers obtained under ...") leaves the speaker empty,
and so does one that names two issuers for the same noun.

Also here: whose a spokesperson or a statement is (owner_of); a bare adjective standing for
the organisation it begins ("Continental" for Continental Freight: short_form); an organisation
named by a common noun ("the paper", "the airline") set beside its name (introduced_as);
and the thing a sentence is about, which its "it" continues (thing_subject).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.gazetteer import fold_name
from newscli.nlp.model import pipeline_for
from newscli.nlp.quotes.cues import CARRIER_LEMMAS
from newscli.nlp.quotes.names import Referent, first_mention
from newscli.nlp.quotes.speakers.clauses import noun_phrase

# Nouns that stand for a news organisation ("the paper said"), never for a person or a document.
OUTLETS = frozenset({"paper", "newspaper", "daily", "tabloid", "magazine", "broadcaster", "network", "channel",
                      "outlet", "publication", "website"})  # fmt: skip

MOUTHPIECES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "office",
                          "campaign", "account", "feed", "handle", "website", "press", "representative",
                          "communication", "communications"})  # fmt: skip

_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})

_ISSUERS = ("person", "organization", "location")

Resolve = Callable[[Token, Span], tuple[str | None, Referent | None]]


def issuer(head: Token, owner_of: Callable[[Token], Token | None], resolve: Resolve,
           outside: Callable[[int], bool]) -> tuple[str | None, Referent | None]:  # fmt: skip
    """The one named person or organisation the article gives as the issuer of the document head names.

    owner_of finds a noun's owner ("the council's", "by X", "X released"); resolve names it;
    outside(pos) says a position is in a quotation or page furniture, where nothing counts.
    """
    lemma = head.lemma_.lower()
    found: dict[int, tuple[str, Referent]] = {}
    for token in head.doc:
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or outside(token.idx):
            continue
        owner = owner_of(token)
        if owner is None or owner.pos_ == "PRON" or owner.i == head.i:
            continue
        name, ref = resolve(owner, noun_phrase(owner))
        if name is not None and ref is not None and ref.type in _ISSUERS:
            found[id(ref)] = (name, ref)
    if len(found) == 1:
        return next(iter(found.values()))
    return None, None


def short_form(name: str, ref: Referent | None, head: Token, referents: list[Referent]) -> Referent | bool | None:
    """What a bare adjective standing as a name abbreviates: the one organisation or place whose name
    it begins, named in full earlier in the article; False when there is no such one.

    "Continental said" after "Continental Freight", "National said" after "National Haulage", "the
    North said" after "North Macedonia": a speaker is the canonical name the rows give, not an adjective.
    Two candidates ("North Dakota", "North Carolina") are one too many, and none leaves the adjective
    nobody's. None when the name is no bare adjective: a person's name, a country ("Israel"), a
    word that is a name of its own ("Lumora", "Brightwave"). The adjectives are the loaded model's
    lemmatizer index (WordNet's); without one, nothing is taken for an adjective.
    """
    if " " in name or head.tag_ not in ("NNP", "JJ") or (ref is not None and (ref.is_person or len(ref.tokens) > 1)):
        return None
    word = fold_name(name)
    if word not in _adjectives(head.doc) or gazetteer.lookup(name) is not None:
        return None
    longer = [r for r in referents if r.type in ("organization", "location") and len(r.tokens) > 1
              and r.tokens[0] == word and first_mention(r) < head.idx]  # fmt: skip
    if not longer and ref is not None and ref.type == "organization" and len(ref.spans) > 1 \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):  # fmt: skip
        return None  # "the Fed said", the article's name for it throughout: a name, whatever WordNet says
    return longer[0] if len(longer) == 1 else False


def acronym_of(word: str, referents: list[Referent]) -> Referent | None:
    """The one organisation whose capitalised words an acronym the rows lack spells ("VATR": Voters Against
    Toll Roads), however the tagger read it."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return None
    key = word.casefold()
    found = [r for r in referents if r.type != "person" and len(r.name.split()) > 1
             and "".join(w[0] for w in r.name.split() if w[:1].isupper()).casefold() == key]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _adjectives(doc: Doc) -> frozenset[str]:
    return _lemma_index(doc, "adj")


def common_words(doc: Doc) -> frozenset[str]:
    """The nouns and adjectives of the loaded model's lemmatizer index (WordNet's): "defense", "ministry"."""
    return _lemma_index(doc, "noun") | _lemma_index(doc, "adj")


def _lemma_index(doc: Doc, pos: str) -> frozenset[str]:
    key = (id(doc.vocab), pos)
    if key not in _INDEX:
        nlp = pipeline_for(doc)
        words: frozenset[str] = frozenset()
        if nlp is not None and "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                words = frozenset(lookups.get_table("lemma_index").get(pos, ()))
        _INDEX[key] = words
    return _INDEX[key]


_INDEX: dict[tuple[int, str], frozenset[str]] = {}


def house_of(mouthpiece: Token) -> Token | None:
    """ "a company spokeswoman", "an agency spokesman": the organisation noun a spokesperson is named by."""
    return next((c for c in mouthpiece.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                 and lex.is_a(c.lemma_.lower(), "org")), None)  # fmt: skip


def introduced_as(doc: Doc, start: int, lemma: str) -> bool:
    """The name at start is set beside that noun: "the newspaper Nordic Ledger", "Skylark, the national airline"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lemma_.lower() == lemma:
        return True
    root = token
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    return any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children)


def thing_subject(pronoun: Token) -> Token | None:
    """The common noun that is the main subject of the pronoun's sentence, before it ("The paper said ...,
    which it claims"), when there is one."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= pronoun.i or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    return subject


def owner_of(head: Token) -> Token | None:
    """Whose words a statement or spokesperson carries: "the mayor's account", "a spokesman for X", "signed by X"."""
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.text[-2:] in ("‘s", "`s", "´s")):
            return child
    for child in head.children:
        if child.dep_ in ("compound", "nmod") and (child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                                                  or child.pos_ == "PROPN"):  # fmt: skip
            return child  # "a Google spokesperson", "UPS corporate communications"
    obj = pobj(head, ("for", "from", "by", "of"))
    if (
        obj is not None
        and (obj.pos_ == "PROPN" or obj.ent_type_ or obj.lemma_.lower() in MOUTHPIECES)
        and not obj.like_num
        and obj.ent_type_ not in _NOT_NAMES
    ):  # "the mother of four" has no owner
        return obj
    for child in head.children:
        if child.dep_ == "acl":  # "a tweet sent from the mayor's account", "the letter signed by the bishop"
            for grand in child.children:
                if grand.dep_ in ("agent", "prep") and grand.lower_ in ("by", "from"):
                    obj = next((c for c in grand.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    if head.dep_ == "dobj" and head.head.lemma_.lower() in CARRIER_LEMMAS:
        # "They released a statement which said": the statement's issuer
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def pobj(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None
