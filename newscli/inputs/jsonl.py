"""JSON Lines input: one record per line, {"id": ..., "html"|"text": ...}; a bad line is one error."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newscli.errors import InputError, NewscliError
from newscli.models import Document, InputFormat

if TYPE_CHECKING:
    from newscli.inputs import InputOptions

STDIN = "-"


def is_jsonl(path: str, options: InputOptions, stream: io.BufferedReader) -> bool:
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


def jsonl_documents(path: str, reader: io.BufferedReader, options: InputOptions) -> Iterator[Document | NewscliError]:
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
        # json's messages may end in "at" ("Invalid control character at"): the column completes them
        message = exc.msg.removesuffix(" at")
        return InputError(f"is not valid JSON ({message} at column {exc.colno}); fix or drop the line", where)
    if not isinstance(record, dict):
        return InputError('is not a JSON object; each line must look like {"id": ..., "text": ...}', where)
    key = "html" if isinstance(record.get("html"), str) else "text"
    value = record.get(key)
    if not isinstance(value, str):
        return InputError('has no "html" or "text" string; each line needs one of them', where)
    rid = record.get("id")
    if not value.strip():  # named by file:line, where the user can find it; the id says which record
        named = "" if rid is None else f"record {str(rid)!r} "
        return InputError(f'{named}has an empty "{key}"; fill it or drop the line', where)
    rid = where if rid is None else str(rid)
    warnings: tuple[str, ...] = ()
    if "\x00" in value:  # as decode() does for files
        count = value.count("\x00")
        value = value.replace("\x00", "")
        warnings = (f"dropped {count} stray NUL character{'s' if count > 1 else ''}; the rest reads as text",)
    extra = {k: v for k, v in record.items() if k not in ("id", key)}
    document_format: InputFormat = "html" if key == "html" else "text"
    return Document(id=rid, source=path, content=value, format=document_format, encoding="utf-8", extra=extra,
                    warnings=warnings)  # fmt: skip
