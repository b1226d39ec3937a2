"""Recode announced, intended and refused events the way CAMEO does (data/modality.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from eventwire import tsv
from eventwire.errors import DictionaryError
from eventwire.ontology.codebook import Codebook

COLUMNS = ("code", "intent", "refusal")


@dataclass(frozen=True, slots=True)
class Recoding:
    """Intent and refusal codes by event code prefix."""

    intent: dict[str, str]
    refusal: dict[str, str]

    @staticmethod
    def _lookup(table: dict[str, str], code: str) -> str | None:
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


def parse_recoding(text: str, path: str, codebook: Codebook) -> Recoding:
    """Parse the recoding table; fail with `path:line: problem` on a bad line."""
    intent: dict[str, str] = {}
    refusal: dict[str, str] = {}
    for lineno, row in tsv.rows(text, path, COLUMNS, pad=True):
        code, wanted, refused = row["code"], row["intent"], row["refusal"]
        if any(c and c not in codebook for c in (code, wanted, refused)):
            raise DictionaryError(path, lineno, "unknown CAMEO code")
        if wanted:
            intent[code] = wanted
        if refused:
            refusal[code] = refused
    return Recoding(intent, refusal)


def load_recoding(codebook: Codebook) -> Recoding:
    """Load the built-in recoding table."""
    ref = resources.files("eventwire") / "data" / "modality.tsv"
    return parse_recoding(ref.read_text(encoding="utf-8"), "eventwire/data/modality.tsv", codebook)
