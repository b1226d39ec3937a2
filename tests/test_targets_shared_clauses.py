"""Sides found across clauses: the subject a passive verb shares with the verb it is coordinated
with, a person named in apposition to a subject as whom a later "he" refers to, and target
prepositions taken by their rank whether they hang from the verb or from its object."""

from __future__ import annotations

from coded import coded as _coded
from eventwire.coding.targets import _slot
from eventwire.resources import Resources
from parse_support import parsed


def test_shared_subject_of_a_coordinated_passive_is_its_target(resources: Resources) -> None:
    # "was welcomed by" has no subject of its own: whom it welcomes is the subject of "landed".
    text = ("The Chilean foreign minister landed in Lima on Friday and was welcomed by the Peruvian "
            "president at the palace.")
    assert _coded(resources, text) == [("PERGOV", "043", "CHLGOV")]


def test_person_named_in_apposition_is_the_later_he(resources: Resources) -> None:
    # "He" is the adviser named in the second sentence, not the ministry of the first.
    text = ("Kenya's health ministry said the outbreak began in Somalia. Somalia's adviser on security, "
            "Abdi Warsame, rejected that account on Friday. He accused Kenyan officials of hiding the first cases.")
    assert ("SOM", "112", "KENGOV") in _coded(resources, text)



# "Kenya reached a deal with Uganda on aid to Sudan": "with" hangs from the object, "on" from the verb.
DEAL_WITH = """
Kenya Kenya PROPN NNP nsubj 1
reached reach VERB VBD ROOT 1
a a DET DT det 3
deal deal NOUN NN dobj 1
with with ADP IN prep 3
Uganda Uganda PROPN NNP pobj 4
on on ADP IN prep 1
aid aid NOUN NN pobj 6
to to ADP IN prep 7
Sudan Sudan PROPN NNP pobj 8
. . PUNCT . punct 1
"""


def test_preposition_rank_decides_over_where_it_hangs(resources: Resources) -> None:
    doc = parsed(DEAL_WITH)
    lexicon = resources.lexicon
    found = _slot("prep:" + "|".join(lexicon.target_preposition), [doc[1]], None, lexicon)
    assert [c.token.text for c in found][:2] == ["Uganda", "aid"]
