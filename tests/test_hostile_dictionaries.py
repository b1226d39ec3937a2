"""A user's actor dictionary naming a country no code list knows ("ZZZ", "GER" for Germany) is
refused in one line naming the file, the line and the code; the codes accepted are data (ISO 3166
through pycountry, and eventwire/data/country_codes.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

import test_hostile_inputs as hostile
from eventwire.actors.dictionary import Entry, country_codes, load_dictionary, parse_dictionary
from eventwire.errors import DictionaryError

HEADER = "id\tkind\tphrases\tcode\tcountry\tsectors\tname\tfrom\tuntil\n"


def _row(country: str, extra: str = "") -> str:
    return f"harbour.board\tgroup\tHarbour Board of Tarn\t\t{country}\tGOV\tHarbour Board\t\t{extra}\n"


@pytest.mark.parametrize("country", ["ZZZ", "GER", "QQA"])
def test_hostile_dictionaries_unknown_country_names_file_line_and_code(country: str) -> None:
    with pytest.raises(DictionaryError) as info:
        parse_dictionary("# my harbours\n" + HEADER + _row(country), "mine.tsv")
    assert str(info.value).startswith(f"mine.tsv:3: unknown country code '{country}'")


@pytest.mark.parametrize("country", ["DEU", "XKX", "WEU", "YUG"])
def test_hostile_dictionaries_iso_former_kosovo_and_region_codes_are_accepted(country: str) -> None:
    (entry,) = parse_dictionary(HEADER + _row(country), "mine.tsv")
    assert isinstance(entry, Entry) and entry.country == country and entry.code == country + "GOV"


def test_hostile_dictionaries_converted_legacy_files_keep_their_own_codes() -> None:
    (entry,) = parse_dictionary(HEADER.rstrip("\n") + "\torigin\n" + _row("KNT", "\tlegacy.txt:9"),
                                "converted.tsv")
    assert isinstance(entry, Entry) and entry.country == "KNT"


def test_hostile_dictionaries_code_list_is_iso_and_the_data_file() -> None:
    codes = country_codes()
    assert {"FRA", "SSD", "CSK", "XKX", "MEA"} <= codes and not {"ZZZ", "GER", "ENG"} & codes


def test_hostile_dictionaries_cli_refuses_an_unknown_country_in_one_line(tmp_path: Path) -> None:
    mine = tmp_path / "harbours.tsv"
    mine.write_text(HEADER + _row("DEU") + _row("ZZZ").replace("harbour.board", "harbour.tarn"))
    (tmp_path / "a.txt").write_text(hostile.ARTICLE)
    done = hostile.cli("code", str(tmp_path / "a.txt"), "--published", "2023-11-15", "--dictionary", str(mine))
    lines = [x for x in done.stderr.splitlines() if x.startswith("eventwire: error:")]
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert lines == [f"eventwire: error: {mine}:3: unknown country code 'ZZZ' (neither ISO 3166 alpha-3 "
                     "nor listed in eventwire/data/country_codes.tsv)"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_hostile_dictionaries_file_saved_by_a_spreadsheet_is_read(tmp_path: Path, encoding: str) -> None:
    mine = tmp_path / "harbours.tsv"
    mine.write_bytes(("# saved as Unicode text\n" + HEADER + _row("ISL")).encode(encoding))
    (entry,) = load_dictionary([mine], builtin=False).entries.values()
    assert entry.name == "Harbour Board" and entry.country == "ISL"


@pytest.mark.parametrize(("body", "said"), [
    ((HEADER + _row("ISL") + _row("PER").replace("Tarn", "Tarn\u00e9")).encode("latin-1"),
     ":3: not valid UTF-8 (byte 161); save the file as UTF-8"),
    (bytes(range(256)) * 4, ":1: binary data, not a tab-separated text file"),
])
@pytest.mark.parametrize("option", ["--dictionary", "--patterns"])
def test_hostile_dictionaries_unreadable_file_is_one_line_with_its_line(tmp_path: Path, body: bytes,
                                                                       said: str, option: str) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_bytes(body)
    (tmp_path / "a.txt").write_text(hostile.ARTICLE)
    done = hostile.cli("code", str(tmp_path / "a.txt"), "--published", "2023-11-15", option, str(mine))
    hostile.one_error(done, f"{mine}{said}")
