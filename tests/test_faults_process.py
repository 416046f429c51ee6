"""Faults only a real process shows (#11): signals, closed and full stdout, FIFOs, a terminal's Ctrl-D.

Each test runs `python -m newscli` from this checkout in its own process. Nothing waits on a fixed
sleep: the tests wait for an event (a line of output, a process gone) with a generous deadline, so
they hold on a loaded two-core machine.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "harbour-bridge.html"
TEXT = ROOT / "samples" / "harbour-bridge.txt"
NEWSCLI = [sys.executable, "-m", "newscli"]
DEADLINE = 60.0  # seconds; generous: the suite may share two cores with other work

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform != "linux", reason="uses /proc and Linux signals")]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore", "COLUMNS": "100"}


def wait_until(condition: Callable[[], bool], timeout: float = DEADLINE) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def records(n: int) -> bytes:
    text = TEXT.read_text(encoding="utf-8")
    return b"".join(json.dumps({"id": f"story-{i}", "text": text}).encode() + b"\n" for i in range(n))


class Started:
    """The processes a test started and the children they made: all killed when the test ends."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []
        self.descendants: list[int] = []

    def popen(self, args: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(args, env=env(), **kwargs)
        self.procs.append(proc)
        return proc

    def drain(self, fd: int, close: bool = False) -> None:
        """Read and drop what comes from fd, as `| wc -l` or a terminal would: a writer never blocks."""

        def read() -> None:
            try:
                while os.read(fd, 65536):
                    pass
            except OSError:
                pass  # a terminal's master reports EIO once the last writer closes
            if close:
                os.close(fd)

        threading.Thread(target=read, daemon=True).start()

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=DEADLINE)
        for pid in self.descendants:  # a worker left behind must not outlive a failed test
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.fixture
def started() -> Iterator[Started]:
    processes = Started()
    yield processes
    processes.stop()


# ---- 2: workers die with their parent ------------------------------------------------------------


def _analyze_with_two_jobs(
    started: Started, stderr: int, tracker: bool = False
) -> tuple[subprocess.Popen[bytes], list[int]]:
    """analyze --jobs 2 reading JSON Lines from a stdin we keep open: it runs until we act.

    Returns once its worker (and, when asked, the resource tracker) is running.
    """
    proc = started.popen(
        [*NEWSCLI, "analyze", "--jobs", "2", "-f", "jsonl", "--raw", "--input-format", "jsonl", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    started.drain(proc.stdout.fileno())
    proc.stdin.write(records(8))  # the first batches go to the worker: the pool starts it
    proc.stdin.flush()

    def ready() -> bool:
        kinds = ["resource_tracker" in cmdline(pid) for pid in children(proc.pid)]
        return (False in kinds) and (True in kinds or not tracker)

    assert wait_until(ready), [cmdline(pid) for pid in children(proc.pid)]
    assert proc.poll() is None
    workers = children(proc.pid)
    started.descendants.extend(workers)
    return proc, workers


@pytest.mark.parametrize("terminal", [False, True], ids=["stderr-pipe", "stderr-terminal"])
def test_sigterm_ends_the_workers_and_exits_143(started: Started, terminal: bool) -> None:
    import pty

    slave = -1
    if terminal:  # a progress bar's thread makes workers spawn, with a resource tracker beside them
        master, slave = pty.openpty()
        started.drain(master, close=True)
    try:
        proc, workers = _analyze_with_two_jobs(started, slave if terminal else subprocess.DEVNULL, tracker=terminal)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=DEADLINE) == 143
        assert wait_until(lambda: not any(alive(pid) for pid in workers)), [
            (pid, cmdline(pid)) for pid in workers if alive(pid)
        ]
    finally:
        if slave >= 0:
            os.close(slave)


def test_workers_die_when_the_main_process_is_killed(started: Started) -> None:
    proc, workers = _analyze_with_two_jobs(started, subprocess.DEVNULL)
    proc.kill()  # SIGKILL: no handler runs; the kernel must tell the workers
    proc.wait(timeout=DEADLINE)
    assert wait_until(lambda: not any(alive(pid) for pid in workers))


# ---- 3: stdout closed or full ----------------------------------------------------------------------


def shell(command: str) -> subprocess.CompletedProcess[bytes]:
    line = " ".join(f"'{part}'" for part in NEWSCLI)
    return subprocess.run(["bash", "-c", command.replace("NEWSCLI", line)], capture_output=True, timeout=DEADLINE,
                          env=env())  # fmt: skip


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_closed_stdout_is_one_line_exit_1(fmt: str) -> None:
    result = shell(f"NEWSCLI clean '{SAMPLE}' -f {fmt} >&-")
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert err.count("\n") == 1 and err.startswith("newscli: error: standard output"), err
    assert "internal error" not in err and "Traceback" not in err


def test_closed_stdout_does_not_matter_with_output_dir(tmp_path: Path) -> None:
    result = shell(f"NEWSCLI clean '{SAMPLE}' --output-dir '{tmp_path}' >&-")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    assert [p.name for p in tmp_path.iterdir()] == ["harbour-bridge.txt"]


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_full_disk_names_the_output_and_the_cause(fmt: str) -> None:
    result = shell(f"NEWSCLI clean '{SAMPLE}' -f {fmt} > /dev/full")
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert err.count("\n") == 1, err
    assert "/dev/full" in err and "No space left on device" in err
    assert "internal error" not in err


# ---- 4: FIFOs do not hang a batch ----------------------------------------------------------------


def test_a_fifo_in_a_folder_does_not_block_the_files_after_it(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(SAMPLE.read_bytes())
    os.mkfifo(tmp_path / "b.html")  # nobody ever writes to it
    (tmp_path / "c.txt").write_bytes(TEXT.read_bytes())
    result = subprocess.run([*NEWSCLI, "clean", str(tmp_path), "-f", "jsonl"], capture_output=True,
                            timeout=DEADLINE, env=env())  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "a.html"), str(tmp_path / "c.txt")]


# ---- 7: one Ctrl-D ends stdin at a terminal ------------------------------------------------------------


def test_one_ctrl_d_ends_input_at_a_terminal(started: Started) -> None:
    import pty
    import termios

    master, slave = pty.openpty()
    try:
        proc = started.popen([*NEWSCLI, "clean", "--raw", "-"], stdin=slave, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)  # fmt: skip
        eof = termios.tcgetattr(slave)[6][termios.VEOF]
        os.write(master, b"The ferry from Port Alder resumed service on Wednesday.\n")
        os.write(master, eof)  # Ctrl-D on an empty line: end of input, once
        out, err = proc.communicate(timeout=DEADLINE)
        assert proc.returncode == 0, err.decode()
        assert out == b"The ferry from Port Alder resumed service on Wednesday.\n"
    finally:
        os.close(master)
        os.close(slave)
