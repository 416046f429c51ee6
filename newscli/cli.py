"""The newscli command line: a thin Typer layer over newscli.pipeline and newscli.render.

It decides where input comes from and where output goes, prints one-line errors and
sets the exit code; everything else lives in the library.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, cast

import typer

from newscli.errors import ExitCode, NewscliError, UsageError
from newscli.inputs import DEFAULT_MAX_BYTES, STDIN, InputOptions, iter_documents
from newscli.models import Report
from newscli.pipeline import Options, run

if TYPE_CHECKING:
    from newscli.render import OutputFormat as RenderFormat
    from newscli.render import Section

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
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
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


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show versions and exit.")
    ] = False,
) -> None:
    """Clean scraped news pages and find their key figures, people and quotes.

    Every command reads HTML pages or already-scraped text (files, directories, - or piped
    stdin) and writes data to stdout; messages go to stderr. Exit codes: 0 success,
    1 an input failed, 2 usage error, 130 interrupted.
    """


def _input_paths(files: list[str] | None) -> list[str]:
    if files:
        return files
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("no input; name a file or directory, or pipe text in (e.g. curl -s URL | newscli clean)")
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


def _execute(
    files: list[str] | None,
    *,
    command: str,
    options: Options,
    input_options: InputOptions,
    fmt: str,
    sections: tuple[str, ...],
    show_all: bool,
    messages: Messages,
    debug: bool,
    output_dir: Path | None = None,
) -> None:
    """Run one command over every input and exit with the contract's code."""
    from newscli.render import Writer

    failures = 0
    try:
        paths = _input_paths(files)
        documents = iter_documents(paths, input_options, _stdin_bytes())
        writer = Writer(
            fmt=cast("RenderFormat", fmt),
            out=sys.stdout,
            sections=cast("tuple[Section, ...]", sections),
            show_all=show_all,
            many=len(paths) > 1 or any(os.path.isdir(p) for p in paths),
        )
        sink = _OutputDir(output_dir, fmt, messages) if output_dir else None
        for item in _with_warnings(run(documents, options), messages):
            if isinstance(item, NewscliError):
                if isinstance(item, UsageError):
                    raise item
                failures += 1
                messages.error(str(item))
                if debug:
                    raise item
                continue
            if sink:
                failures += 0 if sink.write(item) else 1
            else:
                writer.write(item)
        writer.close()
    except NewscliError as err:
        if debug:
            raise
        messages.error(str(err))
        raise typer.Exit(err.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("\nnewscli: interrupted\n")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failures:
        raise typer.Exit(ExitCode.FAILURE)


def _with_warnings(items: Iterator[Report | NewscliError], messages: Messages) -> Iterator[Report | NewscliError]:
    for item in items:
        if isinstance(item, Report):
            messages.note(f"{item.id}: {len(item.article.text):,} characters of article text")
        yield item


def _quiet_broken_pipe() -> None:
    """The reader went away (| head): stop quietly, without Python's exit-time complaint."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise typer.Exit(ExitCode.OK)


class _OutputDir:
    """clean --output-dir: one file per input, written atomically, never over an input."""

    def __init__(self, directory: Path, fmt: str, messages: Messages) -> None:
        self.directory = directory
        self.suffix = ".json" if fmt == "json" else ".md" if fmt == "md" else ".txt"
        self.fmt = fmt
        self.messages = messages
        self.used: set[str] = set()
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create --output-dir {directory} ({exc.strerror})") from None

    def write(self, report: Report) -> bool:
        import json
        import tempfile

        from newscli.render import to_markdown, to_record

        target = self.directory / self._name(report)
        if (
            report.source != STDIN
            and os.path.exists(report.source)
            and target.exists()
            and os.path.samefile(target, report.source)
        ):
            self.messages.error(f"{report.id}: output {target} would overwrite the input; choose another --output-dir")
            return False
        if self.fmt == "json":
            body = json.dumps(to_record(report), ensure_ascii=False, indent=2) + "\n"
        elif self.fmt == "md":
            body = to_markdown(report)
        else:
            body = report.article.text.rstrip("\n") + "\n"
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".newscli-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(body)
            os.replace(tmp, target)
        except OSError as exc:
            os.unlink(tmp)
            self.messages.error(f"{report.id}: cannot write {target} ({exc.strerror})")
            return False
        return True

    def _name(self, report: Report) -> str:
        import re

        if report.id != report.source or report.source == STDIN:  # JSONL records and stdin are named by id
            stem = re.sub(r"[^\w.-]+", "_", report.id if report.id != STDIN else "stdin").strip("._") or "record"
        else:
            stem = os.path.basename(report.source)
            stem = stem[:-3] if stem.lower().endswith(".gz") else stem
            stem = os.path.splitext(stem)[0] or stem
        name, n = stem + self.suffix, 2
        while name in self.used:
            name, n = f"{stem}-{n}{self.suffix}", n + 1
        self.used.add(name)
        return name


def _input_options(input_format: InputFormat, encoding: str | None, max_bytes: int) -> InputOptions:
    return InputOptions(input_format=input_format.value, encoding=encoding, max_bytes=max_bytes)


@app.command()
def clean(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    output_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output-dir",
            "-o",
            help="Write one file per input here (NAME.txt, or .json/.md).",
            file_okay=False,
            show_default=False,
        ),
    ] = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    raw: RawOpt = False,
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
    messages = Messages(quiet, verbose)
    try:
        chosen = _resolve_format(fmt, CLEAN_FORMATS, OutputFormat.text, OutputFormat.text, "clean")
    except UsageError as err:
        messages.error(str(err))
        raise typer.Exit(err.exit_code) from None
    _color_env(color)
    _execute(
        files,
        command="clean",
        options=Options(raw=raw),
        input_options=_input_options(input_format, encoding, max_bytes),
        fmt=chosen,
        sections=(),
        show_all=False,
        messages=messages,
        debug=debug,
        output_dir=output_dir,
    )


SentencesOpt = Annotated[int, typer.Option("--sentences", "-n", min=1, max=20, help="Summary length in sentences.")]
IndirectOpt = Annotated[bool, typer.Option("--indirect", help="Also report indirect speech ('X said that ...').")]


def _analysis_command(
    command: str,
    sections: tuple[str, ...],
    files: list[str] | None,
    fmt: OutputFormat,
    *,
    default_tty: OutputFormat,
    default_pipe: OutputFormat,
    input_format: InputFormat,
    encoding: str | None,
    max_bytes: int,
    raw: bool,
    show_all: bool,
    model: str | None,
    any_language: bool,
    quiet: bool,
    verbose: bool,
    debug: bool,
    color: bool | None,
    sentences: int = 3,
    indirect: bool = False,
) -> None:
    messages = Messages(quiet, verbose)
    try:
        chosen = _resolve_format(fmt, ANALYSIS_FORMATS, default_tty, default_pipe, command)
    except UsageError as err:
        messages.error(str(err))
        raise typer.Exit(err.exit_code) from None
    _color_env(color)
    options = Options(
        tasks=frozenset(sections),
        raw=raw,
        model=model,
        sentences=sentences,
        indirect=indirect,
        any_language=any_language,
    )
    _execute(
        files,
        command=command,
        options=options,
        input_options=_input_options(input_format, encoding, max_bytes),
        fmt=chosen,
        sections=sections,
        show_all=show_all,
        messages=messages,
        debug=debug,
    )


@app.command(hidden=True)
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
    _analysis_command(
        "summarize",
        ("summary", "figures"),
        files,
        fmt,
        default_tty=OutputFormat.table,
        default_pipe=OutputFormat.tsv,
        input_format=input_format,
        encoding=encoding,
        max_bytes=max_bytes,
        raw=raw,
        show_all=show_all,
        model=model,
        any_language=any_language,
        quiet=quiet,
        verbose=verbose,
        debug=debug,
        color=color,
        sentences=sentences,
    )


@app.command(hidden=True)
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
    _analysis_command(
        "entities",
        ("entities",),
        files,
        fmt,
        default_tty=OutputFormat.table,
        default_pipe=OutputFormat.tsv,
        input_format=input_format,
        encoding=encoding,
        max_bytes=max_bytes,
        raw=raw,
        show_all=show_all,
        model=model,
        any_language=any_language,
        quiet=quiet,
        verbose=verbose,
        debug=debug,
        color=color,
    )


@app.command(hidden=True)
def quotes(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    indirect: IndirectOpt = False,
    show_all: AllOpt = False,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    raw: RawOpt = False,
    model: ModelOpt = None,
    any_language: AnyLanguageOpt = False,
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
    _analysis_command(
        "quotes",
        ("quotes",),
        files,
        fmt,
        default_tty=OutputFormat.table,
        default_pipe=OutputFormat.tsv,
        input_format=input_format,
        encoding=encoding,
        max_bytes=max_bytes,
        raw=raw,
        show_all=show_all,
        model=model,
        any_language=any_language,
        quiet=quiet,
        verbose=verbose,
        debug=debug,
        color=color,
        indirect=indirect,
    )


@app.command(hidden=True)
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
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
    color: ColorOpt = None,
) -> None:
    """Everything in one record per input: metadata, text, summary, figures, entities and quotes.

    Examples:

      newscli analyze page.html

      newscli analyze pages.jsonl -f jsonl > analysed.jsonl
    """
    _analysis_command(
        "analyze",
        ("summary", "figures", "entities", "quotes"),
        files,
        fmt,
        default_tty=OutputFormat.json,
        default_pipe=OutputFormat.jsonl,
        input_format=input_format,
        encoding=encoding,
        max_bytes=max_bytes,
        raw=raw,
        show_all=show_all,
        model=model,
        any_language=any_language,
        quiet=quiet,
        verbose=verbose,
        debug=debug,
        color=color,
        sentences=sentences,
        indirect=indirect,
    )


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        _quiet_broken_pipe()
