"""What a figure measures, read off the syntax of the figure's own clause as a short phrase.

The phrase answers "5.19 trillion yen of what?", trying in turn:
1. the noun the figure modifies: "a $300 million contract" -> "contract", "40% slower speeds",
   "a rate 0.1 points higher" -> "rate";
2. the noun or measuring adjective the figure restates in brackets: "Electricity (5.4%)",
   "the Corus ($310)" -> "price of Corus", "heavy (3 pounds)" -> "weight";
3. where a distance reaches: "20km south of the border" -> "south of border";
4. "X of Y": "11% of global emissions" -> "global emissions"; a share someone holds, pays or
   covers -> "firms' share of total costs"; a share that acts -> "residents relying on solar";
   "liked by 36 percent of adults" -> "adults who liked Meghan"; "$300m in school funding";
5. a price or a discount: "$25 off" -> "discount", "Get the app for $5" -> "price of app",
   "$500 million toward new grants" -> "toward new grants";
6. the verb the figure belongs to: its money sense ("Each system costs ..." -> "cost of each
   system", "allocated $70m for X" -> "allocation for X"), its measuring sense ("weighs 2 pounds"
   -> "weight of ..."), its object ("cut emissions 42%" -> "emissions"), the noun a participle
   describes ("the Expedition 1200 rated at -32°F" -> "Expedition 1200 rated"), its subject
   ("Sales rose 6%" -> "sales", "the Nikkei closed 0.2% higher" -> "Nikkei"), or the change
   itself ("they could increase by 470 million tonnes" -> "increase").
Money paid per unit of time says so ("hourly earnings of warehouse workers").
Never a person, a pronoun, a dateline or a heading: when the clause does not say, None.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscli.nlp.figures.measures_words import (
    CHANGE_NOUNS,
    COST_VERBS,
    DIMENSION_ADJECTIVES,
    DISTANCE_UNITS,
    MAX_WORDS,
    MEASURE_VERBS,
    PLACE_ADVERBS,
    PURPOSE_PREPS,
    SHARE_VERBS,
    STATE_VERBS,
    TIME_UNITS,
    per_time,
    phrase,
    usable_subject,
    verb_tail,
)

_NOUN_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "poss", "quantmod", "appos"}
_CLIMB_DEPS = {"pobj", "prep", "quantmod", "nummod", "amod", "advmod", "npadvmod", "acomp", "oprd", "xcomp", "conj",
               "agent", "dative", "compound", "nmod"}  # fmt: skip


def measures(doc: Doc, start: int, end: int, kind: str, unit: str | None = None) -> str | None:
    """A short phrase for what the figure at [start, end) measures, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    inside = {t.i for t in span}
    if kind == "count":
        return _counted(root, inside)
    unit = unit or ""
    for rule in (_modified_noun, _restated, _distance, _of_what, _price, _clause):
        found = rule(root, inside, kind, unit)
        if found:
            rate = per_time(doc, max(inside)) if kind == "money" else None
            return f"{rate} {found}" if rate and not found.startswith(rate) else found
    return None


def _modified_noun(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'a $300 million contract', 'the 5% stake', 'up to 40% slower speeds', 'a rate 0.1 points higher'."""
    head = root.head
    if root.dep_ in _NOUN_DEPS and head.i not in inside and head.pos_ in ("NOUN", "PROPN") and head.i > root.i:
        return phrase(head, inside)
    if root.dep_ in ("npadvmod", "advmod") and head.pos_ in ("ADJ", "ADV") and head.i not in inside:
        noun = head.head
        if head.dep_ == "amod" and noun.pos_ == "NOUN":
            return phrase(noun, inside)  # "40% slower speeds": the adjective stays in the phrase
        if noun.pos_ == "NOUN" and noun.i == min(inside) - 1 and noun.dep_ != "ROOT":
            return phrase(noun, inside)  # "an unemployment rate 0.1 percentage points higher"
    return None


def _distance(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'20km south of the border', '500 metres away from the terminal', '400m from the stand', '30 m ahead'."""
    if kind != "quantity" or unit not in DISTANCE_UNITS:
        return None
    for tok in (root, root.head):
        if tok is not root and tok.i in inside:
            continue
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of") and child.i not in inside:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                where = phrase(pobj, inside) if pobj is not None else None
                if where:
                    lead = tok.lower_ if tok is not root and tok.lower_ in PLACE_ADVERBS else "distance"
                    return f"{lead} {child.lower_} {where}"
        if tok is not root and tok.lower_ in PLACE_ADVERBS:
            verb = tok.head if tok.head.pos_ == "VERB" else None
            return f"{verb.text.lower()} {tok.lower_}" if verb is not None else tok.lower_
    return None


def _of_what(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'11% of global emissions', '10 ounces of weight', '$300 million in school funding'; with who
    holds the share ('firms' share of total costs') or what the share does ('residents relying on solar')."""
    obj = _of_object(root, inside, kind)
    if obj is None:
        return None
    base = phrase(obj, inside)
    if base is None:
        return None
    verb, dep = _verb_above(root, inside)
    if verb is None:
        return base
    if dep in ("nsubj", "nsubjpass") and verb.pos_ == "VERB":
        tail = verb_tail(verb, inside)
        longer = f"{base} {tail}" if tail else base  # "residents relying on solar"
        return longer if len(longer.split()) <= MAX_WORDS else base
    if dep == "agent":  # "liked by 36 percent of adults"
        who = _subject(verb, inside, borrow=False)
        return f"{base} who {verb.text.lower()}" + (f" {who}" if who else "")
    if kind in ("percent", "money") and (verb.lemma_.lower() in SHARE_VERBS or verb.lemma_.lower() in COST_VERBS):
        holder = _subject(verb, inside)
        if holder:
            return f"{holder}'s share of {base}" if not holder.endswith("s") else f"{holder}' share of {base}"
    return base


def _of_object(root: Token, inside: set[int], kind: str) -> Token | None:
    """Y of 'X of Y' (and of '$X in Y' for money); 'at 8% and 6% of emissions' shares the last Y."""
    preps = ("of", "in") if kind == "money" else ("of",)
    for tok in (root, *(c for c in root.conjuncts if c.i > root.i)):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i not in inside:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i not in inside and not pobj.like_num \
                            and pobj.pos_ in ("NOUN", "PROPN"):  # fmt: skip
                        return pobj
    return None


def _price(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'$25 off' is a discount; 'get the app for $5', 'At $549, the Spark is not cheap' are prices."""
    if kind != "money":
        return None
    doc = root.doc
    last = max(inside)
    if last + 1 < len(doc) and doc[last + 1].lower_ == "off":
        return "discount"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("for", "at") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if head.lower_ == "for":
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside), None)
            named = phrase(obj, inside, with_prep=False) if obj is not None and usable_subject(obj) else None
            if named and verb.lemma_.lower() not in COST_VERBS:
                return f"price of {named}"
        elif head.i < verb.i:  # "At $549, the Spark 15 is not cheap"
            named = _subject(verb, inside, borrow=False)
            return f"price of {named}" if named else None
    for child in root.children:  # "$500 million toward a new round of grants"
        if child.dep_ == "prep" and child.lower_ in ("for", "toward", "towards") and child.i not in inside:
            pobj = next((c for c in child.children if c.dep_ == "pobj" and not c.like_num), None)
            goal = phrase(pobj, inside) if pobj is not None else None
            if goal:
                return f"{child.lower_} {goal}"
    return None


def _clause(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """The figure's verb: its money or measuring sense, its object, its subject, the noun its
    participle describes, or the change it names."""
    verb, dep = _verb_above(root, inside)
    if verb is None:
        return _governing_noun(root, inside)
    if dep in ("advcl", "ccomp", "parataxis", "relcl", "csubj"):
        return None  # the figure sits in another clause the parse failed to give a verb
    lemma = verb.lemma_.lower()
    if unit in TIME_UNITS or (kind != "money" and lemma in COST_VERBS and lemma not in MEASURE_VERBS):
        return None  # "finished in 47.66 seconds", "the train spends two hours": a time, not a measure of them
    if kind == "money" and lemma in COST_VERBS:
        return _money_sense(verb, inside, COST_VERBS[lemma])
    if dep == "agent":  # "disliked by 24 percent": the share of people who did
        who = _subject(verb, inside, borrow=False)
        return f"share who {verb.text.lower()}" + (f" {who}" if who else "")
    if kind == "quantity" and lemma in MEASURE_VERBS:
        subject = _subject(verb, inside) or _described(verb, inside)
        name = MEASURE_VERBS[lemma]
        return f"{name} of {subject}" if subject else name
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside and not c.like_num), None)
    if obj is not None and obj.pos_ in ("NOUN", "PROPN") and _level_of(root, inside, dep):
        return phrase(obj, inside)  # "cut emissions 42.6 per cent", "lifted its yield to 2.90 per cent"
    described = _described(verb, inside)
    if described:
        return f"{described} {verb.text.lower()}"  # "the Expedition 1200 rated at -32°F"
    if kind == "money" and lemma not in STATE_VERBS:
        # "the pair pour millions into causes": who pays is not what the money measures; where it goes is
        goal = _purpose(verb, inside)
        return f"{verb.text.lower()} {goal}" if goal else None
    subject = _subject(verb, inside)
    if subject:
        return subject
    return CHANGE_NOUNS.get(lemma)


def _purpose(verb: Token, inside: set[int]) -> str | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PURPOSE_PREPS and child.i not in inside:
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.i not in inside), None)
            if pobj is not None and not pobj.like_num and pobj.ent_type_ not in ("DATE", "TIME"):
                goal = phrase(pobj, inside)
                if goal:
                    return f"{child.lower_} {goal}"
    return None  # "they could increase by up to 470 million tonnes": the increase


def _money_sense(verb: Token, inside: set[int], name: str) -> str:
    """'allocated $70m for a fund' -> 'allocation for fund'; 'Each system costs $5' -> 'cost of each system'."""
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in PURPOSE_PREPS and child.i not in inside:
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.i not in inside), None)
            if pobj is not None and not pobj.like_num and pobj.ent_type_ not in ("DATE", "TIME"):
                goal = phrase(pobj, inside)
                if goal:
                    return f"{name} {child.lower_} {goal}"
    subject = _subject(verb, inside) or _described(verb, inside)
    return f"{name} of {subject}" if subject else name


def _verb_above(root: Token, inside: set[int]) -> tuple[Token | None, str]:
    """The verb the figure hangs from, climbing through prepositions, adjectives and quantity words
    ('spend more than 600m/-', 'closed 0.22 per cent higher') but not through nouns, and the
    relation of the figure's branch to it ('agent' for 'liked by 36 percent')."""
    tok = root
    for _ in range(5):
        head = tok.head
        if head is tok or head.i in inside:
            return None, ""
        if head.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "prep" and tok.lower_ == "by" and head.tag_ == "VBN":
                return head, "agent"
            if tok is not root and tok.pos_ in ("ADJ", "ADV"):
                return head, "advmod"  # "closed 3.1 per cent lower": however the parse labels 'lower'
            return head, tok.dep_
        if head.pos_ in ("NOUN", "PROPN") or tok.dep_ not in _CLIMB_DEPS:
            return None, ""  # the figure belongs to a noun ('a budget of $5m'): _governing_noun
        tok = head
    return None, ""


def _level_of(root: Token, inside: set[int], dep: str) -> bool:
    """The figure says how much of the verb's object there is: 'cut emissions 42%', 'lifted its yield
    to 2.9%', 'kept its rate at 2.25%' (not 'finished the race in 47 seconds')."""
    if dep in ("npadvmod", "advmod", "dobj", "attr", "oprd", "acomp"):
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return dep == "prep" and prep is not None and prep.lower_ in ("to", "at", "by", "from")


def _governing_noun(root: Token, inside: set[int]) -> str | None:
    """'a budget of $5m', 'shares at $2', 'higher pay: $18.75 an hour'."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "at", "for"):
        governor = head.head
        if governor.pos_ in ("NOUN", "PROPN") and governor.i not in inside:
            return phrase(governor, inside)
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < root.i and head.i not in inside:
        return phrase(head, inside)
    return None


def _subject(verb: Token, inside: set[int], borrow: bool = True) -> str | None:
    """The verb's subject as a phrase; a verb without one borrows the subject of the clause it sits in
    ('Australia is projected to cut emissions 42%', 'pollution was on track to fall 37%')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    # "TORONTO — The index fell 0.7%": the parse may take the dateline for a second subject
    subject = next((c for c in reversed(subjects) if usable_subject(c)), subjects[0] if subjects else None)
    if subject is None and borrow and verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp"):
        for anc in list(verb.ancestors)[:4]:
            if anc.pos_ in ("VERB", "AUX"):
                subject = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None:
                    break
    if subject is None or subject.i in inside or not usable_subject(subject):
        return None
    return phrase(subject, inside)


def _described(verb: Token, inside: set[int]) -> str | None:
    """The noun a participle describes: 'a bag weighing 3 pounds', 'a loader making $10.50 an hour'."""
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and head.i not in inside \
            and usable_subject(head):  # fmt: skip
        return phrase(head, inside, with_prep=False)
    return None


def _restated(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'Electricity (5.4%)', 'the Corus ($310)', 'heavy (3 pounds)': a figure in brackets after what it measures."""
    doc = root.doc
    first = min(inside)
    if first < 2 or doc[first - 1].text not in ("(", "—", "–"):
        return None
    noun = doc[first - 2]
    if doc[first - 1].text != "(" and (noun.like_num or noun.lower_ in ("third", "quarter", "half", "fifth")):
        # "cuts of nearly a third — 31% — to grants": the aside restates the amount before it
        while noun.dep_ in ("pobj", "quantmod", "nummod", "advmod") and noun.head.i < noun.i:
            noun = noun.head
        if noun.dep_ == "prep":
            noun = noun.head
        return phrase(noun, inside, with_prep=False) if noun.pos_ == "NOUN" else None
    if doc[first - 1].text != "(":
        return None
    if noun.lower_ == "enough" and first >= 3:
        noun = doc[first - 3]
    if noun.pos_ == "ADJ" and noun.lower_ in DIMENSION_ADJECTIVES:
        return DIMENSION_ADJECTIVES[noun.lower_]  # "light enough (2 pounds)": its weight
    if noun.pos_ == "ADJ" and noun.dep_ != "acomp":
        return noun.lower_  # a list of sources: "kerosene (12.8%), rechargeable (63.6%)"
    while noun.like_num and noun.head.i < noun.i and noun.head.pos_ == "PROPN":
        noun = noun.head  # "the Zephyr 25 ($149)": the name, not its number
    if noun.pos_ not in ("NOUN", "PROPN") or not usable_subject(noun):
        return None
    named = phrase(noun, inside, with_prep=False)
    return f"price of {named}" if named and kind == "money" else named


def _counted(root: Token, inside: set[int]) -> str | None:
    """'two Aegis Ashore systems' -> 'Aegis Ashore systems'."""
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i not in inside \
            and head.pos_ in ("NOUN", "PROPN"):  # fmt: skip
        return phrase(head, inside, with_prep=False)
    if root.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN") and head.lower_ == "of":
        return None
    for child in root.children:  # "two of the systems"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return phrase(pobj, inside, with_prep=False)
    return None
