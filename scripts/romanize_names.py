"""Latin spellings of given names written in Cyrillic, Greek or an Indic script, for build_given_names.py.

News in English writes "Mykola", "Dmitry", "Giorgos", "Sunil": the forms the name lists give in
their own scripts ("Микола", "Дмитрий", "Γιώργος", "सुनील") are of no use to a typer of English
text until romanised. The tables follow the usual schemes (Ukraine's 2010 national system, the
BGN/PCGN-like one English news uses for Russian, Bulgaria's 2009 law, ELOT 743 for Greek, and
Hindi-style spelling without diacritics for Devanagari, Bengali, Gujarati and Odia), each giving
one or two common spellings. Chinese is romanised with pypinyin by the caller. Arabic, Hebrew,
Persian and Thai are not: their scripts leave out vowels or their romanisations vary too much.
"""

from __future__ import annotations

import unicodedata

# Each letter's Latin spelling, "" for the signs that are not written.
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
    "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
    "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
], strict=True))  # fmt: skip
_UK = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’", [
    "a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "", "",
], strict=True))  # fmt: skip
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_BG = _RU | {"х": "h", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya", "ѝ": "i"}
_MK = _RU | {"ѓ": "gj", "ѕ": "dz", "ј": "j", "љ": "lj", "њ": "nj", "ќ": "kj", "џ": "dzh", "х": "h"}


def _cyrillic(name: str, table: dict[str, str], initial: dict[str, str] | None = None) -> str:
    out = []
    for i, char in enumerate(name.lower()):
        latin = (initial or {}).get(char) if i == 0 else None
        latin = latin or table.get(char)
        if latin is None:
            return ""
        out.append(latin)
    return "".join(out)


def russian(name: str) -> list[str]:
    """ "Дмитрий" -> Dmitriy, Dmitry; "Мария" -> Mariya, Maria; "Алексей" -> Aleksey, Aleksei."""
    base = _cyrillic(name, _RU)
    if not base:
        return []
    forms = {base}
    lower = name.lower()
    if lower.endswith("ий"):
        forms.add(base[:-2] + "y")
    if lower.endswith("ия"):
        forms.add(base[:-3] + "ia")
    if lower.endswith("ей"):
        forms.add(base[:-1] + "i")
    return sorted(forms)


def ukrainian(name: str) -> list[str]:
    """ "Андрій" -> Andrii; "Микола" -> Mykola; "Юлія" -> Yuliia."""
    base = _cyrillic(name, _UK, _UK_INITIAL)
    return [base] if base else []


def bulgarian(name: str) -> list[str]:
    base = _cyrillic(name, _BG)
    return [base] if base else []


def macedonian(name: str) -> list[str]:
    base = _cyrillic(name, _MK)
    return [base] if base else []


_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "γγ": "ng", "γκ": "gk", "ντ": "nt", "αι": "ai", "ει": "ei"}
_GREEK_LATIN = [
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch",
    "ps", "o",
]  # fmt: skip
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", _GREEK_LATIN, strict=True))


def greek(name: str) -> list[str]:
    """ "Γιώργος" -> Giorgos; "Δημήτρης" -> Dimitris; "Ευάγγελος" -> Evangelos; "Χαράλαμπος" -> Charalampos,
    Charalambos."""
    text = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    out, i = [], 0
    while i < len(text):
        pair = "b" if text.startswith("μπ", i) and i == 0 else _GREEK_PAIRS.get(text[i : i + 2])
        if pair:
            out.append(pair)
            i += 2
            continue
        latin = _GREEK.get(text[i])
        if latin is None:
            return []
        out.append(latin)
        i += 1
    latin = "".join(out)
    return [latin, latin[0] + latin[1:].replace("mp", "mb")] if "mp" in latin[1:] else [latin]


# Devanagari code points; Bengali, Gujarati and Odia keep the same layout at +0x80, +0x180, +0x200.
_INDIC_BASES = (0x0900, 0x0980, 0x0A80, 0x0B00)
_VOWELS = {
    0x05: "a", 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri", 0x0F: "e", 0x10: "ai",
    0x13: "o", 0x14: "au",
}  # fmt: skip
_SIGNS = {
    0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x47: "e", 0x48: "ai", 0x4B: "o", 0x4C: "au",
}  # fmt: skip
_CONSONANTS = {
    0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "chh", 0x1C: "j", 0x1D: "jh",
    0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t", 0x25: "th", 0x26: "d",
    0x27: "dh", 0x28: "n", 0x2A: "p", 0x2B: "ph", 0x2C: "b", 0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r",
    0x32: "l", 0x33: "l", 0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s", 0x39: "h", 0x5F: "y",
}  # fmt: skip
_VIRAMA, _NUKTA, _ANUSVARA, _CANDRABINDU, _VISARGA = 0x4D, 0x3C, 0x02, 0x01, 0x03


def indic(name: str) -> list[str]:
    """ "सुनील" -> sunil; "नरेन्द्र" -> narendra; "कल्पना" -> kalpana: the last inherent a is dropped
    after a single consonant, as Hindi and Bengali names are written in English."""
    base = next((b for b in _INDIC_BASES if b <= ord(name[0]) < b + 0x80), None) if name else None
    if base is None:
        return []
    out: list[str] = []
    pending = False  # a consonant waiting for its vowel
    cluster = 0  # consonants in the current cluster
    for char in name:
        offset = ord(char) - base
        if not 0 <= offset < 0x80:
            return []
        if offset in _CONSONANTS:
            if pending:
                out.append("a")
                cluster = 0
            out.append(_CONSONANTS[offset])
            pending, cluster = True, cluster + 1
        elif offset == _VIRAMA:
            pending = False
        elif offset in _SIGNS:
            out.append(_SIGNS[offset])
            pending, cluster = False, 0
        elif offset in _VOWELS:
            if pending:
                out.append("a")
            out.append(_VOWELS[offset])
            pending, cluster = False, 0
        elif offset in (_ANUSVARA, _CANDRABINDU):
            if pending:
                out.append("a")
            out.append("n")
            pending, cluster = False, 0
        elif offset == _VISARGA:
            if pending:
                out.append("a")
            out.append("h")
            pending, cluster = False, 0
        elif offset != _NUKTA:
            return []
    if pending and cluster > 1:
        out.append("a")  # "Narendra", "Aditya": a cluster keeps its vowel
    return ["".join(out)] if out else []


def fold(name: str) -> str:
    """ "Ionuț" -> Ionut, "José" -> Jose: the spelling news without the diacritics uses."""
    if not all("LATIN" in unicodedata.name(c, "") for c in name if c.isalpha()):
        return name
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return stripped.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")


def romanize(locale: str, name: str) -> list[str]:
    """Latin spellings of a name from the given Faker locale ([] when the script has no scheme here)."""
    language = locale.split("_")[0]
    if language == "ru" or language == "kk":
        forms = russian(name)
    elif language == "uk":
        forms = ukrainian(name)
    elif language == "bg":
        forms = bulgarian(name)
    elif language == "mk":
        forms = macedonian(name)
    elif language == "el":
        forms = greek(name)
    elif language in ("hi", "mr", "ne", "bn", "gu", "or"):
        forms = indic(name)
    else:
        return []
    return [form[:1].upper() + form[1:] for form in forms if len(form) >= 2]
