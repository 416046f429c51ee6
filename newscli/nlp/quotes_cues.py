"""Speech cues: the verbs (and a few phrases) that tie a quotation to its source.

A cue is recognised by lemma, not by surface form, so "said", "says" and "saying" are one
cue. The list is deliberately wide (reporting verbs of news copy: "tweeted", "recounted",
"characterised") because a quotation with no cue at all is the weaker signal; what keeps
the wide list safe is that a cue must still govern the quotation or sit next to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

CUE_LEMMAS = frozenset(
    """
    say tell add ask warn argue reiterate write state explain note claim remark comment continue
    announce declare insist acknowledge admit agree allege answer assert call characterise
    characterize cite complain conclude confirm contend deny describe emphasise emphasize express
    indicate inform maintain mention observe post predict promise recall recount reply report
    respond reveal shout speak specify stress suggest tweet urge vow accuse attack term label brand
    criticise criticize elaborate outline read decide find rule testify concede caution quip joke
    recommend pledge disagree lament praise hail thank proclaim retort counter boast blast slam
    threaten demand question muse concur affirm assure exclaim sigh
    whisper yell scream cry plead direct instruct order dub
    """.split()
)
# Cues that only label or name something: kept out of "did a speech act happen here?".
NAMING_LEMMAS = frozenset({"call", "dub", "term", "label", "brand", "name", "nickname", "title", "entitle"})
# Verbs that announce a quotation only through their object: "issued a statement", "released a letter".
_CARRIER_LEMMAS = frozenset({"issue", "release", "publish", "post", "send", "give", "make", "deliver"})
SPEECH_NOUNS = frozenset(
    """
    statement remark remarks comment comments word words message tweet post letter note release
    decree report study paper summary ruling judgment judgement verdict account speech address
    interview announcement response reply memo email e-mail text caption filing document order
    """.split()
)
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Links through which a participle or conjoined verb borrows the subject of its head:
# "..., adding", "and wrote", "was quoted as saying".
_BORROW = ("xcomp", "advcl", "conj", "pcomp", "prep", "acl", "ccomp")


def is_cue(token: Token) -> bool:
    """A reporting verb by lemma, or the head of "according to"."""
    lemma = token.lemma_.lower()
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.tag_ == "VBG"):
        return False
    if lemma not in CUE_LEMMAS and token.lower_ not in CUE_LEMMAS:
        return lemma in _CARRIER_LEMMAS and _carries_speech(token)
    if token.dep_ in ("amod", "compound"):
        return False  # "the stated aim", "a said agreement"
    # a participle naming something ("a programme called ...", "a study entitled ...")
    return not (token.dep_ == "acl" and token.tag_ == "VBN" and lemma in NAMING_LEMMAS)


def _carries_speech(token: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SPEECH_NOUNS for c in token.children)


def cue_text(token: Token) -> str:
    """The cue as written: "said", "pointed out", "according to"."""
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        return token.doc.text[token.idx : to.idx + len(to.text)] if to is not None else token.text
    particle = next((c for c in token.children if c.dep_ == "prt" and c.i == token.i + 1), None)
    if particle is not None:
        return token.doc.text[token.idx : particle.idx + len(particle.text)]
    return token.text


def source_of(cue: Token, excluded: set[int]) -> Token | None:
    """The head token of the cue's source: its subject, the object of "according to", a passive agent.

    Participles and conjoined verbs without a subject of their own borrow their head's
    ("Kono ... asked ... and said", "..., adding"); tokens inside quotations are skipped.
    """
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return obj if obj is not None and obj.i not in excluded else None
    verb = cue
    for _ in range(5):
        agent = _agent(verb, excluded)
        if agent is not None:
            return agent
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i not in excluded), None)
        if subject is not None:
            if verb.lemma_.lower() == "quote" or (subject.dep_ == "nsubjpass" and verb is not cue):
                return subject  # "X was quoted as saying"
            if subject.dep_ == "nsubjpass" and subject.lemma_.lower() not in SPEECH_NOUNS:
                return None  # "the plan was announced": no speaker in the clause
            return subject
        if verb.dep_ not in _BORROW or verb.head is verb:
            return None
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in CUE_LEMMAS:
            return None
        verb = verb.head
    return None


def _agent(verb: Token, excluded: set[int]) -> Token | None:
    """The "by X" of a passive cue ("was said by the ministry")."""
    for child in verb.children:
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj" and c.i not in excluded), None)
            if obj is not None:
                return obj
    return None


def mention_span(head: Token, excluded: set[int]) -> Span:
    """The words that name the source: the head with its modifiers, without clauses or appositions.

    "US Secretary of State Mike Pompeo", "a spokesman for 10 Downing Street", "he".
    """
    doc: Doc = head.doc
    if head.pos_ == "PRON":
        return doc[head.i : head.i + 1]
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "advmod", "case") \
                and child.i not in excluded:  # fmt: skip
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.i in excluded:
            break
        if child.dep_ in ("compound", "flat", "case") or (child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "from")):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "acl" and child.right_edge.i - head.i <= 5:
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].i in excluded):
        end -= 1
    while start < head.i and (doc[start].is_punct or doc[start].i in excluded):
        start += 1
    if end - start > 14:
        start, end = max(start, head.i - 6), min(end, head.i + 7)
    return doc[start:end]
