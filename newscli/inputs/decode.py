"""Bytes to text: the decoding chain, what counts as binary, and HTML-or-text sniffing."""

from __future__ import annotations

import codecs
import re

from newscli.errors import InputError, UsageError
from newscli.extract.language import detect_language
from newscli.models import InputFormat

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures worth naming when someone feeds us a non-text file.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
)
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""",
    re.IGNORECASE,
)
# WHATWG: browsers treat these labels as windows-1252 / gb18030, and so do real pages.
CHARSET_ALIASES = {
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
}
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|\?xml|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|br|script|style|meta|article|section|table|td|li|ul|h[1-6]|img|header|footer|nav)[\s/>]",
    re.I,
)
_MAX_REPLACED_SHARE = 0.02  # above this many U+FFFD per character the text is not really text
_STRAY_NUL_SHARE = 0.01  # at most this share of NUL bytes is a slip in a text file, not a binary file


def check_encoding(name: str) -> str:
    """Return the codec's canonical name, or raise a usage error naming the bad option."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown encoding {name!r} for --encoding; use a name such as utf-8 or cp1252") from None


def reject_binary(data: bytes, path: str, encoding: str | None = None) -> None:
    """Refuse what is not text: known file signatures, and bytes full of NULs and control codes.

    With --encoding the user has said what the bytes are, and NULs may be part of the text
    (UTF-16 without a byte-order mark). Without it, a few stray NULs in otherwise clean text
    (a scraper's or an editor's slip) are not a binary file: decode() drops them with a warning.
    """
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"is {what}, not HTML or text; give newscli a web page or a text file", path)
    if encoding or any(data.startswith(bom) for bom, _ in _BOMS):
        return  # UTF-16/32 text legitimately holds NUL bytes
    head = data[:8192]
    nuls = head.count(0)
    controls = sum(1 for byte in head if byte < 32 and byte not in (0, 9, 10, 12, 13, 27))
    if nuls > len(head) * _STRAY_NUL_SHARE:
        utf16 = _utf16_without_bom(head)
        if utf16:
            raise InputError(f"looks like UTF-16 text without a byte-order mark; pass --encoding {utf16}", path)
    if nuls > len(head) * _STRAY_NUL_SHARE or controls > len(head) * 0.05:
        raise InputError("looks like a binary file, not HTML or text; give newscli a web page or a text file", path)


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' when every other byte is NUL as in Latin-script UTF-16 text, and the rest reads."""
    even, odd = head[0::2], head[1::2]
    for name, zeros, chars in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros and zeros.count(0) > 0.9 * len(zeros) and chars.count(0) < 0.05 * len(chars):
            return name
    return None


def _without_nuls(decoded: tuple[str, str, tuple[str, ...]]) -> tuple[str, str, tuple[str, ...]]:
    text, name, warnings = decoded
    count = text.count("\x00")
    if not count:
        return decoded
    note = f"dropped {count} stray NUL character{'s' if count > 1 else ''}; the rest reads as text"
    return text.replace("\x00", ""), name, (*warnings, note)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes: BOM, then a declared charset, then UTF-8, then detection, then replacement.

    Returns (text, encoding name, warnings); NUL characters are dropped, with a warning.
    """
    return _without_nuls(_decode(data, path, encoding))


def _decode(data: bytes, path: str, encoding: str | None) -> tuple[str, str, tuple[str, ...]]:
    """The decoding chain.

    Returns (text, encoding name, warnings). A page that declares a legacy single-byte
    charset but is valid, non-ASCII UTF-8 is read as UTF-8: such declarations are stale
    templates far more often than the bytes are a coincidence.
    """
    if encoding:
        name = check_encoding(encoding)
        try:
            return data.decode(name), name, ()
        except UnicodeDecodeError as exc:
            raise InputError(
                f"does not decode as {name} ({exc.reason} at byte {exc.start}); check --encoding", path
            ) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", ""), ()
            except UnicodeDecodeError:
                break
    utf8 = _try(data, "utf-8")
    declared = _declared_charset(data)
    if declared and declared != "utf-8" and not (utf8 is not None and not data.isascii()):
        text = _try(data, declared)
        if text is not None:
            return text, declared, ()
    if utf8 is not None:
        return utf8, "utf-8", ()
    detected = _detect(data)
    if detected:
        return detected
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    if replaced > max(3, len(text) * _MAX_REPLACED_SHARE):
        raise InputError(
            "is not text in any encoding newscli recognises; if it is text, name its encoding with --encoding",
            path,
        )
    return text, "utf-8", (f"{replaced} undecodable bytes replaced with U+FFFD; pass --encoding to choose one",)


def _try(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:8192])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    label = CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _detect(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    from charset_normalizer import from_bytes  # only paid for when the bytes are not UTF-8

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    best = matches[0]
    # Single-byte codecs often tie; browsers default to windows-1252 and so do we. In English
    # text a few accented names decide nothing about the language, so windows-1252 also wins
    # whenever it reads the bytes as cleanly (chaos) as the best: cp1250 turned "Muñoz" into
    # "Muńoz" and "£5" into "Ł5" on coherence alone.
    western = _try(data[:200_000], "cp1252")
    if western is not None and detect_language(western) == "en":
        ties = [m.encoding for m in matches if m.chaos <= best.chaos + 0.02]
    else:
        ties = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    name = codecs.lookup("cp1252" if "cp1252" in ties else best.encoding).name
    text = _try(data, name)
    if text is None:
        return None
    return text, name, ()


def sniff_format(text: str) -> InputFormat:
    """HTML when the text starts like a page or carries real markup; text otherwise."""
    head = text[:65536]
    if _HTML_START.match(head):
        return "html"
    tags = len(_HTML_TAG.findall(head))
    return "html" if tags >= 5 and tags * 200 > len(head) else "text"
