"""Replies in discourse, on texts of the suite's own wording: a denial or a rejection whose sentence
names no target is aimed at the party whose accusation or claim the sentence just before it told
(`eventwire.coding.replies`, data/conventions.tsv `answers`); "both members" stand for the pair of
countries named before, as "both countries" do (lexicon `pair_noun`)."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "reply"), [
    # an accusation answered: its author is the target
    ("Guinea accused Sierra Leone of sheltering the mutineers. Freetown denied that on Tuesday.",
     ("SLEGOV", "016", "GIN")),
    # deeds a speaker tells of others are the speaker's claim, not the doers' act
    ("A Sudanese rebel commander said government troops had burned two villages near Kadugli. The army denied it.",
     ("SDNMIL", "016", "SDNREB")),
    # a rejection too, which with no party found was no dyad
    ("Tanzania's fisheries minister said Malawian patrol boats had chased fishermen away from the shore. "
     "Malawi rejected it outright.", ("MWI", "120", "TZAGOV")),
])
def test_reply_aimed_at_the_claim_it_answers(resources: Resources, text: str, reply: tuple[str, str, str]) -> None:
    assert coded(resources, text)[-1] == reply


def test_claim_told_paragraphs_before_is_not_answered(resources: Resources) -> None:
    # three paragraphs on, the denial answers nothing the reader still has in view
    text = ("Guinea accused Sierra Leone of sheltering the mutineers.\n\nThe vote was held in March.\n\n"
            "Many voters stayed home.\n\nFreetown denied any role in the unrest.")
    assert coded(resources, text)[-1] == ("SLEGOV", "016", None)


def test_both_members_are_the_pair_named_before(resources: Resources) -> None:
    # "both members" of a bloc are the two countries the article named, as "both countries" are
    text = ("Gabon and Cameroon traded charges over the river border on Monday. "
            "The African Union urged both members to keep calm.")
    assert coded(resources, text)[-1] == ("IGOAU", "0256", "GAB")
