"""Load the CAMEO codebook with Goldstein values, quad classes and the PLOVER crosswalk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path

from eventwire import tsv
from eventwire.errors import CodeError, DictionaryError

COLUMNS = ("code", "name", "parent", "root", "quad_class", "goldstein",
           "plover", "plover_mode", "plover_context")


class PloverType(StrEnum):
    """The 16 PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


# Phoenix puts statements and appeals (01, 02) in a neutral class 0 and denial-like reduced
# relations (16) in verbal conflict; GDELT keeps the plain root ranges.
PHOENIX_QUAD: dict[str, int] = {
    "01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2,
    "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3,
    "17": 4, "18": 4, "19": 4, "20": 4,
}


def gdelt_quad_class(root: str) -> int:
    """Return GDELT's quad class of a CAMEO root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4."""
    n = int(root)
    if not 1 <= n <= 20:
        raise CodeError(f"unknown CAMEO root {root!r}")
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def phoenix_quad_class(root: str) -> int:
    """Return the Phoenix quad class of a CAMEO root (0 neutral, 1..4)."""
    if root not in PHOENIX_QUAD:
        raise CodeError(f"unknown CAMEO root {root!r}")
    return PHOENIX_QUAD[root]


@dataclass(frozen=True, slots=True, kw_only=True)
class Code:
    """One CAMEO code with its Goldstein value, quad class and PLOVER crosswalk."""

    code: str
    name: str
    parent: str | None
    root: str
    quad_class: int
    goldstein: float
    plover: PloverType | None
    plover_mode: tuple[str, ...]
    plover_context: tuple[str, ...]

    @property
    def base(self) -> str:
        """Return the three-digit base code (the root for two-digit codes)."""
        return self.code[:3]


@dataclass(frozen=True, slots=True)
class Codebook:
    """All CAMEO codes, looked up by code string (leading zeros kept)."""

    codes: dict[str, Code]

    def __getitem__(self, code: str) -> Code:
        try:
            return self.codes[code]
        except KeyError:
            raise CodeError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.codes)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(";") if v.strip())


def _parse_row(path: str, lineno: int, row: dict[str, str]) -> Code:
    code = row["code"]
    if not code.isdigit() or not 2 <= len(code) <= 4 or not code.startswith(row["root"]):
        raise DictionaryError(path, lineno, f"bad CAMEO code {code!r}")
    try:
        goldstein = float(row["goldstein"])
        quad = int(row["quad_class"])
        plover = PloverType(row["plover"]) if row["plover"] else None
    except ValueError as exc:
        raise DictionaryError(path, lineno, str(exc)) from None
    if quad != gdelt_quad_class(row["root"]) or not -10 <= goldstein <= 10:
        raise DictionaryError(path, lineno, f"quad class or Goldstein value out of range for {code}")
    return Code(code=code, name=row["name"], parent=row["parent"] or None, root=row["root"],
                quad_class=quad, goldstein=goldstein, plover=plover,
                plover_mode=_split(row["plover_mode"]), plover_context=_split(row["plover_context"]))


def parse_codebook(text: str, path: str) -> Codebook:
    """Parse codebook TSV text; fail with `path:line: problem` on a malformed row."""
    codes: dict[str, Code] = {}
    for lineno, row in tsv.rows(text, path, COLUMNS):
        code = _parse_row(path, lineno, row)
        if code.code in codes:
            raise DictionaryError(path, lineno, f"duplicate code {code.code}")
        codes[code.code] = code
    return Codebook(codes)


def load_codebook(path: Path | None = None) -> Codebook:
    """Load the built-in codebook, or the one at `path`."""
    if path is not None:
        return parse_codebook(path.read_text(encoding="utf-8"), str(path))
    ref = resources.files("eventwire") / "data" / "cameo.tsv"
    return parse_codebook(ref.read_text(encoding="utf-8"), "eventwire/data/cameo.tsv")
