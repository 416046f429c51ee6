"""report -o: one page to FILE.html, or a directory of pages with an index.html.

-o ending in .html or .htm names the page of a single input; anything else (or an existing
directory) is a directory that gets one page per article and an index.html. No file of the run
is ever overwritten: not an input (checked by inode against every input file, so a page
named after its input cannot replace it in the input's own directory), not another page.
Files are written to a temporary name and renamed, so a reader never sees half a page.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from urllib.parse import quote

from newscli.errors import InputError, UsageError
from newscli.models import Report
from newscli.output.files import _file_mode
from newscli.output.report.page import IndexEntry, index_entry, render_index, render_page

STDIN = "-"
INDEX = "index.html"
PAGE_SUFFIXES = (".html", ".htm")


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class ReportPages:
    """Where report pages go; `write` one page per report, then `close` writes the index."""

    def __init__(self, target: Path, inputs: list[str], many: bool) -> None:
        self.target = target
        self.single = not target.is_dir() and target.suffix.lower() in PAGE_SUFFIXES
        if many and self.single:
            raise UsageError(f"several inputs make several pages: give -o a directory, not the file {target}")
        self._inputs = {i for i in (_identity(p) for p in inputs if p != STDIN) if i is not None}
        self._mode = _file_mode()
        self._used = {INDEX}
        self._entries: list[IndexEntry] = []
        self._written = 0
        directory = target.parent if self.single else target
        if self.single and self._is_input(target):
            raise UsageError(f"-o {target} is an input of this run; choose another file name")
        if not self.single and self._is_input(target / INDEX):
            raise UsageError(f"-o {target} would overwrite the input {target / INDEX}; choose another directory")
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the directory {directory} ({exc.strerror}); choose another -o") from None
        self.directory = directory

    def _is_input(self, path: Path) -> bool:
        identity = _identity(str(path))
        return identity is not None and identity in self._inputs

    def write(self, report: Report) -> Path:
        """Write the report's page; raise InputError (naming the input) when it cannot be written."""
        if self.single:
            if self._written:
                raise InputError(f"the input holds several articles; give -o a directory, not {self.target}", report.id)
            target = self.target
        else:
            target = self.directory / self._name(report)
        if self._is_input(target):
            raise InputError(f"the page {target} would overwrite an input; choose another -o directory", report.id)
        self._write(target, render_page(report), report.id)
        self._written += 1
        if not self.single:
            self._entries.append(index_entry(report, quote(target.name)))
        return target

    def close(self) -> None:
        """Write index.html listing every page written (directories only, and only when there are pages)."""
        if self.single or not self._entries:
            return
        self._write(self.directory / INDEX, render_index(self._entries), INDEX)

    def _write(self, target: Path, body: str, source: str) -> None:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".newscli-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(body)
            os.chmod(tmp, self._mode)  # mkstemp makes files private; pages get the usual permissions
            os.replace(tmp, target)
        except OSError as exc:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise InputError(f"cannot write {target} ({exc.strerror}); check -o", source) from None

    def _name(self, report: Report) -> str:
        if report.id != report.source or report.source == STDIN:  # JSON Lines records and stdin: by id
            stem = re.sub(r"[^\w.-]+", "_", "stdin" if report.id == STDIN else report.id).strip("._") or "record"
        else:
            stem = os.path.basename(report.source)
            stem = stem[:-3] if stem.lower().endswith(".gz") else stem
            stem = os.path.splitext(stem)[0] or stem
        name, n = f"{stem}.html", 2
        while name.lower() in self._used:
            name, n = f"{stem}-{n}.html", n + 1
        self._used.add(name.lower())
        return name
