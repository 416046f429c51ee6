"""Speech cues: the verbs (and a few phrases) that tie a quotation to its source.

A cue is recognised by lemma, not by surface form, so "said", "says" and "saying" are one
cue. The list is deliberately wide (reporting verbs of news copy: "tweeted", "recounted",
"characterised") because a quotation with no cue at all is the weaker signal; what keeps
the wide list safe is that a cue must still govern the quotation or sit next to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newscli.nlp import lexicon as lex
from newscli.nlp.quotes.names import looks_like_person_name
from newscli.nlp.quotes.text import sentence

CUE_LEMMAS = frozenset({
    "say", "tell", "add", "ask", "warn", "argue", "reiterate", "write", "state", "explain", "note", "claim",
    "remark", "comment", "continue", "announce", "declare", "insist", "acknowledge", "admit", "agree", "allege",
    "answer", "assert", "call", "characterise", "characterize", "cite", "complain", "conclude", "confirm",
    "contend", "deny", "describe", "emphasise", "emphasize", "express", "indicate", "inform", "maintain", "mention",
    "observe", "post", "predict", "promise", "recall", "recount", "reply", "report", "respond", "reveal", "shout",
    "speak", "specify", "stress", "suggest", "tweet", "urge", "vow", "accuse", "attack", "term", "label", "brand",
    "criticise", "criticize", "elaborate", "outline", "read", "decide", "find", "rule", "testify", "concede",
    "caution", "quip", "joke", "recommend", "pledge", "disagree", "lament", "praise", "hail", "thank", "proclaim",
    "retort", "counter", "boast", "blast", "slam", "threaten", "demand", "question", "muse", "concur", "affirm",
    "assure", "exclaim", "sigh", "whisper", "yell", "scream", "cry", "plead", "direct", "instruct", "order", "dub",
    "remember", "share", "summarise", "summarize", "voice", "highlight", "compare", "liken", "sing",
    "laugh", "reason", "recollect", "chant", "gush", "enthuse", "rave", "condemn", "denounce", "decry", "blame",
    "attribute"
})  # fmt: skip
# Verbs of thinking: a cue only for a quotation inside the clause they report ("He fears the bill will
# "shrink the media""), never for one merely next to them.
THOUGHT_LEMMAS = frozenset({"believe", "think", "fear", "feel", "hope", "suspect", "worry", "reckon", "doubt"})
# Cues that only label or name something: kept out of "did a speech act happen here?".
NAMING_LEMMAS = frozenset({"call", "dub", "term", "label", "brand", "name", "nickname", "title", "entitle"})
# Verbs that announce a quotation only through their object: "issued a statement", "released a letter".
CARRIER_LEMMAS = frozenset({"issue", "release", "publish", "post", "send", "deliver"})
SPEECH_NOUNS = frozenset({
    "statement", "remark", "remarks", "comment", "comments", "word", "words", "message", "tweet", "post", "letter",
    "note", "release", "decree", "report", "study", "paper", "summary", "ruling", "judgment", "judgement",
    "verdict", "account", "speech", "address", "interview", "announcement", "response", "reply", "memo", "email",
    "e-mail", "text", "caption", "filing", "document", "order"
})  # fmt: skip
# Nouns whose owner's words their clause reports: "Okoro's claims that the offer was "an insult"".
CLAIM_NOUNS = frozenset({"claim", "assertion", "allegation", "suggestion", "insistence", "argument", "promise",
                         "warning", "remark", "comment", "statement", "words", "view", "description", "request",
                         "demand", "plea", "call", "proposal", "pledge", "vow", "appeal"})  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they"})
# Links through which a participle or conjoined verb borrows the subject of its head:
# "..., adding", "and wrote", "was quoted as saying".
_BORROW = ("xcomp", "advcl", "conj", "pcomp", "prep", "acl", "ccomp")


def is_cue(token: Token) -> bool:
    """A reporting verb by lemma, or the head of "according to"."""
    lemma = token.lemma_.lower()
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return True  # "pointed out"
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return True  # "as Fischer put it, "...""
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.tag_ == "VBG"):
        return False
    if lemma not in CUE_LEMMAS and token.lower_ not in CUE_LEMMAS:
        return lemma in CARRIER_LEMMAS and _carries_speech(token)
    if any(c.dep_ == "neg" for c in token.children):
        return False  # "did not respond to a request for comment": no words of theirs
    if lemma == "continue" and any(c.dep_ == "xcomp" and c.i > token.i and not any(
            t.is_punct for t in token.doc[token.i + 1 : c.left_edge.i + 1]) for c in token.children):  # fmt: skip
        return False  # "will continue to provide ...": going on doing something (but 'continued: "Having ...')
    if token.dep_ in ("amod", "compound") and not _after_closing_mark(token):
        return False  # "the stated aim", "a said agreement" (but '"...," tweeted X' is misparsed so)
    # a participle modifying a noun names or dates something ("a programme called ...", "the
    # withdrawal first announced a week earlier"); it reports speech only with its agent ("... said by X")
    return not (token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ == "agent" for c in token.children))


def displaced_subject(token: Token) -> bool:
    """A second subject the parser gave a verb beside a personal pronoun: in "Quoting Rachel Carson, she
    called for ..." the pronoun is the subject, the name belongs to the opening phrase."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.tag_ != "PRP" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" and c.lower_ in _PERSONAL and c.i > token.i
        for c in token.head.children)  # fmt: skip


def _after_closing_mark(token: Token) -> bool:
    i = token.i - 1
    while i >= 0 and token.doc[i].text in (",", " "):
        i -= 1
    return i >= 0 and token.doc[i].text in ('"', "”", "»", "'", "’")


def _carries_speech(token: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SPEECH_NOUNS for c in token.children)


def claimant(noun: Token, excluded: set[int]) -> Token | None:
    """Whose claim a claim noun is: its possessor ("her claims", "Okoro's warning")."""
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.i not in excluded), None)


def cue_text(token: Token) -> str:
    """The cue as written: "said", "pointed out", "according to"."""
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        return token.doc[token.i : to.i + 1].text if to is not None else token.text
    particle = next((c for c in token.children if c.dep_ == "prt" and c.i == token.i + 1), None)
    if particle is not None:
        return token.doc[token.i : particle.i + 1].text
    return token.text


def source_of(cue: Token, excluded: set[int]) -> Token | None:
    """The head token of the cue's source: its subject, the object of "according to", a passive agent.

    Participles and conjoined verbs without a subject of their own borrow the subject of
    the reporting verb above them ("Moreno ... asked ... and said", "..., further saying"),
    or failing that of the nearest verb above. When the parse gives the clause no subject
    at all, the name next to the cue is taken: after it in the inverted order of
    '"...", said a protester', before it otherwise. Tokens inside quotations are skipped.
    """
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return _prefer_name(obj, excluded) if obj is not None and obj.i not in excluded else None
    owner = _statement_owner(cue, excluded)
    if owner is not None:
        return owner
    passive = any(c.dep_ == "nsubjpass" and c.lemma_.lower() not in SPEECH_NOUNS for c in cue.children)
    if passive and _agent(cue, excluded) is None:
        return None  # "the plan was announced": nobody to name
    subject, top = _climb(cue, excluded)
    if subject is not None:
        return _prefer_name(subject, excluded)
    if _follows_quote(cue, excluded):
        return _scan(cue, excluded, forward=True) or _scan(top, excluded, forward=False)
    return _scan(top, excluded, forward=False) or _scan(cue, excluded, forward=True)


def _climb(cue: Token, excluded: set[int]) -> tuple[Token | None, Token]:
    """(subject, the verb the search ended at), preferring the subject of a reporting verb."""
    verb = cue
    fallback: Token | None = None
    for _ in range(6):
        agent = _agent(verb, excluded)
        if agent is not None:
            return agent, verb
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i not in excluded and not _is_placeholder(c)]
        subjects = [c for c in subjects if not displaced_subject(c)]
        # two subjects are a misparse of "Chile's president Ana Soto": the name is the one
        subject = next((c for c in subjects if c.ent_type_ == "PERSON"), subjects[0] if subjects else None)
        if subject is not None:
            if verb.i == cue.i or is_cue(verb) or verb.lemma_.lower() == "quote":
                return subject, verb
            fallback = fallback or subject  # a verb between the participle and the reporting verb
        if verb.dep_ not in _BORROW or verb.head.i == verb.i or sentence(verb.head).start != sentence(cue).start:
            break
        controller = _controller(verb, excluded)
        if controller is not None:
            return controller, verb  # "prompted the judge to quip": the object does the quipping
        partner = _coordinated_with(verb)
        if partner is not None:
            verb = partner
            continue
        if verb.dep_ == "ccomp" and not is_cue(verb.head):
            break
        if _noun_root(verb) or _agent_noun(verb, excluded):
            return fallback or verb.head, verb.head
        verb = verb.head
    return fallback, verb


def _agent_noun(verb: Token, excluded: set[int]) -> bool:
    """ "Kessler calling the inspectors "vultures" was unwise", "pickets chanting "..."": a present
    participle hung on a name or on the subject has that noun as its agent (a past participle's noun is its
    patient: "the plan described as"); a message it hangs on ("issued a notice denouncing ...") is no agent."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i < verb.i and head.i not in excluded \
        and (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP") or head.dep_ == "nsubj") \
        and head.lemma_.lower() not in SPEECH_NOUNS and not any(c.dep_ in _SUBJECTS for c in verb.children)  # fmt: skip


def _noun_root(verb: Token) -> bool:
    """ "The chair of the board, Ana Ruiz, rejected the bid, saying ...": with no finite verb found, the
    parser makes the subject noun the root and hangs the verbs after it on it as clauses; that noun is
    who acts."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i \
        and not any(c.dep_ in _SUBJECTS for c in verb.children)  # fmt: skip


_FINITE = ("VBD", "VBP", "VBZ")


def _coordinated_with(verb: Token) -> Token | None:
    """The verb a conjoined verb is really coordinated with, when the parser hung it on a verb of another form.

    "saying X has no intention to talk and calling it ...": a participle goes with the participle
    cue above ("saying"); "people see a player making millions and think it unfair": a finite verb
    goes with the finite verb above ("see"), not with the participle it was hung on.
    """
    head = verb.head
    if verb.dep_ != "conj" or is_cue(head):
        return None
    if verb.tag_ == "VBG" and head.tag_ != "VBG":
        return next((a for a in head.ancestors if a.tag_ == "VBG" and is_cue(a)), None)
    if verb.tag_ in _FINITE and head.tag_ == "VBG":
        return next((a for a in head.ancestors if a.tag_ in _FINITE or (a.tag_ == "VB" and a.dep_ == "ROOT")), None)
    return None


def _controller(verb: Token, excluded: set[int]) -> Token | None:
    """The object of the verb a to-infinitive cue completes: "prompted the judge to quip", "asked Ruiz to
    comment" (the one asked speaks, not the one asking)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.i not in excluded
                 and c.pos_ in ("PROPN", "NOUN", "PRON")), None)  # fmt: skip


def _is_placeholder(token: Token) -> bool:
    """ "itself", a place tacked on after a comma ("Acme University, Boston"), or a name qualified by a
    number ("as early as 500 BC saying"), which dates or counts something rather than speaks."""
    if token.pos_ == "PROPN" and any(c.dep_ == "nummod" for c in token.children):
        return True
    if token.lower_ in ("itself", "himself", "herself", "themselves"):
        return not any(c.dep_ == "appos" for c in token.children)
    if token.ent_type_ in ("GPE", "LOC") and token.left_edge.i > 0:
        return token.doc[token.left_edge.i - 1].text == ","
    return False


def _prefer_name(token: Token, excluded: set[int]) -> Token:
    """A description with a name set beside it is that name.

    "The Deputy Mayor, Ruth Adler", "study co-author Jan Novak", "the agency, the chief
    prosecutor of Lyon, Paul Girard": the nearest person reached through appositions,
    compounds and of-phrases (never through clauses or possessives, which name someone else).
    """
    if token.ent_type_ == "PERSON":
        return token
    if token.pos_ == "PRON":  # "the filing itself, Ford": the apposition is the source
        return next((c for c in token.children if c.dep_ == "appos" and c.i not in excluded), token)
    # after a title ("Prime Minister of Malta Joseph Grech") a person-shaped name is the person
    titled = lex.is_a(token.lower_, "role") or lex.is_a(token.lemma_.lower(), "role")
    near = _near_names(token, excluded, speech=token.lemma_.lower() in SPEECH_NOUNS)
    person = next((t for t in near if t.ent_type_ == "PERSON"), None)
    if person is None and titled:
        person = next((t for t in near if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP", "DATE")
                       and looks_like_person_name(_chain_text(t))), None)  # fmt: skip
    if person is not None:
        return person
    for child in token.children:
        if child.dep_ == "appos" and child.i not in excluded and (child.ent_type_ == "ORG" or child.pos_ == "PROPN"):
            return child
    return token


def _near_names(token: Token, excluded: set[int], speech: bool = False) -> list[Token]:
    """Name heads reached from token through appositions, compounds and of-phrases, nearest first."""
    found: list[Token] = []
    queue = [(token, 0)]
    while queue:
        node, depth = queue.pop(0)
        for child in node.children:
            if child.i in excluded or child.dep_ not in ("appos", "compound", "prep", "pobj", "flat", "conj"):
                continue
            if child.dep_ == "conj" and node.i == token.i:
                continue  # "X and Y said": not a description of X
            if speech and child.dep_ == "prep" and child.lower_ not in ("of", "from", "by"):
                continue  # "a letter to Transport Secretary Omar Haddad warned": the recipient is not the source
            if child.dep_ != "compound" and child.pos_ == "PROPN":
                found.append(child)
            if depth < 3:
                queue.append((child, depth + 1))
    return found


def _chain_text(head: Token) -> str:
    start = head.i
    while start > 0 and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ in ("compound", "flat"):
        start -= 1
    return head.doc[start : head.i + 1].text


def _statement_owner(cue: Token, excluded: set[int]) -> Token | None:
    """ "issued the following statement from the bishop": the statement's author, not the issuer."""
    if cue.lemma_.lower() not in CARRIER_LEMMAS:
        return None
    for child in cue.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in SPEECH_NOUNS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.i not in excluded), None)
                    if obj is not None:
                        return obj
    return None


def _follows_quote(cue: Token, excluded: set[int]) -> bool:
    i = cue.i - 1
    while i >= 0 and (cue.doc[i].is_punct or cue.doc[i].is_space) and i not in excluded:
        i -= 1
    return i >= 0 and i in excluded


_SCAN_PRONOUNS = frozenset({"he", "she", "they", "who"})


def _scan(verb: Token, excluded: set[int], forward: bool) -> Token | None:
    """The nearest person (else pronoun, organisation, then noun) on one side of the verb, within its sentence."""
    sent = sentence(verb)
    indices = (
        range(verb.i + 1, min(sent.end, verb.i + 10))
        if forward
        else range(verb.i - 1, max(sent.start, verb.i - 30) - 1, -1)
    )
    found: dict[str, Token] = {}
    for i in indices:
        token = verb.doc[i]
        if i in excluded or token.is_space:
            continue
        if forward and ((token.pos_ == "VERB" and token.dep_ not in ("acl",)) or token.text in ".;!?"):
            break
        if token.ent_type_ == "PERSON":
            found.setdefault("person", token)
            break
        if token.like_num or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY"):
            continue  # "as early as 500 BC saying ...": a date says nothing
        if token.lower_ in _SCAN_PRONOUNS:
            found.setdefault("pronoun", token)
        elif token.ent_type_ == "ORG":
            found.setdefault("org", token)
        elif token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "dobj", "appos", "ROOT", "attr"):
            found.setdefault("noun", token)
    for kind in ("person", "pronoun", "org", "noun"):
        if kind in found:
            return found[kind]
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
        if (
            child.dep_ in ("compound", "flat", "case")
            or (child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "from"))
            or (child.dep_ == "acl" and child.tag_ != "VBG" and child.right_edge.i - head.i <= 5)
        ):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].i in excluded or doc[end - 1].dep_ == "case"):
        end -= 1  # "Paul Okoro's" names Paul Okoro
    while start < head.i and (doc[start].is_punct or doc[start].i in excluded):
        start += 1
    if end - start > 14:
        start, end = max(start, head.i - 6), min(end, head.i + 7)
    # a misparse can reach into the previous or next paragraph: keep the head's own line
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text or doc[i].i in excluded:
            start = i + 1
            break
    for i in range(head.i + 1, end):
        if "\n" in doc[i].text or doc[i].i in excluded:
            end = i
            break
    return doc[start:end]
