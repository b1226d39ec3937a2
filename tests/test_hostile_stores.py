"""Stores damaged by hand or by a bad copy (a schema version that is no number, a table or view
gone, a schema from a newer eventwire): every command refuses them in one line naming the file,
and leaves them as they were, also when it would have migrated them."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

import test_hostile_inputs as hostile
from eventwire.store.core import created_tables
from eventwire.store.schema import MIGRATIONS, SCHEMA_VERSION

COMMANDS = [["query"], ["export", "--format", "jsonl"], ["ingest", "{a}", "--published", "2023-11-15"]]


def _damage(stored: Path, tmp_path: Path, *statements: str) -> Path:
    db = tmp_path / "damaged.duckdb"
    shutil.copyfile(stored, db)
    con = duckdb.connect(str(db))
    for statement in statements:
        con.execute(statement)
    con.close()
    return db


def _snapshot(db: Path) -> tuple[list[tuple[str, str]], list[str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        meta = con.execute("SELECT * FROM meta ORDER BY key").fetchall()
        tables = con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()
    return meta, [t for (t,) in tables]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize(("statements", "said"), [
    (["UPDATE meta SET value = 'five' WHERE key = 'schema_version'"], "schema version 'five' is not a number"),
    (["DROP TABLE events"], "it lacks events"),
    (["DROP VIEW event_mentions"], "it lacks event_mentions"),
    # (read-only commands refuse an old store before they look further: only the file is named)
    (["DROP TABLE events", "UPDATE meta SET value = '3' WHERE key = 'schema_version'"], ""),
    ([f"UPDATE meta SET value = '{SCHEMA_VERSION + 7}' WHERE key = 'schema_version'"], "newer than this"),
], ids=["version-text", "table-gone", "view-gone", "old-and-table-gone", "newer"])
def test_hostile_stores_damaged_store_is_one_line_and_left_alone(
        hostile_stored: Path, tmp_path: Path, argv: list[str], statements: list[str], said: str) -> None:
    db = _damage(hostile_stored, tmp_path, *statements)
    before = _snapshot(db)
    (tmp_path / "a.txt").write_text("CHNGOV RUSGOV 036 - - the premier met\n")
    done = hostile.cli(*(word.format(a=tmp_path / "a.txt") for word in argv), "--db", str(db))
    hostile.one_error(done, str(db), said)
    assert _snapshot(db) == before


def test_hostile_stores_a_new_store_has_every_table_the_migrations_create(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(hostile.ARTICLE)
    db = tmp_path / "fresh.duckdb"
    assert hostile.ingest(db, tmp_path / "a.txt").returncode == 0
    assert set(_snapshot(db)[1]) == created_tables(MIGRATIONS)


@pytest.fixture(scope="module")
def hostile_stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one article (copied before each damage)."""
    return hostile.store_of_one_article(tmp_path_factory.mktemp("stores"))
