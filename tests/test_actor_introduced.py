"""People introduced once with a role and named again later by surname or in full."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import spacy
from spacy.language import Language

from actor_tables import entries, matcher_of
from eventwire.actors import ActorMatcher
from eventwire.actors.names import placed_names
from eventwire.explain import explain
from eventwire.pipeline import code
from eventwire.resources import Resources

ROWS = (
    "NOR\tcountry\tNorway\t\tNOR\t\tNorway\t\t\n"
    "NOR.demonym\tdemonym\tNorwegian\t\tNOR\t\tNorway\t\t\n"
    "FRA.demonym\tdemonym\tFrench\t\tFRA\t\tFrance\t\t\n"
    "IGO.UN\tigo\tU.N.|United Nations\tIGOUNO\t\tIGO\tUnited Nations\t\t\n"
    "role.trademinister\trole\ttrade minister\t\t\tGOV\ttrade minister\t\t\n"
    "role.envoy\trole\tenvoy\t\t\tGOV\tenvoy\t\t\n"
    "role.spokesperson\trole\tspokesman\t\t\tGOV\tspokesperson\t\t\n"
    "verdel\tperson\tTomas Verdel|Verdel\t\tFRA\tGOV\tTomas Verdel\t\t\n"
    "aasland\tperson\tSven Aasland\t\tNOR\tGOV\tSven Aasland\t\t\n"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matcher(nlp: Language) -> ActorMatcher:
    return matcher_of(entries(ROWS, "introduced.tsv"), nlp)


Found = Callable[[str], list[tuple[str, str, str]]]


@pytest.fixture(scope="module")
def later(nlp: Language, matcher: ActorMatcher) -> Found:
    """Return the hits of a text that are not in the dictionary as they stand: (words, entry id, code)."""
    def find(text: str) -> list[tuple[str, str, str]]:
        doc = nlp.make_doc(text)
        return [(doc[h.start:h.end].text, h.entries[0].id, h.entries[0].code) for h in matcher(doc)
                if h.entries[0].kind == "person"]
    return find


@pytest.mark.parametrize(("text", "expected"), [
    # A demonym and a title before the name: the surname later is the country's government.
    ("Norwegian trade minister Oskar Brelling opened the fair. Brelling thanked the exhibitors.",
     [("Brelling", "NORGOV")]),
    # A possessive country and a capitalised title word the dictionary does not list.
    ("Norway's Deputy Trade Minister Oskar Brelling opened the fair. Later that day Brelling left.",
     [("Brelling", "NORGOV")]),
    # A role in apposition after the name; the full name again later names the person too.
    ("Lena Marsh, the French envoy, reached the port. Lena Marsh and Marsh's aides then left.",
     [("Lena Marsh", "FRAGOV"), ("Marsh", "FRAGOV")]),
    # A possessive country in apposition, and a role with its complement ("envoy for ...").
    ("Oskar Brelling, Norway's trade minister, spoke. Brelling left.", [("Brelling", "NORGOV")]),
    ("Lena Marsh, a French envoy for the region, spoke. Marsh left.", [("Marsh", "FRAGOV")]),
    # The name in apposition after the role, set off by commas.
    ("Norway's trade minister, Oskar Brelling, toured the plant. Brelling left by train.", [("Brelling", "NORGOV")]),
    # An organization in the role phrase is the actor.
    ("U.N. spokesman Tariq Selim answered questions. Selim declined to comment.", [("Selim", "IGOUNO")]),
    # A hyphenated participle joins the organization to the role ("United Nations-appointed").
    ("United Nations-appointed envoy Tariq Selim landed. Selim met the mayor.", [("Selim", "IGOUNO")]),
    # A day or a month opening the sentence before the surname is no part of the name.
    ("Norwegian trade minister Oskar Brelling opened the fair. On Thursday Brelling left.", [("Brelling", "NORGOV")]),
    ("Norwegian trade minister Oskar Brelling opened the fair. In March Brelling resigned.",
     [("Brelling", "NORGOV")]),
    # The surname alone is listed for someone the article does not name in full: it names the person
    # the article introduced.
    ("Norwegian envoy Karin Verdel arrived on Monday. Verdel met the mayor.", [("Verdel", "NORGOV")]),
])
def test_names_introduced_with_a_role_name_its_actor_later(later: Found, text: str,
                                                            expected: list[tuple[str, str]]) -> None:
    found = later(text)
    assert [(words, code) for words, _, code in found] == expected
    assert all(entry.startswith("named:") for _, entry, _ in found)


def test_names_later_mention_entry_names_the_introduction(later: Found) -> None:
    found = later("Norwegian trade minister Oskar Brelling opened the fair. Brelling thanked the exhibitors.")
    assert [entry for _, entry, _ in found] == ["named:Oskar_Brelling@25:NOR.demonym+role.trademinister"]


@pytest.mark.parametrize("text", [
    # Two people introduced with the same surname: the surname alone is ambiguous.
    "Norwegian trade minister Oskar Brelling met French envoy Anna Brelling. Brelling spoke first.",
    # The surname before the introduction names nobody yet.
    "Brelling spoke first. Norwegian trade minister Oskar Brelling then opened the fair.",
    # The surname is also that of another person the article names in full.
    "French envoy Tomas Verdel left. Norwegian envoy Karin Verdel arrived on Monday. Verdel met the mayor.",
    # Another capitalised name word after the surname makes it another name.
    "Norwegian envoy Karin Holm arrived. Holm Shipping chartered the boat.",
    # A name after a comma that closes no apposition: a list goes on after it.
    "Norway's trade minister, Oskar Brelling and two aides toured the plant. Brelling left by train.",
    # More capitalised words than a name has (a headline in title case).
    "Norwegian Envoy Says Talks Will Resume Soon. Soon the talks resumed.",
])
def test_names_not_introduced_or_not_resolved(later: Found, text: str) -> None:
    assert [(w, c) for w, e, c in later(text) if e.startswith("named:")] == []


def test_names_role_alone_waits_for_the_story_country(matcher: ActorMatcher, nlp: Language) -> None:
    # A role alone places nobody yet: the country the article is about places it, or none does.
    hits = matcher(nlp.make_doc("Trade minister Oskar Brelling opened the fair. Brelling thanked the exhibitors."))
    assert [h.entries[0].code for h in hits if h.entries[0].id.startswith("named:")] == ["GOV"]
    assert [h.entries[0].code for h in placed_names(hits, "NOR") if h.entries[0].id.startswith("named:")] == ["NORGOV"]
    assert not [h for h in placed_names(hits, None) if h.entries[0].id.startswith("named:")]


def test_names_shared_surname_still_resolves_the_full_name(later: Found) -> None:
    text = ("Norwegian trade minister Oskar Brelling met French envoy Anna Brelling. "
            "Anna Brelling spoke first.")
    assert [(w, c) for w, _, c in later(text)] == [("Anna Brelling", "FRAGOV")]


def test_names_are_not_remembered_across_articles(later: Found) -> None:
    assert later("Norwegian trade minister Oskar Brelling opened the fair.") == []
    assert later("Brelling thanked the exhibitors.") == []


def test_names_listed_full_name_backs_a_later_surname(later: Found) -> None:
    found = later("Sven Aasland landed in Oslo. Aasland thanked the crew.")
    assert found == [("Sven Aasland", "aasland", "NORGOV"), ("Aasland", "aasland", "NORGOV")]


@pytest.mark.parametrize("second", [
    "Ravello criticized Argentina over the new tariffs.",
    # A function word opening the sentence is no first name of another person.
    "But Ravello criticized Argentina over the new tariffs.",
])
def test_names_introduced_person_codes_through_the_pipeline(resources: Resources, second: str) -> None:
    text = f"Chilean Finance Minister Tomas Ravello met bankers in Santiago on Monday. {second}"
    events = code(text, published=date(2025, 3, 5), resources=resources)
    second = [(e.source.actor.code, e.target.actor.code, e.cameo, e.source.entries[0]) for e in events
              if e.sentence == 1 and e.source and e.target]
    assert [(s, t, c[:2]) for s, t, c, _ in second] == [("CHLGOV", "ARG", "11")]
    assert second[0][3].startswith("named:Tomas_Ravello@")


@pytest.mark.parametrize("first", [
    "U.N. special rapporteur Ines Kovac toured Caracas on Friday.",
    "Ines Kovac, the U.N. special rapporteur, toured Caracas on Friday.",
])
def test_names_special_rapporteur_is_a_role_of_the_organization(resources: Resources, first: str) -> None:
    events = code(f"{first} Kovac criticized Venezuela for the arrests.", published=date(2025, 3, 5),
                  resources=resources)
    assert [(e.source.actor.code, e.target.actor.code) for e in events
            if e.sentence == 1 and e.source and e.target] == [("IGOUNO", "VEN")]


def test_names_explain_shows_the_earlier_mention(resources: Resources) -> None:
    text = ("Chilean Finance Minister Tomas Ravello met bankers in Santiago on Monday. "
            "Ravello criticized Argentina over the new tariffs.")
    second = explain(text, resources, published=date(2025, 3, 5))[1]
    assert [(h.text, h.entries) for h in second.hits if h.text == "Ravello"] == [
        ("Ravello", ("named:Tomas_Ravello@25:CHL.demonym+role.financeminister",))]
