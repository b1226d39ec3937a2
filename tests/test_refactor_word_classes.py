"""Word classes that the coder once kept as constants beside the code, now read from the lexicon
(data/lexicon.tsv), on hand-built parses: changing the lexicon changes the decision."""

from __future__ import annotations

from dataclasses import replace

from eventwire.actors.resolve import is_pronoun
from eventwire.coding.lexicon import Lexicon
from parse_support import parsed

# "She warned them ."
SHE_WARNED = """
She she PRON PRP nsubj 1
warned warn VERB VBD ROOT 1
them they PRON PRP dobj 1
. . PUNCT . punct 1
"""


def test_word_classes_a_pronoun_needing_an_antecedent_is_a_person_group_or_main_clause_one(
        built_in_lexicon: Lexicon) -> None:
    doc = parsed(SHE_WARNED)
    assert built_in_lexicon.antecedent_pronoun == frozenset({"he", "she", "they", "it", "we", "i"})
    assert is_pronoun(doc[0], built_in_lexicon)
    assert not is_pronoun(doc[2], built_in_lexicon)  # "them": an object pronoun, not in the three kinds
    no_she = replace(built_in_lexicon, person_pronoun=frozenset({"he"}), main_clause_pronoun=frozenset({"he"}))
    assert not is_pronoun(doc[0], no_she)
