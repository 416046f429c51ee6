"""The newscli command line: a thin Typer layer over newscli.runners.pipeline and newscli.output.

It decides where input comes from and where output goes, prints one-line errors and
sets the exit code; everything else lives in the library.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, cast

import typer

from newscli.errors import ExitCode, NewscliError, UsageError
from newscli.inputs import DEFAULT_MAX_BYTES, STDIN, InputOptions, expand_paths, iter_documents
from newscli.models import Document, Report
from newscli.runners import pipeline
from newscli.runners.pipeline import Options

if TYPE_CHECKING:
    from newscli.output import OutputFormat as RenderFormat
    from newscli.output import Section
    from newscli.output.files import OutputDir

app = typer.Typer(
    name="newscli",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


class OutputFormat(str, Enum):
    auto = "auto"
    text = "text"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    md = "md"


class InputFormat(str, Enum):
    auto = "auto"
    html = "html"
    text = "text"
    jsonl = "jsonl"


CLEAN_FORMATS = {OutputFormat.auto, OutputFormat.text, OutputFormat.json, OutputFormat.jsonl, OutputFormat.md}
ANALYSIS_FORMATS = {
    OutputFormat.auto,
    OutputFormat.table,
    OutputFormat.json,
    OutputFormat.jsonl,
    OutputFormat.csv,
    OutputFormat.tsv,
}

FilesArg = Annotated[
    Optional[list[str]],  # noqa: UP045 -- Typer needs Optional on Python 3.10
    typer.Argument(
        help="Files, directories (walked for .html/.htm/.xhtml/.txt/.jsonl, gzipped or not) or - for stdin. "
        "With none, read piped stdin.",
        show_default=False,
    ),
]
# One enum for parsing; each command shows (and accepts, checked in _resolve_format) its own formats.
CleanFormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", metavar="[auto|text|json|jsonl|md]", help="Output format (auto: text)."),
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        metavar="[auto|table|json|jsonl|csv|tsv]",
        help="Output format (auto: a table at a terminal, TSV in a pipe; analyze: JSON, JSON Lines in a pipe).",
    ),
]
InputFormatOpt = Annotated[
    InputFormat, typer.Option("--input-format", help="Input kind; auto sniffs HTML vs text, .jsonl is JSON Lines.")
]
EncodingOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--encoding", help="Decode input with this encoding instead of detecting it.", show_default=False),
]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this.")]
RawOpt = Annotated[bool, typer.Option("--raw", help="Input is article text already: skip boilerplate removal.")]
AllOpt = Annotated[bool, typer.Option("--all", help="Tables show every item, not only the key ones.")]
ModelOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--model", envvar="NEWSCLI_MODEL", help="spaCy model name or path.", show_default=False),
]
AnyLanguageOpt = Annotated[
    bool, typer.Option("--any-language", help="Analyse text even when it does not look English.")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or notes on stderr; errors only.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Say what is being done on stderr.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes for multi-document runs.")]
DaskOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or local[:N]. Needs newscli[dask].",
        show_default=False,
    ),
]
SentencesOpt = Annotated[int, typer.Option("--sentences", "-n", min=1, max=20, help="Summary length in sentences.")]
IndirectOpt = Annotated[bool, typer.Option("--indirect", help="Also report indirect speech ('X said that ...').")]
ColorOpt = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option(
        "--color/--no-color", help="Force colour on or off (default: terminal detection, NO_COLOR).", show_default=False
    ),
]


class Messages:
    """stderr for people: one-line errors and warnings, honouring --quiet and --verbose."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose

    def error(self, message: str) -> None:
        sys.stderr.write(f"newscli: error: {message}\n")
        sys.stderr.flush()

    def warning(self, message: str) -> None:
        if not self.quiet:
            sys.stderr.write(f"newscli: warning: {message}\n")

    def note(self, message: str) -> None:
        if self.verbose and not self.quiet:
            sys.stderr.write(f"newscli: {message}\n")


def _version(value: bool) -> None:
    if not value:
        return
    from importlib.metadata import PackageNotFoundError, version

    from newscli import __version__
    from newscli.nlp.model import model_version

    try:
        spacy_version = version("spacy")
    except PackageNotFoundError:
        spacy_version = "not installed"
    typer.echo(f"newscli {__version__}")
    typer.echo(f"spaCy {spacy_version}")
    typer.echo(f"model {model_version() or 'not installed'}")
    typer.echo(f"Python {sys.version.split()[0]}")
    raise typer.Exit()


@dataclass
class _Globals:
    """Options given before the command ("newscli -q --jobs 2 analyze ..."), as the contract allows."""

    quiet: bool = False
    verbose: bool = False
    debug: bool = False
    model: str | None = None
    jobs: int = 1


_globals = _Globals()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show versions and exit.")
    ] = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
    model: ModelOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Clean scraped news pages and find their key figures, people and quotes.

    Every command reads HTML pages or already-scraped text (files, directories, - or piped
    stdin) and writes data to stdout; messages go to stderr. Exit codes: 0 success,
    1 an input failed, 2 usage error, 130 interrupted. -q, -v, --debug, --model and --jobs
    may come before the command or after it.
    """
    global _globals
    _globals = _Globals(quiet, verbose, debug, model, jobs)


def _with_globals(common: _Common) -> _Common:
    """A command's own options, with the ones given before the command filled in."""
    return replace(
        common,
        quiet=common.quiet or _globals.quiet,
        verbose=common.verbose or _globals.verbose,
        debug=common.debug or _globals.debug,
        jobs=common.jobs if common.jobs != 1 else _globals.jobs,
    )


def _input_paths(files: list[str] | None, command: str) -> list[str]:
    if files:
        return files
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError(f"no input; name a file or directory, or pipe text in (e.g. curl -s URL | newscli {command})")
    return [STDIN]


def _stdin_bytes() -> Any:
    return sys.stdin.buffer if sys.stdin is not None and hasattr(sys.stdin, "buffer") else None


def _resolve_format(
    fmt: OutputFormat, allowed: set[OutputFormat], default_tty: OutputFormat, default_pipe: OutputFormat, command: str
) -> str:
    if fmt not in allowed:
        names = ", ".join(sorted(f.value for f in allowed))
        raise UsageError(f"'{command}' does not write {fmt.value}; choose one of {names}")
    if fmt is OutputFormat.auto:
        return str((default_tty if sys.stdout.isatty() else default_pipe).value)
    return str(fmt.value)


def _color_env(color: bool | None) -> None:
    # Rich reads these when a Console is made; set them before any table is drawn.
    if color is True:
        os.environ["FORCE_COLOR"] = "1"
        os.environ.pop("NO_COLOR", None)
    elif color is False:
        os.environ["NO_COLOR"] = "1"
        os.environ.pop("FORCE_COLOR", None)


@dataclass(frozen=True)
class _Common:
    """The options every command takes, gathered once."""

    input_format: InputFormat
    encoding: str | None
    max_bytes: int
    raw: bool
    jobs: int
    dask: str | None
    quiet: bool
    verbose: bool
    debug: bool
    color: bool | None

    def input_options(self) -> InputOptions:
        return InputOptions(input_format=self.input_format.value, encoding=self.encoding, max_bytes=self.max_bytes)


@dataclass(frozen=True)
class _Run:
    """What one invocation does: the pipeline options and where the output goes."""

    options: Options
    fmt: str
    command: str
    sections: tuple[str, ...] = ()
    show_all: bool = False
    output_dir: Path | None = None


def _execute(files: list[str] | None, run: _Run, common: _Common) -> None:
    """Run one command over every input and exit with the contract's code."""
    from newscli.output import Writer

    common = _with_globals(common)
    messages = Messages(common.quiet, common.verbose)
    failures = 0
    try:
        paths = _input_paths(files, run.command)
        many = len(paths) > 1 or common.input_format is InputFormat.jsonl or any(os.path.isdir(p) for p in paths)
        writer = Writer(
            fmt=cast("RenderFormat", run.fmt),
            out=sys.stdout,
            sections=cast("tuple[Section, ...]", run.sections),
            show_all=run.show_all,
            many=many,
        )
        sink = _output_dir(run)
        documents = iter_documents(paths, common.input_options(), _stdin_bytes())
        results = _results(documents, run.options, common)
        show_progress = many and not common.quiet and (sink is not None or not sys.stdout.isatty())
        with _progress(results, paths, show_progress) as items:
            for item in items:
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
                if sink is None:
                    writer.write(item)
        writer.close()
    except NewscliError as err:
        if common.debug:
            raise
        messages.error(str(err))
        raise typer.Exit(err.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("\nnewscli: interrupted\n")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
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
    documents: Iterator[Document | NewscliError], options: Options, common: _Common
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


def _output_dir(run: _Run) -> OutputDir | None:
    if run.output_dir is None:
        return None
    from newscli.output.files import OutputDir

    return OutputDir(run.output_dir, run.fmt)


def _write_file(sink: OutputDir, report: Report) -> Report | NewscliError:
    try:
        sink.write(report)
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

    streamed = any(p == STDIN or p.lower().removesuffix(".gz").endswith(".jsonl") for p in paths)
    total = None if streamed else sum(1 for _ in expand_paths(paths))
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


def _quiet_broken_pipe() -> None:
    """The reader went away (| head): stop quietly, without Python's exit-time complaint."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise typer.Exit(ExitCode.OK)


def _usage_checked(messages: Messages, check: Any) -> str:
    try:
        return str(check())
    except UsageError as err:
        messages.error(str(err))
        raise typer.Exit(err.exit_code) from None


@app.command()
def clean(
    files: FilesArg = None,
    fmt: CleanFormatOpt = OutputFormat.auto,
    output_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output-dir",
            "-o",
            help="Write one file per input here (NAME.txt, or .json/.md with -f), never over an input.",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    raw: RawOpt = False,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
    color: ColorOpt = None,
) -> None:
    """Strip boilerplate from scraped pages and print the article text (and metadata with -f json).

    Formats: text (default), md, json, jsonl.

    Examples:

      newscli clean page.html

      curl -s https://example.com/story | newscli clean -f json

      newscli clean pages/ -f jsonl > articles.jsonl

      newscli clean pages/ --output-dir clean/
    """
    common = _Common(input_format, encoding, max_bytes, raw, jobs, dask, quiet, verbose, debug, color)
    chosen = _usage_checked(
        Messages(quiet), lambda: _resolve_format(fmt, CLEAN_FORMATS, OutputFormat.text, OutputFormat.text, "clean")
    )
    _color_env(color)
    _execute(files, _Run(Options(raw=raw), chosen, "clean", output_dir=output_dir), common)


def _analysis(
    command: str,
    sections: tuple[str, ...],
    files: list[str] | None,
    fmt: OutputFormat,
    common: _Common,
    *,
    show_all: bool,
    model: str | None,
    any_language: bool,
    sentences: int = 3,
    indirect: bool = False,
) -> None:
    tty, pipe = (
        (OutputFormat.json, OutputFormat.jsonl) if command == "analyze" else (OutputFormat.table, OutputFormat.tsv)
    )
    chosen = _usage_checked(Messages(common.quiet), lambda: _resolve_format(fmt, ANALYSIS_FORMATS, tty, pipe, command))
    _color_env(common.color)
    options = Options(
        tasks=frozenset(sections),
        raw=common.raw,
        model=model or _globals.model,
        sentences=sentences,
        indirect=indirect,
        any_language=any_language,
    )
    _execute(files, _Run(options, chosen, command, sections, show_all), common)


@app.command()
def summarize(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    sentences: SentencesOpt = 3,
    show_all: AllOpt = False,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    raw: RawOpt = False,
    model: ModelOpt = None,
    any_language: AnyLanguageOpt = False,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
    color: ColorOpt = None,
) -> None:
    """Key figures (money, percentages, quantities, counts, dates) with what they measure, and a summary.

    Examples:

      newscli summarize page.html

      newscli summarize pages/ -f csv > figures.csv

      curl -s URL | newscli summarize - -f json
    """
    common = _Common(input_format, encoding, max_bytes, raw, jobs, dask, quiet, verbose, debug, color)
    _analysis("summarize", ("summary", "figures"), files, fmt, common, show_all=show_all, model=model,
              any_language=any_language, sentences=sentences)  # fmt: skip


@app.command()
def entities(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    show_all: AllOpt = False,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    raw: RawOpt = False,
    model: ModelOpt = None,
    any_language: AnyLanguageOpt = False,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
    color: ColorOpt = None,
) -> None:
    """People, organisations and places: one row per real-world entity, with role, aliases and mentions.

    Examples:

      newscli entities page.html

      newscli entities pages/ -f tsv | sort -t$'\\t' -k5 -nr | head
    """
    common = _Common(input_format, encoding, max_bytes, raw, jobs, dask, quiet, verbose, debug, color)
    _analysis("entities", ("entities",), files, fmt, common, show_all=show_all, model=model,
              any_language=any_language)  # fmt: skip


@app.command()
def quotes(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    indirect: IndirectOpt = False,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    raw: RawOpt = False,
    model: ModelOpt = None,
    any_language: AnyLanguageOpt = False,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
    color: ColorOpt = None,
) -> None:
    """Quotations with their speakers (full names) and the verbs that introduce them.

    Examples:

      newscli quotes page.html

      newscli quotes pages/ -f csv > quotes.csv
    """
    common = _Common(input_format, encoding, max_bytes, raw, jobs, dask, quiet, verbose, debug, color)
    _analysis("quotes", ("quotes",), files, fmt, common, show_all=True, model=model, any_language=any_language,
              indirect=indirect)  # fmt: skip


@app.command()
def analyze(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    sentences: SentencesOpt = 3,
    indirect: IndirectOpt = False,
    show_all: AllOpt = False,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    raw: RawOpt = False,
    model: ModelOpt = None,
    any_language: AnyLanguageOpt = False,
    jobs: JobsOpt = 1,
    dask: DaskOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
    color: ColorOpt = None,
) -> None:
    """Everything in one record per input: metadata, text, summary, figures, entities and quotes.

    Examples:

      newscli analyze page.html

      newscli analyze pages.jsonl --jobs 2 -f jsonl > analysed.jsonl
    """
    common = _Common(input_format, encoding, max_bytes, raw, jobs, dask, quiet, verbose, debug, color)
    _analysis("analyze", ("summary", "figures", "entities", "quotes"), files, fmt, common, show_all=show_all,
              model=model, any_language=any_language, sentences=sentences, indirect=indirect)  # fmt: skip


def main() -> None:
    """Console-script entry point."""
    # spaCy's small pipelines multiply small matrices, where OpenBLAS's thread pool only adds
    # overhead, most of all when --jobs processes share the cores (measured: 30%). It must be
    # set before numpy loads, and worker processes inherit it; a user's own setting wins.
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    # Click's UsageError, whichever click Typer uses (typer 0.28 vendors its own): BadParameter's base.
    click_usage_error: type[Exception] = typer.BadParameter.__mro__[1]
    try:
        code = app(standalone_mode=False)
    except click_usage_error as exc:
        # one line, like every other error, instead of Click's usage block
        ctx = getattr(exc, "ctx", None)
        where = f"; see '{ctx.command_path} -h'" if ctx is not None else ""
        message = " ".join(exc.format_message().split()).rstrip(".")  # type: ignore[attr-defined]
        sys.stderr.write(f"newscli: error: {message[:1].lower()}{message[1:]}{where}\n")
        sys.exit(ExitCode.USAGE)
    except typer.Abort:
        sys.stderr.write("\nnewscli: interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
        return
    if isinstance(code, int) and code:
        sys.exit(code)
