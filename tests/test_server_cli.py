"""`eventwire serve`: options, the token from the environment, and refusing a missing store."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.cli import build_parser, main
from eventwire.cli.serve import settings_from


def test_server_cli_defaults_bind_to_localhost() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.token, args.db) == (
        "127.0.0.1", 8000, None, Path("eventwire.duckdb"))
    assert settings_from(args, {}).ingest_enabled is False


@pytest.mark.parametrize(("argv", "environ", "token"), [
    (["serve"], {"EVENTWIRE_TOKEN": "from-env"}, "from-env"),
    (["serve", "--token", "given"], {"EVENTWIRE_TOKEN": "from-env"}, "given"),
    (["serve"], {"EVENTWIRE_TOKEN": ""}, None)])
def test_server_cli_token_enables_ingest(argv: list[str], environ: dict[str, str],
                                         token: str | None) -> None:
    found = settings_from(build_parser().parse_args(argv), environ)
    assert found.token == token and found.ingest_enabled is (token is not None)


def test_server_cli_refuses_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--port", "70000"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "--port: '70000' must be from 0 to 65,535" in err[0]


def test_server_cli_reports_a_missing_store(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.duckdb"
    assert main(["serve", "--db", str(missing)]) == 2
    assert f"no event store at {missing}" in capsys.readouterr().err
    assert not missing.exists()
