"""HTTP payloads - a WARC response record's or a fetched URL's - into Documents.

Both come with a Content-Type header, which says whether the bytes are a page and in
which charset. Browsers rank a byte-order mark first, then that header, then the page's
own <meta charset>; newscli does the same, except that a legacy charset on bytes that are
valid, non-ASCII UTF-8 is taken for a stale server default, as decode() does for <meta>.
"""

from __future__ import annotations

import codecs
from typing import Any

from newscli.errors import InputError
from newscli.inputs import InputOptions, decode, sniff_format
from newscli.inputs.decode import CHARSET_ALIASES
from newscli.models import Document, InputFormat

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32's BOMs start with UTF-16's


def media_type(content_type: str | None) -> tuple[str | None, str | None]:
    """'text/html; charset="UTF-8"' -> ('text/html', 'UTF-8'); (None, None) when absent."""
    if not content_type:
        return None, None
    kind, *params = content_type.split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").strip()
    return kind.strip().lower() or None, charset or None


def payload_format(kind: str | None, head: bytes) -> InputFormat | None:
    """html or text for a page or a plain text, None for anything else (images, PDFs, scripts)."""
    if kind in HTML_TYPES:
        return "html"
    if kind in TEXT_TYPES:
        return "text"
    if kind is None or kind == "application/octet-stream":  # no usable type: look at the bytes
        if b"\x00" in head[:4096]:
            return None
        return "html" if sniff_format(head[:65536].decode("latin-1")) == "html" else None
    return None


def charset_codec(label: str | None) -> str | None:
    """A charset label as Python's codec name, None when Python has no such codec."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        return codecs.lookup(CHARSET_ALIASES.get(label, label)).name
    except LookupError:
        return None


def decode_payload(
    data: bytes, source: str, charset: str | None, options: InputOptions
) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, warnings): --encoding, then a BOM, then the header's charset, then decode()'s chain."""
    if options.encoding or data.startswith(_BOMS):
        return decode(data, source, options.encoding)
    name = charset_codec(charset)
    if name is not None and (name == "utf-8" or data.isascii() or not _is_utf8(data)):
        try:
            return data.decode(name), name, ()
        except UnicodeDecodeError:
            pass  # the header is wrong: fall back to what the page says and what the bytes look like
    return decode(data, source)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def payload_document(
    *,
    id: str,
    source: str,
    data: bytes,
    fmt: InputFormat,
    charset: str | None,
    options: InputOptions,
    extra: dict[str, Any],
) -> Document:
    """The Document for one payload; raises InputError when it holds nothing to read."""
    if not data.strip():
        raise InputError("the page is empty; nothing to read", id)
    text, encoding, warnings = decode_payload(data, id, charset, options)
    if not text.strip():
        raise InputError("the page holds only whitespace; nothing to read", id)
    if options.input_format in ("html", "text"):
        fmt = "html" if options.input_format == "html" else "text"
    return Document(id=id, source=source, content=text, format=fmt, encoding=encoding, extra=extra, warnings=warnings)
