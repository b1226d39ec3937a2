"""A place noun with no name of its own ("at the crossing", "on the river") names again the place
the article last named with that noun: a deed done there is placed there; something said is not,
and a noun the article never gave a name to refers to nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.pipeline import code
from eventwire.resources import Resources

WED = date(2023, 11, 15)  # a Wednesday


def _placed(text: str, resources: Resources, sentence: int) -> list[str | None]:
    return [e.place.name if e.place else None for e in code(text, published=WED, resources=resources)
            if e.sentence == sentence]


_LEAD = "Uganda shut the Malaba border crossing with Kenya on Monday after a dispute over fuel taxes.\n\n"


def test_place_reference_deed_at_the_named_kind(resources: Resources) -> None:
    found = _placed(_LEAD + "Kenyan police used tear gas on Ugandan traders at the crossing on Tuesday.",
                    resources, 1)
    assert found and all(place == "Malaba" for place in found)


def test_place_reference_no_noun_named_before(resources: Resources) -> None:
    found = _placed(_LEAD + "Kenyan police used tear gas on Ugandan traders at the port on Tuesday.",
                    resources, 1)
    assert found and all(place != "Malaba" for place in found)


def test_place_reference_said_is_not_placed(resources: Resources) -> None:
    found = _placed(_LEAD + "Kenya accused Uganda of harassing its truck drivers at the crossing.", resources, 1)
    assert found and all(place is None for place in found)


_STATE = ("Nigerian troops raided a militant camp in the state of Borno on Monday.\n\n"
          "Nigerian soldiers shelled insurgents in the state on Tuesday.")


def test_place_reference_loose_noun_names_nothing_again(resources: Resources) -> None:
    found = _placed(_STATE, resources, 1)
    assert found and all(place != "Borno" for place in found)


def test_place_reference_loose_nouns_are_a_word_class(tmp_path: Path) -> None:
    words = tmp_path / "loose.tsv"
    words.write_text("kind\tword\nloose_place_noun\tcapital\n", encoding="utf-8")
    found = _placed(_STATE, Resources.load(lexicon=[words]), 1)
    assert found and all(place == "Borno" for place in found)
