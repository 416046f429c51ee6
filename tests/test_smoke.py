"""A few end-to-end runs of the installed `newscli` command in real processes and pipes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "harbour-bridge.html"
NEWSCLI = str(Path(sys.executable).parent / "newscli")

pytestmark = pytest.mark.slow


def run(*args: str, input: bytes | None = None, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([NEWSCLI, *args], input=input, capture_output=True, timeout=60, **kwargs)  # type: ignore[call-overload,no-any-return]


def test_installed_command_help_and_version() -> None:
    assert run("--help").returncode == 0
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith(b"newscli ")


def test_empty_stdin_is_one_error_line() -> None:
    result = run("clean", "-", input=b"")
    assert result.returncode == 1
    assert result.stderr.decode().count("\n") == 1 and result.stderr.startswith(b"newscli: error: -:")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("clean", "--no-such-flag"), "no such option: --no-such-flag"),
        (("summarize", "-n", "0", "x.txt"), "'--sentences'"),
        (("frobnicate",), "no such command"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(args: tuple[str, ...], says: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("\n") == 1 and err.startswith("newscli: error: ") and says in err and "-h'" in err


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    for i in range(60):
        (tmp_path / f"page{i:02d}.html").write_bytes(SAMPLE.read_bytes())
    result = subprocess.run(
        f"'{NEWSCLI}' clean '{tmp_path}' -f jsonl | head -c 100 > /dev/null",
        shell=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stderr == b""


def test_interrupt_exits_130_without_traceback() -> None:
    proc = subprocess.Popen([NEWSCLI, "clean", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip
    time.sleep(2.0)  # let it start and block on stdin
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err


def test_clean_does_not_import_spacy() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newscli", "clean", str(SAMPLE)],
        capture_output=True, timeout=60, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-500:]
    imported = {line.split("|")[-1].strip() for line in result.stderr.decode().splitlines() if "|" in line}
    assert "readability" in imported or "readability.readability" in imported
    assert not {"spacy", "thinc", "torch"} & imported
