"""What the role finder decided, as typed records: how a source or target was found (or why not).

Code decides on the `kind`, `preposition` and tokens of these records; `describe` renders them
as text only for output (explanations, drop reasons).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Token

from eventwire.model import Span


class Kind(StrEnum):
    """How one side of an event was found, or why it was not."""

    # sources
    SUBJECT = "subject"
    SUBJECT_OF = "subject of"  # the subject of the verb `via` it shares
    PASSIVE_AGENT = "passive agent"
    PASSIVE_SUBJECT_OF = "passive subject of"  # the passive subject that acts (`via` the passive verb)
    CONTROLLER_OBJECT = "object of"  # the object of an object-control verb `via`
    MODIFIED_NOUN = "noun the verb was parsed to modify"
    RELATIVE_CLAUSE = "relative clause"
    NO_SUBJECT = "no subject"
    PASSIVE_WITHOUT_AGENT = "passive without agent"
    PRONOUN_SPEAKER = "pronoun → speaker"  # `pronoun` refers to the speaker found as `inner`
    PRONOUN_MAIN_CLAUSE = "pronoun → main clause subject"
    PRONOUN_EARLIER = "pronoun → earlier"  # `pronoun` refers to `via` of an earlier sentence
    PRONOUN_UNRESOLVED = "pronoun without antecedent"
    MAIN_CLAUSE_SUBJECT = "main clause subject"
    # "his office": `pronoun` the noun, `inner` how the owner was found
    POSSESSOR = "owner named by a possessive pronoun"
    STATE = "the state where it happened"
    ANTECEDENT = "antecedent"
    # targets
    PASSIVE_SUBJECT = "passive subject"
    PASSIVE_SUBJECT_PREP = "prep of the passive subject"
    DOBJ = "dobj"
    DATIVE = "dative"
    OBJECT_OWNER = "owner of the object"
    OBJECT_AGENT = "prep of the object"  # "a proposal by Hamas"
    PREP = "prep"
    CLAUSE_SUBJECT = "subject of the complement clause"
    CONDITION_SUBJECT = "subject of the condition"
    PURPOSE_OBJECT = "purpose clause"
    REQUEST_OBJECT = "object of the request"
    REQUESTED_SUBJECT = "subject of the requested act"
    NOUN_PREP = "prep of a noun"  # "in defiance of X": `preposition` of the noun `via`
    NOUN_AUTHOR = "author of a noun"  # "Russia's attack"
    NOUN_AGENT = "agent of a noun"  # "provocation by Guyana"
    CLAUSE_AUTHOR = "author of the act a relative clause is about"  # "..., which Moscow denied": `via` the act
    EARLIER_ACT = "author of an earlier act"  # "condemned the move": `pronoun` the noun, `via` its author
    ANSWERED = "party of what the act follows"  # "mobilised after X attacked": `preposition` the mark
    ANSWERED_CLAIM = "author of the claim a reply answers"  # "X accused Y ... . Y denied it.": `via` X
    RECIPROCAL = "each other: the other co-actors"  # "shelled each other's positions"
    FIRST_AFTER = "first actor after the verb"  # imported patterns: the first actor in what follows the verb
    MEDIATOR = "mediator of talks"  # "under Swiss mediation": `preposition`, `via` the noun or participle
    MEDIATED = "party of mediated talks"  # a side of the talks `via` that a third party mediates
    CONTINUED = "target of the act it continues"  # "seized the boats, accusing them ...": `via` that act's verb
    NO_TARGET_SLOT = "pattern has no target"
    NOT_FOUND = "no target found"


# Kinds naming whose deed a noun is: never the target when it is one of the source's countries.
AUTHORSHIP = frozenset({Kind.NOUN_AUTHOR, Kind.NOUN_AGENT, Kind.OBJECT_AGENT, Kind.CLAUSE_AUTHOR})


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """How a side was found: the kind of slot, the preposition and words it went through."""

    kind: Kind
    preposition: str = ""
    via: str = ""  # the text of the verb or noun the slot belongs to
    pronoun: str = ""  # the pronoun that stood for the actor, if any
    inner: Role | None = None  # how the speaker a pronoun refers to was found


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A token that may name a side, and the slot it fills."""

    role: Role
    token: Token


def describe(role: Role) -> str:
    """Render a decision as the text explanations show."""
    kind, p, via = role.kind, role.preposition, role.via
    text = {
        Kind.SUBJECT_OF: f"subject of '{via}'", Kind.PASSIVE_SUBJECT_OF: f"passive subject of '{via}'",
        Kind.CONTROLLER_OBJECT: f"object of '{via}'", Kind.PASSIVE_SUBJECT_PREP: f"prep '{p}' of the passive subject",
        Kind.OBJECT_AGENT: f"prep '{p}' of the object", Kind.PREP: f"prep '{p}'",
        Kind.NOUN_PREP: f"prep '{p}' of '{via}'", Kind.NOUN_AGENT: f"prep '{p}' of '{via}'",
        Kind.NOUN_AUTHOR: f"author of '{via}'", Kind.CLAUSE_AUTHOR: f"author of '{via}'",
        Kind.STATE: "passive without agent: the state where it happened",
        Kind.PRONOUN_EARLIER: f"pronoun '{role.pronoun}' → earlier '{via}'",
        Kind.PRONOUN_MAIN_CLAUSE: f"pronoun '{role.pronoun}' → main clause subject",
        Kind.PRONOUN_UNRESOLVED: f"pronoun '{role.pronoun}' without antecedent",
        Kind.EARLIER_ACT: f"'{role.pronoun}' → its author earlier, '{via}'",
        Kind.ANSWERED: f"party of the '{p}' clause it follows",
        Kind.ANSWERED_CLAIM: f"'{via}', whose earlier claim it answers",
        Kind.MEDIATOR: f"mediator named by '{via}'", Kind.MEDIATED: f"party of the talks '{via}'",
        Kind.CONTINUED: f"target of '{via}', the act it continues",
    }.get(kind)
    if kind == Kind.PRONOUN_SPEAKER:
        inner = describe(role.inner) if role.inner is not None else ""
        text = f"pronoun '{role.pronoun}' → speaker ({inner})"
    return text if text is not None else kind.value


class Stage(StrEnum):
    """The pipeline stage that dropped a candidate event."""

    MATCH = "match"  # a verb with patterns, none of which matched
    CLAIM = "claim"  # inside a reported claim
    EXPECTED = "expected"  # what an actor expects of another, not done
    SOURCE = "source"  # no source actor
    TARGET = "target"  # no target actor where the pattern or the code needs one
    PLACE = "place"  # no actor with a country or as an international organization
    INTERNAL = "internal"  # two organs of one state dealing with each other (conventions' `internal`)
    MERGE = "merge"  # the same event is already coded in this sentence
    NEGATED = "negated"  # told as not done ("did not attack"): no event unless asked for


@dataclass(frozen=True, slots=True, kw_only=True)
class Drop:
    """A candidate event a stage did not pass on, and why."""

    stage: Stage
    reason: str
    span: Span
    rule: str = "-"
