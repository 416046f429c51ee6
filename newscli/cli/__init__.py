"""The newscli command line: a thin Typer layer over newscli.runners and newscli.output.

The commands choose what to run and how to show it; newscli.cli.run runs it (inputs,
errors, exit codes) and newscli.cli.options declares the options every command shares.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Optional

import typer

from newscli.cli.options import (
    ANALYSIS_FORMATS,
    CLEAN_FORMATS,
    AllOpt,
    CleanFormatOpt,
    Common,
    DebugOpt,
    FilesArg,
    FormatOpt,
    IndirectOpt,
    JobsOpt,
    ModelOpt,
    OutputFormat,
    QuietOpt,
    SentencesOpt,
    VerboseOpt,
    with_common,
)
from newscli.cli.run import Messages, Run, color_env, execute, hold_closed_streams, quiet_broken_pipe, resolve_format
from newscli.cli.sources import sources
from newscli.errors import ExitCode, UsageError
from newscli.runners.pipeline import Options

app = typer.Typer(
    name="newscli",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


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

    Every command reads HTML pages or already-scraped text (files, directories, web archives,
    http(s) URLs, - or piped stdin) and writes data to stdout, or with --db to SQLite; messages
    go to stderr. Exit codes: 0 success, 1 an input failed or the output could not be written,
    2 usage error, 130 interrupted, 143 terminated. -q, -v, --debug, --model and --jobs may come
    before the command or after it.
    """
    global _globals
    _globals = _Globals(quiet, verbose, debug, model, jobs)


def _with_globals(common: Common) -> Common:
    """A command's own options, with the ones given before the command filled in."""
    return replace(
        common,
        quiet=common.quiet or _globals.quiet,
        verbose=common.verbose or _globals.verbose,
        debug=common.debug or _globals.debug,
        jobs=common.jobs if common.jobs != 1 else _globals.jobs,
        model=common.model or _globals.model,
    )


def _chosen_format(
    fmt: OutputFormat, allowed: frozenset[OutputFormat], tty: OutputFormat, pipe: OutputFormat, command: str,
    common: Common,
) -> str:  # fmt: skip
    try:
        return resolve_format(fmt, allowed, tty, pipe, command)
    except UsageError as err:
        Messages(common.quiet).error(str(err))
        raise typer.Exit(err.exit_code) from None


@app.command()
@with_common(analysis=False)
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
    *,
    common: Common,
) -> None:
    """Strip boilerplate from scraped pages and print the article text (and metadata with -f json).

    Formats: text (default), md, json, jsonl.

    Examples:

      newscli clean page.html

      curl -s https://example.com/story | newscli clean -f json

      newscli clean pages/ -f jsonl > articles.jsonl

      newscli clean pages/ --output-dir clean/

      newscli clean https://example.com/story

      newscli clean crawl.warc.gz -f jsonl > articles.jsonl
    """
    common = _with_globals(common)
    chosen = _chosen_format(fmt, CLEAN_FORMATS, OutputFormat.text, OutputFormat.text, "clean", common)
    color_env(common.color)
    given = fmt is not OutputFormat.auto
    execute(files, Run(Options(raw=common.raw), chosen, "clean", output_dir=output_dir, format_given=given), common)


def _analysis(
    command: str,
    sections: tuple[str, ...],
    files: list[str] | None,
    fmt: OutputFormat,
    common: Common,
    *,
    show_all: bool,
    sentences: int = 3,
    indirect: bool = False,
) -> None:
    common = _with_globals(common)
    tty, pipe = OutputFormat.table, (OutputFormat.jsonl if command == "analyze" else OutputFormat.tsv)
    chosen = _chosen_format(fmt, ANALYSIS_FORMATS, tty, pipe, command, common)
    color_env(common.color)
    options = Options(
        tasks=frozenset(sections),
        raw=common.raw,
        model=common.model,
        sentences=sentences,
        indirect=indirect,
        any_language=common.any_language,
    )
    execute(files, Run(options, chosen, command, sections, show_all, format_given=fmt is not OutputFormat.auto), common)


@app.command()
@with_common(analysis=True)
def summarize(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    sentences: SentencesOpt = 3,
    show_all: AllOpt = False,
    *,
    common: Common,
) -> None:
    """Key figures (money, percentages, quantities, counts, dates) with what they measure, and a summary.

    Examples:

      newscli summarize page.html

      newscli summarize pages/ -f csv > figures.csv

      curl -s URL | newscli summarize - -f json
    """
    _analysis("summarize", ("summary", "figures"), files, fmt, common, show_all=show_all, sentences=sentences)


@app.command()
@with_common(analysis=True)
def entities(files: FilesArg = None, fmt: FormatOpt = OutputFormat.auto, show_all: AllOpt = False, *,
             common: Common) -> None:  # fmt: skip
    """People, organisations and places: one row per real-world entity, with role, aliases and mentions.

    Examples:

      newscli entities page.html

      newscli entities pages/ -f tsv | sort -t$'\\t' -k5 -nr | head
    """
    _analysis("entities", ("entities",), files, fmt, common, show_all=show_all)


@app.command()
@with_common(analysis=True)
def quotes(files: FilesArg = None, fmt: FormatOpt = OutputFormat.auto, indirect: IndirectOpt = False, *,
           common: Common) -> None:  # fmt: skip
    """Quotations with their speakers (full names) and the verbs that introduce them.

    Examples:

      newscli quotes page.html

      newscli quotes pages/ -f csv > quotes.csv
    """
    _analysis("quotes", ("quotes",), files, fmt, common, show_all=True, indirect=indirect)


@app.command()
@with_common(analysis=True)
def analyze(
    files: FilesArg = None,
    fmt: FormatOpt = OutputFormat.auto,
    sentences: SentencesOpt = 3,
    indirect: IndirectOpt = False,
    show_all: AllOpt = False,
    *,
    common: Common,
) -> None:
    """Everything in one record per input: metadata, text, summary, figures, entities and quotes.

    Examples:

      newscli analyze page.html

      newscli analyze pages.jsonl --jobs 2 -f jsonl > analysed.jsonl

      newscli analyze crawl.warc.gz --db news.db --jobs 2
    """
    _analysis("analyze", ("summary", "figures", "entities", "quotes"), files, fmt, common, show_all=show_all,
              sentences=sentences, indirect=indirect)  # fmt: skip


ReportOutOpt = Annotated[
    Path,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE.html|DIR",
        help="Write the page here: FILE.html for one input; a directory gets one page per article and an "
        "index.html. Never over an input.",
        show_default=False,
    ),
]


app.command()(with_common(analysis=True)(sources))


@app.command()
@with_common(analysis=True)
def report(
    files: FilesArg = None,
    indirect: IndirectOpt = False,
    *,
    output: ReportOutOpt,
    common: Common,
) -> None:
    """The article as one HTML page with its quotes, people and figures marked, to read and check.

    Quotes are labelled with their speaker, names and figures show what they are on hover or
    focus, and side panels list the quotes by speaker, the people and organisations, and the
    key figures. The page is self-contained: it works offline, from disk and printed.

    Examples:

      newscli report page.html -o page-report.html

      newscli report pages/ -o reports/

      curl -s URL | newscli report -o story.html
    """
    common = _with_globals(common)
    options = Options(
        tasks=frozenset(("figures", "entities", "quotes")),
        raw=common.raw,
        model=common.model,
        indirect=indirect,
        any_language=common.any_language,
    )
    execute(files, Run(options, "html", "report", output_dir=output), common)


def main() -> None:
    """Console-script entry point."""
    # spaCy's small pipelines multiply small matrices, where OpenBLAS's thread pool only adds
    # overhead, most of all when --jobs processes share the cores (measured: 30%). It must be
    # set before numpy loads, and worker processes inherit it; a user's own setting wins.
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    hold_closed_streams()
    # Click's UsageError, whichever click Typer uses (typer 0.28 vendors its own): BadParameter's base.
    click_usage_error: type[Exception] = typer.BadParameter.__mro__[1]
    try:
        code = app(standalone_mode=False)
    except click_usage_error as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `newscli`: the usage summary, as Typer shows it
            exc.show()  # type: ignore[attr-defined]
            sys.exit(ExitCode.USAGE)
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
        quiet_broken_pipe()
        return
    if isinstance(code, int) and code:
        sys.exit(code)
