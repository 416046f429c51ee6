"""Typed errors: each knows its exit code, and its message names the input and the fix."""

from __future__ import annotations

import errno
import os
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # an input could not be processed, or a batch had a failure
    USAGE = 2
    INTERRUPTED = 130
    TERMINATED = 143  # SIGTERM: 128 + 15, as a shell reports a process it ended


class NewscliError(Exception):
    """Base class; str(err) is the one line shown after 'newscli: error: '."""

    exit_code: int = ExitCode.FAILURE

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def __reduce__(self) -> tuple[type[NewscliError], tuple[str, str | None]]:
        # Errors travel back from worker processes; keep the source across pickling.
        return (type(self), (self.message, self.source))


class InputError(NewscliError):
    """Unreadable, empty, binary, too large or undecodable input."""


class NoContentError(NewscliError):
    """Cleaning found no article text."""


class ModelNotFoundError(NewscliError):
    """The spaCy model is not installed; the message carries the install command."""


class OutputError(NewscliError):
    """Output that cannot be written (a full disk, a read-only or forbidden folder, a closed stdout).

    It stops the run: every later write would fail the same way.
    """

    @classmethod
    def from_os_error(cls, exc: OSError, where: str) -> OutputError:
        """One line naming where the output was going and why it failed, with what to do."""
        code = exc.errno or 0
        cause = exc.strerror or (os.strerror(code) if code else str(exc))
        what = "is closed" if code == errno.EBADF else "cannot be written"
        return cls(f"{what} ({cause}); {_OUTPUT_ADVICE.get(code, 'write elsewhere')}", where)


_OUTPUT_ADVICE = {
    errno.ENOSPC: "free some space or write elsewhere",
    errno.EDQUOT: "free some space or write elsewhere",
    errno.EACCES: "fix the permissions or write elsewhere",
    errno.EPERM: "fix the permissions or write elsewhere",
    errno.EBADF: "redirect it to a file (> FILE) or use --output-dir",
}


class InternalError(NewscliError):
    """A bug: something newscli did not expect. The batch goes on; the user is asked to report it."""


class Terminated(BaseException):
    """SIGTERM ended the run. A BaseException, as KeyboardInterrupt is: no `except Exception` swallows it."""


class UsageError(NewscliError):
    exit_code = ExitCode.USAGE
