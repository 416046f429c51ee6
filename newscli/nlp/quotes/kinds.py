"""Is a quoted span a quotation at all, and is it a whole utterance or a fragment?

Quote marks also enclose titles ("A Night In Lisbon"), names ("Operation Blue
Harbour"), nicknames and scare-quoted terms ("core area"). What separates those from
quotations is the speech act: a short quoted phrase counts only when a reporting verb
takes it as its content ("called it "a betrayal"", "said he was in a "critical"
condition"); a phrase in title case never counts unless it ends like a sentence; and a
quoted span inside the subject of the cue ("Ruth Adler of "Save Our Parks" told...")
names something rather than reports it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newscli.models import QuoteKind
from newscli.nlp.quotes.attribution import Attribution
from newscli.nlp.quotes.text import doc_text

SHORT_WORDS = 4  # fragments up to this many words need a governing cue
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_MINOR = frozenset({
    "a", "an", "the", "of", "for", "and", "or", "nor", "in", "on", "to", "at", "by", "vs", "vs.", "with", "de",
    "la", "le", "von", "van", "der", "del", "da", "&", "from", "as"
})  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_title_like(text: str) -> bool:
    """ "Operation Blue Harbour", "A Night In Lisbon": every main word capitalised, no sentence end."""
    stripped = text.rstrip(" ,;:")
    if not stripped or stripped[-1] in ".!?…":
        return False
    words = _WORD.findall(stripped)
    if not words or (len(words) > 1 and stripped.isupper()):
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _MINOR for w in words)


def is_quotation(text: str, tokens: list[Token], attribution: Attribution, continues: bool = False,
                 split: bool = False) -> bool:  # fmt: skip
    """Whether a quoted span reports speech (see the module docstring for the rules).

    split marks the first half of a split quotation ("However," he said, "..."), which is
    short but plainly speech.
    """
    if continues:
        return True  # the later paragraphs of a quotation that has already started
    if _mentioned(tokens):
        return False  # "the headline "...": words shown, whatever follows
    if split or _answered(text, tokens, attribution):
        return True  # "However," he said, "..."; "Done," Kessler said.
    if _cried(tokens, attribution):
        return True
    if is_title_like(text):
        return False
    if word_count(text) <= SHORT_WORDS:
        if _standalone(text, tokens):
            return True  # '... Okafor said. "The strike goes on."': a sentence of its own is an utterance
        return attribution.governs and not attribution.in_subject and not _modifier(tokens) \
            and not _affiliation(tokens)  # fmt: skip
    return not (attribution.in_subject and not has_clause(tokens)) or _opens_attribution(text, tokens)


# Nouns that present the quoted words as words (a mention), not as someone's speech.
_WORD_NOUNS = frozenset({"word", "phrase", "term", "expression", "headline", "title", "slogan", "motto", "hashtag",
                         "catchphrase", "tagline", "nickname", "password", "label"})  # fmt: skip


def _mentioned(tokens: list[Token]) -> bool:
    """ "the word "change"", "the phrase "harbour tax"", "a column with the headline "..."": a quotation
    right after a noun that names it as words, and joined to that noun in the parse (either way round),
    is those words mentioned, not speech. The plural "words" ("his words: "...") still reports speech."""
    doc = tokens[0].doc
    i = tokens[0].i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in (",", ";", ":"):
        i -= 1
    if i < 0 or doc[i].lower_ not in _WORD_NOUNS:
        return False
    noun = doc[i]
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside and not t.is_punct and not t.is_space]
    return bool(tops) and all(t.head.i == noun.i or noun.head.i == t.i for t in tops)


def _answered(text: str, tokens: list[Token], attribution: Attribution) -> bool:
    """'"Done," Kessler said.': a quotation closed by the attribution comma, with the cue that takes it as
    its content (or on which alone it hangs) right after ("Kessler said", "said Kessler"), is an utterance
    however short or capitalised."""
    cue = attribution.cue
    if cue is None or attribution.in_subject or not text.rstrip().endswith((",", "?", "!")):
        return False
    if not (attribution.governs or _hangs_on(tokens, cue)):
        return False
    return _opens_sentence(tokens) and 0 < cue.i - tokens[-1].i <= 4


# Verbs of the voice: what they take is an utterance, even a capitalised one ("shouted "Stop The Vote"").
_VOCAL = frozenset({"scream", "shout", "yell", "chant", "cry", "exclaim", "whisper", "shriek", "holler", "mutter"})


def _cried(tokens: list[Token], attribution: Attribution) -> bool:
    """ "Havel shouted "Stop The Vote"", "the crowd chanted "Free The Port"": the words a verb of the voice takes
    as its object right after it are uttered, however short or capitalised."""
    cue = attribution.cue
    if cue is None or not attribution.governs or cue.lemma_.lower() not in _VOCAL:
        return False
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside and not t.is_punct and not t.is_space]
    gap = [t for t in tokens[0].doc[cue.i + 1 : tokens[0].i] if not (t.is_punct or t.is_space)]
    return bool(tops) and not gap and all(t.head.i == cue.i and t.dep_ in ("dobj", "ccomp", "oprd", "xcomp")
                                          for t in tops)  # fmt: skip


def _hangs_on(tokens: list[Token], cue: Token) -> bool:
    """ "Possibly," Vogt said: the parser hangs a one-word answer on the verb as an adverb or
    interjection rather than as its content; every word of the quotation that leaves it goes
    straight to the cue, and not as its subject."""
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside and not t.is_punct and not t.is_space]
    return bool(tops) and all(t.head.i == cue.i and t.dep_ not in _SUBJECTS for t in tops)


def _standalone(text: str, tokens: list[Token]) -> bool:
    """A capitalised quotation ending like a sentence that itself opens a sentence of the article."""
    return text[:1].isupper() and text.rstrip()[-1:] in ".!?" and _opens_sentence(tokens)


def _opens_attribution(text: str, tokens: list[Token]) -> bool:
    """'"The nurses here work miracles," Lady Starmer said': a capitalised quotation that opens its
    sentence and ends in a comma, '?' or '!' before the attribution is an utterance, however the
    parser attached its words (a misread verb can make the quotation look like the cue's subject)."""
    return word_count(text) > SHORT_WORDS and text[:1].isupper() and text.rstrip()[-1:] in ",?!" \
        and _opens_sentence(tokens)  # fmt: skip


def _opens_sentence(tokens: list[Token]) -> bool:
    doc = tokens[0].doc
    before = doc_text(doc)[max(0, tokens[0].idx - 200) : tokens[0].idx].rstrip(" \t\"“”«»„'‘’")
    return not before or before[-1] in ".!?:\n"


def _affiliation(tokens: list[Token]) -> bool:
    """ "Ruth Adler of "Save Our Parks"": a quoted name after a person's "of" is a group's name."""
    doc = tokens[0].doc
    i = tokens[0].i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in (",", ";", ":"):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "at", "from"):
        return False
    before = doc[i - 1]
    return before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG")


def _modifier(tokens: list[Token]) -> bool:
    """ "the city's "green corridor" plan": a quoted term used to modify a noun."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside and not t.is_punct]
    return bool(heads) and all(t.dep_ in ("compound", "nmod") and t.head.pos_ in ("NOUN", "PROPN") for t in heads)


def has_clause(tokens: list[Token]) -> bool:
    """A subject and its verb both inside the quotation: it is an utterance of its own."""
    inside = {t.i for t in tokens}
    return any(t.dep_ in _SUBJECTS and t.head.i in inside and t.head.pos_ in ("VERB", "AUX") for t in tokens)


def kind_of(tokens: list[Token], text: str, partner_has_clause: bool | None) -> QuoteKind:
    """ "direct" for an utterance, "partial" for a fragment built into the reporter's sentence.

    partner_has_clause is set for the halves of a split quotation ("...," she said, "..."),
    which together form one utterance.
    """
    if partner_has_clause is not None:
        return "direct" if partner_has_clause or has_clause(tokens) else "partial"
    first = text.split(maxsplit=1)[0].lower() if text.split() else ""
    if first in ("that", "to", "whether") and text[:1].islower():
        return "partial"  # reported speech with a quoted tail: said "that ..." (but "That is correct," is whole)
    return "direct" if has_clause(tokens) or _opens_attribution(text, tokens) else "partial"
