"""Names written by convention: datelines, state abbreviations, regions, administrations, addresses.

* "LA CROSSE, Wis. (AP) —", "PUTRAJAYA, Nov 22 —": a dateline names one place (and the agency
  that filed the story); the capitals would otherwise be tagged word by word ("LA" | "CROSSE").
* "the Kyiv region", "Kyiv's Shevchenko district" name a region, not the city; "the Trump
  administration" is an organisation, and so are "West Mercia police" and "the Sioux tribe"; "the
  Missouri river" is a river; "300 Slater Street" is an address with its number;
* "Washington, D.C." is one place; "Sen. Ann Roe (D., Conn.)", "Rep. Bo Lin, R-Wis." and "Rep. Bo
  Lin, Md.," are party designations, whose state abbreviations name no place the article is about.
"""

from __future__ import annotations

import re

from newscli.models import EntityType
from newscli.nlp import gazetteer
from newscli.nlp import lexicon as lex
from newscli.nlp.entities.text import Candidate, TextIndex

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?"  # ", Wis.", ", Calif.", ", Malaysia"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # ", Nov 22"
    r"\s*(?:\((?P<agency>[A-Z][\w&. -]{0,30})\))?\s*(?:[—–]|--?)\s",
    re.MULTILINE,
)
# a wire dateline on a line of its own: "ROME 1996-12-06", "AL-AIN, United Arab Emirates 1996-12-06"
_DATELINE_LINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:\s*,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?"
    r"\s+(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)[ \t]*$",
    re.MULTILINE,
)
_STATE = re.compile(r"(?:[A-Z][a-z]{1,5}\.|[A-Z]\.(?:[A-Z]\.)+)")
_PARTY = re.compile(r"[DRI]\.?")
_DEGREES = {"MD", "PHD", "DPHIL", "MBA", "RN", "DDS", "DO", "JD", "ESQ", "MSC", "BSC", "OBE", "MBE", "CBE", "QC", "KC"}
_PARTY_BEFORE = re.compile(r"(?:\(\s*[DRI]\.?\s*[,-]\s*|\b[DRI]-)$")


def datelines(index: TextIndex) -> list[Candidate]:
    """The place (and agency) of each paragraph-initial dateline."""
    found: list[Candidate] = []
    matches: list[re.Match[str]] = [*_DATELINE.finditer(index.text), *_DATELINE_LINE.finditer(index.text)]
    for match in matches:
        start, end = match.span("place")
        if len(match.group("place")) < 3 or (index.in_aside(start) and match.re is _DATELINE):
            continue
        found.append(Candidate(start, end, index.text[start:end], "location", "dateline"))
        if match.re is _DATELINE and match.group("agency"):
            a_start, a_end = match.span("agency")
            found.append(Candidate(a_start, a_end, index.text[a_start:a_end], "organization", "dateline"))
    return found


def state_abbreviations(text: str, found: list[Candidate]) -> list[Candidate]:
    """Join "Washington" + ", D.C." into one place (a state after a city stays a place of its own:
    "Palo Alto, Calif."); drop the states of party designations and degrees after a name ("MD")."""
    out: list[Candidate] = []
    for cand in sorted(found, key=lambda c: c.start):
        if _PARTY.fullmatch(cand.text) and text[max(0, cand.start - 2) : cand.start].strip() == "(":
            continue  # the "D." of "(D., Conn.)"
        if cand.label == "location" and _PARTY_BEFORE.search(text[max(0, cand.start - 8) : cand.start]):
            continue  # "Jim Jordan, R-Ohio,"
        last = out[-1] if out else None
        after_name = last is not None and last.label == "person" and text[last.end : cand.start] == ", "
        if after_name and cand.text.replace(".", "").upper() in _DEGREES:
            continue  # "Ann Roe, MD, PhD": degrees after a name
        if not _STATE.fullmatch(cand.text):
            out.append(cand)
            continue
        if _PARTY_BEFORE.search(text[max(0, cand.start - 8) : cand.start]):
            continue  # "(D., Conn.)", "R-Wis."
        if last is not None and last.source == "dateline" and text[last.end : cand.start] == ", ":
            continue  # "LA CROSSE, Wis. (AP) —": the dateline's state
        if after_name and text[cand.end : cand.end + 1] == ",":
            continue  # "Rep. Ann Roe, Md., the top Democrat": the member's state
        if last is not None and text[last.end : cand.start] == ", " and cand.text == "D.C.":  # one city's name
            out[-1] = Candidate(last.start, cand.end, text[last.start : cand.end], "location", last.source)
            continue
        out.append(cand)
    return out


_REGION_AFTER = re.compile(r" (?:region|district|oblast|province|prefecture|governorate)\b")
# a lower-case head the article writes after a name, making a name of its own: "West Mercia police",
# "the Standing Rock Sioux tribe", "the Missouri river", "the Morton County sheriff's department"
_HEAD_AFTER = re.compile(
    r" (?:(?P<org>police|tribe|(?:sheriff|police|fire)['’]s? (?:department|office))|(?P<place>river|hospital))\b"
)
_ADMINISTRATION_AFTER = re.compile(r" administration\b")
_TITLE_THE = re.compile(r"(?<![.!?\n]\s)(?<=\w\s)The $")
_NAME_AFTER = re.compile(r"\s+[A-Z]")  # "The Jewish Agency" is another name
_NUMBER_BEFORE = re.compile(r"\b\d{1,5} $")
_STREETS = {"street", "road", "avenue", "boulevard", "lane", "drive", "place", "square", "way", "st.", "rd.", "ave."}


def _followed_by_lower(text: str, end: int) -> bool:
    """Does the name end at the head: not "Mercia police Chief Ann Roe", "Ferguson police officer Ann Roe"?"""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or text[end : end + 1] in ",.;:":
        return True
    word = nxt.group(1)
    return not word[:1].isupper() and not (lex.is_a(word, "role") or lex.is_a(word, "personnoun"))


_NEXT_WORD = re.compile(r"\s+(\S+)")


def conventions(text: str, found: list[Candidate]) -> list[Candidate]:
    """Mentions grown (or retyped) over the words a convention adds to a name."""
    out: list[Candidate] = []
    for cand in found:
        after = text[cand.end : cand.end + 16]
        region = _REGION_AFTER.match(after)
        place = gazetteer.lookup(cand.text)
        alone = region is not None and text.count(cand.text) > text.count(cand.text + region.group())
        if place is not None and place.kind in ("subdivision", "country") and not alone:
            region = None  # "Namibia's Kunene region" is Kunene; "the Kyiv region" is not the city Kyiv
        if region and (cand.label == "location" or place is not None):
            end = cand.end + region.end()
            out.append(Candidate(cand.start, end, text[cand.start : end], "location", cand.source))
            continue
        head = _HEAD_AFTER.match(text, cand.end, cand.end + 32)
        named = cand.label in ("location", "organization", "misc", None) and not gazetteer.is_demonym(cand.text)
        if head and named and _followed_by_lower(text, head.end()):  # not "Italian police"
            kind: EntityType = "organization" if head.group("org") else "location"
            out.append(Candidate(cand.start, head.end(), text[cand.start : head.end()], kind, cand.source))
            continue
        administration = _ADMINISTRATION_AFTER.match(after)
        if administration and " " not in cand.text and cand.label in ("person", None):
            end = cand.end + administration.end()
            out.append(Candidate(cand.start, end, text[cand.start : end], "organization", cand.source))
            continue
        title = _TITLE_THE.search(text[max(0, cand.start - 6) : cand.start]) and not _NAME_AFTER.match(after)
        if gazetteer.is_demonym(cand.text) and title:
            start = cand.start - 4  # "told The Namibian": a newspaper's title
            out.append(Candidate(start, cand.end, text[start : cand.end], "organization", cand.source))
            continue
        number = _NUMBER_BEFORE.search(text[max(0, cand.start - 6) : cand.start])
        if number and cand.text.split()[-1].lower() in _STREETS and " " in cand.text:
            start = cand.start - (len(number.group()))
            out.append(Candidate(start, cand.end, text[start : cand.end], "location", cand.source))
            continue
        out.append(cand)
    return out
