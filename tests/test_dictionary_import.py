"""The legacy (TABARI/PETRARCH) dictionary importer, the base layer it ships, and its loading."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.dictionary import load_dictionary
from eventwire.cli import main
from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import index_patterns, load_patterns, parse_patterns
from eventwire.dictionaries import TABLES, convert, render
from eventwire.dictionaries.actors import Bounded, convert_actors, gaps, parse_bounded
from eventwire.dictionaries.source import Line, Problem, name_phrases, parse_date
from eventwire.ontology import load_codebook
from eventwire.pipeline import code
from eventwire.resources import Resources

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


def test_patterns_prepositional_objects_parse() -> None:
    text = ("id\tcameo\tverb\tobject\ttarget\n"
            "a\t020\task\t(for weapon,rifle)\t\n"
            "b\t115\tfile\tcomplaint (with court)\t\n"
            "c\t036\tmeet\t(in)\t\n")
    a, b, c = parse_patterns(text, "t.tsv", load_codebook())
    assert a.objects[0].head == "" and a.objects[0].attached is not None
    assert [o.head for o in a.objects[0].attached.objects] == ["weapon", "rifle"]
    assert b.objects[0].head == "complaint" and b.objects[0].attached is not None and b.specificity > a.specificity - 1
    assert c.objects[0].attached is not None and c.objects[0].attached.objects == ()


def test_patterns_prepositional_objects_match(resources: Resources) -> None:
    text = ("id\tcameo\tverb\tobject\ttarget\n"
            "ask.arms\t0234\task\t(for rifle,weapon)\t\n"
            "file.court\t115\tfile\tcomplaint (with court)\t\n")
    pattern_set = index_patterns(parse_patterns(text, "t.tsv", resources.codebook))
    local = replace(resources, patterns=pattern_set, cues=CueIndex.build(pattern_set))
    asked = code("Norway asked Sweden for rifles on Monday.", published=date(2020, 5, 1), resources=local)
    assert [(e.cameo, e.rule) for e in asked] == [("0234", "ask.arms")]
    plain = code("Norway asked Sweden about the weather on Monday.", published=date(2020, 5, 1), resources=local)
    assert plain == []
    filed = code("Norway filed a complaint with the court against Sweden.", published=date(2020, 5, 1),
                 resources=local)
    assert [e.cameo for e in filed] == ["115"]


def test_base_layer_loads_under_own_entries() -> None:
    codebook = load_codebook()
    own = load_patterns(codebook)
    with_base = load_patterns(codebook, base_layer=True)
    without_backoff = load_patterns(codebook, base_layer=True, backoff=False)
    assert len(own) < len(without_backoff) < len(with_base)
    # For a verb both layers know, the project's own patterns come before equally specific imported ones.
    tried = with_base.by_lemma["condemn"]
    assert {p.id for p in own.by_lemma["condemn"]} < {p.id for p in tried}
    for n, pattern in enumerate(tried):
        if pattern.origin.startswith("eventwire/data/petrarch/"):
            assert all(later.origin.startswith("eventwire/data/petrarch/") for later in tried[n:]
                       if later.specificity == pattern.specificity)
    dictionary = load_dictionary(base_layer=True)
    assert dictionary["RUS"].origin.startswith("eventwire/data/actors/")
    assert any(e.origin.startswith("eventwire/data/petrarch/actors.tsv") for e in dictionary.entries.values())


def test_base_layer_matches_only_where_own_entries_do_not(resources: Resources) -> None:
    from eventwire.actors.dictionary import ActorDictionary, Entry, EntryKind
    from eventwire.actors.matcher import ActorMatcher

    base = Entry(id="b", kind=EntryKind.COUNTRY, phrases=("Freedonia", "Greater Freedonia"), code="FRD",
                 country="FRD", sectors=(), name="Freedonia", origin="eventwire/data/petrarch/actors.tsv:9")
    other = replace(base, id="c", phrases=("Sylvania",), code="SYL", country="SYL")
    own = replace(base, id="a", phrases=("Freedonia",), code="FRE", country="FRE",
                  origin="eventwire/data/actors/countries.tsv:9")
    for order in ((base, other, own), (own, other, base)):
        matcher = ActorMatcher(ActorDictionary({e.id: e for e in order}), resources.nlp.make_doc)
        hits = matcher(resources.nlp.make_doc("Greater Freedonia warned Sylvania."))
        assert [[e.id for e in h.entries] for h in hits] == [["a"], ["c"]]


def _pattern_set(text: str, resources: Resources, base_ids: tuple[str, ...] = ()) -> Resources:
    patterns = [replace(p, origin=f"eventwire/data/petrarch/verbs.tsv:{n}") if p.id in base_ids else p
                for n, p in enumerate(parse_patterns(text, "t.tsv", resources.codebook), start=1)]
    pattern_set = index_patterns(patterns)
    return replace(resources, patterns=pattern_set, cues=CueIndex.build(pattern_set))


HEADER = "id\tcameo\tverb\tobject\ttarget\n"


def test_base_patterns_only_when_no_own_pattern_matches(resources: Resources) -> None:
    local = _pattern_set(HEADER + "own.aid\t070\tsend\t\t\nbase.troops\t150\tsend\ttroop\t\n"
                         "base.food\t073\tship\tfood\t\n", resources, base_ids=("base.troops", "base.food"))
    when = date(2020, 5, 1)
    sent = code("Norway sent troops to Sweden.", published=when, resources=local)
    assert [e.rule for e in sent] == ["own.aid"]
    shipped = code("Norway shipped food to Sweden.", published=when, resources=local)
    assert [e.rule for e in shipped] == ["base.food"]


def test_backoff_codes_lone_verbs_at_lower_confidence(resources: Resources) -> None:
    local = _pattern_set(HEADER + "scold.words\t111\tscold\tremark\t\nscold.backoff\t110\tscold\t\t\n"
                         "say.backoff\t010\tsay\t\t\ndecide.backoff\t030\tdecide\t\t\n"
                         "attack.any\t190\tattack\t\t\n", resources)
    when = date(2020, 5, 1)
    scolded = code("Norway scolded Sweden on Monday.", published=when, resources=local)
    assert [(e.cameo, e.rule, e.confidence) for e in scolded] == [("110", "scold.backoff", pytest.approx(0.6))]
    remark = code("Norway scolded Sweden for a remark on Monday.", published=when, resources=local)
    assert [e.rule for e in remark] == ["scold.words"]
    assert code("Norway said that the talks were over.", published=when, resources=local) == []
    decided = code("Norway decided to attack Sweden.", published=when, resources=local)
    assert [e.rule for e in decided] == ["attack.any"]


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"the PETRARCH2 sources are not at {SHARED}; "
                    "the shipped base layer cannot be regenerated here")
def test_base_layer_regenerates_byte_for_byte() -> None:
    sources = [SHARED / name for name in SHIPPED_SOURCES]
    result = convert(sources, load_codebook())
    notes = [line.removeprefix("# ") for line in (PACKAGE / "verbs.tsv").read_text(encoding="utf-8").splitlines()[2:4]]
    for name in TABLES:
        assert render(name, result.tables[name], sources, notes) == (PACKAGE / name).read_text(encoding="utf-8"), name


def test_role_codes_longer_than_their_sectors_reach_the_actor(resources: Resources) -> None:
    from eventwire.actors.dictionary import ActorDictionary, Entry, EntryKind
    from eventwire.actors.matcher import ActorMatcher

    country = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                    name="Norway")
    envoy = Entry(id="envoy", kind=EntryKind.ROLE, phrases=("envoy",), code="GOVENV", country=None,
                  sectors=("GOV",), name="envoy")
    clerk = Entry(id="clerk", kind=EntryKind.ROLE, phrases=("clerk",), code="GOV", country=None, sectors=("GOV",),
                  name="clerk")
    dictionary = ActorDictionary({e.id: e for e in (country, envoy, clerk)})
    local = replace(resources, dictionary=dictionary, matcher=ActorMatcher(dictionary, resources.nlp.make_doc))
    local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\n", local)
    when = date(2020, 5, 1)
    assert [e.source.actor.code for e in code("Norway's envoy met the clerk.", published=when, resources=local)
            if e.source] == ["NORGOVENV"]
    assert [e.source.actor.code for e in code("Norway's clerk met the envoy.", published=when, resources=local)
            if e.source] == ["NORGOV"]


def test_reverse_codes_give_the_targets_event_too(resources: Resources) -> None:
    text = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
            "tour\t032\ttour\t\tdobj\t033\tt:1\nvisit\t032\tvisit\t\tdobj\t\tt:2\n")
    local = _pattern_set(text, resources)
    when = date(2020, 5, 1)
    toured = code("The Norwegian king toured Sweden on Monday.", published=when, resources=local)
    assert sorted((e.source.actor.code, e.target.actor.code, e.cameo, e.rule) for e in toured
                  if e.source and e.target) == [("NORGOV", "SWE", "032", "tour"),
                                                ("SWE", "NORGOV", "033", "tour+reverse")]
    visited = code("The Norwegian king visited Sweden on Monday.", published=when, resources=local)
    assert [e.cameo for e in visited] == ["032"]


def test_prefix_role_codes_go_before_the_country(resources: Resources) -> None:
    from eventwire.actors.dictionary import ActorDictionary, Entry, EntryKind
    from eventwire.actors.matcher import ActorMatcher

    country = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                    name="Norway")
    charity = Entry(id="charity", kind=EntryKind.ROLE, phrases=("Relief Aid",), code="NGO~", country=None,
                    sectors=("NGO",), name="Relief Aid")
    clerk = Entry(id="clerk", kind=EntryKind.ROLE, phrases=("clerk",), code="GOV", country=None, sectors=("GOV",),
                  name="clerk")
    dictionary = ActorDictionary({e.id: e for e in (country, charity, clerk)})
    local = replace(resources, dictionary=dictionary, matcher=ActorMatcher(dictionary, resources.nlp.make_doc))
    local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\n", local)
    when = date(2020, 5, 1)
    met = code("A Relief Aid Norway clerk met Sweden's clerk.", published=when, resources=local)
    assert [e.source.actor.code for e in met if e.source] == ["NGONORGOV"]
    alone = code("Relief Aid Norway met the clerk.", published=when, resources=local)
    assert [e.source.actor.code for e in alone if e.source] == ["NGONOR"]


def test_imported_patterns_code_only_events_with_a_target(resources: Resources) -> None:
    imported = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
                "scold.any\t111\tscold\t\t\t\tt:1\n")
    when = date(2020, 5, 1)
    local = _pattern_set(imported, resources)
    assert code("Norway scolded Sweden on Monday.", published=when, resources=local)[0].rule == "scold.any"
    assert code("Norway scolded loudly on Monday.", published=when, resources=local) == []
    own = _pattern_set(HEADER + "scold.any\t111\tscold\t\t\n", resources)
    assert [e.target for e in code("Norway scolded loudly on Monday.", published=when, resources=own)] == [None]


def test_own_organizations_come_before_imported_persons(resources: Resources) -> None:
    from eventwire.actors.dictionary import ActorDictionary, Entry, EntryKind
    from eventwire.actors.matcher import ActorMatcher

    league = Entry(id="league", kind=EntryKind.IGO, phrases=("League",), code="IGO", country=None, sectors=("IGO",),
                   name="the League")
    envoy = Entry(id="berg", kind=EntryKind.PERSON, phrases=("Anna Berg",), code="SWEGOV", country="SWE",
                  sectors=("GOV",), name="Anna Berg", origin="eventwire/data/petrarch/actors.tsv:7")
    norway = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                   name="Norway")
    when = date(2020, 5, 1)
    for own_person in (False, True):
        person = replace(envoy, origin="eventwire/data/actors/people.tsv:3") if own_person else envoy
        dictionary = ActorDictionary({e.id: e for e in (league, person, norway)})
        local = replace(resources, dictionary=dictionary, matcher=ActorMatcher(dictionary, resources.nlp.make_doc))
        local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\n", local)
        met = code("League envoy Anna Berg met Norway on Monday.", published=when, resources=local)
        assert [e.source.actor.code for e in met if e.source] == (["SWEGOV"] if own_person else ["IGO"])


def test_imported_agents_alone_name_no_actor(resources: Resources) -> None:
    from eventwire.actors.dictionary import ActorDictionary, Entry, EntryKind
    from eventwire.actors.matcher import ActorMatcher

    norway = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                   name="Norway")
    plumber = Entry(id="plumber", kind=EntryKind.ROLE, phrases=("plumber", "plumbers"), code="LAB", country=None,
                    sectors=("LAB",), name="plumber", origin="eventwire/data/petrarch/agents.tsv:4")
    dictionary = ActorDictionary({e.id: e for e in (norway, plumber)})
    local = replace(resources, dictionary=dictionary, matcher=ActorMatcher(dictionary, resources.nlp.make_doc))
    local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\n", local)
    when = date(2020, 5, 1)
    assert code("The plumbers met Norway's envoy on Monday.", published=when, resources=local) == []
    placed = code("Norway's plumbers met the envoy on Monday.", published=when, resources=local)
    assert [e.source.actor.code for e in placed if e.source] == ["NORLAB"]


def test_imported_backoff_to_a_bare_statement_is_not_coded(resources: Resources) -> None:
    text = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
            "portray.backoff\t010\tportray\t\t\t\tt:1\nscold.backoff\t111\tscold\t\t\t\tt:2\n")
    local = _pattern_set(text, resources)
    when = date(2020, 5, 1)
    assert code("Norway portrayed Sweden as a friend on Monday.", published=when, resources=local) == []
    assert [e.cameo for e in code("Norway scolded Sweden on Monday.", published=when, resources=local)] == ["111"]


def test_base_patterns_give_way_to_own_patterns_in_their_clauses(resources: Resources) -> None:
    text = HEADER + "base.send\t061\tsend\t(to)\t\nown.inspect\t090\tinspect\t\t\n"
    when = date(2020, 5, 1)
    sentence = "Norway sent experts to Sweden to inspect the dams."
    layered = code(sentence, published=when, resources=_pattern_set(text, resources, base_ids=("base.send",)))
    assert [e.rule for e in layered] == ["own.inspect"]
    own = code(sentence, published=when, resources=_pattern_set(text, resources))
    assert [e.rule for e in own] == ["base.send"]


def test_base_backoff_to_material_conflict_is_not_coded(resources: Resources) -> None:
    text = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
            "thrash.backoff\t190\tthrash\t\t\t\tt:1\nthrash.troops\t190\tthrash\ttroop\t\t\tt:2\n")
    when = date(2020, 5, 1)
    sentence = "Norway thrashed Sweden 4-0 on Monday."
    base = _pattern_set(text, resources, base_ids=("thrash.backoff", "thrash.troops"))
    assert code(sentence, published=when, resources=base) == []
    troops = code("Norway thrashed Swedish troops on Monday.", published=when, resources=base)
    assert [e.rule for e in troops] == ["thrash.troops"]
    users = _pattern_set(text, resources)  # a user's own imported dictionary keeps the back-off
    assert [e.rule for e in code(sentence, published=when, resources=users)] == ["thrash.backoff"]


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
