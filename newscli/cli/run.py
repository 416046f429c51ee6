"""Running one command: inputs in, reports out, one-line errors, the contract's exit code.

The commands in newscli/cli/__init__.py only choose what to run; this module runs it.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import typer

from newscli.cli.options import Common, InputFormat, OutputFormat
from newscli.errors import ExitCode, NewscliError, OutputError, Terminated, UsageError
from newscli.inputs import STDIN, expand_paths, is_archive_name, iter_documents
from newscli.models import Document, Report
from newscli.runners import pipeline
from newscli.runners.pipeline import Options

if TYPE_CHECKING:
    from newscli.output import OutputFormat as RenderFormat
    from newscli.output import Section
    from newscli.output.db import Database
    from newscli.output.files import OutputDir
    from newscli.output.report.files import ReportPages


class Messages:
    """stderr for people: one-line errors and warnings, honouring --quiet and --verbose."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose

    def error(self, message: str) -> None:
        _say(f"newscli: error: {message}\n")

    def warning(self, message: str) -> None:
        if not self.quiet:
            _say(f"newscli: warning: {message}\n")

    def note(self, message: str) -> None:
        if self.verbose and not self.quiet:
            _say(f"newscli: {message}\n")


def _say(line: str) -> None:
    """A message on stderr; a closed or full stderr loses the message, never the run."""
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        pass


def _input_paths(files: list[str] | None, command: str, needed: bool = True) -> list[str]:
    if files or not needed:
        return files or []
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError(f"no input; name a file or directory, or pipe text in (e.g. curl -s URL | newscli {command})")
    return [STDIN]


def _stdin_bytes() -> Any:
    return sys.stdin.buffer if sys.stdin is not None and hasattr(sys.stdin, "buffer") else None


def resolve_format(
    fmt: OutputFormat,
    allowed: frozenset[OutputFormat],
    default_tty: OutputFormat,
    default_pipe: OutputFormat,
    command: str,
) -> str:
    if fmt not in allowed:
        names = ", ".join(sorted(f.value for f in allowed))
        raise UsageError(f"'{command}' does not write {fmt.value}; choose one of {names}")
    if fmt is OutputFormat.auto:
        return str((default_tty if stdout_is_terminal() else default_pipe).value)
    return str(fmt.value)


def stdout_is_terminal() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def color_env(color: bool | None) -> None:
    # Rich reads these when a Console is made; set them before any table is drawn.
    if color is True:
        os.environ["FORCE_COLOR"] = "1"
        os.environ.pop("NO_COLOR", None)
    elif color is False:
        os.environ["NO_COLOR"] = "1"
        os.environ.pop("FORCE_COLOR", None)


class Consumer(Protocol):
    """Takes every report of a run instead of the writer (a command that aggregates: sources)."""

    def divert(self, documents: Iterator[Document | NewscliError]) -> Iterator[Document | NewscliError]:
        """Take what needs no processing (an already analysed record); pass on the rest."""
        ...

    def add(self, report: Report) -> None: ...

    def finish(self) -> None: ...


@dataclass(frozen=True)
class Run:
    """What one invocation does: the pipeline options and where the output goes."""

    options: Options
    fmt: str
    command: str
    sections: tuple[str, ...] = ()
    show_all: bool = False
    output_dir: Path | None = None
    consumer: Consumer | None = None
    needs_input: bool = True  # False when the consumer has inputs of its own (sources reading a database)
    format_given: bool = False  # -f named: stdout carries it even when --output-dir or --db takes the results


def execute(files: list[str] | None, run: Run, common: Common) -> None:
    """Run one command over every input and exit with the contract's code."""
    from newscli.output import Writer

    messages = Messages(common.quiet, common.verbose)
    failures = 0
    try:
        paths = _input_paths(files, run.command, run.needs_input)
        many = (
            len(paths) > 1
            or common.input_format is InputFormat.jsonl
            or any(os.path.isdir(p) or is_archive_name(p) for p in paths)
        )
        writer = Writer(
            fmt=cast("RenderFormat", run.fmt),
            out=sys.stdout,
            sections=cast("tuple[Section, ...]", run.sections),
            show_all=run.show_all,
            many=many,
        )
        if run.output_dir is not None:
            paths = _snapshot(paths)
        sink = _output_dir(run, paths, many, common)
        db = _database(common)
        to_stdout = (sink is None and db is None) or run.format_given
        documents = iter_documents(paths, replace(common.input_options(), messages=messages), _stdin_bytes())
        if run.consumer is not None:
            documents = run.consumer.divert(documents)
        results = _results(documents, run.options, common)
        show_progress = many and not common.quiet and (not to_stdout or not sys.stdout.isatty())
        with _progress(results, paths, show_progress) as items, _closing(db):
            for item in items:
                if isinstance(item, Report) and db is not None:
                    db.add(item)  # a database that cannot be written stops the run (DatabaseError)
                if isinstance(item, Report) and sink is not None:
                    item = _write_file(sink, item)
                if isinstance(item, NewscliError):
                    if isinstance(item, UsageError):
                        raise item
                    failures += 1
                    messages.error(str(item))
                    if common.debug:
                        raise item.__cause__ or item
                    continue
                for warning in item.warnings:
                    messages.warning(f"{item.id}: {warning}")
                messages.note(f"{item.id}: {len(item.article.text):,} characters of article text")
                if run.consumer is not None:
                    run.consumer.add(item)
                elif to_stdout:
                    writer.write(item)
        if run.consumer is not None:
            run.consumer.finish()
        writer.close()
        if sink is not None:
            sink.close()
        if db is not None:
            messages.note(f"{db.written:,} article{'s' if db.written != 1 else ''} written to {db.path}")
    except NewscliError as err:
        if common.debug:
            raise
        messages.error(str(err))
        if isinstance(err, OutputError) and (err.source or "").startswith("standard output"):
            _discard_stdout()  # what is still buffered for a full or closed stdout goes nowhere
        raise typer.Exit(err.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("\nnewscli: interrupted\n")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except Terminated:  # SIGTERM with --jobs: the workers are gone; a half-written record is not written
        _discard_stdout()
        raise typer.Exit(ExitCode.TERMINATED) from None
    except BrokenPipeError:
        quiet_broken_pipe()
    except OSError as exc:  # output written outside the Writer (a command's own tables): still one line
        if common.debug or exc.errno not in _OUTPUT_ERRNOS:
            raise
        messages.error(str(OutputError.from_os_error(exc, str(exc.filename or "standard output"))))
        _discard_stdout()
        raise typer.Exit(ExitCode.FAILURE) from None
    except Exception as exc:  # a bug: one line for the user, the traceback with --debug
        if common.debug:
            raise
        messages.error(
            f"internal error ({type(exc).__name__}: {str(exc)[:200]}); please report it (--debug shows the traceback)"
        )
        raise typer.Exit(ExitCode.FAILURE) from None
    if failures:
        raise typer.Exit(ExitCode.FAILURE)


def _results(
    documents: Iterator[Document | NewscliError], options: Options, common: Common
) -> Iterator[Report | NewscliError]:
    if common.dask:
        if common.jobs > 1:
            raise UsageError("--jobs and --dask do not go together; the cluster decides the parallelism")
        from newscli.runners.distributed import run_dask

        return run_dask(documents, options, common.dask)
    if common.jobs <= 1:
        return pipeline.run(documents, options)  # one process: no pool, no multiprocessing import
    from newscli.runners.parallel import run_parallel

    return run_parallel(documents, options, common.jobs)


def _snapshot(paths: list[str]) -> list[str]:
    """The input files as they are now: outputs written into an input directory are never read back."""
    files: list[str] = []
    for found in expand_paths(paths):
        files.append(found if isinstance(found, str) else (found.source or ""))  # an error: its path, read again
    return files


def _output_dir(run: Run, paths: list[str], many: bool, common: Common) -> OutputDir | ReportPages | None:
    """The output plan, before any work: every name chosen, none over an input, the folder writable."""
    if run.output_dir is None:
        return None
    if run.fmt == "html":
        from newscli.output.report.files import ReportPages

        return ReportPages(run.output_dir, paths, many)
    from newscli.output.files import OutputDir

    inputs = [p for p in expand_paths(paths) if isinstance(p, str) and p != STDIN]
    files = [p for p in inputs if not _records(p, common)]
    return OutputDir(run.output_dir, run.fmt, inputs=inputs, files=files)


def _records(path: str, common: Common) -> bool:
    """An input of many records, each named by its id in --output-dir rather than by the file's name."""
    return (
        common.input_format is InputFormat.jsonl
        or path.lower().removesuffix(".gz").endswith(".jsonl")
        or is_archive_name(path)
    )


def _database(common: Common) -> Database | None:
    if common.db is None:
        return None
    from newscli.output.db import Database

    return Database(common.db)


@contextmanager
def _closing(db: Database | None) -> Iterator[None]:
    """Commit and close the database however the run ends: whole articles only."""
    try:
        yield
    finally:
        if db is not None:
            db.close()


def _write_file(sink: OutputDir | ReportPages, report: Report) -> Report | NewscliError:
    try:
        sink.write(report)
    except OutputError:
        raise  # the output cannot be written: every later input would fail the same way
    except NewscliError as err:
        return err
    return report


@contextmanager
def _progress(
    items: Iterator[Report | NewscliError], paths: list[str], enabled: bool
) -> Iterator[Iterator[Report | NewscliError]]:
    """A Rich progress bar on stderr for multi-input runs, only when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    total = _total(paths)
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("newscli", total=total)

        def advancing() -> Iterator[Report | NewscliError]:
            for item in items:
                progress.advance(task)
                yield item

        yield advancing()


def _total(paths: list[str]) -> int | None:
    """How many documents, when the files say: unknown for stdin, JSON Lines and web archives."""
    total = 0
    for path in expand_paths(paths):
        if isinstance(path, str) and (path == STDIN or _streamed(path)):
            return None
        total += 1
    return total


def _streamed(path: str) -> bool:
    return path.lower().removesuffix(".gz").endswith(".jsonl") or is_archive_name(path)


_OUTPUT_ERRNOS = {errno.EBADF, errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO,
                  errno.EFBIG}  # fmt: skip


def _discard_stdout() -> None:
    """Point stdout at /dev/null so Python's exit-time flush does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


class _ClosedStream:
    """sys.stdout or sys.stderr when the process started with that descriptor closed (`>&-`).

    Python leaves such a stream None; writing to this one fails as a closed descriptor does, so
    the run reports it in one line when it needs the stream (and not when --output-dir is used).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


def hold_closed_streams() -> None:
    """Keep descriptors 0-2 taken when they were closed: else the next file opened becomes 'stdout'."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            held = os.open(os.devnull, os.O_RDONLY)  # read-only: a write to it still fails with EBADF
            if held != fd:
                os.dup2(held, fd)
                os.close(held)
        except OSError:
            pass
        if fd:
            setattr(sys, name, _ClosedStream(f"<{name}>"))


def quiet_broken_pipe() -> None:
    """The reader went away (| head): stop quietly, without Python's exit-time complaint."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise typer.Exit(ExitCode.OK)
