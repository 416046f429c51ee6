"""Which cue a quotation hangs on, and whether a speech act is around it at all.

A quotation's frame is the sentence (or sentences) it sits in, kept inside its paragraph
and widened where spaCy's sentence splitter cuts through an attribution ("...," | he
said). Within the frame the cue is, in order of trust: a reporting verb that governs the
quotation in the parse; a reporting verb right next to it ("...", said X / X said: "...");
the nearest reporting verb outside any quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newscli.nlp.quotes.cues import NAMING_LEMMAS, SPEECH_NOUNS, THOUGHT_LEMMAS, claimant, is_cue
from newscli.nlp.quotes.marks import QUOTE_MARKS
from newscli.nlp.quotes.names import is_person_noun
from newscli.nlp.quotes.text import doc_text, sentence

# Arcs from a cue down to a short quoted fragment that make the fragment the cue's content:
# what was said (ccomp, dobj), what it was called (oprd, "as"), what it was like (acomp).
_CONTENT_ARCS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "acomp", "dative", "parataxis", "advcl",
                           "conj", "pcomp", "npadvmod", "appos"})  # fmt: skip
_CLAUSE_ARCS = frozenset({"ccomp", "xcomp", "parataxis"})
_CONTENT_PREPS = frozenset({"as", "of", "with", "about", "to", "for"})
_SUBJECT_ARCS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_MAX_HOPS = 8


@dataclass(frozen=True)
class Attribution:
    """The cue found for a quotation."""

    cue: Token | None
    governs: bool  # the cue dominates the quotation in the parse through content arcs
    in_subject: bool  # the quotation sits inside the cue's subject ("X of "Y" said"): a name, not speech


def quote_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def excluded_tokens(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Tokens inside quotations and the quote marks themselves: never cues or subjects."""
    excluded: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            excluded.update(range(span.start, span.end))
    excluded.update(t.i for t in doc if t.text and all(c in QUOTE_MARKS for c in t.text))
    return excluded


def frame(doc: Doc, tokens: list[Token], para: tuple[int, int]) -> Span:
    """The sentence(s) around the quotation, clipped to its paragraph."""
    first, last = tokens[0], tokens[-1]
    start, end = sentence(first).start, sentence(last).end
    # a sentence split right after the closing mark ("...," | he said.) belongs to the quote
    if end < len(doc):
        nxt = _next_word(doc, end)
        if (
            nxt is not None
            and (nxt.is_lower or nxt.pos_ == "PRON" or _bare_attribution(sentence(nxt)))
            and doc_text(doc)[doc[end - 1].idx : nxt.idx].strip() in ("", ",", '",', ',"', "”", '"')
            and "\n" not in doc_text(doc)[doc[end - 1].idx : nxt.idx]
        ):
            end = sentence(nxt).end
    # "... said:" | "quote" — the colon's sentence introduces the quote
    prev = _prev_word(doc, start)
    if prev is not None and prev.text in (":", ",") and prev.idx >= para[0]:
        start = sentence(prev).start
    while start < first.i and doc[start].idx < para[0]:
        start += 1
    while end > last.i + 1 and doc[end - 1].idx >= para[1]:
        end -= 1
    # the closing mark the splitter left to the next sentence ('... by Friday." | Moreno ...')
    while end < len(doc) and not doc[end - 1].whitespace_ and all(c in QUOTE_MARKS for c in doc[end].text):
        end += 1
    return doc[start:end]


def _bare_attribution(sent: Span) -> bool:
    """'Schiff asked.', 'Moreno added.': a sentence that is only a speaker and a cue, split off the quote before it."""
    root = sent.root
    if not is_cue(root) or not any(c.dep_ == "nsubj" for c in root.children):
        return False
    return all(c.dep_ in ("nsubj", "punct", "advmod", "npadvmod", "prep") for c in root.children) and len(sent) <= 12


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and (doc[i].is_space or doc[i].is_punct):
        i += 1
    return doc[i] if i < len(doc) else None


def _prev_word(doc: Doc, i: int) -> Token | None:
    """The token before i, skipping whitespace and quote marks."""
    i -= 1
    while i >= 0 and (doc[i].is_space or all(c in QUOTE_MARKS for c in doc[i].text)):
        i -= 1
    return doc[i] if i >= 0 else None


def attribute(tokens: list[Token], window: Span, excluded: set[int]) -> Attribution:
    """The cue of the quotation made of tokens, looked for in window."""
    inside = {t.i for t in tokens}
    best: tuple[int, Token, bool, bool] | None = None
    for token in tokens:
        if token.head.i in inside or token.head.i == token.i or token.is_punct or token.is_space:
            continue  # punctuation hangs on whatever verb is near: it says nothing about the quote
        hops, node, arcs = 0, token, []
        while node.head.i != node.i and hops < _MAX_HOPS:
            arcs.append(node)
            node = node.head
            hops += 1
            if node.i in inside:
                break
            if node.i in excluded or not window.start <= node.i < window.end:
                continue
            # "..., according to X": the attribution covers the whole clause it hangs on
            according = next((c for c in node.children if c.lower_ == "according" and is_cue(c)), None)
            cue = node if is_cue(node) else according
            if cue is None and node.pos_ == "NOUN" and claimant(node, excluded) is not None \
                    and arcs[-1].dep_ in ("acl", "ccomp", "relcl"):  # fmt: skip
                cue = node  # "her claims that she had a "rotten time"": the claim is hers, whoever rejects it
            if cue is None and node.lemma_.lower() in THOUGHT_LEMMAS and arcs[-1].dep_ == "ccomp":
                cue = node  # "He fears the bill could "shrink the media"": what he fears is his
            if cue is not None and cue.pos_ != "NOUN" and arcs[-1].dep_ == "ccomp":
                cue = _claim_before(arcs[-1], cue, excluded) or _object_taken(arcs[-1], cue, excluded) or cue
            if cue is not None:
                content, in_subject = (True, False) if cue is according or cue.pos_ == "NOUN" else _arcs_ok(arcs)
                if best is None or hops < best[0]:
                    best = (hops, cue, content, in_subject)
                break
            if _beside(node, excluded):
                break  # "X said ..., and one official attributed it to "...": a clause of its own
    if best is not None:
        return Attribution(_outer_cue(_subject_clause(best[1]), excluded), best[2], best[3])
    cue = _nearest_cue(tokens, window, excluded)
    return Attribution(cue, False, False)


def _claim_before(clause: Token, verb: Token, excluded: set[int]) -> Token | None:
    """ "countered her claims | that she had a "rotten time"": the that-clause the parser hung on the verb
    belongs to the claim noun just before it."""
    first = clause.left_edge.i
    before = clause.doc[first - 1] if first > 0 else None
    if before is not None and before.dep_ == "dobj" and before.head.i == verb.i and claimant(before, excluded):
        return before
    return None


def _object_taken(clause: Token, verb: Token, excluded: set[int]) -> Token | None:
    """ "prompted the judge to quip the hearing | sounded like "a rerun"": a clause without a
    subject, hung on an earlier cue, whose subject the parser took for the object of a cue in between;
    that cue reports it."""
    if clause.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    edge = clause.left_edge.i - 1
    for token in clause.doc[verb.i + 1 : edge + 1]:
        if token.dep_ == "dobj" and token.right_edge.i == edge and token.head.i > verb.i \
                and token.head.i not in excluded and is_cue(token.head):  # fmt: skip
            return token.head
    return None


def _arcs_ok(path: list[Token]) -> tuple[bool, bool]:
    """(the path from the cue reaches the quote through content arcs, it runs through the cue's subject).

    Under a reported clause (ccomp) any depth will do — "said the driver was in a "critical"
    condition" — but an object reaches a quoted word only closely: "described ... "insane"
    heat" is speech, "announced a withdrawal beyond the withdrawal from the "immediate
    area"" is a term the reporter marks.
    """
    top = path[-1]  # the child of the cue on the way down
    if top.dep_ in _SUBJECT_ARCS:
        return False, True
    if _clause_of_medium(path):
        return True, False
    if top.dep_ == "prep" and top.lower_ not in _CONTENT_PREPS:
        return False, False
    cue = top.head
    if cue.lemma_.lower() in NAMING_LEMMAS and cue.tag_ == "VBN" and not any(c.dep_ == "agent" for c in cue.children):
        return False, False  # "known as", "called" in a passive: a name, not a speech act
    if top.dep_ in _CLAUSE_ARCS or (top.dep_ == "conj" and top.pos_ in ("VERB", "AUX")):
        return True, False
    # coordination adds no distance: "as a "grave abuse" and "contrary to law""
    depth = sum(1 for node in path if node.dep_ not in ("conj", "cc"))
    return (top.dep_ in _CONTENT_ARCS or top.dep_ == "prep") and depth <= 3, False


def _clause_of_medium(path: list[Token]) -> bool:
    """ "wrote in a letter that the plan "cannot work"": the parser hangs the that-clause on the noun
    of the medium ("in a statement", "in an interview", "in a letter"); it is still what the cue
    reports."""
    if len(path) < 3 or path[-1].dep_ != "prep" or path[-2].dep_ != "pobj":
        return False
    clause = path[-3]
    if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.pos_ not in ("VERB", "AUX"):
        return False
    # a "that" marking a clause with a subject of its own opens its content, not a relative clause
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)  # fmt: skip


def _subject_clause(cue: Token) -> Token:
    """ "That Xi announced the targets signals a "commitment", says Schäpe": a cue in a clause opened by
    "That" before its head reports nothing itself (whatever arc the parser gave it); the head speaks."""
    head = cue.head
    opened = any(c.dep_ == "mark" and c.lower_ in ("that", "whether") and c.i == cue.left_edge.i for c in cue.children)
    if opened and cue.i < head.i and head.i != cue.i:
        for node in (head, head.head):
            if is_cue(node) and node.i > cue.i:
                return node
    return cue


def _outer_cue(cue: Token, excluded: set[int]) -> Token:
    """ "X told Y the frequency ... suggested ...: "..."": a thing that suggests is reported, X speaks; so is
    what someone believes or fears."""
    if cue.dep_ != "ccomp" or not is_cue(cue.head) or cue.head.i in excluded:
        return cue
    if cue.lemma_.lower() in THOUGHT_LEMMAS and not is_cue(cue):
        return cue.head  # "Ortiz said he believes ... "...": a belief is not heard, the words are what Ortiz said
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ in ("PRON", "PROPN") or subject.ent_type_:
        return cue
    if subject.lemma_.lower() in SPEECH_NOUNS or is_person_noun(subject.lemma_):
        return cue
    return cue.head


def _nearest_cue(tokens: list[Token], window: Span, excluded: set[int]) -> Token | None:
    """The closest cue, discounting cues buried in relative clauses or in reported speech.

    "Bercow commented on the matter — which the BBC noted as unusual — "...""; "X told
    Y the frequency ... suggested ...: "..."": the buried verb is nearer, the quote is X's.
    """
    first, last = tokens[0].i, tokens[-1].i
    best: tuple[int, Token] | None = None
    clause = _clause_of(tokens, excluded)
    for token in window:
        if token.i in excluded or first <= token.i <= last or not is_cue(token):
            continue
        if clause is not None and _beside(clause, excluded) and clause.head.i == token.i:
            continue  # the quotation is in a clause with its own subject set beside the cue
        distance = first - token.i if token.i < first else token.i - last
        if _buried(token):
            distance += 40
        elif _parenthetical(token):
            distance -= 40  # "After dusk, Okello says, stalls ... because "...": it covers the sentence
        if best is None or distance < best[0]:
            best = (distance, token)
    return best[1] if best else None


def _beside(verb: Token, excluded: set[int]) -> bool:
    """A verb coordinated with a cue that has a subject of its own: "The ministry said ..., and one official
    attributed the delay to "a shortage of welders"" — what that clause quotes is not the cue's."""
    return (verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and is_cue(verb.head) and not is_cue(verb)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in excluded and c.pos_ != "PRON"
                    for c in verb.children))  # fmt: skip  # "..., but they were "disappointed"": the same people


def _clause_of(tokens: list[Token], excluded: set[int]) -> Token | None:
    """The first verb outside the quotation above it: the clause the quotation sits in."""
    inside = {t.i for t in tokens}
    node = next((t for t in tokens if t.head.i not in inside), None)
    for _ in range(6):
        if node is None or node.head.i == node.i:
            return None
        node = node.head
        if node.i not in excluded and node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _parenthetical(cue: Token) -> bool:
    """ ", Okello says,": an attribution set into its sentence between commas, with a subject of its own."""
    doc = cue.doc
    edges = [t for t in cue.subtree if not t.is_punct]
    before = doc[edges[0].i - 1] if edges[0].i > 0 else None
    after = doc[edges[-1].i + 1] if edges[-1].i + 1 < len(doc) else None
    return cue.dep_ == "parataxis" and any(c.dep_ == "nsubj" for c in cue.children) \
        and before is not None and before.text == "," and after is not None and after.text == ","  # fmt: skip


def _buried(cue: Token) -> bool:
    node = cue
    for _ in range(6):
        if node.dep_ in ("relcl", "acl", "csubj") or (node.dep_ == "ccomp" and is_cue(node.head)):
            return True  # "That Xi announced the targets signals a "commitment", says Schäpe"
        if node.head.i == node.i:
            return False
        node = node.head
    return False
