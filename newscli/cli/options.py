"""The command-line options, declared once.

Every command takes the same input, run and message options; they are declared here as
parameters and gathered into one `Common` value, so a command's own function lists only what
is its own (`--sentences`, `--indirect`), and a new shared option is one change in this file.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional, get_type_hints

import typer

from newscli.inputs import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, InputOptions


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


CLEAN_FORMATS = frozenset(
    {OutputFormat.auto, OutputFormat.text, OutputFormat.json, OutputFormat.jsonl, OutputFormat.md}
)
ANALYSIS_FORMATS = frozenset(
    {OutputFormat.auto, OutputFormat.table, OutputFormat.json, OutputFormat.jsonl, OutputFormat.csv, OutputFormat.tsv}
)

FilesArg = Annotated[
    Optional[list[str]],  # noqa: UP045 -- Typer needs Optional on Python 3.10
    typer.Argument(
        help="Files, directories (walked for .html/.htm/.xhtml/.txt/.jsonl/.warc/.arc, gzipped or not), "
        "web archives (WARC/ARC), http(s) URLs, or - for stdin. With none, read piped stdin.",
        show_default=False,
    ),
]
# One enum for parsing; each command shows (and accepts, checked when the run starts) its own formats.
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
        help="Output format (auto: a table at a terminal; in a pipe TSV, or JSON Lines for analyze).",
    ),
]
AllOpt = Annotated[bool, typer.Option("--all", help="Tables show every item, not only the key ones.")]
SentencesOpt = Annotated[int, typer.Option("--sentences", "-n", min=1, max=20, help="Summary length in sentences.")]
IndirectOpt = Annotated[bool, typer.Option("--indirect", help="Also report indirect speech ('X said that ...').")]
# The options that may also come before the command (newscli -q --jobs 2 analyze ...).
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings or notes on stderr; errors only.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Say what is being done on stderr.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes for multi-document runs.")]
ModelOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--model", envvar="NEWSCLI_MODEL", help="spaCy model name or path.", show_default=False),
]


@dataclass(frozen=True)
class Common:
    """The options every command takes, gathered once."""

    input_format: InputFormat = InputFormat.auto
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    raw: bool = False
    jobs: int = 1
    dask: str | None = None
    quiet: bool = False
    verbose: bool = False
    debug: bool = False
    color: bool | None = None
    model: str | None = None  # analysis commands only
    any_language: bool = False  # analysis commands only
    timeout: float = DEFAULT_TIMEOUT
    db: Path | None = None

    def input_options(self) -> InputOptions:
        return InputOptions(
            input_format=self.input_format.value, encoding=self.encoding, max_bytes=self.max_bytes, timeout=self.timeout
        )


def _option(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


_INPUT = (
    _option("input_format", Annotated[InputFormat, typer.Option(
        "--input-format", help="Input kind; auto sniffs HTML vs text, .jsonl is JSON Lines.")], InputFormat.auto),
    _option("encoding", Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--encoding", help="Decode input with this encoding instead of detecting it.", show_default=False)], None),
    _option("max_bytes", Annotated[int, typer.Option(
        "--max-bytes", min=1,
        help="Refuse inputs (a file, a fetched page, an archive's record) larger than this.")], DEFAULT_MAX_BYTES),
    _option("raw", Annotated[bool, typer.Option(
        "--raw", help="Input is article text already: skip boilerplate removal.")], False),
    _option("timeout", Annotated[float, typer.Option(
        "--timeout", min=0.1, metavar="SECONDS", help="URLs: give up on a fetch after this long.")], DEFAULT_TIMEOUT),
)  # fmt: skip
_ANALYSIS = (
    _option("model", ModelOpt, None),
    _option("any_language", Annotated[bool, typer.Option(
        "--any-language", help="Analyse text even when it does not look English.")], False),
)  # fmt: skip
_RUN = (
    _option("jobs", JobsOpt, 1),
    _option("dask", Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--dask", metavar="ADDRESS", show_default=False,
        help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or local[:N]. Needs newscli[dask].")], None),
    _option("db", Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--db", metavar="FILE", dir_okay=False, show_default=False,
        help="Also write the results to this SQLite database (tables, full-text search; re-runs update). "
        "stdout then stays empty unless -f is given.")], None),
    _option("quiet", QuietOpt, False),
    _option("verbose", VerboseOpt, False),
    _option("debug", DebugOpt, False),
    _option("color", Annotated[Optional[bool], typer.Option(  # noqa: UP045
        "--color/--no-color", show_default=False,
        help="Force colour on or off (default: terminal detection, NO_COLOR).")], None),
)  # fmt: skip


def with_common(*, analysis: bool) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the shared options: its function takes `common: Common` in their place.

    Typer reads a command's options from its signature, so the wrapper's signature is the
    command's own parameters followed by the shared ones.
    """
    shared = _INPUT + (_ANALYSIS if analysis else ()) + _RUN

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        hints = get_type_hints(command, include_extras=True)
        own = [
            p.replace(annotation=hints[p.name])
            for p in inspect.signature(command).parameters.values()
            if p.name != "common"
        ]

        @functools.wraps(command, assigned=("__module__", "__name__", "__qualname__", "__doc__"), updated=())
        def run(**values: Any) -> None:
            common = Common(**{p.name: values.pop(p.name) for p in shared})
            command(**values, common=common)

        parameters = own + list(shared)
        run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run

    return decorate
