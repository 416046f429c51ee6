"""Turn command-line inputs (paths, directories, '-', JSON Lines) into decoded Documents.

Everything here streams: directories are walked lazily and JSON Lines files are read a
line at a time, so a batch of any size runs in bounded memory. Failures are yielded as
NewscliError values rather than raised, so one bad input never stops a batch.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import select
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from newscli.errors import InputError, NewscliError, UsageError
from newscli.inputs.decode import check_encoding, decode, reject_binary, sniff_format
from newscli.inputs.jsonl import is_jsonl as _is_jsonl
from newscli.inputs.jsonl import jsonl_documents as _jsonl_documents
from newscli.models import Document, InputFormat

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "InputFormatOption",
    "InputOptions",
    "check_encoding",
    "decode",
    "expand_paths",
    "iter_documents",
    "sniff_format",
]

InputFormatOption = Literal["auto", "html", "text", "jsonl"]
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_TIMEOUT = 30.0  # seconds for a whole URL fetch
STDIN = "-"

_EXTENSIONS = (".html", ".htm", ".xhtml", ".txt", ".jsonl", ".warc", ".arc")
_GZIP_MAGIC = b"\x1f\x8b"
# A named pipe (FIFO) is read once something writes to it; one nobody writes to must not hang the run.
FIFO_WAIT_SECONDS = 30.0


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
                if not name.startswith(".") and _wanted(name) and _regular(os.path.join(root, name)):
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


def _regular(path: str) -> bool:
    """Only regular files (or links to one) are read from a folder: a FIFO there would block the batch."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


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


def _open(path: str, stdin: io.BufferedReader | None) -> io.BufferedReader:
    """Open a path or stdin as a peekable buffered stream, gunzipping by magic bytes."""
    if path == STDIN:
        if stdin is None:
            raise UsageError("no standard input to read", STDIN)
        # One buffer over the raw descriptor: a second one (sys.stdin.buffer's) made a terminal need
        # three Ctrl-D to end the input, one per layer still reading.
        raw: io.BufferedReader = _Unclosable(getattr(stdin, "raw", stdin))
    else:
        try:
            raw = _open_file(path)
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


def _open_file(path: str) -> io.BufferedReader:
    """A regular file; a pipe once something is written to it; a device or socket is refused."""
    mode = os.stat(path).st_mode  # a missing path raises what open() would: the caller names it
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return open(path, "rb")
    if stat.S_ISFIFO(mode):
        return _open_pipe(path)
    kind = (
        "a character device" if stat.S_ISCHR(mode)
        else "a block device" if stat.S_ISBLK(mode)
        else "a socket" if stat.S_ISSOCK(mode)
        else "a special file"
    )  # fmt: skip
    raise InputError(f"is {kind}, not a regular file; give newscli a file, a folder, or - for stdin", path)


def _open_pipe(path: str) -> io.BufferedReader:
    """Open a FIFO without blocking; wait up to FIFO_WAIT_SECONDS for a named one to be written to.

    open() of a FIFO blocks until a writer comes, for ever if none does. A pipe from the shell's
    <(command) already has its writer, so it is waited on like stdin.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not _anonymous_pipe(path):
            poller = select.poll()
            poller.register(fd, select.POLLIN)
            if not poller.poll(int(FIFO_WAIT_SECONDS * 1000)):
                raise InputError(
                    f"is a named pipe (FIFO) and nothing was written to it in {FIFO_WAIT_SECONDS:g} s; "
                    "write to it first, or pipe the text in (... | newscli)",
                    path,
                )
        os.set_blocking(fd, True)
        return open(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _anonymous_pipe(path: str) -> bool:
    try:
        return os.readlink(path).startswith("pipe:")  # /dev/fd/63 -> "pipe:[123]" on Linux
    except OSError:
        return False


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
        want = min(1 << 20, max_bytes + 1 - size)
        chunk = stream.read(want)
        chunks.append(chunk)
        size += len(chunk)
        if len(chunk) < want:  # read() comes back short only at the end: never ask a terminal twice
            break
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


def _document(path: str, data: bytes, options: InputOptions) -> Document:
    if not data.strip():
        raise InputError("is empty; nothing to read", path)
    reject_binary(data, path, options.encoding)
    text, encoding, warnings = decode(data, path, options.encoding)
    if not text.strip():
        raise InputError("holds only whitespace; nothing to read", path)
    fmt = options.input_format if options.input_format in ("html", "text") else sniff_format(text)
    document_format: InputFormat = "html" if fmt == "html" else "text"
    return Document(id=path, source=path, content=text, format=document_format, encoding=encoding, warnings=warnings)
