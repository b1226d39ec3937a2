"""Whether a coded act is done to people protesting or gathering, or to their gathering (lexicon
`protest_word`): a state's force on them is repression (CAMEO 175, conventions `on_protest`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.coding.coder import RawEvent
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.verb_objects import objects_of
from eventwire.doc_words import tokens_from

# The modifiers of an object that may say its people protest: "opposition rally", "striking
# miners", "students protesting outside parliament", "crowds who had gathered".
PROTEST_MODIFIER_DEPS = frozenset({"amod", "compound", "acl", "relcl"})


def _words(obj: Token) -> set[str]:
    """Return the lowercase forms and lemmas of an object and of the modifiers that may say its
    people protest or gather; no name's ("in March", "the Rally for Democracy")."""
    tokens = [t for t in (obj, *(c for c in obj.children if c.dep_ in PROTEST_MODIFIER_DEPS)) if t.pos_ != "PROPN"]
    return {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}


def on_protest(raw: RawEvent, doc: Doc, offset: int, lexicon: Lexicon) -> bool:
    """Tell whether an act is done to people protesting or gathering: its target is named by a
    protest word ("anti-government protesters"), or an object of its verb or a noun of its words
    is ("stormed an opposition rally", "beat students who had gathered", "opened fire on striking
    miners"), or the gathering it happened during or at is ("shot a student during a protest");
    `offset` is where the parsed sentence starts in the article."""
    protest = lexicon.protest_word
    if raw.target is not None and {w.strip(",.;:'\"") for w in raw.target.text.split() if w.islower()} & protest:
        return True  # a word as written in lowercase: a common noun, not a name's
    start, end = raw.action.start - offset, raw.action.end - offset
    told = [doc[i] for i in tokens_from(doc, start, end)]
    verbs = [t for t in told if t.pos_ in {"VERB", "AUX"}]
    objects = [o for t in verbs for o in objects_of(t, lexicon)]
    nouns = objects + [t for t in told if t.pos_ == "NOUN"] + _scene(verbs, lexicon)
    return any(_words(noun) & protest for noun in nouns)


def _scene(verbs: list[Token], lexicon: Lexicon) -> list[Token]:
    """Return the gatherings a verb says its act happened during or at (lexicon
    `gathering_preposition`: "shot a student during a protest", "beat marchers at the rally"): a
    state's force there is used on the people gathered, whoever the text names as hit."""
    return [o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in lexicon.gathering_preposition
            for o in p.children if o.dep_ == "pobj"]
