"""Second events of a sentence whose side lies in the clause they hang from, on sentences of the
suite's own wording: a threat told as what the threatener will do, its condition in that clause."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # "warned that they would act unless X ...": the condition of the threatener's own clause
    # names whoever must comply
    ("Ghanaian ministers warned on Monday that they would act unless Lome stopped arming the Beninese smugglers.",
     [("GHAGOV", "130", "TGOGOV")]),
])
def test_second_threat_condition_in_the_threateners_own_clause(resources: Resources, text: str,
                                                               expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected
