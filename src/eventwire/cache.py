"""A compact on-disk cache of data that eventwire derives from installed packages at start-up
(the gazetteer's index), so that each worker process reads it instead of rebuilding it.

Entries are JSON files named by what they hold and a key that changes whenever their sources
change (the deriving code and the packages' versions): a stale entry is simply never read.
Numeric arrays (a model a package ships compressed) are kept as a folder of `.npy` files,
which load without decompressing or parsing anything (`cached_arrays`). The
folder is `$EVENTWIRE_CACHE_DIR`, else `$XDG_CACHE_HOME/eventwire`, else `~/.cache/eventwire`.
A missing, unreadable or unwritable cache only costs the time to rebuild.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

CACHE_ENV = "EVENTWIRE_CACHE_DIR"


def cache_folder() -> Path:
    """Return the folder that holds the cache entries."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def source_key(files: Iterable[Path], packages: Iterable[str]) -> str:
    """Return a key that changes with the bytes of some source files and the installed versions
    of some packages."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    for package in packages:
        digest.update(f"\x1f{package}={metadata.version(package)}".encode())
    return digest.hexdigest()[:16]


def cached(name: str, key: str, build: Callable[[], Any], *, folder: Path | None = None,
           valid: Callable[[Any], bool] = lambda value: True) -> Any:
    """Return the JSON value cached as `name` under `key`, building and storing it when there is
    none (or it cannot be read, or is not `valid`)."""
    path = (folder or cache_folder()) / f"{name}-{key}.json"
    try:
        with path.open(encoding="utf-8") as source:
            value = json.load(source)
        if valid(value):
            return value
    except (OSError, ValueError):
        pass
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: Any) -> None:
    """Write a cache entry whole or not at all (two processes may write it at once)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return  # no cache this time: the value was built all the same
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as sink:
            json.dump(value, sink, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


Arrays = dict[str, Any]  # name -> numpy array


def cached_arrays(name: str, key: str, build: Callable[[], Arrays], *, folder: Path | None = None) -> Arrays:
    """Return the numpy arrays cached as `name` under `key` (read as memory maps: the pages
    are the system's file cache, shared by every process reading them), building and storing
    them when there are none or they cannot be read."""
    import numpy as np

    path = (folder or cache_folder()) / f"{name}-{key}"
    try:
        names = json.loads((path / "names.json").read_text(encoding="utf-8"))
        return {n: np.load(path / f"{n}.npy", mmap_mode="r", allow_pickle=False) for n in names}
    except (OSError, ValueError, TypeError):
        pass
    value = build()
    _store_arrays(path, value)
    return value


def _store_arrays(path: Path, arrays: Arrays) -> None:
    """Write a folder of arrays whole or not at all: written aside, then renamed into place
    (the list of names last, so that a folder without it is never read)."""
    import numpy as np

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}."))
    except OSError:
        return
    try:
        for n, array in arrays.items():
            np.save(temporary / f"{n}.npy", array, allow_pickle=False)
        (temporary / "names.json").write_text(json.dumps(sorted(arrays)), encoding="utf-8")
        if path.is_dir() and not (path / "names.json").exists():
            shutil.rmtree(path, ignore_errors=True)  # one cut short: never read, so replaced
        os.replace(temporary, path)
    except OSError:
        shutil.rmtree(temporary, ignore_errors=True)
