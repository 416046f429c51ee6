"""Per-document lookups that spaCy recomputes on every access, computed once.

Doc.text joins every token again on each call, and Token.sent walks the sentence
boundaries from the start of the document; on a long article with hundreds of quotations
both turn linear passes quadratic (a 60,000-character text took seconds). Each is
computed once per Doc and kept in doc.user_data under a newscli key.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_TEXT = "newscli.quotes.text"
_SENTENCES = "newscli.quotes.sentences"


def doc_text(doc: Doc) -> str:
    """doc.text, built once."""
    text = doc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def sentence(token: Token) -> Span:
    """token.sent, from boundaries found once per document."""
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES)
    if not isinstance(bounds, tuple):
        starts, ends = [0] * len(doc), [0] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                starts[i], ends[i] = sent.start, sent.end
        bounds = (starts, ends)
        doc.user_data[_SENTENCES] = bounds
    return doc[bounds[0][token.i] : bounds[1][token.i]]
