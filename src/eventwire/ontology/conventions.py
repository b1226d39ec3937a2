"""CAMEO coding conventions by event code (data/conventions.tsv): how announced, intended and
refused events are recoded, how appeals and demands for them are coded, whom an event without a
named target is aimed at, which acts told without their agent are the state's, which acts
co-actors do to each other, which codes' clausal complements are part of the event, where a
code's target is looked for first, which codes may be aimed at the source's own state, whose
conflicts named without a target are with their own state, which acts with no target at all
are domestic affairs, which acts are no event without a target, which trips told in the future
are schedules, what the places and dates
stages read of a code (`Scene`), and which patterns of force have a civil sense too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from typing import Any, TypeVar

from eventwire import tsv
from eventwire.errors import DictionaryError
from eventwire.ontology.codebook import Codebook

COLUMNS = ("code", "intent", "refusal", "implied_target", "implied_source", "joint", "mutual", "content_clause",
           "target_search", "own_target", "domestic_parties", "present_habit")
# Columns a table may add after the others, in this order (older tables end at `present_habit`;
# a table without `own_affair` codes no own affairs).
OPTIONAL = ("own_affair", "appeal", "demand", "internal", "said", "judging", "forceful", "street", "decided", "lodged",
            "civil_sense", "state_agent", "needs_target", "on_protest", "itinerary", "ceased", "envoy", "voiced",
            "armed", "answers")
# The columns of what the places and dates stages read of a code (`Scene`), in that order.
SCENE = ("said", "judging", "forceful", "street", "decided", "lodged", "envoy", "voiced")
T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class ImpliedTarget(StrEnum):
    """Whom an event is aimed at when the text names no target."""

    DOMESTIC = "domestic"  # the country where it happens, else the source's own
    PLACE = "place"  # the country where it happens
    ABROAD = "abroad"  # the country where it happens, when that is not the source's, else as FOCUS
    VISITED = "visited"  # the country where it happens, when that is not the source's, else none
    FRONT = "front"  # as ABROAD, else the source's own country where it happens there
    HOME = "home"  # as FRONT, else the source's own country where the sentence names no other
    FOCUS = "focus"  # the country the article is about, when it is not the source's and no third is named


class Mutual(StrEnum):
    """What co-actors of an event do to each other."""

    EACH_OTHER = "each-other"  # each is the other's target when no target is found
    COUNTERPARTS = "counterparts"  # that, and what their act is about is not their counterpart


class TargetSearch(StrEnum):
    """Where the target of an event is looked for before the generic search."""

    REQUEST = "request"  # whoever is asked to act
    FORCE = "force"  # whom force is used on (the direct object), even before it has a country
    CONDITION = "condition"  # whoever must comply with the condition a threat sets
    PARTIES = "parties"  # whoever takes part in what a participle says was hosted or mediated
    DEPARTURE = "departure"  # where forces are withdrawn from, before the forces withdrawn


@dataclass(frozen=True, slots=True, kw_only=True)
class Scene:
    """What the places and dates stages read of an event's code (data/conventions.tsv): whether it
    is said rather than done, a judgment of others' deeds, a material conflict, an act of the
    street, an act decided at no place, a judgment lodged at its maker's seat, a consultation
    held where a party sent to hold it went, words alone, or a trip."""

    said: bool = False
    judging: bool = False
    forceful: bool = False
    street: bool = False
    decided: bool = False
    lodged: bool = False
    envoy: bool = False
    voiced: bool = False  # words alone: a statement, an appeal, an intention
    trip: bool = False  # a trip (conventions `itinerary`: a visit, a meeting at a third place)


@dataclass(frozen=True, slots=True)
class Conventions:
    """Intent, refusal, appeal and demand codes, implied targets and the other conventions by
    event code prefix."""

    intent: dict[str, str]
    refusal: dict[str, str]
    implied: dict[str, ImpliedTarget]
    state: dict[str, bool]
    joint: dict[str, str]
    mutual: dict[str, Mutual]
    content: dict[str, bool]
    search: dict[str, TargetSearch]
    own: dict[str, bool]
    parties: dict[str, frozenset[str]]
    habit: dict[str, bool]
    affair: dict[str, bool]
    appeal: dict[str, str]
    demand: dict[str, str]
    internal: dict[str, bool] = field(default_factory=dict)
    scene: dict[str, dict[str, bool]] = field(default_factory=dict)  # by column of `SCENE`, then code
    civil: dict[str, bool] = field(default_factory=dict)
    by_state: dict[str, str] = field(default_factory=dict)
    directed: dict[str, bool] = field(default_factory=dict)
    on_crowd: dict[str, str] = field(default_factory=dict)
    trips: dict[str, bool] = field(default_factory=dict)
    halted: dict[str, str] = field(default_factory=dict)
    by_arms: dict[str, str] = field(default_factory=dict)
    replies: dict[str, frozenset[str]] = field(default_factory=dict)
    # the answers of the two lookups made for every pattern tried and every event, by code (a few
    # hundred codes at most)
    _civil_memo: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _scene_memo: dict[str, Scene] = field(default_factory=dict, init=False, repr=False, compare=False)

    @staticmethod
    def _lookup(table: Mapping[str, T], code: str) -> T | None:
        for length in range(len(code), 1, -1):
            if code[:length] in table:
                return table[code[:length]]
        return None

    def intended(self, code: str) -> str | None:
        """Return the code for announcing or intending this event, if CAMEO has one."""
        return self._lookup(self.intent, code)

    def refused(self, code: str) -> str | None:
        """Return the code for refusing this (cooperative) event, if CAMEO has one."""
        return self._lookup(self.refusal, code)

    def appealed(self, code: str) -> str | None:
        """Return the code of an appeal for an act of this code, if CAMEO has a specific one."""
        return self._lookup(self.appeal, code)

    def demanded(self, code: str) -> str | None:
        """Return the code of a demand for an act of this code, if CAMEO has a specific one."""
        return self._lookup(self.demand, code)

    def implied_target(self, code: str) -> ImpliedTarget | None:
        """Return whom an event of this code is aimed at when no target is named, if anyone."""
        return self._lookup(self.implied, code)

    def jointly(self, code: str) -> str | None:
        """Return the code for this event done by several countries together, if it differs."""
        return self._lookup(self.joint, code)

    def state_act(self, code: str) -> bool:
        """Tell whether an event of this code told in the passive without agent ("were arrested")
        is an act of the state where it happens."""
        return bool(self._lookup(self.state, code))

    def mutual_act(self, code: str) -> Mutual | None:
        """Return what co-actors of an event of this code do to each other, if anything."""
        return self._lookup(self.mutual, code)

    def content_clause(self, code: str) -> bool:
        """Tell whether the clausal complements of this code's verbs are part of the event
        (what was said, asked or threatened), not events of their own."""
        return bool(self._lookup(self.content, code))

    def target_search(self, code: str) -> TargetSearch | None:
        """Return where the target of an event of this code is looked for first, if anywhere special."""
        return self._lookup(self.search, code)

    def own_target(self, code: str) -> bool:
        """Tell whether an event of this code may be aimed at the source's own state (what a
        state does to its own people: arrests, force, curfews, reforms)."""
        return bool(self._lookup(self.own, code))

    def domestic_parties(self, code: str) -> frozenset[str]:
        """Return the sectors of a country's own parties (opposition, rebels) whose conflict of this
        code, named without a target, is with their own state."""
        return self._lookup(self.parties, code) or frozenset()

    def present_habit(self, code: str) -> bool:
        """Tell whether an act of this code told in the simple present is a habit or a state of
        things ("foreigners visit the hospitals", "the country hosts a million refugees"), no event."""
        return bool(self._lookup(self.habit, code))

    def internal_act(self, code: str) -> bool:
        """Tell whether an act of this code between two organs of one state (its government, forces,
        police, courts) is that state's own business, no event between parties ("the minister met
        army commanders")."""
        return bool(self._lookup(self.internal, code))

    def civil_sense(self, code: str) -> bool:
        """Tell whether a verb pattern of this code (a use of force) has a civil sense too, which
        civil objects select ("relief operations")."""
        found = self._civil_memo.get(code)
        if found is None:
            found = self._civil_memo[code] = bool(self._lookup(self.civil, code))
        return found

    def state_agent(self, code: str) -> str | None:
        """Return the code of an act of this code done by a state (a country named alone, or its
        government, forces, police or intelligence), when CAMEO codes a state's act otherwise."""
        return self._lookup(self.by_state, code)

    def armed(self, code: str) -> str | None:
        """Return the code of an act of this code done by armed men (troops, rebels, gunmen), when
        CAMEO codes it otherwise: a protest's deeds done by armed men are force."""
        return self._lookup(self.by_arms, code)

    def needs_target(self, code: str) -> bool:
        """Tell whether an act of this code is done to another party (a meeting, aid, a demand, an
        attack), so that a record of it without a target is no event between parties."""
        return bool(self._lookup(self.directed, code))

    def on_protest(self, code: str) -> str | None:
        """Return the code of an act of this code a state does to people protesting or to their
        gathering (CAMEO 175, violent repression), when CAMEO codes it otherwise."""
        return self._lookup(self.on_crowd, code)

    def itinerary(self, code: str) -> bool:
        """Tell whether an act of this code (a trip) that its actor is told in the plain future to
        make ("will fly to Nairobi on Friday") is a schedule, not an intention expressed."""
        return bool(self._lookup(self.trips, code))

    def ceased(self, code: str) -> str | None:
        """Return the code of ceasing an act of this code ("stopped supplying arms": reduced aid,
        1622), or None where its ending is no act CAMEO codes ("stopped shelling the port")."""
        return self._lookup(self.halted, code)

    def answers(self, code: str) -> frozenset[str]:
        """Return the code prefixes of the acts an act of this code answers when it names no target
        (a denial answers an accusation or a claim said: "Lima accused Quito of arming the rebels.
        Quito denied it."), none for an act that answers no one."""
        return self._lookup(self.replies, code) or frozenset()

    def scene_of(self, code: str) -> Scene:
        """Return what the places and dates stages read of an event of this code."""
        found = self._scene_memo.get(code)
        if found is None:
            found = self._scene_memo[code] = Scene(**{column: bool(self._lookup(self.scene.get(column, {}), code))
                                                      for column in SCENE}, trip=self.itinerary(code))
        return found

    def own_affair(self, code: str) -> bool:
        """Tell whether an act of this code with no target named, in a story naming no country but
        the source's, is aimed at the source's own state (a domestic affair)."""
        return bool(self._lookup(self.affair, code))


def _choice(kind: type[E], column: str, value: str, where: tuple[str, int]) -> E | None:
    """Return the enum member a cell names (None when empty); fail on anything else."""
    if not value:
        return None
    allowed = {k.value: k for k in kind}
    if value not in allowed:
        raise DictionaryError(*where, f"{column} '{value}' is not one of {', '.join(allowed)}")
    return allowed[value]


def _flag(column: str, value: str, word: str, where: tuple[str, int]) -> bool:
    if value not in {"", word}:
        raise DictionaryError(*where, f"{column} '{value}' is not '{word}'")
    return bool(value)


def _sectors(value: str, where: tuple[str, int]) -> frozenset[str] | None:
    """Return the sector codes a cell lists (None when empty); fail on a malformed one."""
    codes = value.split()
    bad = [c for c in codes if not (len(c) == 3 and c.isalnum() and c.isupper())]
    if bad:
        raise DictionaryError(*where, f"domestic_parties '{bad[0]}' is not a three-letter sector code")
    return frozenset(codes) or None


def _prefixes(value: str, where: tuple[str, int]) -> frozenset[str] | None:
    """Return the code prefixes a cell lists (None when empty); fail on one that is no code prefix."""
    codes = value.split()
    bad = [c for c in codes if not (2 <= len(c) <= 4 and c.isdigit())]
    if bad:
        raise DictionaryError(*where, f"answers '{bad[0]}' is not a code prefix")
    return frozenset(codes) or None


def parse_conventions(text: str, path: str, codebook: Codebook) -> Conventions:
    """Parse the conventions table; fail with `path:line: problem` on a bad line."""
    table = Conventions({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})
    for lineno, row in tsv.rows(text, path, COLUMNS, pad=True, optional=OPTIONAL):
        where, code = (path, lineno), row["code"]
        appeal, demand, by_state = row.get("appeal", ""), row.get("demand", ""), row.get("state_agent", "")
        on_crowd, halted, by_arms = row.get("on_protest", ""), row.get("ceased", ""), row.get("armed", "")
        if any(c and c not in codebook
               for c in (code, row["intent"], row["refusal"], row["joint"], appeal, demand, by_state, on_crowd,
                         halted, by_arms)):
            raise DictionaryError(path, lineno, "unknown CAMEO code")
        cells: list[tuple[dict[str, Any], object]] = [
            (table.intent, row["intent"] or None), (table.refusal, row["refusal"] or None),
            (table.joint, row["joint"] or None),
            (table.implied, _choice(ImpliedTarget, "implied_target", row["implied_target"], where)),
            (table.state, _flag("implied_source", row["implied_source"], "state", where) or None),
            (table.mutual, _choice(Mutual, "mutual", row["mutual"], where)),
            (table.content, _flag("content_clause", row["content_clause"], "yes", where) or None),
            (table.search, _choice(TargetSearch, "target_search", row["target_search"], where)),
            (table.own, _flag("own_target", row["own_target"], "yes", where) or None),
            (table.parties, _sectors(row["domestic_parties"], where)),
            (table.habit, _flag("present_habit", row["present_habit"], "yes", where) or None),
            (table.affair, _flag("own_affair", row.get("own_affair", ""), "yes", where) or None),
            (table.appeal, appeal or None), (table.demand, demand or None), (table.by_state, by_state or None),
            (table.on_crowd, on_crowd or None), (table.halted, halted or None), (table.by_arms, by_arms or None),
            (table.internal, _flag("internal", row.get("internal", ""), "yes", where) or None),
            (table.replies, _prefixes(row.get("answers", ""), where))]
        for column, value in cells:
            if value is not None:
                column[code] = value
        if _flag("civil_sense", row.get("civil_sense", ""), "yes", where):
            table.civil[code] = True
        if _flag("needs_target", row.get("needs_target", ""), "yes", where):
            table.directed[code] = True
        if _flag("itinerary", row.get("itinerary", ""), "yes", where):
            table.trips[code] = True
        for name in SCENE:
            if _flag(name, row.get(name, ""), "yes", where):
                table.scene.setdefault(name, {})[code] = True
    return table


def load_conventions(codebook: Codebook) -> Conventions:
    """Load the built-in conventions table."""
    ref = resources.files("eventwire") / "data" / "conventions.tsv"
    return parse_conventions(ref.read_text(encoding="utf-8"), "eventwire/data/conventions.tsv", codebook)
