"""The REST API and web dashboard over the event store (`eventwire serve`).

The app (and FastAPI) loads on first use of `create_app`, so that the command line, which reads
`eventwire.server.settings` for its help, starts without it.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from eventwire.server.app import create_app
    from eventwire.server.settings import Settings

__all__ = ["Settings", "create_app"]
_HOMES = {"Settings": "settings", "create_app": "app"}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'eventwire.server' has no attribute {name!r}")
    return getattr(_importlib.import_module(f"eventwire.server.{_HOMES[name]}"), name)
