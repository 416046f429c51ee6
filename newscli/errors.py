"""Typed errors: each knows its exit code, and its message names the input and the fix."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # an input could not be processed, or a batch had a failure
    USAGE = 2
    INTERRUPTED = 130


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


class InternalError(NewscliError):
    """A bug: something newscli did not expect. The batch goes on; the user is asked to report it."""


class UsageError(NewscliError):
    exit_code = ExitCode.USAGE
