"""An imported person whom the article introduces with a role of another country: the text says
whom it means, and the imported name list holds a namesake or an earlier post. An imported
one-word name that the text goes on with another name word is someone else's given name."""

from __future__ import annotations

from datetime import date

import pytest

from actor_tables import entries, with_entries
from eventwire.pipeline import code
from eventwire.resources import Resources

COUNTRIES = (
    "NER\tcountry\tNiger\t\tNER\t\tNiger\t\t\n"
    "BEN\tcountry\tBenin\t\tBEN\t\tBenin\t\t\n"
    "TGO\tcountry\tTogo\t\tTGO\t\tTogo\t\t\n"
    "role.fm\trole\tforeign minister\t\t\tGOV\tforeign minister\t\t\n"
)
PERSON = "kandeh\tperson\tIssoufou Kandeh|Kandeh\tBENGOV\tBEN\tGOV\tIssoufou Kandeh\t2004-03-01\t\n"
WHEN = date(2019, 6, 14)


def _resources(resources: Resources, person_origin: str) -> Resources:
    return with_entries(resources, *entries(COUNTRIES, "own.tsv"), *entries(PERSON, person_origin))


def _sources(text: str, resources: Resources) -> list[str]:
    return [e.source.actor.code for e in code(text, published=WHEN, resources=resources) if e.source is not None]


INTRODUCED = ("Niger's foreign minister, Issoufou Kandeh, landed in Lome on Monday. "
              "Kandeh sharply criticized Togo over its port fees.")


def test_an_imported_namesake_yields_to_the_role_the_text_gives(resources: Resources) -> None:
    imported = _resources(resources, "eventwire/data/petrarch/people.tsv")
    assert _sources(INTRODUCED, imported) == ["NERGOV"]


@pytest.mark.parametrize(("text", "origin"), [
    # the role places the imported person in the country his entry gives: his entry stands
    (INTRODUCED.replace("Niger's", "Benin's"), "eventwire/data/petrarch/people.tsv"),
    # the project's own entry of the person is not overruled
    (INTRODUCED, "own-people.tsv"),
])
def test_an_entry_the_role_does_not_contradict_stands(resources: Resources, text: str, origin: str) -> None:
    assert _sources(text, _resources(resources, origin)) == ["BENGOV"]


# An imported person listed by a one-word name, which is also a common given name.
ONE_WORD = "kassim\tperson\tKassim\tSAUGOV\tSAU\tGOV\tKassim\t2005-08-01\t\n"


@pytest.mark.parametrize(("text", "expected"), [
    # the name goes on with a word no entry covers: someone else's given name
    ("Kassim Boro, who leads the northern rebels, threatened Togo on Sunday.", []),
    # the one-word name alone names the listed person
    ("Kassim threatened Togo on Sunday.", ["SAUGOV"]),
])
def test_an_imported_one_word_name_going_on_is_someone_else(resources: Resources, text: str,
                                                            expected: list[str]) -> None:
    found = with_entries(resources, *entries(COUNTRIES, "own.tsv"), *entries(ONE_WORD, "eventwire/data/petrarch/p.tsv"))
    assert _sources(text, found) == expected
