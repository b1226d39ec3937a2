"""One filter definition: the store, `eventwire query` and the API (schema, routes, dashboard)
accept and refuse the same values, every dictionary actor code included."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.actors.dictionary import load_dictionary
from eventwire.cli import build_parser, main
from eventwire.cli.store import _filters as cli_filters
from eventwire.errors import EventwireError
from eventwire.model import Article
from eventwire.server import Settings, create_app
from eventwire.server.params import parse_filters
from eventwire.store import Store, make_filters
from eventwire.store.filters import filter_specs
from synthetic import LineCoder

LINES = ["RUSGOV UKRMIL 190 2024-01-05 UKR shelling hit 50% of the grid",
         "IGOEU RUSGOV 042 2024-01-06 RUS envoys met",
         "NGOICRC UKRCVL 070 2024-01-07 UKR aid arrived"]


def _codes() -> list[str]:
    return sorted({e.code for e in load_dictionary().entries.values()})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filters") / "f.duckdb"
    every = [f"{code} USA 042 2024-02-01 USA" for code in _codes()]
    with Store.open(path) as store:
        store.ingest([Article(id="f1", text="\n".join(LINES), published=dt.date(2024, 1, 8)),
                      Article(id="f2", text="\n".join(every), published=dt.date(2024, 2, 2))],
                     coder=LineCoder())
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=db)), base_url="http://localhost") as c:
        yield c


def _query_parser() -> argparse.ArgumentParser:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    parser: argparse.ArgumentParser = sub.choices["query"]
    return parser


def _api_params(client: TestClient) -> dict[str, dict[str, Any]]:
    spec = client.get("/openapi.json").json()
    return {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}


def test_store_filters_cli_api_and_store_list_the_same_filters(client: TestClient) -> None:
    names = [s.name for s in filter_specs()]
    cli = {a.dest: a for a in _query_parser()._actions}
    assert set(cli) - {"help", "db", "format", "limit"} == set(names)
    api = _api_params(client)
    assert set(api) - {"cursor", "limit"} == set(names)
    for spec in filter_specs():
        assert cli[spec.name].help == spec.help and spec.option in cli[spec.name].option_strings
        assert api[spec.name]["description"] == spec.help
        assert api[spec.name]["schema"]["anyOf"][0]["pattern"] == f"^{spec.pattern}$"
    with pytest.raises(EventwireError, match="unknown filter 'colour'"):
        make_filters(colour="red")


CASES = [("actor", "IGOEU", True), ("actor", "igonato", True), ("actor", "NGOICRC", True),
         ("actor", "R1", False), ("actor", "RUS GOV", False), ("dyad", "IGOEU:RUS", True),
         ("dyad", "RUS", False), ("cameo", "042", True), ("cameo", "00", False),
         ("cameo", "999", False), ("root", "7", True), ("root", "21", False),
         ("plover", "consult", True), ("plover", "HUG", False), ("quad", "4", True),
         ("quad", "5", False), ("since", "2024-02-29", True), ("since", "0000-00-00", False),
         ("until", "2023-02-29", False), ("until", "1799-12-31", False),
         ("until", "2000-02-29", True), ("place_country", "prk", True),
         ("place_country", "ZZZ", False), ("text", "grid", True)]


@pytest.mark.parametrize(("name", "value", "ok"), CASES)
def test_store_filters_every_entry_point_agrees(client: TestClient, db: Path, name: str,
                                                value: str, ok: bool,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    spec = next(s for s in filter_specs() if s.name == name)
    try:
        make_filters(**{name: value})
        stored = True
    except EventwireError:
        stored = False
    schema = re.search(_api_params(client)[name]["schema"]["anyOf"][0]["pattern"], value)
    cli = main(["query", "--db", str(db), spec.option, value, "--format", "jsonl"])
    capsys.readouterr()
    api = client.get("/api/events", params={name: value})
    page = client.get("/", params={name: value})
    assert (stored, schema is not None, cli, api.status_code, page.status_code) == (
        (True, True, 0, 200, 200) if ok else (False, False, 2, 422, 400))
    if not ok:
        assert f"bad {name} " in api.json()["error"]


def test_store_filters_every_dictionary_code_round_trips(client: TestClient, db: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    with Store.open(db, read_only=True) as store:
        for code in _codes():
            assert code in store.events(arrow=True, actor=code).column("source").to_pylist()
            assert client.get("/api/events", params={"actor": code, "limit": 1}).status_code \
                == 200
            args = parser.parse_args(["query", "--actor", code.lower()])
            assert make_filters(**cli_filters(args)).actor == code  # what `query` runs
            assert parse_filters({"actor": code}) == {"actor": code}  # what the dashboard runs
    for code in ("IGOEU", "IGONATO", "IGOUNSC", "IGOIAEA", "NGOICRC", "IGOUNHCR"):
        assert code in _codes()
        got = client.get("/api/events", params={"actor": code}).json()["events"]
        assert code in {e["source"] for e in got}
        assert main(["query", "--db", str(db), "--actor", code, "--format", "jsonl"]) == 0
        assert f'"source": "{code}"' in capsys.readouterr().out
        page = client.get("/", params={"actor": code})
        assert page.status_code == 200 and f"/?actor={code}" in page.text


@pytest.mark.parametrize(("words", "found"), [("_", 0), ("%", 1), ("50%", 1), ("5_%", 0),
                                              ("grid", 1), ("\\", 0)])
def test_store_filters_text_matches_wildcards_literally(db: Path, words: str,
                                                        found: int) -> None:
    with Store.open(db, read_only=True) as store:
        assert len(store.events(arrow=True, text=words)) == found
