"""The legacy (TABARI/PETRARCH) dictionary importer and the base layer it ships (its coding at work:
tests/test_base_layer.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.dictionary import load_dictionary
from eventwire.cli import main
from eventwire.coding.patterns import load_patterns
from eventwire.dictionaries import TABLES, convert, render
from eventwire.dictionaries.actors import Bounded, convert_actors, gaps, parse_bounded
from eventwire.dictionaries.source import Line, Problem, name_phrases, parse_date
from eventwire.ontology import load_codebook

Imported = tuple[dict[str, list[dict[str, str]]], list[str]]
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "dictionaries" / "petrarch2"
PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "petrarch"
SHIPPED_SOURCES = ("CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                   "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt")

VERBS = """\
# a small legacy verb file written for these tests
&ARMS
+RIFLE
+MORTAR_SHELL
+&BLADES
&BLADES
+SABRE
---  HAND   [070]  ---
HAND
GIVE {GIVES GAVE GIVEN GIVING}
+HAND_OVER [0233]
SHIP [071]
- * &ARMS                       [0234]  # HAND
- * {FARM TOOLS} (TO +)         [0233]
- * (FOR {SAFE PASSAGE})        [075]
- * BACK LAND                   [0874]
- CROWDS * FLOWERS              [017]
- * GIFT                        [---]
- * VISIT                       [042:043]
- * SWORD                       [:190]
~ a (a b HAND) SAY = a b 070
---  WEIGH   [---]  ---
WEIGH
- * (ON {TRADE LIMIT}) (WITH +) [036]
- + * VISITORS [042]
"""

ACTORS = """\
RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_
RUDOLF_RASSENDYLL_  ; our own fiction
\t[RURGOV 940101-961231]
\t[RURELI >970101]
\t[RURBUS]
NOBODY_AT_ALL_
GRAND_DUCHY_OF_X_  [rurlegs]
"""

AGENTS = """\
!WORKER! = HAND, HANDS
FERRY_MAN [~CVL]
POLICE {} [~COP]
DEPUTY {DEPUTIES_AT_LARGE} [~LEG]
DOCK!WORKER! [~LAB]
PILGRIM [~XYZ]
MONK [~RELXYZ]
RELIEF_CHARITY [NGO~]
"""

DISCARDS = """\
+REGATTA_CUP   # a story about sailing
CHESS OPEN
"""


def _write(tmp_path: Path) -> list[Path]:
    files = {"Test.verbs.txt": VERBS, "Test.actors.txt": ACTORS, "Test.agents.txt": AGENTS,
             "Test.discards.txt": DISCARDS}
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return paths


@pytest.fixture
def imported(tmp_path: Path) -> tuple[dict[str, list[dict[str, str]]], list[str]]:
    result = convert(_write(tmp_path), load_codebook())
    return result.tables, [str(p) for p in result.problems]


def _cells(rows: list[dict[str, str]], *columns: str) -> list[tuple[str, ...]]:
    return [tuple(r[c] for c in columns) for r in rows]


def test_import_verbs_patterns_become_dependency_patterns(imported: Imported) -> None:
    tables, _ = imported
    rows = _cells(tables["verbs.tsv"], "cameo", "verb", "object", "target", "origin")
    assert rows == [
        ("0234", "hand|give|ship", "rifle|mortar shell|sabre", "", "Test.verbs.txt:13"),
        ("0234", "hand over", "rifle|mortar shell|sabre", "", "Test.verbs.txt:13"),
        ("0233", "hand|give|ship", "farm tools (to)", "prep:to", "Test.verbs.txt:14"),
        ("0233", "hand over", "farm tools (to)", "prep:to", "Test.verbs.txt:14"),
        ("075", "hand|give|ship", "(for safe passage)", "", "Test.verbs.txt:15"),
        ("075", "hand over", "(for safe passage)", "", "Test.verbs.txt:15"),
        ("0874", "hand|give|ship back", "land", "", "Test.verbs.txt:16"),
        ("017", "hand|give|ship", "flowers", "", "Test.verbs.txt:17"),
        ("017", "hand over", "flowers", "", "Test.verbs.txt:17"),
        ("042", "hand|give|ship", "visit", "", "Test.verbs.txt:19"),
        ("042", "hand over", "visit", "", "Test.verbs.txt:19"),
        # `[:190]`, only the target's act back: coded 190 with source and target changing places
        ("190", "hand|give|ship", "sword", "source-after", "Test.verbs.txt:20"),
        ("190", "hand over", "sword", "source-after", "Test.verbs.txt:20"),
    ]


def test_import_verbs_reverse_codes_kept(imported: Imported) -> None:
    tables, _ = imported
    rows = _cells(tables["verbs.tsv"], "cameo", "reverse", "object")
    assert ("042", "043", "visit") in rows
    assert all(reverse == "" for cameo, reverse, _ in rows if cameo != "042")


def test_import_verbs_defaults_and_compounds(imported: Imported) -> None:
    tables, _ = imported
    defaults = _cells(tables["verb_defaults.tsv"], "id", "cameo", "verb")
    assert ("test-verbs.9.backoff", "070", "hand|give") in defaults
    assert ("test-verbs.11.backoff", "0233", "hand over") in defaults
    assert ("test-verbs.12.backoff", "071", "ship") in defaults
    assert not any(row[2] == "weigh" for row in defaults)  # a null block code gives no default
    assert _cells(tables["verb_forms.tsv"], "lemma", "forms") == [("give", "gives|gave|given|giving")]
    assert _cells(tables["synsets.tsv"], "id", "phrases") == [("arms", "rifle|mortar shell|sabre"), ("blades", "sabre")]


def test_import_reports_every_line_it_cannot_convert(imported: Imported) -> None:
    _, problems = imported
    expected = {
        "Test.verbs.txt:25": "a target (+) before the verb",
        "Test.verbs.txt:18": "null-code pattern",
        "Test.verbs.txt:21": "transformation rules",
        "Test.verbs.txt:24": "more than one prepositional phrase",
        "Test.actors.txt:8": "no usable code",
        "Test.agents.txt:6": "part(s) XYZ are no sector eventwire knows",
        "Test.agents.txt:7": "part(s) XYZ are no sector eventwire knows",
    }
    for origin, message in expected.items():
        assert any(p.startswith(f"{origin}: ") and message in p for p in problems), origin
    assert len(problems) == len(expected)


def test_import_actors_resolve_dated_codes_and_fill_gaps(imported: Imported) -> None:
    tables, _ = imported
    rows = _cells(tables["actors.tsv"], "kind", "phrases", "code", "country", "sectors", "from", "until")
    assert rows[0] == ("country", "Ruritania|Ruritanian|Strelsau", "RUR", "RUR", "", "", "")
    assert rows[1:4] == [
        ("person", "Rudolf Rassendyll", "RURGOV", "RUR", "GOV", "1994-01-01", "1996-12-31"),
        ("person", "Rudolf Rassendyll", "RURELI", "RUR", "ELI", "1997-01-01", ""),
        ("person", "Rudolf Rassendyll", "RURBUS", "RUR", "BUS", "", "1993-12-31"),
    ]
    assert rows[4][2] == "RURLEGS" and rows[4][4] == "LEG"


def test_import_agents_plurals_and_substitutions(imported: Imported) -> None:
    tables, _ = imported
    assert _cells(tables["agents.tsv"], "kind", "phrases", "code", "sectors") == [
        ("role", "ferry man|ferry mans", "", "CVL"),
        ("role", "police", "", "COP"),
        ("role", "deputy|deputies at large", "", "LEG"),
        ("role", "dockhand|dockhands", "", "LAB"),
        ("role", "pilgrim|pilgrims", "XYZ", ""),
        ("role", "monk|monks", "RELXYZ", "REL"),
        ("role", "relief charity|relief charities", "NGO~", "NGO"),
    ]
    assert _cells(tables["discards.tsv"], "phrase", "scope") == [("regatta cup", "story"), ("chess open", "sentence")]


@pytest.mark.parametrize(("text", "expected"), [
    ("940101", date(1994, 1, 1)), ("300630", date(2030, 6, 30)), ("310101", date(1931, 1, 1)),
    ("19450703", date(1945, 7, 3)),
])
def test_import_dates_follow_the_two_digit_rule(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["RURGOV 2004017-20061201", "RUR 9401", "RUR >", "---", "12AB"])
def test_import_bad_code_restrictions_fail(text: str) -> None:
    with pytest.raises(ValueError):
        parse_bounded(text)


def test_import_gaps_between_dated_codes() -> None:
    dated = [Bounded(code="A", start=date(2000, 1, 1), end=date(2000, 12, 31)),
             Bounded(code="B", start=date(2002, 1, 1))]
    assert gaps(dated) == [(None, date(1999, 12, 31)), (date(2001, 1, 1), date(2001, 12, 31))]
    assert gaps([Bounded(code="A", end=date(1990, 1, 1))]) == [(date(1990, 1, 2), None)]


def test_import_output_loads_with_eventwire_loaders(tmp_path: Path) -> None:
    paths = _write(tmp_path)
    out = tmp_path / "out"
    assert main(["dictionaries", "import", "--from", "petrarch", *map(str, paths), "--out", str(out), "--quiet"]) == 0
    codebook = load_codebook()
    patterns = load_patterns(codebook, [out / "verbs.tsv", out / "verb_defaults.tsv"], builtin=False)
    assert "give" in patterns.by_lemma and "ship" in patterns.by_lemma
    dictionary = load_dictionary([out / "actors.tsv", out / "agents.tsv"], builtin=False)
    person = [e for e in dictionary.entries.values() if e.name == "Rudolf Rassendyll"]
    assert [e.code for e in person if e.valid_on(date(1995, 6, 1))] == ["RURGOV"]
    assert [e.code for e in person if e.valid_on(date(1990, 6, 1))] == ["RURBUS"]
    monk = next(e for e in dictionary.entries.values() if e.name == "monk")
    assert (monk.code, monk.sectors) == ("RELXYZ", ("REL",))


def test_import_cli_summary_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = _write(tmp_path)
    assert main(["dictionaries", "import", "--from", "petrarch", *map(str, paths), "--out", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err
    assert "Test.verbs.txt:25: a target (+) before the verb" in err
    assert "7 problem lines (5 skipped, 2 converted in part)" in err
    odd = tmp_path / "notes.txt"
    odd.write_text("X\n", encoding="utf-8")
    assert main(["dictionaries", "import", "--from", "petrarch", str(odd), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "notes.txt: cannot tell the dictionary kind" in err[0]


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the PETRARCH2 sources are not at {SHARED}; "
                    "the shipped base layer cannot be regenerated here")
def test_base_layer_regenerates_byte_for_byte() -> None:
    sources = [SHARED / name for name in SHIPPED_SOURCES]
    result = convert(sources, load_codebook())
    notes = [line.removeprefix("# ") for line in (PACKAGE / "verbs.tsv").read_text(encoding="utf-8").splitlines()[2:4]]
    for name in TABLES:
        assert render(name, result.tables[name], sources, notes) == (PACKAGE / name).read_text(encoding="utf-8"), name


@pytest.mark.parametrize(("text", "obj", "particle"), [
    ("* PEACE_MEMOS FROM", "peace memos (from)", None),
    ("* DOWN FROM", "(from)", "down"),
    ("* FROM", "(from)", None),  # a lone preposition: the verb's phrase it opens
    ("*_UPON", "(upon)", None),
    ("* ON", "", "on"),  # a lone word that is also a particle is the particle
])
def test_import_pattern_closing_preposition_is_a_phrase(text: str, obj: str, particle: str | None) -> None:
    from eventwire.dictionaries.patterns import convert_pattern

    converted = convert_pattern(text, {})
    assert (converted.object, converted.particle) == (obj, particle)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("THE_UDF_", ["The Udf", "the Udf", "The UDF", "the UDF"]),
    ("THE_OLD_MARCHES", ["The Old Marches", "the Old Marches"]),
    ("THEBES", ["Thebes"]),
])
def test_import_leading_article_written_both_ways(phrase: str, expected: list[str]) -> None:
    assert name_phrases(phrase) == expected


def test_import_coded_compound_gives_one_entry_per_member() -> None:
    problems: list[Problem] = []
    lines = [Line(origin="t.actors.txt:7", text="THE_TWIN_DUCHIES [RUR/ELB]"),
             Line(origin="t.actors.txt:8", text="BAD_PAIR [RUR/e1]")]
    rows = convert_actors(lines, "t", problems)
    assert _cells(rows, "id", "code", "country") == [("t.7/RUR", "RUR", "RUR"), ("t.7/ELB", "ELB", "ELB")]
    assert [p.origin for p in problems] == ["t.actors.txt:8", "t.actors.txt:8"]


def test_import_company_code_names_its_home_country() -> None:
    problems: list[Problem] = []
    lines = [Line(origin="t.actors.txt:3", text="ACME_DRILLING_  [MNCNOR]"),
             Line(origin="t.actors.txt:4", text="ACME_NEWSWIRE_  [MNCNORMED]"),
             Line(origin="t.actors.txt:5", text="SAHEL_TRADERS_  [MNCWAF]"),
             Line(origin="t.actors.txt:6", text="FAR_TRADERS_  [MNC]"),
             Line(origin="t.actors.txt:7", text="NORTH_LEAGUE_  [IGONOR]")]
    rows = convert_actors(lines, "t", problems)
    # a company is its home country's (CAMEO: MNC then the country it is based in); a region is
    # no country, and an organisation's code names none
    assert _cells(rows, "code", "country", "sectors") == [
        ("MNCNOR", "NOR", ""), ("MNCNORMED", "NOR", "MED"), ("MNCWAF", "", ""), ("MNC", "", ""),
        ("IGONOR", "", "IGO")]
    assert problems == []


@pytest.mark.parametrize(("text", "obj", "target"), [
    ("+ * (FROM $)", "(from)", "prep:from,source-after"),
    ("+ * MONEY $", "money", "source-after"),  # the source: the first actor after the object
    ("+ WAS_ * IN $", "(in)", "prep:in,source-after"),
])
def test_import_target_before_and_source_after_the_verb_turn_round(text: str, obj: str, target: str) -> None:
    from eventwire.dictionaries.patterns import convert_pattern

    converted = convert_pattern(text, {})
    assert (converted.object, converted.target) == (obj, target)
    with pytest.raises(ValueError, match="target"):
        convert_pattern("+ * ROCKET", {})  # a target before the verb and no source after it


@pytest.mark.parametrize(("target", "turned", "expected"), [
    ("prep:from", True, "prep:from,source-after"),
    ("", True, "source-after"),
    ("prep:from,source-after", True, "prep:from"),  # a pattern already turned round: the turns cancel
    ("dobj", False, "dobj"),
])
def test_import_reverse_only_code_turns_the_pattern(target: str, turned: bool, expected: str) -> None:
    from eventwire.dictionaries.verbs import Codes, turn

    assert turn(target, Codes(code="026", turned=turned)) == expected
