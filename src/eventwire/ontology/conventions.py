"""CAMEO coding conventions by event code (data/conventions.tsv): how announced, intended and
refused events are recoded, whom an event without a named target is aimed at, and which acts
told without their agent are the state's."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from typing import TypeVar

from eventwire import tsv
from eventwire.errors import DictionaryError
from eventwire.ontology.codebook import Codebook

COLUMNS = ("code", "intent", "refusal", "implied_target", "implied_source", "joint")
T = TypeVar("T")


class ImpliedTarget(StrEnum):
    """Whom an event is aimed at when the text names no target."""

    DOMESTIC = "domestic"  # the country where it happens, else the source's own
    PLACE = "place"  # the country where it happens
    ABROAD = "abroad"  # the country where it happens, when that is not the source's


@dataclass(frozen=True, slots=True)
class Conventions:
    """Intent and refusal codes and implied targets by event code prefix."""

    intent: dict[str, str]
    refusal: dict[str, str]
    implied: dict[str, ImpliedTarget]
    state: dict[str, bool]
    joint: dict[str, str]

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


def parse_conventions(text: str, path: str, codebook: Codebook) -> Conventions:
    """Parse the conventions table; fail with `path:line: problem` on a bad line."""
    intent: dict[str, str] = {}
    refusal: dict[str, str] = {}
    implied: dict[str, ImpliedTarget] = {}
    state: dict[str, bool] = {}
    joint: dict[str, str] = {}
    kinds = {k.value: k for k in ImpliedTarget}
    for lineno, row in tsv.rows(text, path, COLUMNS, pad=True):
        code, wanted, refused, aimed = row["code"], row["intent"], row["refusal"], row["implied_target"]
        if any(c and c not in codebook for c in (code, wanted, refused, row["joint"])):
            raise DictionaryError(path, lineno, "unknown CAMEO code")
        if aimed and aimed not in kinds:
            raise DictionaryError(path, lineno, f"implied_target '{aimed}' is not one of {', '.join(kinds)}")
        if row["implied_source"] not in {"", "state"}:
            raise DictionaryError(path, lineno, f"implied_source '{row['implied_source']}' is not 'state'")
        if row["implied_source"]:
            state[code] = True
        if row["joint"]:
            joint[code] = row["joint"]
        if wanted:
            intent[code] = wanted
        if refused:
            refusal[code] = refused
        if aimed:
            implied[code] = kinds[aimed]
    return Conventions(intent, refusal, implied, state, joint)


def load_conventions(codebook: Codebook) -> Conventions:
    """Load the built-in conventions table."""
    ref = resources.files("eventwire") / "data" / "conventions.tsv"
    return parse_conventions(ref.read_text(encoding="utf-8"), "eventwire/data/conventions.tsv", codebook)
