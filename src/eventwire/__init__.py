"""eventwire: political event data from news reports.

    import eventwire
    events = eventwire.code("Russia and China signed a trade agreement on Monday.", published=date(2024, 5, 8))
    store = eventwire.open("eventwire.duckdb")

Importing the package is cheap: each public name loads its module (spaCy, DuckDB ...) on first use.
"""

# Private aliases only: every public name of this namespace is in `__all__`.
import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from eventwire.errors import (
        CodeError,
        DictionaryError,
        EventwireError,
        InputError,
        ResourceError,
        StoreError,
    )
    from eventwire.model import (
        Actor,
        Article,
        Coded,
        Event,
        EventDate,
        EventMention,
        Mention,
        Modality,
        Place,
    )
    from eventwire.pipeline import code, code_articles
    from eventwire.resources import Resources
    from eventwire.store import open_store as open

# Each public name and the module that defines it (`open` is `eventwire.store.open_store`).
_HOMES = {
    "Actor": "model", "Article": "model", "Coded": "model", "Event": "model", "EventDate": "model",
    "EventMention": "model", "Mention": "model", "Modality": "model", "Place": "model",
    "CodeError": "errors", "DictionaryError": "errors", "EventwireError": "errors",
    "InputError": "errors", "ResourceError": "errors", "StoreError": "errors",
    "code": "pipeline", "code_articles": "pipeline",
    "Resources": "resources", "open": "store",
}

__all__ = [
    "Actor",
    "Article",
    "CodeError",
    "Coded",
    "DictionaryError",
    "Event",
    "EventDate",
    "EventMention",
    "EventwireError",
    "InputError",
    "Mention",
    "Modality",
    "Place",
    "ResourceError",
    "Resources",
    "StoreError",
    "code",
    "code_articles",
    "open",
]


def __getattr__(name: str) -> object:
    """Load a public name from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
    module = _importlib.import_module(f"eventwire.{home}")
    return getattr(module, "open_store" if name == "open" else name)


def __dir__() -> list[str]:
    """List the public API."""
    return sorted(__all__)
