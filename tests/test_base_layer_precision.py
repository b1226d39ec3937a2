"""What a base-layer pattern or back-off must satisfy to be coded (a source its sentence names, a
back-off's own subject and object, a target other than the source's own state unless the code
implies one), and which imported actor entries name an actor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from actor_tables import with_entries
from eventwire.actors.dictionary import Entry, EntryKind
from eventwire.actors.matcher import own_country_names
from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import index_patterns, parse_patterns
from eventwire.pipeline import code
from eventwire.resources import Resources

IMPORTED = "id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
BACKOFFS = IMPORTED + "".join(f"{verb}.backoff\t{cameo}\t{verb}\t\t\t\tt:{n}\n" for n, (verb, cameo) in enumerate(
    [("scold", "111"), ("hope", "020"), ("praise", "051"), ("order", "100"), ("welcome", "051"),
     ("pass", "080"), ("inspect", "090")], start=1))
WHEN = date(2020, 5, 1)


def _layer(text: str, resources: Resources, *, base: bool) -> Resources:
    """Return resources with these imported patterns alone, as the base layer's or a user's own."""
    patterns = parse_patterns(text, "t.tsv", resources.codebook)
    if base:
        patterns = [replace(p, origin=f"eventwire/data/petrarch/verbs.tsv:{n}") for n, p in enumerate(patterns, 1)]
    pattern_set = index_patterns(patterns)
    return replace(resources, patterns=pattern_set, cues=CueIndex.build(pattern_set))


def _coded(text: str, resources: Resources) -> list[tuple[str, str, str]]:
    return [(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.cameo)
            for e in code(text, published=WHEN, resources=resources)]


def test_base_pattern_needs_a_source_its_sentence_names(resources: Resources) -> None:
    text = IMPORTED + "scold.any\t111\tscold\t\t\t\tt:1\nhost.any\t043\thost\t\t\t\tt:2\n"
    story = "Norway hosted Denmark at a summit on Monday. It scolded Sweden on Tuesday."
    base = _coded(story, _layer(text, resources, base=True))
    assert ("NOR", "SWE", "111") not in base and ("NOR", "DNK", "043") in base
    users = _coded(story, _layer(text, resources, base=False))  # a user's import keeps PETRARCH's way
    assert ("NOR", "SWE", "111") in users


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Norway scolded Sweden on Monday.", [("NOR", "SWE", "111")]),
    # the target is the subject of a clause beneath the verb
    ("Norway hoped that Sweden would stay neutral.", []),
    # the actor only owns what the verb acts on
    ("Norway praised Sweden's new budget on Monday.", []),
    # Denmark is the object of "ordered", not the one that welcomes
    ("Norway ordered Denmark to welcome Sweden.", [("NOR", "DNK", "100")]),
    # the target is in a clause of its own: a participle modifying the object
    ("Norway passed a law targeting Sweden on Monday.", []),
    # the object of another verb joined to this one
    ("Norway inspected its ports and welcomed Sweden.", [("NOR", "SWE", "051")]),
])
def test_base_backoff_codes_its_verbs_own_slots(resources: Resources, sentence: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert _coded(sentence, _layer(BACKOFFS, resources, base=True)) == expected


def test_users_imported_backoffs_keep_every_slot(resources: Resources) -> None:
    users = _layer(BACKOFFS, resources, base=False)
    assert ("NOR", "SWE", "020") in _coded("Norway hoped that Sweden would stay neutral.", users)


def test_base_pattern_target_is_not_the_sources_own_state(resources: Resources) -> None:
    sentence = "The Norwegian government scolded Norway on Monday."
    assert _coded(sentence, _layer(BACKOFFS, resources, base=True)) == []
    assert _coded("The Norwegian government scolded Sweden on Monday.",
                  _layer(BACKOFFS, resources, base=True)) == [("NORGOV", "SWE", "111")]


def test_base_pattern_own_state_target_takes_the_implied_one(resources: Resources) -> None:
    # as for the own patterns' events, the conventions take away a target that is the source's own
    # state and give the one the code implies: force hits the country where it is used
    local = _layer(IMPORTED + "shell.any\t190\tshell\t\t\t\tt:1\n", resources, base=True)
    assert _coded("Norwegian soldiers shelled Norway in Tromso on Monday.", local) == [("NORMIL", "NOR", "190")]


def test_pattern_naming_only_a_phrase_finds_its_target_there(resources: Resources) -> None:
    text = IMPORTED + "talk.with\t046\ttalk\t(with)\t\t\tt:1\n"
    local = _layer(text, resources, base=True)
    assert _coded("Norway talked with Erik about its trip to Sweden.", local) == []
    assert _coded("Norway talked with the Swedish envoy on Monday.", local) == [("NOR", "SWEGOV", "046")]
    users = _layer(text, resources, base=False)  # a user's import takes the first actor after, as PETRARCH
    assert _coded("Norway talked with Erik about its trip to Sweden.", users) == [("NOR", "SWE", "046")]


def _with_entries(resources: Resources, *entries: Entry) -> Resources:
    local = with_entries(resources, *entries)
    return _layer(IMPORTED + "scold.any\t111\tscold\t\t\t\tt:1\n", local, base=False)


NORWAY = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
               name="Norway")
SWEDEN = Entry(id="SWE", kind=EntryKind.COUNTRY, phrases=("Sweden",), code="SWE", country="SWE", sectors=(),
               name="Sweden")
BASE_ORIGIN = "eventwire/data/petrarch/actors.tsv:1"


def test_base_role_words_before_an_own_title_only_modify_it(resources: Resources) -> None:
    envoy = Entry(id="envoy", kind=EntryKind.ROLE, phrases=("envoy",), code="GOV", country=None, sectors=("GOV",),
                  name="envoy")
    deputy = Entry(id="deputy", kind=EntryKind.ROLE, phrases=("deputy",), code="COP", country=None,
                   sectors=("COP",), name="deputy", origin=BASE_ORIGIN)
    local = _with_entries(resources, NORWAY, SWEDEN, envoy, deputy)
    assert _coded("Norway's deputy envoy scolded Sweden on Monday.", local) == [("NORGOV", "SWE", "111")]
    assert _coded("Norway's deputy scolded Sweden on Monday.", local) == [("NORCOP", "SWE", "111")]


def test_base_country_records_name_no_actor_by_their_towns(resources: Resources) -> None:
    record = Entry(id="base.NOR", kind=EntryKind.COUNTRY, phrases=("Norwey", "Bergen", "Lofoten"), code="NOR",
                   country="NOR", sectors=(), name="Norway", origin=BASE_ORIGIN)
    local = _with_entries(resources, NORWAY, SWEDEN, record)
    assert _coded("Norwey scolded Sweden on Monday.", local) == [("NOR", "SWE", "111")]
    assert _coded("Bergen scolded Sweden on Monday.", local) == []
    assert own_country_names([NORWAY, record]) == {"NOR": frozenset({"norway"})}
    own_record = replace(record, id="own.NOR", origin="eventwire/data/actors/countries.tsv:1")
    assert _coded("Bergen scolded Sweden on Monday.", _with_entries(resources, NORWAY, SWEDEN, own_record)) == [
        ("NOR", "SWE", "111")]


def test_base_country_records_predecessors_name_no_actor_by_its_towns(resources: Resources) -> None:
    record = Entry(id="base.NOR.2", kind=EntryKind.COUNTRY, phrases=("Norwey", "Bergen"), code="NOR",
                   country="NOR", sectors=(), name="Norway", valid_from=date(1905, 6, 7), origin=BASE_ORIGIN)
    union = replace(record, id="base.NOR.1", kind=EntryKind.PERSON, code="SWENOR", country="SWE",
                    valid_from=None, valid_until=date(1905, 6, 7))
    local = _with_entries(resources, NORWAY, SWEDEN, record, union)
    doc = local.nlp("Shells fell on Bergen.")
    assert [h for h in local.matcher(doc) if doc[h.start:h.end].text == "Bergen"] == []
    assert _coded("Norwey scolded Sweden on Monday.", local) == [("NOR", "SWE", "111")]


def test_base_pattern_takes_no_target_from_a_clause_beneath_its_verb(resources: Resources) -> None:
    text = IMPORTED + "announce.visit\t036\tannounce\tvisit\t\t\tt:1\n"
    sentence = "The visit was announced by Norway on Monday, citing Sweden as its source."
    assert _coded(sentence, _layer(text, resources, base=True)) == []
    assert _coded(sentence, _layer(text, resources, base=False)) == [("NOR", "SWE", "036")]


def test_base_pattern_with_a_target_cell_takes_no_actor_from_a_clause_beneath_its_verb(
        resources: Resources) -> None:
    # a `source-after` cell names the actor after the verb ("received money from Japan") as the
    # source, not the subject of a clause beneath it, which no target cell names
    text = IMPORTED + "earn.money\t071\tearn|receive\tdollar\tsource-after\t\tt:1\n"
    layer = _layer(text, resources, base=True)
    sentence = "Ghana's cocoa exports earned 2 billion dollars last year as dealers in Abidjan held firm."
    assert _coded(sentence, layer) == []
    assert _coded("Kenya received 300 million dollars from Japan on Monday.", layer) == [("JPN", "KEN", "071")]


def test_base_pattern_coding_a_bare_statement_is_not_coded(resources: Resources) -> None:
    text = IMPORTED + "hand.details\t010\thand\tdetail\t\t\tt:1\n"
    sentence = "Norway handed details of the plan to Sweden on Monday."
    assert _coded(sentence, _layer(text, resources, base=True)) == []
    assert _coded(sentence, _layer(text, resources, base=False)) == [("NOR", "SWE", "010")]


def test_imported_event_the_conventions_leave_without_a_target_is_dropped(resources: Resources) -> None:
    text = IMPORTED + "call.on\t042\tcall on\t\t\t\tt:1\n"
    sentence = "The foreign minister called on the king in Oslo on Monday."
    for base in (True, False):
        assert _coded(sentence, _layer(text, resources, base=base)) == []
    assert _coded("The Norwegian minister called on the Swedish king on Monday.",
                  _layer(text, resources, base=True)) == [("NORGOV", "SWEGOV", "042")]


def test_base_agent_noun_alone_reaches_for_no_place_after_it(resources: Resources) -> None:
    tanker = Entry(id="tanker", kind=EntryKind.ROLE, phrases=("tanker", "tankers"), code="BUS", country=None,
                   sectors=("BUS",), name="tanker", origin=BASE_ORIGIN)
    local = with_entries(resources, NORWAY, SWEDEN, tanker)
    local = _layer("id\tcameo\tverb\tobject\ttarget\nshell.any\t190\tshell\t\t\n", local, base=False)
    # the tankers are not Sweden's: where they were bound makes Sweden the target, not their owner
    assert _coded("Norway shelled tankers bound for Sweden on Monday.", local) == [("NOR", "SWE", "190")]
    assert _coded("Norway shelled Sweden's tankers on Monday.", local) == [("NOR", "SWEBUS", "190")]
