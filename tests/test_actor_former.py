"""People the dictionaries list only under dated offices, named at a date outside all of them."""

from __future__ import annotations

from datetime import date

import pytest

from actor_tables import entries, with_entries
from eventwire.pipeline import code
from eventwire.resources import Resources

# A person of the tests' own: a national office, then an office of an international body.
ROWS = (
    "BGR\tcountry\tBulgaria\t\tBGR\t\tBulgaria\t\t\n"
    "SRB\tcountry\tSerbia\t\tSRB\t\tSerbia\t\t\n"
    "IGO.UN\tigo\tU.N.|United Nations\tIGOUNO\t\tIGO\tUnited Nations\t\t\n"
    "role.envoy\trole\tenvoy\t\t\tGOV\tenvoy\t\t\n"
    "role.minister\trole\tminister\t\t\tGOV\tminister\t\t\n"
    "kostova.1\tperson\tAnneli Kostova|Kostova\tBGRGOV\tBGR\tGOV\tAnneli Kostova\t2001-02-01\t2004-06-30\n"
    "kostova.2\tperson\tAnneli Kostova|Kostova\tIGOUNO\t\tIGO\tAnneli Kostova\t2006-01-01\t2009-12-31\n"
)


@pytest.fixture(scope="module")
def local(resources: Resources) -> Resources:
    return with_entries(resources, *entries(ROWS, "former.tsv"))


def _sources(text: str, published: date, resources: Resources) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.source.actor.code, e.source.entries) for e in code(text, published=published, resources=resources)
            if e.source is not None]


@pytest.mark.parametrize(("published", "expected"), [
    # In office: the office's code.
    (date(2003, 5, 2), [("BGRGOV", ("kostova.1",))]),
    # Before every office: the country of the nearest one, labelled as out of office.
    (date(1997, 8, 14), [("BGR", ("former:kostova.1",))]),
    # After every office, the last one international: the country of her national office, not the body.
    (date(2016, 4, 20), [("BGR", ("former:kostova.1",))]),
])
def test_former_office_holder_is_of_her_country(local: Resources, published: date,
                                                  expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _sources("Anneli Kostova sharply criticized Serbia over its border checks.", published, local) == expected


def test_former_office_holder_takes_the_sectors_of_her_title(local: Resources) -> None:
    found = _sources("Former minister Anneli Kostova sharply criticized Serbia over its border checks.",
                     date(2016, 4, 20), local)
    assert [code for code, _ in found] == ["BGRGOV"]


def test_former_office_holder_introduced_with_a_role_is_the_roles_actor(local: Resources) -> None:
    text = ("The United Nations envoy for the lower Danube, Anneli Kostova, arrived on Tuesday. "
            "Kostova sharply criticized Serbia over its border checks.")
    found = _sources(text, date(2016, 4, 20), local)
    assert [code for code, _ in found] == ["IGOUNO"]
    assert found[0][1][0].startswith("named:Anneli_Kostova")


def test_one_name_out_of_office_names_no_one(resources: Resources) -> None:
    # A ruler listed by one name alone: out of his reign, the bare name is anyone's.
    rows = ROWS + "ottar\tperson\tOttar\tNORGOV\tNOR\tGOV\tOttar\t1931-01-01\t1957-09-21\n"
    local = with_entries(resources, *entries(rows, "former.tsv"))
    assert _sources("Ottar sharply criticized Serbia over its border checks.", date(2016, 4, 20), local) == []
