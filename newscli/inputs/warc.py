"""WARC and ARC web archives: one Document per HTML response record, streamed.

Crawlers (wget --warc-file, Heritrix, Webrecorder, Common Crawl's CC-NEWS) write every
request, response, revisit and metadata record of a crawl into one file, gzipped per
record or not. newscli reads it a record at a time, so a file of any size runs in bounded
memory: only the current record's payload (at most --max-bytes) is held.

warcio parses each record; the loop around it is ours so that one malformed record costs
one error line: after a record that does not parse, the reader skips to the next line that
starts a record and goes on. warcio is imported only when an archive is read.
"""

from __future__ import annotations

import io
import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

from newscli.errors import InputError, NewscliError
from newscli.inputs import InputOptions
from newscli.inputs.payload import HTML_TYPES, media_type, payload_document, payload_format
from newscli.models import Document

MAX_HEADER_LINE = 1 << 16  # a longer "header line" is a payload without newlines: never read it whole
_WARC_START = re.compile(rb"WARC/(?:1\.[01]|0\.1[78])\r?\n\Z")
_ARC_START = re.compile(rb"[a-z][a-z0-9+.-]*:\S* \S+ \d{14} \S+ \d+\r?\n\Z", re.I)
_SKIPPED_TYPES = {  # what a skipped record is called in the -v note ("3 revisits")
    "request": "request",
    "revisit": "revisit",
    "metadata": "metadata record",
    "warcinfo": "warcinfo record",
    "arc_header": "ARC file header",
}
Item = Document | NewscliError


def archive_documents(path: str, stream: io.BufferedReader, options: InputOptions) -> Iterator[Item]:
    """One Document per HTML response record; an error per malformed record; a note on what was skipped."""
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.recordloader import ArcWarcRecordLoader
    from warcio.statusandheaders import StatusAndHeadersParserException

    logging.getLogger("warcio").addHandler(logging.NullHandler())  # its warnings would print multi-line notes
    reader = _Reader(stream)
    loader = ArcWarcRecordLoader(verify_http=False, arc2warc=False)
    skipped: Counter[str] = Counter()
    read = failed = 0
    known_format: str | None = None
    next_line: bytes | None = None
    resyncing = False
    while True:
        offset = reader.offset - len(next_line or b"")
        try:
            record = loader.parse_record_stream(reader, next_line, known_format)
            if record.length is None:
                raise ArchiveLoadFailed("no Content-Length")
        except EOFError:
            break
        except (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError, AttributeError, TypeError) as exc:
            # warcio trusts the headers it parses: on broken ones it fails in many ways, all meaning "malformed"
            if not resyncing:  # one error for one stretch of damage, however many false starts it holds
                failed += 1
                yield _malformed(path, offset, exc, read + failed + sum(skipped.values()) == 1)
            resyncing = True
            next_line = _resync(reader, known_format)
            if next_line is None:
                break
            continue
        known_format, resyncing = record.format, False
        item = _record_item(record, path, offset, options)
        if isinstance(item, str):
            skipped[item] += 1
        else:
            read += isinstance(item, Document)
            failed += isinstance(item, NewscliError)
            yield item
        next_line = _next_line(reader)
    _tell(path, read, failed, skipped, options)


def _record_item(record: Any, path: str, offset: int, options: InputOptions) -> Item | str:
    """The record's Document, its error, or why it was skipped; leaves the stream after the record."""
    headers = record.rec_headers
    if record.format == "arc":
        uri = headers.get_header("uri") or ""
        date = _arc_date(headers.get_header("archive-date"))
        rid = f"{headers.get_header('archive-date')}/{uri}"  # ARC records have no ids: Wayback's key
    else:
        uri = headers.get_header("WARC-Target-URI") or ""
        date = headers.get_header("WARC-Date")
        rid = (headers.get_header("WARC-Record-ID") or "").strip().strip("<>") or f"{path}@{offset}"
    try:
        item = _payload_item(record, rid, path, {"url": uri, "published": date} if date else {"url": uri}, options)
    except NewscliError as err:
        item = err
    except (OSError, EOFError, ValueError, zlib.error) as exc:  # a bad chunked or gzipped payload
        item = InputError(f"the payload cannot be read ({_reason(exc)}); skipped it", rid)
    missing = _drain(record.raw_stream)
    if missing:
        return InputError(f"the record is truncated: the archive ends {missing:,} bytes before the record does", rid)
    return item


def _payload_item(record: Any, rid: str, path: str, extra: dict[str, Any], options: InputOptions) -> Item | str:
    reason = _skip_reason(record)
    if reason is not None:
        return reason
    kind, charset = media_type(_content_type(record))
    if kind is not None and kind not in HTML_TYPES and kind != "application/octet-stream":
        return "non-HTML response"
    encoding = (record.http_headers.get_header("content-encoding") or "").lower() if record.http_headers else ""
    if encoding and encoding != "identity" and encoding not in _decompressors():
        hint = "; pip install brotli to read it" if encoding == "br" else ""
        return InputError(f"the payload is compressed with {encoding!r}, which newscli cannot read{hint}", rid)
    data = _read_at_most(record.content_stream(), options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return InputError(f"the page is larger than the {options.max_bytes:,}-byte limit; raise --max-bytes", rid)
    if payload_format(kind, data) != "html":
        return "non-HTML response"
    if not data.strip():
        return "empty response"
    return payload_document(id=rid, source=path, data=data, fmt="html", charset=charset, options=options, extra=extra)


def _skip_reason(record: Any) -> str | None:
    rec_type = record.rec_type
    if rec_type not in ("response", "resource"):
        return _SKIPPED_TYPES.get(rec_type, f"{rec_type} record")
    if rec_type == "response" and record.format != "arc" and not record.http_headers:
        return "non-HTTP response"  # dns:, whois: ...
    if record.http_headers:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return "non-2xx response"
    return None


def _content_type(record: Any) -> str | None:
    if record.http_headers:
        value = record.http_headers.get_header("content-type")
        return str(value) if value else None
    return str(record.content_type) if record.content_type else None


def _decompressors() -> tuple[str, ...]:
    from warcio.bufferedreaders import BufferedReader

    return tuple(BufferedReader.get_supported_decompressors())


def _arc_date(stamp: str | None) -> str | None:
    if not stamp or not stamp.isdigit() or len(stamp) < 8:
        return None
    from warcio.timeutils import timestamp_to_iso_date

    return str(timestamp_to_iso_date(stamp))


def _read_at_most(stream: Any, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = stream.read(min(1 << 16, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _drain(raw: Any) -> int:
    """Read what is left of the record; the number of bytes missing when the file ended inside it."""
    while raw.read(1 << 16):
        pass
    return int(getattr(raw, "limit", 0))


def _next_line(reader: _Reader) -> bytes | None:
    """Skip the blank lines between records; the next record's first line, None at the end."""
    while True:
        line = reader.readline()
        if not line:
            return None
        if line.strip():
            return line


def _resync(reader: _Reader, known_format: str | None) -> bytes | None:
    """After a malformed record: the next line that starts a record, None when the file ends first."""
    starts = [p for f, p in (("warc", _WARC_START), ("arc", _ARC_START)) if known_format in (None, f)]
    at_line_start = True
    while True:
        line = reader.readline()
        if not line:
            return None
        if at_line_start and any(p.match(line) for p in starts):
            return line
        at_line_start = line.endswith(b"\n")


def _malformed(path: str, offset: int, exc: Exception, first: bool) -> InputError:
    if first and offset == 0:
        return InputError(f"is not a WARC or ARC web archive ({_reason(exc)}); check the file", path)
    return InputError(f"malformed record at byte {offset:,} ({_reason(exc)}); skipped to the next record", path)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, (AttributeError, TypeError)):
        return "incomplete record headers"
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _tell(path: str, read: int, failed: int, skipped: Counter[str], options: InputOptions) -> None:
    messages = options.messages
    if messages is None:
        return
    what = ", ".join(f"{n:,} {reason}{'s' if n != 1 else ''}" for reason, n in skipped.most_common())
    if read == 0 and failed == 0:
        messages.warning(f"{path}: no HTML response records in the archive" + (f" (skipped {what})" if what else ""))
        return
    messages.note(
        f"{path}: {read:,} HTML response{'s' if read != 1 else ''} read" + (f"; skipped {what}" if what else "")
    )


class _Reader:
    """The archive's bytes as warcio reads them, with the offset counted and header lines capped."""

    def __init__(self, stream: io.BufferedReader) -> None:
        self._stream = stream
        self.offset = 0

    def read(self, size: int | None = -1) -> bytes:
        data = self._stream.read(-1 if size is None else size)
        self.offset += len(data)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        cap = MAX_HEADER_LINE if size is None or size < 0 else min(size, MAX_HEADER_LINE)
        line = self._stream.readline(cap)
        self.offset += len(line)
        return line

    def tell(self) -> int:
        return self.offset

    def close(self) -> None:
        pass  # the caller's with-block closes the file
