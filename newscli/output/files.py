"""clean --output-dir: one file per input, written atomically, never over an input of the run.

The names are planned before any work: every input that becomes one file gets its output
name up front, and a name that is an input of the run (compared by inode, so a hard link or
a path through a symlink counts) stops the run before anything is read or written. Records
(JSON Lines, stdin) are named by their id as they come, stepping over the inputs and the
names already taken. A folder that cannot be written is found by a probe, before any work.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from newscli.errors import OutputError, UsageError
from newscli.models import Report
from newscli.output import to_markdown, to_record

STDIN = "-"


def _file_mode() -> int:
    """What open() would give a new file: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _identity(path: str | Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    return (stat.st_dev, stat.st_ino)


class OutputDir:
    """Names and writes output files; two inputs with the same name get name.txt and name-2.txt."""

    def __init__(self, directory: Path, fmt: str, inputs: Iterable[str] = (), files: Iterable[str] = ()) -> None:
        """Make the folder, check it can be written, and plan the names.

        Args:
            inputs: every input file of the run; no output may replace one of them.
            files: the inputs that each become one output file (named by path), in run order.
        """
        self.directory = directory
        self.fmt = fmt
        self.suffix = {"json": ".json", "jsonl": ".json", "md": ".md"}.get(fmt, ".txt")
        self._mode = _file_mode()
        self._used: set[str] = set()
        self._planned: dict[str, list[str]] = {}  # source -> its output names, in run order
        self._inputs = {key for key in map(_identity, inputs) if key is not None}
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError.from_os_error(exc, f"--output-dir {directory}") from None
        self._probe()
        for source in files:
            self._plan(source)

    def _probe(self) -> None:
        """Fail before any work when the folder cannot take a file (read-only, forbidden, full)."""
        try:
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".newscli-", suffix=".tmp")
        except OSError as exc:
            raise OutputError.from_os_error(exc, f"--output-dir {self.directory}") from None
        os.close(fd)
        os.unlink(tmp)

    def _plan(self, source: str) -> None:
        if source == STDIN:
            return
        stem = _stem(source)
        name = stem + self.suffix
        if name in self._used:  # another output has it: stem-2.txt, stepping over inputs
            name = self._free(stem)
        elif self._is_input(name):
            raise UsageError(
                f"--output-dir {self.directory}: the output of {source} would overwrite the input "
                f"{self.directory / name}; choose another --output-dir"
            )
        self._used.add(name)
        self._planned.setdefault(source, []).append(name)

    def _is_input(self, name: str) -> bool:
        return _identity(self.directory / name) in self._inputs

    def _free(self, stem: str) -> str:
        """stem.txt, else stem-2.txt, stem-3.txt ...: not another output of the run, nor an input."""
        name, n = stem + self.suffix, 2
        while name in self._used or self._is_input(name):
            name, n = f"{stem}-{n}{self.suffix}", n + 1
        self._used.add(name)
        return name

    def write(self, report: Report) -> Path:
        """Write the report's file; raise OutputError (naming the file) when it cannot be written."""
        target = self.directory / self._name(report)
        # Write to a temporary file in the same directory, then rename: readers never see half a file.
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".newscli-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self._body(report))
            os.chmod(tmp, self._mode)  # mkstemp makes files private; outputs get the usual permissions
            os.replace(tmp, target)
        except OSError as exc:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)
            raise OutputError.from_os_error(exc, str(target)) from None
        return target

    def close(self) -> None:
        """Nothing left to write: each file is complete when written."""

    def _body(self, report: Report) -> str:
        if self.fmt == "json":
            return json.dumps(to_record(report), ensure_ascii=False, indent=2) + "\n"
        if self.fmt == "jsonl":
            return json.dumps(to_record(report), ensure_ascii=False) + "\n"
        if self.fmt == "md":
            return to_markdown(report)
        return report.article.text.rstrip("\n") + "\n"

    def _name(self, report: Report) -> str:
        if report.id == report.source and self._planned.get(report.source):
            return self._planned[report.source].pop(0)
        if report.id != report.source or report.source == STDIN:  # JSONL records and stdin: named by id
            stem = re.sub(r"[^\w.-]+", "_", "stdin" if report.id == STDIN else report.id).strip("._") or "record"
        else:
            stem = _stem(report.source)
        return self._free(stem)


def _stem(source: str) -> str:
    stem = os.path.basename(source)
    stem = stem[:-3] if stem.lower().endswith(".gz") else stem
    return os.path.splitext(stem)[0] or stem
