"""What an object spec of a verb pattern reads of an object, read once for all the patterns of a verb."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.coding.patterns import CLASS_OBJECTS, NATIONALS, ObjectSpec

# Personal pronouns that, as a verb's object, name people ("seized them").
PERSON_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def head_words(obj: Token) -> frozenset[str] | None:
    """Return the words a common-noun object fits a spec's head by (its lowercase form and
    lemma); None for a proper noun, which fits through the nouns it is given with."""
    return None if obj.pos_ == "PROPN" else frozenset((obj.lemma_.lower(), obj.lower_))


def class_fits(obj: Token, head: str) -> bool:
    """Tell whether an object is of the class a spec's head names: `@nationals` a plural proper
    noun ("six Americans"), `@persons` people told by a personal pronoun ("seized them")."""
    if head == NATIONALS:
        return obj.tag_ == "NNPS"
    return obj.tag_ == "PRP" and obj.lower_ in PERSON_PRONOUNS


def name_nouns(obj: Token) -> list[Token]:
    """Return the nouns an object fits a spec's head by: itself and, for a name, the common nouns
    and the capitalised titles it is given with ("the regional bloc ECOWAS", "President Musa
    Adamu"; a word of the name itself is no common noun a spec names, nor one hyphened to it)."""
    if obj.pos_ != "PROPN":
        return [obj]
    return [obj] + [c for c in obj.children if (c.dep_ in {"compound", "appos"} and c.pos_ == "NOUN")
                    or (c.dep_ == "compound" and c.pos_ == "PROPN" and not _hyphened(c))]


def _hyphened(word: Token) -> bool:
    """Tell whether a word is joined by a hyphen to the next or the last, a word of a longer name
    ("Saint-Laurent"), no title."""
    doc = word.doc
    return (word.i + 1 < len(doc) and doc[word.i + 1].text == "-") or (word.i > 0 and doc[word.i - 1].text == "-")


@dataclass(frozen=True, slots=True, kw_only=True)
class ObjectWords:
    """An object's `head_words`, whether it is a plural proper noun, and the nouns it fits a
    spec's head by (itself, and a name's common nouns: "the regional bloc ECOWAS"), each with its
    lemma and lowercase form and the words that modify it."""

    token: Token
    heads: frozenset[str] | None
    plural_name: bool
    nouns: tuple[tuple[tuple[str, str], frozenset[str]], ...]
    forms: frozenset[str]  # every head a spec may have to fit: `fits` holds for no other but the class objects
    classes: frozenset[str] = frozenset()  # the class objects (`CLASS_OBJECTS`) it fits

    @classmethod
    def of(cls, obj: Token) -> ObjectWords:
        """Read an object's words (as `eventwire.coding.match._object_matches` reads them)."""
        read = tuple(((n.lemma_.lower(), n.lower_),
                      frozenset({c.lemma_.lower() for c in n.children} | {c.lower_ for c in n.children}))
                     for n in name_nouns(obj))
        return cls(token=obj, heads=head_words(obj), plural_name=obj.tag_ == "NNPS", nouns=read,
                   forms=frozenset(form for forms, _ in read for form in forms),
                   classes=frozenset(c for c in CLASS_OBJECTS if class_fits(obj, c)))

    def fits(self, spec: ObjectSpec) -> bool:
        """Tell whether the object fits a spec: by its head, or by the common noun a name is given
        with, with all the spec's modifiers; a class object (`class_fits`) by the object's class."""
        if spec.head in CLASS_OBJECTS:
            return spec.head in self.classes and not spec.modifiers
        if self.heads is not None and spec.head not in self.heads:
            return False
        return any(spec.head in forms and all(m in modifiers for m in spec.modifiers)
                   for forms, modifiers in self.nouns)


@dataclass(frozen=True, slots=True)
class VerbObjects:
    """The `ObjectWords` of a verb's objects and every head a spec may have to fit one of them
    (the class objects always): read once per verb for all the patterns tried at it."""

    words: tuple[ObjectWords, ...]
    forms: frozenset[str]

    @classmethod
    def of(cls, objects: Sequence[Token]) -> VerbObjects:
        """Read the words of a verb's objects."""
        words = tuple(ObjectWords.of(o) for o in objects)
        return cls(words, frozenset().union(*(w.forms for w in words)) | CLASS_OBJECTS)
