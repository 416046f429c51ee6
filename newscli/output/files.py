"""clean --output-dir: one file per input, written atomically, never over an input file."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from newscli.errors import InputError, UsageError
from newscli.models import Report
from newscli.output import to_markdown, to_record

STDIN = "-"


def _file_mode() -> int:
    """What open() would give a new file: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class OutputDir:
    """Names and writes output files; two inputs with the same name get name.txt and name-2.txt."""

    def __init__(self, directory: Path, fmt: str) -> None:
        self.directory = directory
        self.fmt = fmt
        self.suffix = {"json": ".json", "jsonl": ".json", "md": ".md"}.get(fmt, ".txt")
        self._mode = _file_mode()
        self._used: set[str] = set()
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create --output-dir {directory} ({exc.strerror}); choose another") from None

    def write(self, report: Report) -> Path:
        """Write the report's file; raise InputError (naming the input) when it cannot be written."""
        target = self.directory / self._name(report)
        if _same_file(target, report.source):
            raise InputError(f"output {target} would overwrite the input; choose another --output-dir", report.id)
        # Write to a temporary file in the same directory, then rename: readers never see half a file.
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".newscli-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self._body(report))
            os.chmod(tmp, self._mode)  # mkstemp makes files private; outputs get the usual permissions
            os.replace(tmp, target)
        except OSError as exc:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise InputError(f"cannot write {target} ({exc.strerror}); check --output-dir", report.id) from None
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
        if report.id != report.source or report.source == STDIN:  # JSONL records and stdin: named by id
            stem = re.sub(r"[^\w.-]+", "_", "stdin" if report.id == STDIN else report.id).strip("._") or "record"
        else:
            stem = os.path.basename(report.source)
            stem = stem[:-3] if stem.lower().endswith(".gz") else stem
            stem = os.path.splitext(stem)[0] or stem
        name, n = stem + self.suffix, 2
        while name in self._used:
            name, n = f"{stem}-{n}{self.suffix}", n + 1
        self._used.add(name)
        return name


def _same_file(target: Path, source: str) -> bool:
    if source == STDIN or not target.exists() or not os.path.exists(source):
        return False
    return os.path.samefile(target, source)
