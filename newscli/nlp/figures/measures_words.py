"""The words measures.py builds its phrases from, and the phrase builder itself."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Money verbs and the noun for what their amount is ("costs $5" -> "cost of ...").
COST_VERBS = {"cost": "cost", "price": "price", "value": "value", "worth": "value", "fetch": "price",
              "pay": "payment", "spend": "spending", "charge": "charge", "fine": "fine",
              "raise": "amount raised", "earn": "earnings", "make": "earnings", "sell": "sale price",
              "buy": "purchase price", "invest": "investment", "borrow": "loan", "lend": "loan", "lose": "loss",
              "owe": "debt", "save": "savings", "budget": "budget", "award": "award", "allocate": "allocation",
              "contribute": "contribution", "donate": "donation", "give": "giving", "grant": "grant",
              "pledge": "pledge", "receive": "amount received", "bring": "revenue", "generate": "revenue",
              "set": "amount set aside", "earmark": "allocation", "approve": "approved spending",
              "seek": "amount sought", "bill": "bill", "offer": "offer"}  # fmt: skip
# Money verbs whose subject is the thing priced ("Each system costs $5"); the others' subject pays or earns.
THING_VERBS = {"cost", "price", "value", "worth", "fetch"}
# Money verbs of exchange: what changes hands is their object; the amount itself when the money is it.
TRADE_VERBS = {"sell": "amount sold", "buy": "amount bought"}
# Verbs of exchange after which "for $5" is a price of the object ("get the app for $5").
EXCHANGE_VERBS = {"get", "buy", "sell", "purchase", "rent", "lease", "order", "book", "list", "offer", "acquire",
                  "pick", "snap", "grab", "trade", "auction", "hire"}  # fmt: skip
# Verbs that measure, and the noun for what their quantity is ("weighs 2 pounds" -> "weight").
MEASURE_VERBS = {"weigh": "weight", "rate": "rating", "compress": "compressed size", "pack": "packed size",
                 "measure": "size", "stretch": "length", "stand": "height", "span": "span"}  # fmt: skip
# Verbs whose object is a share someone holds, pays or covers ("the firms covered 75% of the costs").
SHARE_VERBS = {"account", "cover", "hold", "own", "control", "represent", "make", "take", "capture", "command",
               "pay", "bear", "contribute", "receive", "get", "win", "have", "occupy", "consume", "use"}  # fmt: skip
# A change named by its verb, when the clause names nothing else ("they could increase by 470m tonnes").
CHANGE_NOUNS = {"rise": "rise", "increase": "increase", "grow": "growth", "fall": "fall", "drop": "drop",
                "decline": "decline", "decrease": "decrease", "cut": "cut", "reduce": "reduction",
                "jump": "jump", "climb": "climb", "gain": "gain", "slip": "slip", "surge": "surge",
                "plunge": "plunge", "shrink": "contraction", "expand": "expansion", "soar": "rise",
                "tumble": "fall", "slide": "fall", "dip": "dip", "raise": "increase", "lower": "reduction",
                "boost": "boost", "widen": "widening", "narrow": "narrowing", "change": "change",
                "add": "gain", "shed": "loss", "edge": "change", "ease": "fall", "advance": "gain",
                "retreat": "fall", "rally": "rise", "rebound": "rebound", "recover": "recovery", "sag": "fall",
                "trim": "cut", "slash": "cut", "hike": "increase", "double": "doubling", "triple": "tripling",
                "halve": "halving", "lift": "increase"}  # fmt: skip
# Verbs whose subject is the amount's own measure ("revenue rose to $5m", "the bill was $40"), as
# against doers ("the pair pour millions into causes").
STATE_VERBS = {"be", "total", "reach", "stand", "amount", "come", "hit", "top", "exceed", "remain", "average",
               "hover", "trade", "close", "open", "end", "finish", "settle", "run", "sit", "stay", "double",
               "triple", "balloon", "swell", "mount", "range", "equal", "represent", "become", "add", "include",
               "go", "move", *CHANGE_NOUNS}  # fmt: skip
_KNOWN_VERBS = frozenset(COST_VERBS) | frozenset(MEASURE_VERBS) | frozenset(STATE_VERBS) | frozenset(SHARE_VERBS)
# Nouns that hold an estimate of something else ("forecasts for storm damage reach $3 billion").
ESTIMATE_NOUNS = {"estimate", "forecast", "projection", "prediction", "guess", "expectation"}
# Adjectives that name what a quantity in brackets after them measures ("heavy (3 pounds)").
DIMENSION_ADJECTIVES = {"heavy": "weight", "light": "weight", "long": "length", "short": "length",
                        "tall": "height", "high": "height", "wide": "width", "narrow": "width", "deep": "depth",
                        "thick": "thickness", "fast": "speed", "big": "size", "small": "size",
                        "large": "size", "warm": "temperature", "cold": "temperature", "hot": "temperature",
                        "expensive": "price", "cheap": "price", "old": "age"}  # fmt: skip
_PER_TIME = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly", "year": "annual",
             "annum": "annual"}  # fmt: skip
# What a quantity in these units is, when its clause names nothing else ("which is nearly 3 pounds").
# Not degrees: a figure in degrees is as often a change, a gap or a limit ("go down 10 degrees",
# "keep warming under 2°C") as a temperature, and the unit already says it is one.
UNIT_DIMENSIONS = {"lb": "weight", "oz": "weight", "kg": "weight", "g": "weight", "mg": "weight"}
# Prepositions after a money verb that say what the money is for: "allocated $70m for schools"
PURPOSE_PREPS = {"for", "to", "toward", "towards", "on", "in", "into"}
TIME_UNITS = {"s", "ms", "min", "h", "d", "wk", "mo", "yr", "decade", "century"}
DISTANCE_UNITS = {"km", "m", "cm", "mm", "mi", "ft", "in", "yd", "nmi"}
PLACE_ADVERBS = {"away", "south", "north", "east", "west", "ahead", "behind", "above", "below", "off", "out",
                 "inland", "offshore", "apart", "southeast", "southwest", "northeast", "northwest"}  # fmt: skip
_KEEP_DET = {"each", "every", "per", "all", "both"}
_PREPS = {"of", "for", "on", "in", "to"}
# Subjects that do things rather than amount to them: people; and words that stand for something else.
_NOT_MEASURED = {"PERSON"}
MAX_WORDS = 8
# entity types whose words keep their capitals ("Israeli soldiers", "Canadian dollar")
_NAME_TYPES = {"NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "PERSON"}


def verb_lemma(tok: Token) -> str:
    """The verb's lemma, mended where the lemmatizer strays ('rated' -> 'rat'): a known verb whose
    inflections give the word wins over an unknown lemma."""
    lemma = tok.lemma_.lower()
    if lemma in _KNOWN_VERBS:
        return lemma
    word = tok.lower_
    for stem in (word[:-1], word[:-2], word[:-3] + "e", word[:-3]):  # rated, rates; raised; rating, adding
        if len(stem) > 2 and stem in _KNOWN_VERBS and word.endswith(("d", "s", "ing")):
            return stem
    return lemma


def usable_subject(tok: Token) -> bool:
    """A subject a figure may measure: not a person, a pronoun, a dateline or a heading in capitals."""
    if tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass"):
        pass  # "crude fell toward $50": an adjective the parse made the subject stands for a noun
    elif (tok.pos_ == "PRON" and tok.lower_ not in ("each",)) or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if tok.ent_type_ in _NOT_MEASURED or tok.lower_ in ("who", "which", "that"):
        return False
    words = [t for t in tok.subtree if t.is_alpha]
    if words and all(t.text.isupper() and len(t.text) > 1 for t in words) and len(words) > 1:
        return False  # "MEXICO CITY": a dateline, not what 1.1% growth measures
    sent = tok.sent
    return not (tok.i - sent.start <= 3 and any(t.text in ("—", "–", "--") for t in sent[: tok.i - sent.start + 4]))


def numeric_phrase(tok: Token) -> bool:
    """A noun that is itself an amount: 'one basis point', '$5 million', 'thousands'."""
    if tok.like_num or tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
        return True
    return any(c.dep_ in ("nummod", "quantmod") and (c.like_num or c.pos_ == "NUM") for c in tok.children)


def verb_tail(verb: Token, inside: set[int], skip: Token | None = None, preps: tuple[str, ...] = ()) -> str | None:
    """'relying on solar', 'coming from coal': a verb and the prepositional phrase after it, for a
    share that acts ('14.8 percent of residents rely on solar'); None when the verb has none
    (or none of preps, when given)."""
    for child in verb.children:
        if child is skip or child.i in inside or child.i < verb.i or child.dep_ != "prep":
            continue
        if preps and child.lower_ not in preps:
            continue
        obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if preps and obj is not None and (obj.ent_type_ in ("DATE", "TIME") or numeric_phrase(obj)):
            return None  # "rose $5 to $20", "fell $2m from a year earlier"
        if obj is None:  # "relying on solar" parsed with "solar" as an adjective of the preposition
            obj = next((c for c in child.children if c.dep_ in ("amod", "compound")), None)
        if obj is not None and not obj.like_num:
            words = phrase(obj, inside, with_prep=False)
            if words:
                return f"{word_of(verb)} {child.lower_} {words}"
        return None
    return None


def phrase(noun: Token | None, inside: set[int], with_prep: bool = True) -> str | None:
    """The noun with its modifiers and one prepositional complement, lower-cased unless a name.

    A name keeps its numbers ('Expedition 1200'); other numbers are figures of their own.
    """
    if noun is None or noun.pos_ == "PRON" or noun.tag_ in ("WP", "WDT", "EX"):
        return None  # "those", "what": a pronoun says nothing of what is measured
    keep: list[Token] = []
    for child in noun.lefts:
        own = inside if child.dep_ == "compound" else set()  # "a $6 million book advance": the figure under "book"
        if child.i in inside or (_numeric(child, own) and noun.pos_ != "PROPN"):
            continue
        if child.dep_ == "poss" and (child.pos_ == "PRON" or child.tag_ == "WP$"):
            continue  # "its plants" -> "plants"; "whose brother" -> "brother"
        if _glued_hyphen(child) and noun.pos_ == "PROPN":
            keep.append(child)  # "Mar-a-Lago"
            continue
        if child.dep_ in ("compound", "amod", "nmod", "poss") or (child.dep_ == "det" and not _bare_det(child)):
            keep.extend(t for t in child.subtree if t.i not in inside and _wordlike(t) and not _bare_det(t))
    keep.append(noun)
    if noun.pos_ == "PROPN":  # "the Expedition 1200", "Spark 15": the number ends the name
        keep.extend(
            c
            for c in noun.rights
            if c.dep_ in ("nummod", "compound", "appos") and c.like_num and c.i == noun.i + 1 and c.i not in inside
        )
    if with_prep:
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in _PREPS:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i not in inside and not _numeric(pobj):
                    words = [t for t in pobj.subtree if t.i not in inside and _wordlike(t) and not _bare_det(t)]
                    if len(keep) + len(words) + 1 <= MAX_WORDS:
                        keep.append(child)
                        keep.extend(words)
                break
        else:
            keep.extend(_participle(noun, inside, len(keep)))
    # "co-op", not "op"; a number hyphened on is a figure of its own ("10-year")
    whole = [part for t in keep for part in _hyphened(t) if part.i not in inside and not part.like_num]
    keep = sorted(set(keep) | set(whole), key=lambda t: t.i)
    return _join([t for t in keep if not t.is_space]) or None


def _participle(noun: Token, inside: set[int], kept: int) -> list[Token]:
    """'the cost borne by the government': a past participle right after the noun, with the phrase it
    takes, says which of the noun is meant; nothing when it runs long or holds a number."""
    doc = noun.doc
    verb = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if verb is None or verb.head.i != noun.i or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i in inside:
        return []
    prep = next((c for c in verb.rights if c.dep_ in ("prep", "agent") and c.i == verb.i + 1), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or pobj is None or pobj.i in inside or _numeric(pobj) or pobj.ent_type_ in ("DATE", "TIME"):
        return []
    words = [t for t in pobj.subtree if t.i not in inside and _wordlike(t) and not _bare_det(t)]
    return [verb, prep, *words] if kept + len(words) + 2 <= MAX_WORDS else []


def _join(tokens: list[Token]) -> str:
    """The words as written: 'Mar-a-Lago', "Taylor Swift's", "didn't"; at most MAX_WORDS of them."""
    text, n, prev = "", 0, None
    for t in tokens:
        if not _glued_hyphen(t):
            n += 1
            if n > MAX_WORDS:
                break
        if prev is not None and not (prev.i == t.i - 1 and not prev.whitespace_):
            text += " "
        text += _word(t)
        prev = t
    text = text.replace(" 's", "'s").replace(" ’s", "’s").replace(" '", "'").replace(" ’", "’")
    return text.strip("-– ")


def _glued_hyphen(tok: Token) -> bool:
    return tok.text in ("-", "–") and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _hyphened(tok: Token) -> list[Token]:
    """The tokens of the hyphened word tok is part of: 'co-op', 're-sign' are split by the tokenizer."""
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo >= 2 and _glued_hyphen(doc[lo - 1]):
        lo -= 2
    while hi + 2 < len(doc) and _glued_hyphen(doc[hi + 1]):
        hi += 2
    return list(doc[lo : hi + 1])


def word_of(verb: Token) -> str:
    """A verb as written, lower-cased, whole when hyphened ('re-sign', not 'sign')."""
    return "".join(t.text for t in _hyphened(verb)).lower()


def _wordlike(tok: Token) -> bool:
    return not tok.is_punct or _glued_hyphen(tok)


def _bare_det(tok: Token) -> bool:
    glued = tok.i > 0 and _glued_hyphen(tok.doc[tok.i - 1])  # the "a" of "Mar-a-Lago"
    return tok.dep_ == "det" and tok.lower_ not in _KEEP_DET and not glued


def _numeric(tok: Token, inside: set[int] | frozenset[int] = frozenset()) -> bool:
    return any((t.like_num or t.pos_ == "NUM") and t.i not in inside for t in tok.subtree)


def _word(tok: Token) -> str:
    if (tok.text.isupper() and len(tok.text) > 1) or tok.ent_type_ in _NAME_TYPES:
        return tok.text
    if tok.pos_ == "PROPN" and not (tok.is_sent_start and tok.lower_ in _lower_words(tok.doc)):
        return tok.text  # a name, unless the article writes it in lower case elsewhere ("Oil fell 1%")
    return tok.text.lower()


def _lower_words(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case, read once per document."""
    key = "newscli.figures.lower_words"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(t.text for t in doc if t.text.islower())
    found: frozenset[str] = doc.user_data[key]
    return found


def per_time(doc: Doc, last: int) -> str | None:
    """'hourly' for '$18.75 an hour' or '$15/hour', 'annual' for '$5m a year', 'monthly' for '1m/- per month'."""
    words = [t.lower_ for t in doc[last + 1 : last + 4]]
    if len(words) >= 2 and words[0] in ("a", "an", "per", "/", "every", "each"):
        if len(words) == 3 and words[2] in ("earlier", "ago", "later", "before", "after", "on", "from"):
            return None  # "a profit of $12 million a year earlier": when, not how often
        return _PER_TIME.get(words[1].rstrip("s"))
    return None


def possessive(holder: str) -> str:
    """ "regional government" -> "regional government's"; "farmers" -> "farmers'"."""
    return holder + "'" if holder.endswith("s") else holder + "'s"
