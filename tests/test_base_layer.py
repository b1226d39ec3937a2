"""The imported base layer at work: loaded under the project's own entries, its patterns and back-off
codes coding only where the own data does not, and its role, reverse and compound codes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from actor_tables import with_entries
from coded import keeping_undirected
from eventwire.actors.dictionary import load_dictionary
from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import index_patterns, load_patterns, parse_patterns
from eventwire.ontology import load_codebook
from eventwire.pipeline import code
from eventwire.resources import Resources


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


def test_role_codes_longer_than_their_sectors_reach_the_actor(resources: Resources) -> None:
    from eventwire.actors.dictionary import Entry, EntryKind

    country = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                    name="Norway")
    envoy = Entry(id="envoy", kind=EntryKind.ROLE, phrases=("envoy",), code="GOVENV", country=None,
                  sectors=("GOV",), name="envoy")
    clerk = Entry(id="clerk", kind=EntryKind.ROLE, phrases=("clerk",), code="GOV", country=None, sectors=("GOV",),
                  name="clerk")
    local = with_entries(resources, country, envoy, clerk)
    local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\nspeak\t010\tspeak\t\t\n", local)
    when = date(2020, 5, 1)
    assert [e.source.actor.code for e in code("Norway's envoy met the clerk.", published=when, resources=local)
            if e.source] == ["NORGOVENV"]
    # a statement needs no target, as a meeting does
    assert [e.source.actor.code for e in code("Norway's clerk spoke.", published=when, resources=local)
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
    from eventwire.actors.dictionary import Entry, EntryKind

    country = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                    name="Norway")
    charity = Entry(id="charity", kind=EntryKind.ROLE, phrases=("Relief Aid",), code="NGO~", country=None,
                    sectors=("NGO",), name="Relief Aid")
    clerk = Entry(id="clerk", kind=EntryKind.ROLE, phrases=("clerk",), code="GOV", country=None, sectors=("GOV",),
                  name="clerk")
    local = with_entries(resources, country, charity, clerk)
    local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\nspeak\t010\tspeak\t\t\n", local)
    when = date(2020, 5, 1)
    met = code("A Relief Aid Norway clerk met Sweden's clerk.", published=when, resources=local)
    assert [e.source.actor.code for e in met if e.source] == ["NGONORGOV"]
    alone = code("Relief Aid Norway met the clerk.", published=when, resources=local)
    assert [e.source.actor.code for e in alone if e.source] == ["NGONOR"]


def test_imported_patterns_code_only_events_with_a_target(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    imported = ("id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
                "scold.any\t111\tscold\t\t\t\tt:1\n")
    when = date(2020, 5, 1)
    local = _pattern_set(imported, resources)
    assert code("Norway scolded Sweden on Monday.", published=when, resources=local)[0].rule == "scold.any"
    assert code("Norway scolded loudly on Monday.", published=when, resources=local) == []
    own = _pattern_set(HEADER + "scold.any\t111\tscold\t\t\n", resources)
    assert [e.target for e in code("Norway scolded loudly on Monday.", published=when, resources=own)] == [None]


def test_own_organizations_come_before_imported_persons(resources: Resources) -> None:
    from eventwire.actors.dictionary import Entry, EntryKind

    league = Entry(id="league", kind=EntryKind.IGO, phrases=("League",), code="IGO", country=None, sectors=("IGO",),
                   name="the League")
    envoy = Entry(id="berg", kind=EntryKind.PERSON, phrases=("Anna Berg",), code="SWEGOV", country="SWE",
                  sectors=("GOV",), name="Anna Berg", origin="eventwire/data/petrarch/actors.tsv:7")
    norway = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                   name="Norway")
    when = date(2020, 5, 1)
    for own_person in (False, True):
        person = replace(envoy, origin="eventwire/data/actors/people.tsv:3") if own_person else envoy
        local = with_entries(resources, league, person, norway)
        local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\nspeak\t010\tspeak\t\t\n", local)
        met = code("League envoy Anna Berg met Norway on Monday.", published=when, resources=local)
        assert [e.source.actor.code for e in met if e.source] == (["SWEGOV"] if own_person else ["IGO"])


def test_imported_agents_alone_name_no_actor(resources: Resources) -> None:
    from eventwire.actors.dictionary import Entry, EntryKind

    norway = Entry(id="NOR", kind=EntryKind.COUNTRY, phrases=("Norway",), code="NOR", country="NOR", sectors=(),
                   name="Norway")
    plumber = Entry(id="plumber", kind=EntryKind.ROLE, phrases=("plumber", "plumbers"), code="LAB", country=None,
                    sectors=("LAB",), name="plumber", origin="eventwire/data/petrarch/agents.tsv:4")
    local = with_entries(resources, norway, plumber)
    local = _pattern_set(HEADER + "meet\t036\tmeet\t\t\nspeak\t010\tspeak\t\t\n", local)
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
    resources = keeping_undirected(resources)
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


@pytest.mark.parametrize("sentence", [
    "Two Ugandan suspects appeared in court in Kampala on Tuesday.",
    "Two Ugandan suspects appeared before a court in Kampala on Tuesday.",
])
def test_repression_a_suspect_undergoes_is_done_by_the_court(resources: Resources, sentence: str) -> None:
    events = code(sentence, published=date(2021, 3, 5), resources=resources)
    assert [(e.cameo, e.source.actor.code, e.target.actor.code if e.target else None) for e in events] == \
        [("173", "UGAJUD", "UGACRM")]


@pytest.mark.parametrize("sentence", [
    "Two Ugandan suspects will appear in court in Kampala on Tuesday.",
    "Two Ugandan suspects are expected to appear before a court in Kampala next week.",
])
def test_coming_repression_a_suspect_undergoes_is_no_threat(resources: Resources, sentence: str) -> None:
    assert code(sentence, published=date(2021, 3, 5), resources=resources) == []
