"""What a figure measures, read off the syntax of the figure's own clause as a short phrase.

The phrase answers "5.19 trillion yen of what?", trying in turn:
1. the noun the figure modifies: "a $300 million contract" -> "contract", "40% slower speeds",
   "a rate 0.1 points higher" -> "rate";
2. the noun or measuring adjective the figure restates in brackets: "Electricity (5.4%)",
   "the Corus ($310)" -> "price of Corus", "heavy (3 pounds)" -> "weight";
3. where a distance reaches: "20km south of the border" -> "south of border";
4. "X of Y": "11% of global emissions" -> "global emissions"; a share someone holds, pays or
   covers -> "firms' share of total costs"; a share that acts -> "residents relying on solar";
   a group a relative clause defines -> "kids who ate peanut snacks"; "liked by 36 percent of
   adults" -> "adults who liked Meghan"; "$300m in school funding";
5. a price or a discount: "$25 off" -> "discount", "Get the app for $5" -> "price of app",
   "$500 million toward new grants" -> "toward new grants", "suing the city for $5m" -> "suing city";
6. the verb the figure belongs to (measures_clause.py);
7. the noun that governs the figure: "a budget of $5m", "shares at $2";
8. for a weight nothing else names, the dimension itself ("weight"); a figure in degrees may be a
   change or a limit, so nothing.
A range is read from its low end when the whole says nothing. Money paid per unit of time says
so ("hourly earnings of warehouse workers"). Never a person, a pronoun, a dateline, a heading or a
stretch of time: when the clause does not say, None.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newscli.nlp.figures.measures_clause import branch, clause, subject, verb_above
from newscli.nlp.figures.measures_words import (
    COST_VERBS,
    DIMENSION_ADJECTIVES,
    DISTANCE_UNITS,
    EXCHANGE_VERBS,
    MAX_WORDS,
    PLACE_ADVERBS,
    SHARE_VERBS,
    STATE_VERBS,
    TIME_UNITS,
    UNIT_DIMENSIONS,
    numeric_phrase,
    per_time,
    phrase,
    possessive,
    usable_subject,
    verb_lemma,
    verb_tail,
    word_of,
)

_NOUN_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "poss", "quantmod", "appos"}
# nouns that hold an amount rather than name what it measures ("an average of $1.1 million")
_CONTAINERS = {"average", "total", "sum", "range", "level", "high", "low", "record", "peak", "maximum", "minimum"}
_TALLIES = {"average", "total", "sum"}
# nouns for a part of an amount ("half of the $6 billion"): the amount is the whole, which they do not name
_PARTS = {"half", "third", "quarter", "part", "portion", "fraction", "bulk", "majority", "rest", "remainder", "share"}
_PLACES_TIMES = {"GPE", "LOC", "FAC", "DATE", "TIME"}
_JOINERS = {"to", "and", "or", "through", "-", "–", "—"}
# nouns of time: "three years, $38 million" does not measure the years
_BUY_VERBS = {"buy", "purchase", "acquire"}
_TIME_NOUNS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "season", "quarter"}


def measures(doc: Doc, start: int, end: int, kind: str, unit: str | None = None, own_end: int | None = None
             ) -> str | None:  # fmt: skip
    """A short phrase for what the figure at [start, end) measures, or None; own_end: where the figure
    ends before its conversion ("-22°F (-30°C)"), whose words belong to it but do not place it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    own = doc.char_span(start, own_end, alignment_mode="expand") if own_end else span
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    roots = _roots(own if own is not None and len(own) else span)
    if roots[0].head.i in inside and roots[0].head.i != roots[0].i:
        roots = _roots(span)  # "40C (104F)" parsed with the conversion on top
    if kind == "count":
        return _counted(roots[0], inside)
    unit = unit or ""
    for root in roots:
        for rule in (_modified_noun, _restated, _distance, _of_what, _worth, _price, _relative, clause,
                     _governing_noun):  # fmt: skip
            found = rule(root, inside, kind, unit)
            if found and rule is _modified_noun and kind == "quantity" and unit in UNIT_DIMENSIONS \
                    and UNIT_DIMENSIONS[unit] not in found.lower():  # fmt: skip
                return f"{UNIT_DIMENSIONS[unit]} of {found}"  # "a 200-pound man": his weight, not the man
            if found:
                rate = per_time(doc, max(inside)) if kind == "money" else None
                if not rate or found.startswith(rate):
                    return found
                owner, mark, rest = found.partition("'s ") if "'s " in found else found.partition("' ")
                return f"{owner}{mark}{rate} {rest}" if mark else f"{rate} {found}"  # "player's annual earnings"
    if kind == "quantity" and unit in UNIT_DIMENSIONS:
        return UNIT_DIMENSIONS[unit]  # "Long Wide, which is nearly 3 pounds": a weight, whose the clause does not say
    return None


def _roots(span: Span) -> list[Token]:
    """The token the figure hangs from: the span's root, leaving out punctuation the parse may hang
    elsewhere ('2 pounds, 3 ounces', '-32°F'); for a range also the root of its low end."""
    words = [t for t in span if t.dep_ != "punct"] or list(span)
    roots = [_highest(words)]
    hanging = [t for t in words if t.head.i == t.i or not span.start <= t.head.i < span.end]
    if len(hanging) > 1 and hanging[0].dep_ == "pobj" and hanging[0].i != roots[0].i:
        # "a net profit of Rs. 7,805 crore" torn by the parse: "Rs" is the object of "of", "crore" hangs
        # from the verb (or starts a sentence of its own); the figure's first word keeps the phrase it was written in
        roots.insert(0, hanging[0])
    cut = next((k for k, t in enumerate(words) if k and t.lower_ in _JOINERS), None)
    if cut is not None:
        low = _highest(words[:cut])
        if low.i != roots[0].i:
            roots.append(low)
    return roots


def _highest(words: list[Token]) -> Token:
    return min(words, key=lambda t: sum(1 for _ in t.ancestors))


def _modified_noun(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'a $300 million contract', 'the 5% stake', 'up to 40% slower speeds', 'a rate 0.1 points higher';
    'the farm's 640 acres' -> 'farm' (but 'the county's 900 acres of forest' measures the forest)."""
    owner = next((c for c in root.children if c.dep_ == "poss" and c.i not in inside and c.i < min(inside)), None)
    of_what = any(c.dep_ == "prep" and c.lower_ == "of" and c.i > max(inside) for c in root.children)
    if owner is not None and not of_what and owner.pos_ in ("NOUN", "PROPN") and usable_subject(owner):
        return phrase(owner, inside, with_prep=False)
    follower = _noun_after(root, inside)
    if follower is not None:
        return phrase(follower, inside)
    head = root.head
    # not a noun standing for an adverb ("walk 4 miles home"): that is no thing
    if root.dep_ in _NOUN_DEPS and head.i not in inside and head.pos_ in ("NOUN", "PROPN") and head.i > root.i \
            and head.dep_ != "advmod":  # fmt: skip
        gap = root.doc[max(inside) + 1 : head.i]
        if any(t.text in ("(", "[", ";", ":", "—", "–") for t in gap):
            return None  # "$188 million (opt-out after 2018)": a bracket ends the phrase
        while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i == head.i + 1:
            head = head.head  # "a $6 million book advance" parsed with the figure on "book": the advance
        return phrase(head, inside)
    # "paintings worth $3 million" is their value: _worth reads it
    if root.dep_ in ("npadvmod", "advmod") and head.pos_ in ("ADJ", "ADV") and head.i not in inside \
            and head.lower_ != "worth":  # fmt: skip
        noun = head.head
        if head.dep_ == "amod" and noun.pos_ == "NOUN":
            return phrase(noun, inside)  # "40% slower speeds": the adjective stays in the phrase
        if noun.pos_ == "NOUN" and noun.i == min(inside) - 1 and noun.dep_ != "ROOT":
            return phrase(noun, inside)  # "an unemployment rate 0.1 percentage points higher"
    return None


def _noun_after(root: Token, inside: set[int]) -> Token | None:
    """'The $420,000 asking price was cut' parsed with the noun below the figure: a common noun right after
    the figure, hanging from it, is still the noun the figure modifies."""
    doc = root.doc
    nxt = max(inside) + 1
    if nxt >= len(doc):
        return None
    noun = doc[nxt]
    if noun.pos_ != "NOUN" or not noun.text.islower() or noun.head.i not in inside or noun.dep_ in ("npadvmod", "pobj"):
        return None
    if noun.lemma_.lower() in _TIME_NOUNS or noun.ent_type_ in ("DATE", "TIME"):
        return None  # "$5 million a year", "3 percent annually"
    return noun


def _distance(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'20km south of the border', '500 metres away from the terminal', '400m from the stand', '30 m ahead'."""
    if kind != "quantity" or unit not in DISTANCE_UNITS:
        return None
    head = root.head
    if root.dep_ == "npadvmod" and head.dep_ == "prep" and head.lower_ in ("from", "off") and head.i not in inside:
        pobj = next((c for c in head.children if c.dep_ == "pobj"), None)  # "a village 6 miles off the coast"
        where = phrase(pobj, inside) if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") else None
        if where:
            return f"distance {head.lower_} {where}"
    for tok in (root, root.head):
        if tok is not root and tok.i in inside:
            continue
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of") and child.i not in inside:
                if child.lower_ == "of" and tok.lower_ not in PLACE_ADVERBS:
                    continue  # "45 centimetres of snow" is snow, not a distance
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                where = phrase(pobj, inside) if pobj is not None else None
                if where:
                    lead = tok.lower_ if tok is not root and tok.lower_ in PLACE_ADVERBS else "distance"
                    return f"{lead} {child.lower_} {where}"
        if tok is not root and tok.lower_ in PLACE_ADVERBS:
            verb = tok.head if tok.head.pos_ == "VERB" else None
            return f"{word_of(verb)} {tok.lower_}" if verb is not None else tok.lower_
    return None


def _of_what(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'11% of global emissions', '10 ounces of weight', '$300 million in school funding'; with who
    holds the share ('firms' share of total costs'), what the share does ('residents relying on
    solar') or the relative clause that defines the group ('kids who ate peanut snacks')."""
    obj = _of_object(root, inside, kind)
    if obj is None:
        return None
    base = phrase(obj, inside)
    if base is None:
        return None
    group = _defined(obj, base, inside)
    verb, dep = verb_above(root, inside)
    if verb is None:
        return group
    if dep in ("nsubj", "nsubjpass") and verb.pos_ == "VERB":
        tail = verb_tail(verb, inside) if group == base else None
        longer = f"{base} {tail}" if tail else group  # "residents relying on solar"
        return longer if len(longer.split()) <= MAX_WORDS else base
    if dep == "agent":  # "liked by 36 percent of adults"
        who = subject(verb, inside, borrow=False)
        return f"{base} who {word_of(verb)}" + (f" {who}" if who else "")
    lemma = verb_lemma(verb)
    whole = _whole_of(verb, dep, obj, inside, kind, lemma)
    if whole:
        return f"{whole} as share of {base}" if len(f"{whole} {base}".split()) < MAX_WORDS else base
    direct = dep == "dobj" or (dep == "prep" and branch(root, verb).lower_ == "for")  # "accounting for 11%"
    part = obj.head.lower_ == "of"  # "a share of the costs", not "$100 billion in revenue"
    if kind in ("percent", "money") and direct and part and (lemma in SHARE_VERBS or lemma in COST_VERBS) \
            and lemma not in ("sell", "buy"):  # fmt: skip
        holder = subject(verb, inside)
        if holder:
            return f"{possessive(holder)} share of {base}"
    return group


def _whole_of(verb: Token, dep: str, obj: Token, inside: set[int], kind: str, lemma: str) -> str | None:
    """'Consumer debt rose to 94 percent of GDP', 'debt is 110% of GDP': a percent of a base that the
    subject of a verb of state or change reaches measures that subject, not the base."""
    if kind != "percent" or obj.head.lower_ != "of" or dep not in ("prep", "attr", "acomp", "oprd"):
        return None
    if lemma not in STATE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside), None)
    if moved is not None:  # "the country raised its debt to 24 percent of GDP": the debt, not the country
        return phrase(moved, inside) if moved.pos_ == "NOUN" and not numeric_phrase(moved) else None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i in inside or subj.lower_ in ("that", "which", "who") or numeric_phrase(subj):
        return None
    return subject(verb, inside, borrow=False)


def _defined(obj: Token, base: str, inside: set[int]) -> str:
    """'kids who ate peanut snacks', 'kids who didn't eat them': a group a relative clause defines."""
    rel = next((c for c in obj.rights if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")), None)
    if rel is None or not any(c.lower_ in ("who", "that") and c.dep_.startswith("nsubj") for c in rel.children):
        return base
    words = [t for t in rel.subtree if t.i not in inside and not t.is_punct and t.dep_ != "det"]
    if any(t.like_num for t in words) or len(base.split()) + len(words) > MAX_WORDS:
        return base
    text = " ".join(t.text.lower() if t.pos_ != "PROPN" else t.text for t in words)
    return f"{base} {text}".replace(" n't", "n't").replace(" n’t", "n’t")


def _of_object(root: Token, inside: set[int], kind: str) -> Token | None:
    """Y of 'X of Y' (and of '$X in Y' for money); 'at 8% and 6% of emissions' shares the last Y,
    '$95 per adult or 1% of family income' does not: the conjunct must be the same kind of amount."""
    preps = ("of", "in") if kind == "money" else ("of",)
    for tok in (root, *(c for c in root.conjuncts if c.i > root.i and c.lower_ == root.lower_)):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i not in inside:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i not in inside and not pobj.like_num \
                            and pobj.pos_ in ("NOUN", "PROPN") \
                            and (child.lower_ == "of" or pobj.ent_type_ not in _PLACES_TIMES):  # fmt: skip
                        return pobj  # "30% of Jasper"; not "$8 in Rhode Island", "$5m in 2016"
    return None


def _worth(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'30 scholarships worth over $450k', 'a house worth $2 million': the value of the noun 'worth'
    describes ('Mar-a-Lago was worth $18 million' is the clause's: measures_clause.py)."""
    if kind != "money":
        return None
    tok = root
    for _ in range(3):
        head = tok.head
        if head.i == tok.i or head.i in inside or tok.dep_ not in ("pobj", "prep", "quantmod", "npadvmod"):
            return None
        if head.lower_ == "worth":
            noun = head.head
            if head.dep_ not in ("amod", "acl", "prep") or noun.pos_ != "NOUN" or not noun.i < head.i:
                return None
            named = phrase(noun, inside, with_prep=False)
            return f"value of {named}" if named else None
        tok = head
    return None


def _price(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'$25 off' is a discount; 'get the app for $5', 'At $549, the Spark is not cheap' are prices;
    'suing the city for $5m' is what the suit asks."""
    if kind != "money":
        return None
    doc = root.doc
    last = max(inside)
    if last + 1 < len(doc) and doc[last + 1].lower_ == "off":
        return "discount"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("for", "at") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        lemma = verb_lemma(verb)
        if head.lower_ == "for" and lemma not in COST_VERBS:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                if lemma in EXCHANGE_VERBS:
                    # what is bought is a thing, whatever the NER says ("bought chipmaker Arlon", "bought striker Ruiz")
                    thing = usable_subject(obj) or (obj.ent_type_ == "PERSON" and lemma in _BUY_VERBS)
                    named = phrase(obj, inside, with_prep=False) if thing else None
                    return f"price of {named}" if named else None
                return f"{word_of(verb)} {phrase(obj, inside, with_prep=False)}"  # "suing Trump"
        elif head.lower_ == "at" and head.i < verb.i:  # "At $549, the Spark 15 is not cheap"
            named = subject(verb, inside, borrow=False)
            return f"price of {named}" if named else None
    goals = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "toward", "towards")]
    if last + 1 < len(doc) and doc[last + 1].lower_ in ("toward", "towards"):
        goals.append(doc[last + 1])  # "such as $500 million toward new grants", however it is attached
    for child in goals:  # "$500 million toward a new round of grants"
        if child.i not in inside:
            pobj = next((c for c in child.children if c.dep_ == "pobj" and not c.like_num), None)
            goal = phrase(pobj, inside) if pobj is not None else None
            if goal:
                return f"{child.lower_} {goal}"
    return None


def _relative(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'$1 of capital for every $20 they lend', 'the $5 million that was spent on roads': a relative clause on
    the amount itself says what it is."""
    rel = next((c for c in root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and c.i > max(inside)),
               None)  # fmt: skip
    if rel is None or kind == "count" or unit in TIME_UNITS or root.dep_ == "ROOT":
        return None  # an amount the parse made the root has lost its verb: its clauses are guesses
    if not any(c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in ("that", "which") for c in rel.children):
        return None  # "cost $900 million to build": an infinitive the parse hung on the amount defines nothing
    gap = root.doc[max(inside) + 1 : rel.left_edge.i + 1]
    if any(t.is_punct or t.lower_.startswith(("which", "who")) for t in gap):
        return None  # "$10.50, which is the minimum wage": an aside, not the amount's definition
    words = [t for t in rel.subtree if t.i not in inside and not t.is_punct and t.lower_ not in ("that", "which")
             and not (t.dep_ in ("aux", "auxpass") and t.i < rel.i)]  # fmt: skip
    if not words or len(words) > MAX_WORDS or any(t.like_num for t in words):
        return None
    said = " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in words)
    return ("share " if kind == "percent" else "amount ") + said


def _governing_noun(root: Token, inside: set[int], kind: str, unit: str) -> str | None:
    """'a budget of $5m', 'shares at $2', 'higher pay: $18.75 an hour'; never a stretch of time
    ('Chris Sale, three years, $38 million')."""
    head = root.head
    governor = None
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "at", "for"):
        governor = head.head
        if governor.lower_ == "excess" and governor.head.lower_ == "in":
            governor = governor.head.head  # "warming in excess of 2°C": a bound, like "more than"
    elif root.dep_ == "appos" and head.i < root.i and head.pos_ == "NOUN":
        governor = head
    gerund = governor is not None and governor.tag_ == "VBG" and governor.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if governor is None or (governor.pos_ not in ("NOUN", "PROPN") and not gerund) or governor.i in inside:
        return None  # a gerund used as a noun will do: "warming in excess of 2°C"
    if governor.lemma_.lower() in _TIME_NOUNS or governor.ent_type_ in ("DATE", "TIME"):
        return None
    if governor.ent_type_ == "PERSON" and governor.pos_ != "NOUN":
        return None  # a person is not measured; "Nick's Guess: $11m" is a guess the NER took into his name
    lemma = governor.lemma_.lower()
    if lemma in _PARTS and head.lower_ == "of":
        return None  # "half of the $6 billion went to ...": a part of the amount, not what it measures
    if lemma in _CONTAINERS and governor.tag_ == "NN" and governor.dep_ not in ("nsubj", "nsubjpass"):
        # "dropped to an average of $1.1 million", "spent a total of $5m": the clause says of what
        held = clause(governor, inside | {governor.i}, kind, unit)
        if held:
            return held
        if lemma in _TALLIES:
            return None  # "an average of $1m a month" alone says nothing of what
    return phrase(governor, inside)


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
    if noun.ent_type_ in ("GPE", "LOC") and noun.dep_ in ("appos", "conj", "npadvmod") and noun.head.i < noun.i:
        noun = noun.head  # "La Ferme Rosé, France ($14.99)": the wine, not where it comes from
    if noun.ent_type_ in ("GPE", "LOC"):
        return None
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
