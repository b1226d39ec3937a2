"""The dashboard's templates and static files, read from the package (never from a request path).

`static/vendor/` holds JavaScript, CSS and map data vendored from npm with their licences
(see `static/vendor/README.md`).
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from urllib.parse import quote

import jinja2

TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
         ".txt": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Asset:
    """A static file held in memory, with its content type and a hash for caching."""

    body: bytes
    content_type: str
    etag: str


def _walk(folder: Traversable, prefix: str) -> dict[str, Traversable]:
    found: dict[str, Traversable] = {}
    for item in folder.iterdir():
        name = f"{prefix}{item.name}"
        if item.is_dir():
            found |= _walk(item, name + "/")
        elif not item.name.startswith("."):
            found[name] = item
    return found


def static_files() -> dict[str, Asset]:
    """Return every static file of the package by its path under `static/`."""
    assets: dict[str, Asset] = {}
    for name, item in _walk(resources.files("eventwire.web").joinpath("static"), "").items():
        body = item.read_bytes()
        suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
        kind = TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        assets[name] = Asset(body=body, content_type=kind, etag=etag)
    return assets


def templates() -> jinja2.Environment:
    """Return the Jinja2 environment of the dashboard pages (autoescaping everything).

    The `segment` filter quotes a value as one URL path segment: unlike `urlencode` it quotes
    `/` too, so an id holding slashes stays one segment.
    """
    env = jinja2.Environment(loader=jinja2.PackageLoader("eventwire.web", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["segment"] = lambda value: quote(str(value), safe="")
    return env
