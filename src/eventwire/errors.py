"""The exceptions eventwire raises.

    EventwireError            anything eventwire reports to a user
    ├── InputError            an input file, line or record cannot be read
    ├── DictionaryError       a dictionary or codebook file is malformed (file:line: problem)
    ├── ResourceError         a required resource (spaCy pipeline, data file) is missing
    ├── CodeError             an unknown CAMEO/PLOVER code was asked for
    └── StoreError            the event store cannot be opened or written
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire reports to a user."""


class InputError(EventwireError):
    """An input file, line or record cannot be read."""


class DictionaryError(EventwireError):
    """A dictionary or codebook file is malformed."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem

    def __reduce__(self) -> tuple[type[DictionaryError], tuple[str, int, str]]:
        """Rebuild from the three parts (so the error crosses process boundaries)."""
        return (DictionaryError, (self.path, self.line, self.problem))


class ResourceError(EventwireError):
    """A required resource is missing."""


class CodeError(EventwireError):
    """An unknown event or actor code."""


class StoreError(EventwireError):
    """The event store cannot be opened or written."""
