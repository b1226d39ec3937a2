"""Import legacy TABARI/PETRARCH dictionaries (verbs, actors, agents, discards) into eventwire's TSV files.

`import_dictionaries(files, out, codebook)` reads each file (its kind told by its name: `verbs` or
`CAMEO`, `actors`, `agents`, `discards`), writes the converted tables into `out`, and returns every
line it could not convert (or converted only in part) as a `Problem`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.actors.dictionary import COLUMNS as ACTOR_COLUMNS
from eventwire.actors.dictionary import entry_from_row
from eventwire.coding.patterns import COLUMNS as PATTERN_COLUMNS
from eventwire.coding.patterns import OPTIONAL as PATTERN_OPTIONAL
from eventwire.coding.patterns import pattern_from_row
from eventwire.dictionaries.actors import convert_actors
from eventwire.dictionaries.agents import convert_agents, convert_discards
from eventwire.dictionaries.source import Problem, read_lines
from eventwire.dictionaries.verbs import convert_verbs
from eventwire.errors import DictionaryError, InputError
from eventwire.ontology import Codebook

__all__ = ["TABLES", "ImportResult", "Problem", "file_kind", "import_dictionaries"]

# Output file -> its columns; every table keeps the source `file:line` in `origin`.
TABLES: dict[str, tuple[str, ...]] = {
    "verbs.tsv": (*PATTERN_COLUMNS, *PATTERN_OPTIONAL),
    "verb_defaults.tsv": (*PATTERN_COLUMNS, "reverse", "origin", "before"),  # `before`: a compound's words
    "synsets.tsv": ("id", "phrases", "origin"),
    "verb_forms.tsv": ("lemma", "forms", "origin"),
    "actors.tsv": (*ACTOR_COLUMNS, "origin"),
    "agents.tsv": (*ACTOR_COLUMNS, "origin"),
    "discards.tsv": ("id", "phrase", "scope", "origin"),
}
ABOUT = {
    "verbs.tsv": "verb patterns (eventwire/coding/patterns.py format; object cells may hold `(prep noun)`)",
    "verb_defaults.tsv": "each verb's own or its block's default code: the back-off layer",
    "synsets.tsv": "the synsets the patterns were expanded with, for reference",
    "verb_forms.tsv": "irregular verb forms listed in the source",
    "actors.tsv": "actor dictionary entries (data/README.md format)",
    "agents.tsv": "agent nouns as role entries of the actor dictionary",
    "discards.tsv": "discard phrases: `story` drops the whole story, `sentence` the sentence",
}


@dataclass(slots=True)
class ImportResult:
    """What an import produced: rows per output file, and the problems met."""

    tables: dict[str, list[dict[str, str]]] = field(default_factory=lambda: {name: [] for name in TABLES})
    problems: list[Problem] = field(default_factory=list)
    lines_read: int = 0


def file_kind(path: Path) -> str:
    """Tell a legacy dictionary file's kind from its name."""
    name = path.name.lower()
    for kind, marks in (("verbs", ("verbs", "cameo")), ("agents", ("agents",)), ("discards", ("discards",)),
                        ("actors", ("actors",))):
        if any(m in name for m in marks):
            return kind
    raise InputError(f"{path}: cannot tell the dictionary kind from the name "
                     "(expected 'verbs'/'CAMEO', 'actors', 'agents' or 'discards' in it)")


def _slug(path: Path) -> str:
    stem = path.name.lower().removesuffix(".txt")
    return "".join(c if c.isalnum() else "-" for c in stem).strip("-")


def convert(files: Sequence[Path], codebook: Codebook) -> ImportResult:
    """Convert legacy dictionary files into rows of eventwire's tables."""
    result = ImportResult()
    for path in files:
        kind = file_kind(path)
        lines = read_lines(path, result.problems)
        result.lines_read += len(lines)
        slug = _slug(path)
        if kind == "verbs":
            verbs = convert_verbs(lines, slug, codebook, result.problems)
            result.tables["verbs.tsv"] += verbs.patterns
            result.tables["verb_defaults.tsv"] += verbs.defaults
            result.tables["synsets.tsv"] += verbs.synsets
            result.tables["verb_forms.tsv"] += verbs.forms
        elif kind == "actors":
            result.tables["actors.tsv"] += convert_actors(lines, slug, result.problems)
        elif kind == "agents":
            result.tables["agents.tsv"] += convert_agents(lines, slug, result.problems)
        else:
            result.tables["discards.tsv"] += convert_discards(lines, slug, result.problems)
    _validate(result, codebook)
    return result


def _validate(result: ImportResult, codebook: Codebook) -> None:
    """Drop (and report) rows eventwire's own loaders would reject, so the output always loads."""
    for name in ("verbs.tsv", "verb_defaults.tsv", "actors.tsv", "agents.tsv"):
        kept = []
        for row in result.tables[name]:
            try:
                if name.startswith("verb"):
                    pattern_from_row(row, (row["origin"], 0), codebook)
                else:
                    entry_from_row(row, row["origin"], 0)
            except DictionaryError as exc:
                result.problems.append(Problem(origin=row["origin"], message=f"{exc.problem}; skipped"))
                continue
            kept.append(row)
        result.tables[name] = kept


def render(name: str, rows: list[dict[str, str]], sources: Sequence[Path], notes: Sequence[str]) -> str:
    """Return one output table as TSV text with its header comments."""
    columns = TABLES[name]
    head = [f"# eventwire {ABOUT[name]}.",
            "# Converted by `eventwire dictionaries import --from petrarch` from: "
            f"{' '.join(p.name for p in sources)}.",
            *(f"# {note}" for note in notes),
            "# `origin` is the source file:line of each row. Regenerate rather than edit.",
            "\t".join(columns)]
    body = ["\t".join(row.get(c, "").replace("\t", " ") for c in columns) for row in rows]
    return "\n".join(head + body) + "\n"


def import_dictionaries(files: Sequence[Path], out: Path, codebook: Codebook,
                        notes: Sequence[str] = ()) -> ImportResult:
    """Convert legacy files and write the non-empty tables into `out`."""
    result = convert(files, codebook)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, rows in result.tables.items():
            if rows:
                (out / name).write_text(render(name, rows, files, notes), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{out}: cannot write the converted tables ({exc.strerror})") from None
    return result
