"""What a figure measures, read off the verb its clause hangs from (measures.py tries the nouns first).

In turn: the verb's money sense ("Each system costs $5" -> "cost of each system", "Taylor Swift
made $170m" -> "Taylor Swift's earnings", "sold 2.6bn euros" -> "amount sold"), its measuring sense
("weighs 2 pounds" -> "weight of ..."), the object whose level the figure gives ("cut fares 7%",
"raising the income limit from $154,000 to $220,000"), the noun a participle describes ("the
Expedition 1200 rated at -32°F"), where the money went or came from ("stole $5m from banks"), the
subject of a verb of state or change ("The euro was little changed at $1.07" -> "euro"), or the
change itself ("they could increase by 470 million tonnes" -> "increase").
"""

from __future__ import annotations

from spacy.tokens import Token

from newscli.nlp.figures.measures_words import (
    CHANGE_NOUNS,
    COST_VERBS,
    DISTANCE_UNITS,
    ESTIMATE_NOUNS,
    MEASURE_VERBS,
    PURPOSE_PREPS,
    SHARE_VERBS,
    STATE_VERBS,
    THING_VERBS,
    TIME_UNITS,
    TRADE_VERBS,
    numeric_phrase,
    phrase,
    possessive,
    usable_subject,
    verb_lemma,
    verb_tail,
    word_of,
)

_CLIMB_DEPS = {"pobj", "prep", "quantmod", "nummod", "amod", "advmod", "npadvmod", "acomp", "oprd", "xcomp", "conj",
               "agent", "dative", "compound", "nmod"}  # fmt: skip
_LINKS = {"xcomp", "ccomp", "conj", "advcl", "pcomp", "prep", "aux"}  # how a verb without a subject joins its clause


def clause(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """The figure's verb: its money or measuring sense, its object, its subject, the noun its
    participle describes, or the change it names."""
    verb, dep = verb_above(root, inside)
    if verb is None:
        return changed_object(root, inside)
    if dep in ("advcl", "ccomp", "parataxis", "relcl", "csubj"):
        return None  # the figure sits in another clause the parse failed to give a verb
    lemma = verb_lemma(verb)
    if root.head.pos_ == "ADJ" and root.head.lower_ in COST_VERBS:
        lemma = root.head.lower_  # "Mar-a-Lago was worth $18 million"
    spends = lemma in COST_VERBS and lemma not in MEASURE_VERBS and lemma not in CHANGE_NOUNS
    if unit in TIME_UNITS or (kind != "money" and spends):
        return None  # "finished in 47.66 seconds", "the train spends two hours": a time, not a measure of them
    obj = _object(verb, inside)
    way = branch(root, verb)
    prep = way.lower_ if way.dep_ == "prep" else ""  # "to $220,000", "from the current $154,000 to"
    if kind == "percent" and dep in ("dobj", "npadvmod") and lemma in SHARE_VERBS and obj is None:
        holder = subject(verb, inside)  # "the state will cover 60 percent": its share, not the state
        return possessive(holder) + " share" if holder else None
    if prep in ("to", "from") and lemma in CHANGE_NOUNS and obj is not None:
        return phrase(obj, inside)  # "raise the minimum wage to $15"; "raise it to $8.70" says nothing
    if prep == "at" and lemma not in THING_VERBS and lemma not in MEASURE_VERBS \
            and any(c.dep_ == "nsubjpass" for c in verb.children):  # fmt: skip
        level = subject(verb, inside, borrow=False)  # "Bail was set at $1 million", "damage is estimated at $3bn"
        if level:
            return level
    if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ in ("aside", "apart") for c in verb.children):
        lemma = ""  # money is "set aside"; "set at $5,000" is a level, not an allocation
    if kind == "money" and lemma in COST_VERBS and (lemma != "raise" or dep == "dobj"):
        return _money_sense(verb, inside, lemma, dep)
    if kind == "money" and dep == "dobj" and lemma in CHANGE_NOUNS:
        moved = verb_tail(verb, inside, preps=("from", "off", "to"))
        if moved:
            return f"amount {moved}"  # "the commission cut $500,000 from its budget": not the commission
    if dep == "agent" and kind == "percent":  # "disliked by 24 percent": the share of people who did
        who = subject(verb, inside, borrow=False)
        return f"share who {word_of(verb)}" + (f" {who}" if who else "")
    if kind == "quantity" and lemma in MEASURE_VERBS:
        name = MEASURE_VERBS[lemma]
        holder = subject(verb, inside) or _described(verb, inside)
        return f"{name} of {holder}" if holder else name
    if obj is not None and obj.pos_ in ("NOUN", "PROPN") and _level_of(root, inside, dep):
        return phrase(obj, inside)  # "cut emissions 42.6 per cent", "lifted its yield to 2.90 per cent"
    described = _described(verb, inside)
    if described:
        return f"{described} {word_of(verb)}"  # "the Expedition 1200 rated at -32°F"
    if kind == "money" and lemma not in STATE_VERBS and prep != "at":
        # "the pair pour millions into causes": who pays is not what the money measures; where it goes is;
        # "Forbes pegged it at $4 billion, No. 1 in the world": a level of the object, not money spent
        goal = _purpose(verb, inside)
        if goal:
            return f"{word_of(verb)} {goal}"
        return verb_tail(verb, inside) if dep == "dobj" else None  # "stole $5m from three banks"
    holder = subject(verb, inside) if obj is None else None  # "lawmakers raised it by 50 cents": doers
    if lemma not in STATE_VERBS and dep == "dobj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        holder = None  # "the athlete cleared 6.1 metres": the subject does, it is not measured
    if lemma not in STATE_VERBS and dep in ("advmod", "npadvmod") and unit in DISTANCE_UNITS:
        holder = None  # "her brother walked 3 miles home": the distance walked, not the walker
    if holder or prep in ("to", "toward", "towards", "at", "from") or _conjunct(root, verb):
        return holder  # "fell toward $50": a level, not the fall; "to 5.4% ... and 1.3%": as the first
    change = CHANGE_NOUNS.get(lemma)
    what = phrase(obj, inside, with_prep=False) if change and obj is not None and obj.pos_ == "NOUN" else None
    return f"{change} in {what}" if what else change  # "raise the minimum wage by $2 to $14": increase in it


def branch(tok: Token, top: Token) -> Token:
    """The child of top on the way up from tok."""
    while tok.head.i != top.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjunct(root: Token, verb: Token) -> bool:
    tok = root
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "conj":
            return True
        tok = tok.head
    return False


def _object(verb: Token, inside: set[int]) -> Token | None:
    """The verb's direct object, unless it is a figure itself ('dropped one basis point to 74')."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.i not in inside and not c.like_num and not numeric_phrase(c):
            return c
    return None


def _purpose(verb: Token, inside: set[int]) -> str | None:
    for child in verb.children:  # after the verb: "For now, the fund holds $2m" names no purpose
        if child.dep_ == "prep" and child.lower_ in PURPOSE_PREPS and child.i not in inside and child.i > verb.i:
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.i not in inside), None)
            if pobj is not None and not pobj.like_num and pobj.ent_type_ not in ("DATE", "TIME"):
                goal = phrase(pobj, inside)
                if goal:
                    return f"{child.lower_} {goal}"
    return None  # "they could increase by up to 470 million tonnes": the increase


def _money_sense(verb: Token, inside: set[int], lemma: str, dep: str) -> str:
    """'allocated $70m for a fund' -> 'allocation for fund'; 'Each system costs $5' -> 'cost of each
    system'; 'Taylor Swift made $170m' -> "Taylor Swift's earnings"; 'sold the unit for $5m' ->
    'sale price of unit', 'sold 2.6 billion euros' -> 'amount sold'."""
    name = COST_VERBS[lemma]
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in PURPOSE_PREPS and child.i not in inside \
                and child.i > verb.i:  # fmt: skip
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.i not in inside), None)
            if pobj is not None and not pobj.like_num and pobj.ent_type_ not in ("DATE", "TIME"):
                goal = phrase(pobj, inside)
                if goal:
                    return f"{name} {child.lower_} {goal}"
    if lemma in TRADE_VERBS:  # what changes hands is the object, not who sells it
        if dep == "dobj":
            return TRADE_VERBS[lemma]
        obj = _object(verb, inside)
        thing = phrase(obj, inside, with_prep=False) if obj is not None else subject(verb, inside, borrow=False)
        return f"{name} of {thing}" if thing else name  # "sold the unit for $5m", "the pair sold for $6,000"
    if lemma in THING_VERBS:  # "Each system costs $5": the subject is what has the price
        obj = _object(verb, inside) if lemma in ("value", "price") else None
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and usable_subject(obj):
            return f"{name} of {phrase(obj, inside, with_prep=False)}"  # "the deal values the firm at $2bn"
        holder = subject(verb, inside) or _described(verb, inside)
        return f"{name} of {holder}" if holder else name
    doer = _doer(verb, inside)  # "Justin Bieber made $56 million": his earnings
    if doer is None:
        described = _described(verb, inside)  # "warehouse workers earning $17.50 an hour"
        return f"{name} of {described}" if described else name
    if name.startswith("amount"):
        return f"{name} by {doer}"
    return f"{doer}' {name}" if doer.endswith("s") else f"{doer}'s {name}"


def _doer(verb: Token, inside: set[int]) -> str | None:
    """Who earns, spends or pays: the subject, a person's name too, never a pronoun or a dateline."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside), None)
    if subj is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        # "the farm stands to lose $150,000", "the city agreed to pay $5m": the controlling subject
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if subj.ent_type_ != "PERSON" and not usable_subject(subj):
        return None
    return phrase(subj, inside, with_prep=False)


def verb_above(root: Token, inside: set[int]) -> tuple[Token | None, str]:
    """The verb the figure hangs from, climbing through prepositions, adjectives and quantity words
    ('spend more than 600m/-', 'closed 0.22 per cent higher') but not through nouns, and the
    relation of the figure's branch to it ('agent' for 'liked by 36 percent')."""
    tok = root
    for _ in range(5):
        head = tok.head
        if head.i == tok.i or head.i in inside:
            return None, ""
        if head.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "prep" and tok.lower_ == "by" and head.tag_ == "VBN" and _passive(head):
                return head, "agent"
            if tok is not root and tok.pos_ in ("ADJ", "ADV"):
                return head, "advmod"  # "closed 3.1 per cent lower": however the parse labels 'lower'
            return head, tok.dep_
        if head.pos_ in ("NOUN", "PROPN") or tok.dep_ not in _CLIMB_DEPS:
            return None, ""  # the figure belongs to a noun ('a budget of $5m'): measures.py reads it
        tok = head
    return None, ""


def _passive(verb: Token) -> bool:
    """'was liked by 36 percent', 'a plan backed by 60 percent': a passive, whose 'by' names the doers;
    not a perfect ('prices have risen by 18%'), whose 'by' is the size of the change."""
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN" and verb.head.i != verb.i:
        return _passive(verb.head)  # "was liked by 36 percent and disliked by 24 percent"
    return verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def changed_object(root: Token, inside: set[int]) -> str | None:
    """'raising the income limit for a family of four from $154,000 to $220,000': a 'from'/'to' level
    the parse hung on a noun belongs to the change verb above it and measures that verb's object."""
    tok = root
    while tok.dep_ in ("quantmod", "nummod", "compound") and tok.head.i != tok.i:
        tok = tok.head  # "from the current $154,000 to $220,000": the parse hangs one end on the other
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "to"):
        return None
    for anc in list(tok.ancestors)[:6]:
        if anc.pos_ in ("VERB", "AUX"):
            if verb_lemma(anc) not in CHANGE_NOUNS:
                return None
            obj = _object(anc, inside)
            return phrase(obj, inside, with_prep=False) if obj is not None and obj.pos_ == "NOUN" else None
    return None


def _level_of(root: Token, inside: set[int], dep: str) -> bool:
    """The figure says how much of the verb's object there is: 'cut emissions 42%', 'lifted its yield
    to 2.9%', 'kept its rate at 2.25%' (not 'finished the race in 47 seconds')."""
    if dep in ("npadvmod", "advmod", "dobj", "attr", "oprd", "acomp"):
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return dep == "prep" and prep is not None and prep.lower_ in ("to", "at", "by", "from")


def subject(verb: Token, inside: set[int], borrow: bool = True) -> str | None:
    """The verb's subject as a phrase; a verb without one borrows the subject of the clause it sits in
    ('Australia is projected to cut emissions 42%', 'pollution was on track to fall 37%'), but not
    across a noun ('cut their chances of becoming allergic by 80%' is not the subject's)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    # "TORONTO — The index fell 0.7%": the parse may take the dateline for a second subject
    subj = next((c for c in reversed(subjects) if usable_subject(c)), subjects[0] if subjects else None)
    if subj is None and borrow and verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp"):
        tok = verb
        for _ in range(4):
            if tok.dep_ not in _LINKS or tok.head.i == tok.i or _other_subject(tok.head, tok):
                break
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    break
            elif tok.pos_ != "ADP":
                break
    if subj is not None:
        subj = _estimated(_fronted(_antecedent(subj, verb)))
    if subj is None or subj.i in inside or not usable_subject(subj):
        return None
    return phrase(subj, inside)


def _other_subject(head: Token, verb: Token) -> bool:
    """'The value fell from $327m ... after Forbes outed Trump for claiming the apartment was 30,000
    square feet': another clause with its own subject stands between, so 'was' is not the value's."""
    doc = head.doc
    lo, hi = sorted((head.i, verb.i))
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in (head.i, verb.i) for t in doc[lo + 1 : hi])


def _antecedent(subj: Token, verb: Token) -> Token:
    """'warheads that are 5 kilotons or smaller', 'funds which hold $2 billion': the subject of a
    relative clause is the noun the clause describes ('who' names a person, who is not measured; a
    noun the parse made the root has lost its verb, and the clause with it)."""
    head = verb.head
    if subj.lower_ in ("that", "which") and verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN") \
            and head.i < subj.i and head.dep_ != "ROOT":  # fmt: skip
        return head
    return subj


def _estimated(subj: Token) -> Token:
    """'forecasts for storm damage reach $3 billion': an estimate holds the amount of what it is for."""
    if subj.lemma_.lower() not in ESTIMATE_NOUNS:
        return subj
    for child in subj.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj" and not c.like_num), None)
            if pobj is not None and pobj.pos_ == "NOUN":
                return pobj
    return subj


def _fronted(subj: Token) -> Token:
    """'Overseas, the pan-European STOXX 600 was up 0.49%': a fronted word the parse took for the
    subject, with the real one as its apposition."""
    doc = subj.doc
    if subj.i == subj.sent.start and subj.i + 1 < len(doc) and doc[subj.i + 1].text == ",":
        appos = next((c for c in subj.children if c.dep_ == "appos"), None)
        if appos is not None:
            return appos
    return subj


def _described(verb: Token, inside: set[int]) -> str | None:
    """The noun a participle describes: 'a bag weighing 3 pounds', 'a loader making $10.50 an hour'."""
    head = verb.head
    if verb.pos_ != "VERB" or verb.dep_ not in ("acl", "relcl") or head.pos_ not in ("NOUN", "PROPN") \
            or head.i in inside or not usable_subject(head):  # fmt: skip
        return None
    if verb.dep_ == "acl" and head.i < verb.i:
        # a participle follows its noun: "the Expedition 1200 rated at -32°F and the Expedition 1400
        # rated at -40°F" -- the parse may hang the second "rated" on the first name
        names = [c.i for c in head.rights if c.dep_ in ("nummod", "compound", "appos") and c.like_num and c.i < verb.i]
        end = max([head.i, *names])
        if end + 1 != verb.i:
            return None
    return phrase(head, inside, with_prep=False)
