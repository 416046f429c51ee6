"""Words at a name's edge that the tagger misjudges: a given name after a role noun, a saint's building."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.rolewords import is_role_head
from newscli.nlp.entities.text import TextIndex
from newscli.nlp.given_names import given_name


def _titled(token: Token) -> bool:
    """A title or office before a name: "Chief", "Sen.", "Rep."."""
    return (lex.is_a(token.text, "role") and token.text[:1].isupper()) or lex.is_a(token.text, "honorific")


def title_or_role_noun(token: Token) -> bool:
    """A title ("Chief") or a lower-case role noun ("coach", "quarterback") before a name."""
    return _titled(token) or (token.is_lower and is_role_head(token))


def given_after_role_noun(index: TextIndex, i: int) -> bool:
    """Is doc[i] a given name between a lower-case role noun and a surname ("coordinator Major | Hollings")?

    A capitalised word there that the tagger left out is the person's first name, even a rank
    word ("Major", "Deacon") or a title that is also a given name ("Prince", "Earl"). A title
    that is no given name ("army chief General | Tobiah") stays a title.
    """
    doc = index.doc
    token = doc[i]
    if token.ent_type_ or index.initial[i] or not (token.is_title and token.is_alpha and len(token) > 2):
        return False
    if not (doc[i - 1].is_lower and is_role_head(doc[i - 1])):
        return False
    known = lex.is_a(token.text, "honorific") or lex.is_a(token.text, "role") or lex.is_a(token.text, "rolemod")
    if known and given_name(token.text) in (None, "-"):
        return False
    place = gazetteer.lookup(token.text) is not None or gazetteer.is_demonym(token.text)
    return not place and not lex.is_a(token.text, "time") and token.lower_ not in index.lower_words


def saints_building(doc: Doc, lo: int, hi: int) -> bool:
    """ "St. Brendan's | Hospital": a place named after a saint, its head word left out by the tagger."""
    after = doc[hi + 1] if hi + 1 < len(doc) else None
    return saint(doc, lo, hi) and after is not None and after.is_title and lex.head_type(after.text) is not None


def saint(doc: Doc, lo: int, hi: int) -> bool:
    """ "St. Brendan": a saint's name, not the city "St. Louis"."""
    return doc[lo].lower_ in ("st.", "st", "saint") and hi - lo == 2 and gazetteer.lookup(doc[lo:hi].text) is None
