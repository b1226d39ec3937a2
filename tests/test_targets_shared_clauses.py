"""Sides found across clauses: the subject a passive verb shares with the verb it is coordinated with."""

from __future__ import annotations

from coded import coded as _coded
from eventwire.resources import Resources


def test_shared_subject_of_a_coordinated_passive_is_its_target(resources: Resources) -> None:
    # "was welcomed by" has no subject of its own: whom it welcomes is the subject of "landed".
    text = ("The Chilean foreign minister landed in Lima on Friday and was welcomed by the Peruvian "
            "president at the palace.")
    assert _coded(resources, text) == [("PERGOV", "043", "CHLGOV")]

