"""What a figure measures, read off the dependency parse as a short noun phrase.

The phrase answers "5.19 trillion yen of what?": the noun the figure modifies ("a $300
million contract" -> "contract"), a noun in apposition ("5.19 trillion yen ... allocation
for defense spending"), the subject of a cost or change verb ("Each system costs ..." ->
"cost of each system", "Sales rose 6%" -> "sales"), or where the amount goes ("... will
be used in preparation costs" -> "preparation costs").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_COST_VERBS = {"cost": "cost", "price": "price", "value": "value", "worth": "worth", "fetch": "price",
               "pay": "payment", "spend": "spending", "charge": "charge", "fine": "fine",
               "raise": "amount raised", "earn": "earnings", "sell": "sale price", "buy": "purchase price",
               "invest": "investment", "borrow": "loan", "lend": "loan", "lose": "loss", "owe": "debt",
               "save": "savings", "budget": "budget", "award": "award", "allocate": "allocation"}  # fmt: skip
_STATE_VERBS = {"be", "total", "reach", "stand", "amount", "rise", "fall", "climb", "grow", "increase", "drop",
                "decline", "jump", "surge", "plunge", "slip", "gain", "hit", "top", "exceed", "double",
                "triple", "shrink", "soar", "sink", "tumble", "rebound", "average", "remain", "come",
                "ease", "edge", "dip", "slide", "swell", "expand", "contract", "post", "report", "record",
                "have", "weigh", "measure", "last", "take", "slow", "accelerate", "cool", "quicken", "narrow",
                "widen", "spike", "retreat", "recover", "advance", "add", "return", "yield", "trade", "close",
                "open", "end", "finish", "settle", "rally", "lose", "shed", "fetch", "start"}  # fmt: skip
_KEEP_DET = {"each", "every", "per", "all", "both"}
# Subjects that do things rather than amount to them: people, places, nationalities.
_NOT_MEASURED = {"PERSON", "GPE", "LOC", "NORP", "FAC"}
_NOUN_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "poss", "quantmod", "appos"}
_PREPS = {"of", "for", "on", "in", "to"}
MAX_WORDS = 6


def measures(doc: Doc, start: int, end: int, kind: str) -> str | None:
    """A short phrase for what the figure at [start, end) measures, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    inside = {t.i for t in span}
    if kind == "count":
        return _counted(root, inside)
    # the noun the amount modifies: "a $300 million contract", "the 5% stake"
    head = root.head
    if root.dep_ in _NOUN_DEPS and head.i not in inside and head.pos_ in ("NOUN", "PROPN") and head.i > root.i:
        return _phrase(head, inside)
    # a noun in apposition: "5.19 trillion yen (...) allocation for defense spending"
    for child in root.children:
        if child.dep_ == "appos" and child.i not in inside and child.pos_ == "NOUN" and not _numeric(child):
            return _phrase(child, inside)
    if root.dep_ == "conj" and root.head.i not in inside:  # "X, some Y will be used in ..."
        root = root.head
    return _from_clause(root, inside, kind) or _where_it_goes(root, inside)


def _where_it_goes(root: Token, inside: set[int]) -> str | None:
    """Fallback when the parse attaches the amount oddly: an amount before the sentence's main
    verb is its subject in spirit; 'will be used in preparation costs' says what it pays for."""
    verb = root.sent.root
    if verb.pos_ not in ("VERB", "AUX") or verb.i < root.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > root.i for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "for", "on") and child.i > root.i:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and pobj.i not in inside:
                    return _phrase(pobj, inside)
    return None


def _numeric(tok: Token) -> bool:
    return any(t.like_num or t.pos_ == "NUM" for t in tok.subtree)


def _counted(root: Token, inside: set[int]) -> str | None:
    """'two Aegis Ashore systems' -> 'Aegis Ashore systems'."""
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i not in inside \
            and head.pos_ in ("NOUN", "PROPN"):  # fmt: skip
        return _phrase(head, inside, with_prep=False)
    if root.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN") and head.lower_ == "of":
        return None
    for child in root.children:  # "two of the systems"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _phrase(pobj, inside, with_prep=False)
    return None


def _from_clause(root: Token, inside: set[int], kind: str) -> str | None:
    head = root.head
    dep = root.dep_
    if dep == "pobj" and head.dep_ in ("prep", "agent", "dative"):
        prep = head
        governor = prep.head
        if governor.pos_ in ("NOUN", "PROPN") and governor.i not in inside and prep.lower_ in ("of", "at", "for"):
            return _phrase(governor, inside)  # "a budget of $5m", "shares at $2"
        if governor.pos_ in ("VERB", "AUX"):
            return _verb_subject(governor, inside, kind)
        return None
    if dep in ("dobj", "attr", "npadvmod", "advmod", "oprd", "acomp") and head.pos_ in ("VERB", "AUX"):
        return _verb_subject(head, inside, kind)
    if dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        for child in head.children:  # "... will be used in preparation costs"
            if child.dep_ == "prep" and child.lower_ in ("in", "for", "on", "to"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and pobj.i not in inside:
                        return _phrase(pobj, inside)
        for child in head.children:  # "$5m is the cost of ..."
            if child.dep_ == "attr" and child.pos_ == "NOUN":
                return _phrase(child, inside)
    return None


def _verb_subject(verb: Token, inside: set[int], kind: str) -> str | None:
    """'Each system costs ...' -> 'cost of each system'; 'Sales rose ...' -> 'sales'."""
    if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl", "relcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        base = verb.head
        if base.pos_ in ("VERB", "AUX"):
            verb = base
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "who":
        return None  # "..., who finished in 47.66 seconds": a person, not what is measured
    if subject is None or subject.i in inside or (subject.pos_ == "PRON" and subject.lower_ not in ("each",)):
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            subject = verb.head
        else:
            return None
    lemma = verb.lemma_.lower()
    if subject.ent_type_ in _NOT_MEASURED:
        return None  # "Rai Benjamin finished in 47.66 seconds": a runner is not what seconds measure
    phrase = _phrase(subject, inside)
    if phrase is None:
        return None
    if lemma in _COST_VERBS:
        # "the train spends two hours": only money is spent in the cost sense
        return f"{_COST_VERBS[lemma]} of {phrase}" if kind == "money" else None
    if lemma in _STATE_VERBS:
        return phrase
    return None


def _phrase(noun: Token, inside: set[int], with_prep: bool = True) -> str | None:
    """The noun with its modifiers and one prepositional complement, lower-cased unless a name."""
    keep: list[Token] = []
    for child in noun.lefts:
        if child.i in inside or _numeric(child):
            continue
        if child.dep_ == "poss" and child.pos_ == "PRON":
            continue  # "its plants" -> "plants"
        if child.dep_ in ("compound", "amod", "nmod", "poss") or (child.dep_ == "det" and child.lower_ in _KEEP_DET):
            keep.extend(t for t in child.subtree if t.i not in inside and not t.is_punct and t.dep_ != "case")
    keep.append(noun)
    if with_prep:
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in _PREPS:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i not in inside and not _numeric(pobj):
                    words = [t for t in pobj.subtree if t.i not in inside and not t.is_punct
                             and not (t.dep_ == "det" and t.lower_ not in _KEEP_DET)]  # fmt: skip
                    if len(keep) + len(words) + 1 <= MAX_WORDS:
                        keep.append(child)
                        keep.extend(words)
                break
    keep.sort(key=lambda t: t.i)
    texts = [_word(t) for t in keep if not t.is_space][:MAX_WORDS]
    text = " ".join(texts).replace(" 's", "'s").replace(" ’s", "’s")
    return text or None


def _word(tok: Token) -> str:
    if tok.pos_ == "PROPN" or (tok.text.isupper() and len(tok.text) > 1):
        return tok.text
    return tok.text.lower()
