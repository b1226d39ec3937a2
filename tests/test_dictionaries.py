"""Loading the actor dictionary, the verb patterns and the codebook: layering and errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.dictionary import EntryKind, load_dictionary, parse_dictionary
from eventwire.coding.cues import inflections
from eventwire.coding.patterns import load_patterns, parse_patterns
from eventwire.errors import CodeError, DictionaryError
from eventwire.ontology import gdelt_quad_class, load_codebook, phoenix_quad_class
from eventwire.ontology.conventions import ImpliedTarget, Mutual, TargetSearch, load_conventions, parse_conventions

HEADER = "id\tkind\tphrases\tcode\tcountry\tsectors\tname\tfrom\tuntil\n"
FIXTURES = Path(__file__).parent / "fixtures"


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(("line", "problem"), [
    ("X\tcountry\tXland\t\tXX\t\tX\t\t", "bad country code"),
    ("X\tplanet\tXland\t\tXXX\t\tX\t\t", "unknown kind"),
    ("X\tcountry\t\t\tXXX\t\tX\t\t", "no phrases"),
    ("X\tcountry\tXland\t\tXXX\tFOO\tX\t\t", "unknown sector"),
    ("X\tcountry\tXland\t\tZZZ\t\tX\t\t", "unknown country code 'ZZZ'"),
    ("X\tperson\tX Y\t\tISL\tGOV\tX\t2020-01-01\t2019-01-01", "'until' is before 'from'"),
    ("X\tperson\tX Y\t\tISL\tGOV\tX\t2020-13-01\t", "bad date"),
    ("X\tcountry\tXland\t\tXXX", "expected 9 tab-separated cells"),
])
def test_dictionary_bad_line_names_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = _write(tmp_path, "bad.tsv", "# comment\n" + HEADER + line + "\n")
    with pytest.raises(DictionaryError) as info:
        load_dictionary([path], builtin=False)
    assert str(info.value).startswith(f"{path}:3: ") and problem in str(info.value)


def test_dictionary_needs_its_header(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r":1: header must be"):
        load_dictionary([_write(tmp_path, "x.tsv", "id\tkind\n")], builtin=False)


def test_dictionary_user_files_layer_by_id(tmp_path: Path) -> None:
    user = _write(tmp_path, "user.tsv", HEADER
                  + "RUS\tcountry\tRuritania\t\tRUS\t\tRuritania\t\t\n"
                  + "JOR\tcountry\t-\t\t\t\t\t\t\n"
                  + "new.one\tgroup\tThe Guild\t\tGBR\tBUS\tThe Guild\t\t\n")
    merged = load_dictionary([FIXTURES / "actors.tsv", user], builtin=False)
    assert merged["RUS"].phrases == ("Ruritania",)
    assert "JOR" not in merged.entries
    assert merged["new.one"].actor().code == "GBRBUS"


def test_dictionary_duplicate_ids_in_one_file_fail(tmp_path: Path) -> None:
    body = HEADER + "A\tcountry\tAland\t\tALA\t\tA\t\t\nA\tcountry\tAland\t\tALA\t\tA\t\t\n"
    with pytest.raises(DictionaryError, match=r"dup.tsv:3: duplicate entry id"):
        load_dictionary([_write(tmp_path, "dup.tsv", body)], builtin=False)


def test_dictionary_office_holders_have_dates() -> None:
    kozlov = load_dictionary([FIXTURES / "actors.tsv"], builtin=False)["person.RUS.kozlov"]
    assert kozlov.kind == EntryKind.PERSON
    assert kozlov.valid_on(date(2021, 1, 1)) and not kozlov.valid_on(date(2024, 6, 1))
    assert kozlov.valid_on(None)


def test_dictionary_builtin_loads_and_covers_the_world() -> None:
    builtin = load_dictionary()
    countries = {e.country for e in builtin.of_kind(EntryKind.COUNTRY)}
    assert len(countries) >= 195
    assert len(builtin.of_kind(EntryKind.IGO)) >= 40
    assert builtin.of_kind(EntryKind.PERSON)


def test_dictionary_parse_reports_removals() -> None:
    items = parse_dictionary(HEADER + "gone\tcountry\t-\t\t\t\t\t\t\n", "x.tsv")
    assert items == ["gone"]


@pytest.mark.parametrize(("line", "problem"), [
    ("a\t999\tattack\t\t", "unknown CAMEO code"),
    ("a\t190\t\t\t", "empty verb"),
    ("a\t190\tattack>\t\t", "bad verb chain"),
])
def test_patterns_bad_line_names_file_and_line(line: str, problem: str) -> None:
    with pytest.raises(DictionaryError, match=rf"p.tsv:2: {problem}"):
        parse_patterns("id\tcameo\tverb\tobject\ttarget\n" + line + "\n", "p.tsv", load_codebook())


def test_patterns_more_specific_first() -> None:
    patterns = load_patterns(load_codebook(), [FIXTURES / "verbs.tsv"], builtin=False)
    threaten = patterns.by_lemma["threaten"]
    assert threaten[0].id == "threaten.sanctions"
    assert threaten[0].specificity > threaten[-1].specificity


def test_patterns_builtin_cover_every_root() -> None:
    patterns = load_patterns(load_codebook())
    roots = {p.cameo[:2] for ps in patterns.by_lemma.values() for p in ps}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(("lemma", "form"), [
    ("attack", "attacked"), ("meet", "met"), ("deny", "denied"), ("arrive", "arriving"),
    ("stop", "stopped"), ("seize", "seizes"), ("hold", "held"), ("visit", "visits"),
])
def test_cues_inflect_verbs(lemma: str, form: str) -> None:
    assert form in inflections(lemma)


def test_codebook_has_every_code_with_its_crosswalk() -> None:
    codebook = load_codebook()
    assert len(codebook) == 316
    visit = codebook["042"]
    assert (visit.name, visit.quad_class, visit.goldstein, visit.plover, visit.plover_mode) == (
        "Make a visit", 1, 3.0, "CONSULT", ("visit",))
    assert codebook["010"].plover is None and codebook["0211"].plover is None
    with pytest.raises(CodeError, match="unknown CAMEO code"):
        codebook["999"]


@pytest.mark.parametrize(("root", "gdelt", "phoenix"), [
    ("01", 1, 0), ("05", 1, 1), ("06", 2, 2), ("13", 3, 3), ("16", 4, 3), ("20", 4, 4)])
def test_codebook_quad_classes(root: str, gdelt: int, phoenix: int) -> None:
    assert gdelt_quad_class(root) == gdelt and phoenix_quad_class(root) == phoenix


def test_codebook_bad_file_names_line(tmp_path: Path) -> None:
    header = "code\tname\tparent\troot\tquad_class\tgoldstein\tplover\tplover_mode\tplover_context\n"
    path = _write(tmp_path, "c.tsv", header + "042\tVisit\t04\t04\t3\t3.0\tCONSULT\tvisit\t\n")
    with pytest.raises(DictionaryError, match=r"c.tsv:2: quad class"):
        load_codebook(path)


@pytest.mark.parametrize(("line", "problem"), [
    ("0813\t0351\t1241\tsomewhere\t\t", "implied_target 'somewhere' is not one of domestic, place, abroad"),
    ("173\t137\t\tdomestic\tpolice\t", "implied_source 'police' is not 'state'"),
    ("9999\t\t\t\t\t", "unknown CAMEO code"),
    ("150\t\t\t\t\t999", "unknown CAMEO code"),
    ("03\t\t\t\t\t\tboth", "mutual 'both' is not one of each-other, counterparts"),
    ("01\t\t\t\t\t\t\ty", "content_clause 'y' is not 'yes'"),
    ("19\t\t\t\t\t\t\t\tvictim", "target_search 'victim' is not one of request, force, condition"),
    ("17\t\t\t\t\t\t\t\t\tself", "own_target 'self' is not 'yes'"),
    ("17\t\t\t\t\t\t\t\t\t\tOPP,REB", "domestic_parties 'OPP,REB' is not a three-letter sector code"),
    ("17\t\t\t\t\t\t\t\t\t\tOPP rebels", "domestic_parties 'rebels' is not a three-letter sector code"),
])
def test_conventions_bad_line_names_file_and_line(line: str, problem: str) -> None:
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit")
    text = "# comment\n" + header + "\n" + line + "\n"
    with pytest.raises(DictionaryError, match=rf"c.tsv:3: {problem}"):
        parse_conventions(text, "c.tsv", load_codebook())


def test_conventions_longest_prefix_wins() -> None:
    conventions = load_conventions(load_codebook())
    assert conventions.implied_target("1723") == ImpliedTarget.DOMESTIC  # impose curfew
    assert conventions.implied_target("174") == ImpliedTarget.ABROAD  # expel: force, abroad only
    assert conventions.implied_target("042") == ImpliedTarget.VISITED  # a visit: to the town's state
    assert conventions.implied_target("044") is None  # the place of talks is no party
    assert conventions.own_target("1723") and conventions.own_target("034")  # curfews, reform at home
    assert not conventions.own_target("051") and not conventions.own_target("110")
    assert conventions.intended("0813") == "0351" and conventions.refused("074") == "1224"
    assert conventions.state_act("173") and conventions.state_act("0841") and not conventions.state_act("190")
    assert conventions.jointly("150") == "062" and conventions.jointly("154") is None
    assert conventions.intended("150") == "138"  # an empty cell falls back to the shorter prefix


@pytest.mark.parametrize(("code", "parties"), [
    ("111", {"OPP", "REB"}), ("1231", {"OPP", "REB"}), ("190", {"OPP", "REB"}), ("2042", {"OPP", "REB"}),
    ("042", set()), ("057", set()), ("150", set()), ("154", set()),
])
def test_conventions_domestic_parties_by_code(code: str, parties: set[str]) -> None:
    assert load_conventions(load_codebook()).domestic_parties(code) == parties


def test_conventions_present_habit_by_code() -> None:
    conventions = load_conventions(load_codebook())
    assert all(conventions.present_habit(c) for c in ("042", "075", "0811", "190", "1823", "141"))
    assert not any(conventions.present_habit(c) for c in ("010", "020", "036", "051", "112", "130"))


def test_conventions_own_affair_by_code() -> None:
    conventions = load_conventions(load_codebook())
    assert all(conventions.own_affair(c) for c in ("036", "046", "112", "152", "194", "1823"))
    assert not any(conventions.own_affair(c) for c in ("010", "013", "016"))  # statements
    assert not any(conventions.own_affair(c) for c in ("020", "0874", "120", "1245"))  # appeal, yield, reject


def test_conventions_own_affair_is_an_optional_column() -> None:
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit")
    without = parse_conventions(header + "\n19\t\t\t\t\t\t\t\t\t\t\t\n", "c.tsv", load_codebook())
    assert not without.own_affair("190")
    table = parse_conventions(header + "\town_affair\n19\t\t\t\t\t\t\t\t\t\t\t\tyes\n", "c.tsv", load_codebook())
    assert table.own_affair("190")
    with pytest.raises(DictionaryError, match=r"c.tsv:2: own_affair 'no' is not 'yes'"):
        parse_conventions(header + "\town_affair\n19\t\t\t\t\t\t\t\t\t\t\t\tno\n", "c.tsv", load_codebook())


def test_conventions_internal_meetings_by_code() -> None:
    conventions = load_conventions(load_codebook())
    assert all(conventions.internal_act(c) for c in ("040", "041", "042", "043", "044"))
    assert not any(conventions.internal_act(c) for c in ("045", "046", "057", "173"))  # talks between sides
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit\town_affair\tappeal\tdemand\tinternal")
    with pytest.raises(DictionaryError, match=r"c.tsv:2: internal 'no' is not 'yes'"):
        parse_conventions(header + "\n04" + "\t" * 15 + "no\n", "c.tsv", load_codebook())


def test_conventions_itinerary_by_code() -> None:
    conventions = load_conventions(load_codebook())
    assert all(conventions.itinerary(c) for c in ("042", "044"))
    # meetings, talks, hosting, mediation and telephone calls told in the future stay intentions
    assert not any(conventions.itinerary(c) for c in ("036", "040", "041", "043", "045", "046", "057"))
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit\town_affair\tappeal\tdemand\tinternal\tsaid\tjudging"
              "\tforceful\tstreet\tdecided\tlodged\tcivil_sense\tstate_agent\tneeds_target\ton_protest\titinerary")
    assert parse_conventions(header + "\n04" + "\t" * 26 + "yes\n", "c.tsv", load_codebook()).itinerary("042")
    with pytest.raises(DictionaryError, match=r"c.tsv:2: itinerary 'no' is not 'yes'"):
        parse_conventions(header + "\n04" + "\t" * 26 + "no\n", "c.tsv", load_codebook())


def test_conventions_ceased_by_code() -> None:
    conventions = load_conventions(load_codebook())
    # ending aid, supplies, talks or ties reduces relations (CAMEO 16)
    assert [conventions.ceased(c) for c in ("072", "073", "061", "046", "051")] == ["1622", "1623", "163", "164", "161"]
    # ending an attack, a threat or a statement is no act CAMEO codes
    assert not any(conventions.ceased(c) for c in ("010", "020", "130", "173", "190", "194"))
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit\town_affair\tappeal\tdemand\tinternal\tsaid\tjudging"
              "\tforceful\tstreet\tdecided\tlodged\tcivil_sense\tstate_agent\tneeds_target\ton_protest\titinerary"
              "\tceased")
    assert parse_conventions(header + "\n07" + "\t" * 27 + "162\n", "c.tsv", load_codebook()).ceased("071") == "162"
    with pytest.raises(DictionaryError, match=r"c.tsv:2: unknown CAMEO code"):
        parse_conventions(header + "\n07" + "\t" * 27 + "999\n", "c.tsv", load_codebook())


def test_conventions_envoy_by_code() -> None:
    conventions = load_conventions(load_codebook())
    assert all(conventions.scene_of(c).envoy for c in ("040", "042", "046"))
    # a deployment, aid or an expulsion sent somewhere is no consultation held there
    assert not any(conventions.scene_of(c).envoy for c in ("036", "070", "154", "174"))
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit\town_affair\tappeal\tdemand\tinternal\tsaid\tjudging"
              "\tforceful\tstreet\tdecided\tlodged\tcivil_sense\tstate_agent\tneeds_target\ton_protest\titinerary"
              "\tceased\tenvoy")
    assert parse_conventions(header + "\n04" + "\t" * 28 + "yes\n", "c.tsv", load_codebook()).scene_of("042").envoy
    with pytest.raises(DictionaryError, match=r"c.tsv:2: envoy 'no' is not 'yes'"):
        parse_conventions(header + "\n04" + "\t" * 28 + "no\n", "c.tsv", load_codebook())


def test_conventions_codes_that_need_a_target() -> None:
    conventions = load_conventions(load_codebook())
    assert all(conventions.needs_target(c) for c in ("040", "057", "061", "073", "0841", "090", "100", "111", "120",
                                                     "130", "150", "152", "154", "161", "173", "190"))
    # so do intentions to do such acts: to cooperate, yield, meet, settle or mediate
    assert all(conventions.needs_target(c) for c in ("030", "032", "0353", "036", "037", "039"))
    # statements, appeals, aid pledged, reforms promised at home and protest are told with no one else in view
    assert not any(conventions.needs_target(c) for c in ("010", "020", "033", "0331", "034", "0341", "141"))
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit\town_affair\tappeal\tdemand\tinternal\tsaid\tjudging"
              "\tforceful\tstreet\tdecided\tlodged\tcivil_sense\tstate_agent\tneeds_target")
    with pytest.raises(DictionaryError, match=r"c.tsv:2: needs_target 'no' is not 'yes'"):
        parse_conventions(header + "\n04" + "\t" * 24 + "no\n", "c.tsv", load_codebook())


def test_conventions_bad_present_habit_names_file_and_line() -> None:
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit")
    with pytest.raises(DictionaryError, match=r"c.tsv:2: present_habit 'always' is not 'yes'"):
        parse_conventions(header + "\n19\t\t\t\t\t\t\t\t\t\t\talways\n", "c.tsv", load_codebook())


def test_conventions_domestic_parties_read_from_the_table() -> None:
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit")
    text = header + "\n04\t\t\t\t\t\t\t\t\t\tOPP\n12\n"
    conventions = parse_conventions(text, "c.tsv", load_codebook())
    assert conventions.domestic_parties("042") == {"OPP"} and conventions.domestic_parties("120") == set()


@pytest.mark.parametrize(("code", "mutual", "content", "search"), [
    ("036", Mutual.COUNTERPARTS, True, None), ("042", Mutual.COUNTERPARTS, False, None),
    ("0871", Mutual.EACH_OTHER, False, None), ("150", Mutual.EACH_OTHER, False, None),
    ("1931", Mutual.EACH_OTHER, False, TargetSearch.FORCE), ("190", None, False, TargetSearch.FORCE),
    ("020", None, True, TargetSearch.REQUEST), ("1041", None, True, TargetSearch.REQUEST),
    ("138", None, True, TargetSearch.CONDITION), ("120", None, True, None), ("090", None, False, None),
    ("172", None, False, TargetSearch.FORCE), ("080", None, False, None),
])
def test_conventions_code_keyed_columns(code: str, mutual: Mutual | None, content: bool,
                                        search: TargetSearch | None) -> None:
    conventions = load_conventions(load_codebook())
    assert conventions.mutual_act(code) == mutual
    assert conventions.content_clause(code) is content
    assert conventions.target_search(code) == search


def test_conventions_appeal_and_demand_columns_are_checked() -> None:
    header = ("code\tintent\trefusal\timplied_target\timplied_source\tjoint\tmutual\tcontent_clause\ttarget_search"
              "\town_target\tdomestic_parties\tpresent_habit\town_affair\tappeal\tdemand")
    good = parse_conventions(header + "\n084" + "\t" * 13 + "0253\t1053\n", "c.tsv", load_codebook())
    assert (good.appealed("0841"), good.demanded("0841")) == ("0253", "1053")
    with pytest.raises(DictionaryError, match=r"c.tsv:2: unknown CAMEO code"):
        parse_conventions(header + "\n084" + "\t" * 13 + "0299\t1053\n", "c.tsv", load_codebook())
