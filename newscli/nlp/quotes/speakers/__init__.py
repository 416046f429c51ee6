"""Who a speaker mention refers to: the canonical name behind "he", "Moreno" or "the Spanish finance minister".

Built on smaller modules: quotes/names (the article's people and organisations from the
entity rows, whichever kind of rows they are), speakers/people (people the rows miss),
speakers/roles (descriptors and roles: who "the Spanish finance minister" is),
speakers/mentions (where each is mentioned, as what, and their gender where the article
shows it) and speakers/pronouns (what "he", "they" and "which" stand for). Here:

* a name is its referent's canonical name; a fuller name the rows lack wins over a
  clash ("Leila Khan" is not the article's other Khan);
* "he"/"she" continue the latest subject, outside reported speech, of this or the previous
  sentence (centering), or what an earlier "she" as a subject there stands for, else the
  running speaker, else the nearest compatible mention sentence by sentence
  backwards; "they"/"it" the nearest organisation or plural subject; "who" its noun;
* a definite description goes to the person holding that role, the organisation whose
  name has that noun ("the court"), the last source described the same way ("the
  spokesperson added"), or the person just quoted ("The Leeds professor added");
* a spokesperson, account or statement speaks for its owner ("a Northwind Airlines
  spokesperson", "the mayor's Twitter account", "the letter signed by the bishop"); a
  document without one ("the report said") is nobody's (speakers/documents);
* "the paper", "the company", "a company spokeswoman": the organisation set beside that noun,
  else the one that spoke or was the subject just before;
* "Continental" (an adjective alone) is the one row it begins ("Continental Freight"), "VATR"
  the organisation it spells; "an expert has warned" the person the next sentence introduces.

Anything that cannot be tied to a name comes back as None (an unresolved "he", "the
minister" with no minister in the article), except one unnamed source the article itself
only describes ("a government official"), which comes back as that description: never a
guess presented as a name. A group ("the lawmakers") or an unnamed spokesperson is nobody.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newscli.models import Attribution as How
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.surnames import RELATIONS
from newscli.nlp.gazetteer import fold_name
from newscli.nlp.quotes.cues import SPEECH_NOUNS
from newscli.nlp.quotes.names import (
    Referent,
    clean_name,
    first_mention,
    is_person_noun,
    name_tokens,
    org_words,
    titles,
)
from newscli.nlp.quotes.speakers.clauses import hyphen_role, is_definite, noun_phrase
from newscli.nlp.quotes.speakers.documents import (
    MOUTHPIECES,
    OUTLETS,
    acronym_of,
    house_of,
    introduced_as,
    issuer,
    owner_of,
    pobj,
    short_form,
)
from newscli.nlp.quotes.speakers.mentions import GENDERED, name_chain
from newscli.nlp.quotes.speakers.pronouns import PLURAL_PRONOUNS, RELATIVE, PronounIndex
from newscli.nlp.quotes.speakers.roles import gender_of, has_role, holder, names_it

_GOVERNMENTS = frozenset({"government", "administration", "authorities", "cabinet"})
_CONTINUING = frozenset({"add", "continue", "conclude", "go", "elaborate", "reiterate"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})

_PLAIN_PERSONS = frozenset({"person", "teen", "teenager", "youngster", "child", "kid", "victim", "patient"})
_NAMELESS = frozenset({"unnamed", "anonymous", "unidentified"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})

_QUANTIFIERS = frozenset({"number", "group", "majority", "dozens", "hundreds", "some", "many", "several", "most",
                          "few", "all", "both", "one", "two", "three", "members"})  # fmt: skip


class SpeakerIndex(PronounIndex):
    """Resolves speaker mentions ("he", "the Spanish finance minister", "Moreno") to canonical names."""

    def resolve(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        """(canonical speaker, referent when it is a named one) for the mention headed by head."""
        name, ref = self._resolve(head, mention)
        if name is not None and (head.pos_ == "PROPN" or head.ent_type_):
            full = short_form(name, ref, head, self.referents)  # "Continental" -> "Continental Freight"
            if isinstance(full, Referent):
                return full.name, full
            if full is False:
                return None, None  # an adjective alone names nobody
        return name, ref

    def _resolve(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        lower = head.lower_
        if head.pos_ == "PRON" or lower in GENDERED or lower in PLURAL_PRONOUNS:
            return self._pronoun(head)
        role = hyphen_role(head)
        if role is not None:
            return self._description(role, mention)  # "the president-elect" is no name, whatever its tag
        if head.idx in self._unsettled:
            return None, None  # a surname two namesakes share, with nothing to tell them apart
        if self._by_char.get(head.idx) is None and (org := acronym_of(head.text, self.referents)) is not None:
            return org.name, org  # "VATR said", however the tagger read it
        ref = self._by_char.get(head.idx) or self.name_lookup(head)
        if head.idx in self._unsettled:
            return None, None  # an untagged surname two namesakes share
        if ref is not None and ref.is_person and len(name_chain(head)) == 1 and head.lower_ not in titles() \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):  # fmt: skip
            return None, None  # "the notes of the Coastal Bill": a name takes no article ("the Pope" is a title)
        chain = name_chain(head)
        if head.pos_ == "PROPN" and len(chain) > 1:
            tokens = name_tokens(" ".join(t.text for t in chain))
            if ref is not None and len(ref.tokens) >= 2 and tokens[-len(ref.tokens) :] == list(ref.tokens):
                # the rows know where the name starts: "First Minister of Scotland | Nicola Sturgeon"
                return ref.name, ref
            if ref is None or not all(t in ref.tokens for t in tokens):
                # "Leila Khan" is not the article's other Khan: a fuller name than any row wins
                named = next((r for r in self.referents if " ".join(tokens) in r.keys), None)
                if named is not None:
                    return named.name, named
                if ref is None or ref.type == "person" or head.ent_type_ == "PERSON":
                    return self._fullest(chain), None
        if ref is not None and (ref.type != "location" or head.ent_type_ in ("GPE", "LOC", "")):
            return ref.name, ref
        if ref is not None and head.pos_ == "PROPN":  # a place-named speaker: "Downey said" is a person
            last = fold_name(head.text)
            people = [r for r in self.referents if r.is_person and len(r.tokens) > 1 and r.tokens[-1] == last]
            if people:
                person = min(people, key=first_mention)
                return person.name, person
            return self._fullest(chain), ref if ref.is_person else None
        if head.pos_ == "PROPN" and head.ent_type_ not in _NOT_NAMES and head.lower_ not in titles() \
                and not is_person_noun(head.lower_, strict=True):  # fmt: skip
            return self._fullest(chain), None  # a name no row knows, as the article writes it
        return self._description(head, mention)

    def label_speaker(self, label: str) -> str | None:
        """The person or organisation a transcript label names ("WALLACE", "SEN. OSTROWSKI"), if any."""
        tokens = name_tokens(label)
        key = " ".join(tokens)
        known = [r for r in self.referents if key in r.keys and r.type != "location"]
        if not known and tokens:
            known = [r for r in self.referents if r.is_person and r.tokens and r.tokens[-1] == tokens[-1]]
        return min(known, key=first_mention).name if known else None

    def how(self, head: Token, mention: Span, speaker: str | None, referent: Referent | None) -> How:
        """How a cue's source named its speaker: by name ("cue"), by pronoun, or by a description."""
        if speaker is None:
            return "none"
        lower = head.lower_
        if lower in RELATIVE:
            return "cue"  # "Ana Soto, who said ...": the relative clause hangs on the name
        if head.pos_ == "PRON" or lower in GENDERED or lower in PLURAL_PRONOUNS:
            return "pronoun"
        if referent is None and head.text[:1].islower() and speaker.casefold().endswith(lower):
            return "unnamed"  # "a former producer", "the Herald's source": described, never named
        if hyphen_role(head) is not None:
            return "description"
        if head.pos_ == "PROPN" or (head.text.isupper() and len(head.text) > 1) or (referent is not None and any(
                s < mention.end_char and e > mention.start_char for s, e in referent.spans)):  # fmt: skip
            return "cue"  # "Okafor", "a Northline Rail spokesperson"
        return "description"

    def _fullest(self, chain: list[Token]) -> str:
        """A name no row knows, in the fullest form the article writes it ("Amara" -> "Amara Osei")."""
        tokens = [fold_name(t.text) for t in chain]
        longer = {text for key, text in self._chains if len(key) > len(tokens) and _sub(tokens, key)}
        if len(longer) == 1:
            return longer.pop()
        return clean_name(chain[0].doc[chain[0].i : chain[-1].i + 1].text)

    def _description(self, head: Token, mention: Span) -> tuple[str | None, Referent | None]:
        """A source named by a description: its owner, the person holding the role, the person the text
        is about ("the woman"), else the description itself when it stands for a person of its own."""
        lemma = head.lemma_.lower()
        plural = head.tag_ in ("NNS", "NNPS")
        if lemma in _QUANTIFIERS:
            obj = pobj(head, ("of",))
            if obj is not None:
                return self.resolve(obj, noun_phrase(obj))
        speech = lemma in SPEECH_NOUNS or head.lower_ in SPEECH_NOUNS
        # listed person nouns only: "-er" guesses ("newspaper", "banner") are not people
        person = is_person_noun(lemma, strict=True) or lemma in MOUTHPIECES or gender_of({lemma: False}) is not None
        owner = owner_of(head) if speech or person else None
        owner_name: str | None = None
        owner_ref: Referent | None = None
        if owner is not None and lemma not in MOUTHPIECES and not speech and owner.dep_ in ("compound", "nmod") \
                and not owner.text.endswith(("‘s", "`s", "´s")):  # fmt: skip
            owner = None  # "the Florida fan", "the Wooster professor": where from, not whose
        if owner is not None:
            owner_name, owner_ref = self.resolve(owner, noun_phrase(owner))
            if owner_ref is not None and owner_ref.type == "misc":
                owner_name, owner_ref = None, None  # "the explanatory notes of the bill": a bill issues nothing
            named = owner_ref is not None or owner.pos_ == "PROPN"
            if owner_name is not None and (lemma in MOUTHPIECES or speech) and named:
                return owner_name, owner_ref  # "a Northline Rail spokesperson", "the minister's letter"
            owner_name = owner_name if named else None
        if (lemma in OUTLETS or lex.is_a(lemma, "orgnoun")) and owner is None and is_definite(head) and not plural:
            return self._organisation(head)  # "the court", "the paper", "the company"
        house = house_of(head) if lemma in MOUTHPIECES and owner is None else None
        if house is not None and (found := self._organisation(house))[0] is not None:
            return found  # "a company spokeswoman": that organisation's voice
        if speech and not person:
            # a report, a letter, a bill is no speaker: its issuer, where the text says who that is
            return issuer(head, owner_of, self.resolve, lambda pos: self.in_quote(pos) or self.aside(pos))
        definite = is_definite(head)
        institution = lemma in org_words()
        ref = holder(self.referents, head, mention) if (person or institution) and not _indefinite(head) else None
        if ref is not None and ref.is_person and owner is None and self.displaced(head, ref):
            return None, None  # "When coach Johnson ... | ... planted by Parcells, who ... "...," the coach said"
        if ref is not None:
            return ref.name, ref
        if definite and not plural:
            gender = gender_of({lemma: False})
            kin = owner_ref is not None and owner_ref.is_person and gender is not None  # "Kelce's mom"
            earlier = self._recent_speaker(head) if owner is None or kin else None
            if earlier is not None and earlier[1] is not owner_ref:
                return earlier
            if person and not lex.is_a(lemma, "role") and lemma not in MOUTHPIECES and (owner is None or kin):
                # "says the woman", "the expert explains", "Kelce's mom confirmed": the person the text is
                # about, as "she" would be (never the owner: "Smith's wife" is not Smith); "its source" is
                # someone the outlet does not name
                plain = gender is not None or lemma in _PLAIN_PERSONS or self.people_near(head) <= 1
                # "Gaga and Kinney split ... the singer wrote": a job noun picks one of several only by proximity
                centre = None if self.newly_described(head, gender) or not plain else self._antecedent(head, gender)
                if centre is not None and centre is not owner_ref:
                    return centre.name, centre
        if owner_name is not None and person:
            return f"{owner_name}'s {head.text}", None  # "the Herald's source"
        if lemma in _GOVERNMENTS and definite and owner is None:
            country = self._country(head)
            if country is not None:
                return country.name, country  # "Brazil's role is ...: the government says"
        if person and not plural and _indefinite(head):
            identified = self.introduced_next(head)  # "..., an expert has warned. | Urban planner Tomas Vlk"
            if identified is not None:
                return identified.name, identified
        if person and not plural and (not definite or owner is not None):
            # an unnamed source the article only describes ("a government official"): the description is
            # all there is. Not a plural: "the lawmakers", "the experts" are a group the article names
            # elsewhere, or nobody; a bare plural ("critics") names nobody, nor does "the woman" who could
            # not be traced back to a name (she is someone the article did not name)
            if lemma in MOUTHPIECES:
                return None, None  # a spokesperson speaks for an organisation: unnamed, the words are nobody's
            described = _strip_article(mention)
            if any(t.lower_ in _NAMELESS for t in mention):
                return None, None  # "an unnamed source", "an anonymous official": the article says it names nobody
            if " " not in described.strip():
                return None, None  # "one official", "a spokesman": a bare noun describes nobody in particular
            return described, None
        if plural and head.text[:1].isupper() and not head.is_sent_start:
            return head.text, None  # a group by its own name: "Senators", "Republicans"
        if plural and definite and person:
            body = self._members_of(head)
            if body is not None:
                return body.name, body  # "lawmakers on the Harbour Committee ... the lawmakers said"
        return None, None

    def _members_of(self, head: Token) -> Referent | None:
        """The one organisation the article made this group members of, earlier and in its own words:
        "lawmakers on the Harbour Committee", "members of the board" ("researchers at a university" work
        there: they are not its voice)."""
        lemma = head.lemma_.lower()
        bodies: dict[int, Referent] = {}
        for token in head.doc[: head.i]:
            if token.lemma_.lower() != lemma or token.tag_ not in ("NNS", "NNPS") or self.in_quote(token.idx):
                continue
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("on", "of"):
                    continue
                for obj in prep.children:
                    ref = self.referent_at(obj) if obj.dep_ == "pobj" else None
                    if ref is not None and ref.type == "organization":
                        bodies[id(ref)] = ref
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _country(self, head: Token) -> Referent | None:
        """The one country named in this or the previous sentence ("the government" is its government)."""
        sent = self._sent_of[head.i]
        for back in (0, 1):  # its own sentence first, then with the one before
            places = {id(e.referent): e.referent for e in self._events_before(head, 1)
                      if e.referent is not None and e.referent.type == "location" and sent - e.sent <= back
                      and _country_name(e.referent.name)}  # fmt: skip
            if places:
                return next(iter(places.values())) if len(places) == 1 else None
        return None

    def _organisation(self, head: Token) -> tuple[str | None, Referent | None]:
        """ "The paper said", "the airline said": the one organisation the article introduces with that noun
        ("the newspaper Nordic Ledger", "Skylark, the national airline"), else the one that spoke or was the
        subject in this or the two sentences before ("the Harbour Gazette said ... | The paper said"); else
        nobody (a paper may be a document too)."""
        known = holder(self.referents, head, noun_phrase(head))  # "the court": the court the article names
        if known is not None:
            return known.name, known
        lemma = head.lemma_.lower()
        phrase = noun_phrase(head)
        introduced = [r for r in self.referents if r.type != "location" and names_it(r, phrase, head) and any(
            introduced_as(head.doc, a, lemma) for a, _ in r.spans)]  # fmt: skip
        if len(introduced) == 1:
            return introduced[0].name, introduced[0]
        sent = self._sent_of[head.i]
        recent = [(e.pos, e.referent) for e in self._events_before(head, 2) if e.referent is not None
                  and e.subject and not e.reported and sent - e.sent <= 2]  # fmt: skip
        recent += [(s[0], s[4]) for s in self._spoken if s[0] < head.idx and sent - s[1] <= 2 and s[4] is not None]
        orgs = [ref for _, ref in sorted(recent, key=lambda r: r[0]) if ref.type == "organization"
                and names_it(ref, phrase, head)]  # fmt: skip
        return (orgs[-1].name, orgs[-1]) if orgs else (None, None)

    def _recent_speaker(self, head: Token) -> tuple[str, Referent | None] | None:
        """ "The spokesperson added": the last source described the same way; "The Leeds professor
        added" or "the government spokesman said", right after a person spoke: that person, as a
        pronoun would be. Only a continuing cue or a spokesperson's noun says so: "the judge said"
        after the defendant's lawyer spoke is someone new."""
        lemma = head.lemma_.lower()
        before = [s for s in self._spoken if s[0] < head.idx]
        same = [s for s in before if s[2] == lemma]
        if same:
            return same[-1][3], same[-1][4]
        if not is_person_noun(lemma):
            return None
        continuing = head.head.lemma_.lower() in _CONTINUING or lemma in _SPOKESPEOPLE

        def fits(ref: Referent | None) -> bool:
            # "The judge said", right after the defendant's lawyer spoke, is someone new; "the Republican
            # governor said" after Gov. Holcomb spoke is Holcomb
            # "Ailes's mother said" is his mother only if the article made someone that: a relation is no
            # role any recent speaker may hold
            if lemma in RELATIONS:
                return ref is not None and ref.is_person and has_role(ref, lemma)
            return ref is not None and ref.is_person and (continuing or has_role(ref, lemma)
                                                          or not lex.is_a(lemma, "role"))  # fmt: skip

        sent = self._sent_of[head.i]
        if before and sent - before[-1][1] <= 2:
            last = before[-1]
            return (last[3], last[4]) if fits(last[4]) else None
        # "Fahmi said ... He said the cost was covered. | "..." the government spokesman said."
        speaking = [e for e in self._events_before(head, 2) if e.speaker and e.referent is not None
                    and e.referent.is_person and not e.reported]  # fmt: skip
        if speaking and fits(speaking[-1].referent):
            return speaking[-1].referent.name, speaking[-1].referent  # type: ignore[union-attr]
        return None


# ---- helpers ---------------------------------------------------------------------------------


def _sub(short: list[str], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(list(long[i : i + n]) == short for i in range(len(long) - n + 1))


def _country_name(name: str) -> bool:
    place = gazetteer.lookup(name)
    return place is not None and place.kind == "country"


def _indefinite(head: Token) -> bool:
    """ "a leader of the union", "some analysts", "two officials": someone not met before."""
    return any((c.dep_ == "det" and c.lower_ in ("a", "an", "another", "some", "any", "one"))
               or c.dep_ == "nummod" for c in head.children)  # fmt: skip


def _strip_article(mention: Span) -> str:
    words = list(mention)
    while words and words[0].lower_ in ("a", "an", "the", "some", "one"):
        words = words[1:]
    if not words:
        return mention.text
    return mention.doc[words[0].i : words[-1].i + 1].text
