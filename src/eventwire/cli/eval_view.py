"""Render `eventwire eval` output."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from eventwire.evaluate import Report, Score, iter_errors


def _cells(score: Score) -> list[str]:
    return [str(score.gold), str(score.emitted), str(score.matched),
            f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]


def as_dict(report: Report) -> dict[str, object]:
    """Return the scores as plain data."""
    def one(s: Score) -> dict[str, float | int]:
        return {"gold": s.gold, "emitted": s.emitted, "matched": s.matched,
                "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
    return {"dyad": one(report.dyad), "dyad_type": one(report.typed),
            "per_type": {k: one(v) for k, v in report.per_type.items()}}


def show(report: Report, *, errors: bool, as_json: bool) -> None:
    """Print the scores (and, if asked, the cases the coder got wrong)."""
    if as_json:
        print(json.dumps(as_dict(report), indent=2))
        return
    console = Console(width=160)
    if errors:
        for line in iter_errors(report):
            console.print(line, highlight=False, markup=False)
    table = Table(title=f"{len(report.cases)} cases")
    for name in ("measure", "gold", "emitted", "matched", "precision", "recall", "F1"):
        table.add_column(name, justify="right")
    table.add_row("dyad", *_cells(report.dyad))
    table.add_row("dyad+type", *_cells(report.typed))
    for name, score in report.per_type.items():
        table.add_row(f"  {name}", *_cells(score))
    console.print(table)
