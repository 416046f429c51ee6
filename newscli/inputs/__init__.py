"""Turn command-line inputs (paths, directories, '-', JSON Lines) into decoded Documents.

Everything here streams: directories are walked lazily and JSON Lines files are read a
line at a time, so a batch of any size runs in bounded memory. Failures are yielded as
NewscliError values rather than raised, so one bad input never stops a batch.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from newscli.errors import InputError, NewscliError, UsageError
from newscli.extract.language import detect_language
from newscli.models import Document, InputFormat

InputFormatOption = Literal["auto", "html", "text", "jsonl"]
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_TIMEOUT = 30.0  # seconds for a whole URL fetch
STDIN = "-"

_EXTENSIONS = (".html", ".htm", ".xhtml", ".txt", ".jsonl", ".warc", ".arc")
_GZIP_MAGIC = b"\x1f\x8b"
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
_CHARSET_ALIASES = {
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


class InputMessages(Protocol):
    """Where readers tell the user what they skipped (the CLI's stderr)."""

    def note(self, message: str) -> None: ...  # shown with -v

    def warning(self, message: str) -> None: ...


@dataclass(frozen=True)
class InputOptions:
    input_format: InputFormatOption = "auto"
    encoding: str | None = None  # force this codec instead of the decoding chain
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT  # URLs: the whole fetch, in seconds
    messages: InputMessages | None = None  # web archives: what was read and skipped


def expand_paths(paths: Iterable[str]) -> Iterator[str | NewscliError]:
    """Yield files in command-line order; directories are walked sorted, skipping dotfiles."""
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            yield path
            continue
        found = False
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and _wanted(name):
                    found = True
                    yield os.path.join(root, name)
        if not found:
            yield InputError(
                "the directory holds no .html, .htm, .xhtml, .txt, .jsonl, .warc or .arc files (gzipped or not); "
                "name the files to read instead",
                path,
            )


def _wanted(name: str) -> bool:
    name = name.lower().removesuffix(".gz")
    return name.endswith(_EXTENSIONS)


def iter_documents(
    paths: Iterable[str], options: InputOptions, stdin: io.BufferedReader | None = None
) -> Iterator[Document | NewscliError]:
    """Yield one Document per input (per line of a JSON Lines input), or the error it raised."""
    if options.encoding:
        check_encoding(options.encoding)
    for path in expand_paths(paths):
        if isinstance(path, NewscliError):
            yield path
            continue
        if is_url(path):
            from newscli.inputs.url import fetch_document

            yield fetch_document(path, options)
            continue
        try:
            stream = _open(path, stdin)
        except NewscliError as err:
            yield err
            continue
        with stream:
            try:
                if options.input_format != "jsonl" and _is_archive(path, stream):
                    from newscli.inputs.warc import archive_documents

                    yield from archive_documents(path, stream, options)
                elif _is_jsonl(path, options, stream):
                    yield from _jsonl_documents(path, stream, options)
                else:
                    yield _document(path, _read_limited(stream, path, options.max_bytes), options)
            except NewscliError as err:
                yield err


def check_encoding(name: str) -> str:
    """Return the codec's canonical name, or raise a usage error naming the bad option."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown encoding {name!r} for --encoding; use a name such as utf-8 or cp1252") from None


def _open(path: str, stdin: io.BufferedReader | None) -> io.BufferedReader:
    """Open a path or stdin as a peekable buffered stream, gunzipping by magic bytes."""
    if path == STDIN:
        if stdin is None:
            raise UsageError("no standard input to read", STDIN)
        raw: io.BufferedReader = _Unclosable(stdin)
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 -- handed to the caller's with-block
        except FileNotFoundError:
            raise InputError("no such file; check the path", path) from None
        except IsADirectoryError:
            raise InputError("is a directory that could not be walked", path) from None
        except PermissionError:
            raise InputError("permission denied; check the file's permissions", path) from None
        except OSError as exc:
            raise InputError(f"cannot be read ({exc.strerror}); check the path", path) from None
    if raw.peek(2)[:2] == _GZIP_MAGIC:
        return io.BufferedReader(_GzipStream(raw, path))
    return raw


class _Unclosable(io.BufferedReader):
    """stdin for one run: reading through it is fine, closing the process's stdin is not."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)

    def close(self) -> None:
        pass


class _GzipStream(io.RawIOBase):
    """Gunzip on the fly and turn zlib's errors into an InputError naming the file."""

    def __init__(self, raw: io.BufferedReader, path: str) -> None:
        self._raw = raw
        self._path = path
        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            return self._gz.readinto(buffer)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(
                f"is not a valid gzip file ({exc or 'truncated'}); re-download or re-compress it", self._path
            ) from None

    def close(self) -> None:
        self._gz.close()
        self._raw.close()
        super().close()


def _read_limited(stream: io.BufferedReader, path: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise InputError(f"is larger than the {max_bytes:,}-byte limit; raise --max-bytes to read it anyway", path)
    return data


def is_url(path: str) -> bool:
    """An http(s) address: fetched rather than opened (newscli/inputs/url.py)."""
    return re.match(r"(?i)https?://\S", path) is not None


def is_archive_name(path: str) -> bool:
    """A web archive's name: .warc, .arc, .warc.gz or .arc.gz (newscli/inputs/warc.py reads them)."""
    return path.lower().removesuffix(".gz").endswith((".warc", ".arc"))


def _is_archive(path: str, stream: io.BufferedReader) -> bool:
    """A WARC or ARC web archive, by name or by its first bytes: a WARC version line, an ARC file header."""
    return is_archive_name(path) or stream.peek(16)[:11].startswith((b"WARC/", b"filedesc://"))


def _is_jsonl(path: str, options: InputOptions, stream: io.BufferedReader) -> bool:
    if options.input_format == "jsonl":
        return True
    if options.input_format != "auto":
        return False
    if path != STDIN:
        return path.lower().removesuffix(".gz").endswith(".jsonl")
    # stdin: a first line that is a JSON object with an html or text key is JSON Lines
    head = stream.peek(4096)[:4096].lstrip()
    return (
        head.startswith(b"{")
        and re.match(rb'\{\s*"[^"]*"\s*:', head) is not None
        and (b'"text"' in head or b'"html"' in head)
    )


def _jsonl_documents(path: str, reader: io.BufferedReader, options: InputOptions) -> Iterator[Document | NewscliError]:
    """One Document per line of {"id": ..., "html"|"text": ...}; bad lines become errors."""
    lineno = 0
    while True:
        line = reader.readline(options.max_bytes + 1)
        if not line:
            break
        lineno += 1
        where = f"{path}:{lineno}"
        if len(line) > options.max_bytes and not line.endswith(b"\n"):
            while (rest := reader.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield InputError(f"record is larger than the {options.max_bytes:,}-byte limit; raise --max-bytes", where)
            continue
        if not line.strip():
            continue
        yield _jsonl_record(line, where, path)


def _jsonl_record(line: bytes, where: str, path: str) -> Document | NewscliError:
    try:
        record = json.loads(line.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        return InputError(f"is not valid JSON ({exc.msg} at column {exc.colno}); fix or drop the line", where)
    if not isinstance(record, dict):
        return InputError('is not a JSON object; each line must look like {"id": ..., "text": ...}', where)
    key = "html" if isinstance(record.get("html"), str) else "text"
    value = record.get(key)
    if not isinstance(value, str):
        return InputError('has no "html" or "text" string; each line needs one of them', where)
    rid = record.get("id")
    rid = where if rid is None else str(rid)
    if not value.strip():
        return InputError(f'has an empty "{key}"', rid)
    extra = {k: v for k, v in record.items() if k not in ("id", key)}
    document_format: InputFormat = "html" if key == "html" else "text"
    return Document(id=rid, source=path, content=value, format=document_format, encoding="utf-8", extra=extra)


def _document(path: str, data: bytes, options: InputOptions) -> Document:
    if not data.strip():
        raise InputError("is empty; nothing to read", path)
    _reject_binary(data, path)
    text, encoding, warnings = decode(data, path, options.encoding)
    if not text.strip():
        raise InputError("holds only whitespace; nothing to read", path)
    fmt = options.input_format if options.input_format in ("html", "text") else sniff_format(text)
    document_format: InputFormat = "html" if fmt == "html" else "text"
    return Document(id=path, source=path, content=text, format=document_format, encoding=encoding, warnings=warnings)


def _reject_binary(data: bytes, path: str) -> None:
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"is {what}, not HTML or text; give newscli a web page or a text file", path)
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return  # UTF-16/32 text legitimately holds NUL bytes
    head = data[:8192]
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if b"\x00" in head or controls > len(head) * 0.05:
        raise InputError("looks like a binary file, not HTML or text; give newscli a web page or a text file", path)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes: BOM, then a declared charset, then UTF-8, then detection, then replacement.

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
    label = _CHARSET_ALIASES.get(label, label)
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
