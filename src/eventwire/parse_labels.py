"""The dependency labels and tags that several stages read a parse by, each set defined once.

spaCy's English pipelines label dependencies in the ClearNLP scheme and tag words in the Penn
Treebank scheme; a set used by one module only stays in that module.
"""

from __future__ import annotations

# The parts of speech of a predicate.
PREDICATE_POS = frozenset({"VERB", "AUX"})
# A clause's own subject, active or passive; with "expl", also the "there" of "there were clashes".
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWN_SUBJECT_DEPS = SUBJECT_DEPS | {"expl"}
# A preposition and its object; the phrases a verb or noun takes ("to Kyiv", "by troops", "gave Kyiv").
PREP_DEPS, POBJ_DEPS = frozenset({"prep"}), frozenset({"pobj"})
ATTACHED_DEPS = frozenset({"prep", "agent", "dative"})
# The words inside a noun phrase before its head ("artillery shells", "Chinese troops"), with a
# noun modifier, and with an owner ("Turkey's army").
PRENOMINAL_DEPS = frozenset({"amod", "compound"})
NOUN_MODIFIER_DEPS = PRENOMINAL_DEPS | {"nmod"}
OWNER_DEPS = NOUN_MODIFIER_DEPS | {"poss"}
# Relative words (wh-determiner, wh-pronoun): a relative clause's subject or object standing for the
# noun the clause is about; with the possessive wh-pronoun and wh-adverbs, every question word.
RELATIVE_TAGS = frozenset({"WDT", "WP"})
QUESTION_TAGS = RELATIVE_TAGS | {"WP$", "WRB"}
