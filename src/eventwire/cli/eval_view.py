"""Render `eventwire eval` output."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.table import Table

from eventwire.evaluate import Report, Score, iter_errors
from eventwire.evaluate_articles import ArticleReport, iter_article_errors


def _cells(score: Score) -> list[str]:
    return [str(score.gold), str(score.emitted), str(score.matched),
            f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]


def _score_dict(s: Score) -> dict[str, float | int]:
    return {"gold": s.gold, "emitted": s.emitted, "matched": s.matched,
            "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}


def as_dict(report: Report) -> dict[str, object]:
    """Return the scores as plain data."""
    return {"dyad": _score_dict(report.dyad), "dyad_type": _score_dict(report.typed),
            "per_type": {k: _score_dict(v) for k, v in report.per_type.items()}}


def show(report: Report, *, errors: bool, as_json: bool) -> None:
    """Print the scores (and, if asked, the cases the coder got wrong)."""
    rows = [("dyad", report.dyad), ("dyad+type", report.typed),
            *((f"  {name}", score) for name, score in report.per_type.items())]
    _print(as_dict(report) if as_json else None, iter_errors(report) if errors else (),
           f"{len(report.cases)} cases", rows)


def articles_dict(report: ArticleReport) -> dict[str, object]:
    """Return the whole-article scores as plain data."""
    return {"articles": len(report.articles), "dyad": _score_dict(report.dyad), "dyad_root": _score_dict(report.typed),
            "date_accuracy": {"right": report.dates.right, "checked": report.dates.checked,
                              "share": round(report.dates.share, 4)},
            "place_accuracy": {"right": report.places.right, "checked": report.places.checked,
                               "share": round(report.places.share, 4)},
            "events_on_empty_sentences": report.on_empty}


def show_articles(report: ArticleReport, *, errors: bool, as_json: bool) -> None:
    """Print the whole-article scores (and, if asked, each missed and each extra event)."""
    footer = (f"date accuracy {report.dates.share:.3f} ({report.dates.right}/{report.dates.checked} matched)"
              f"   place accuracy {report.places.share:.3f} ({report.places.right}/{report.places.checked})"
              f"   events on sentences without gold events: {report.on_empty}")
    _print(articles_dict(report) if as_json else None, iter_article_errors(report) if errors else (),
           f"{len(report.articles)} articles", [("dyad", report.dyad), ("dyad+root", report.typed)], footer)


def _print(data: dict[str, object] | None, error_lines: Iterable[str], title: str,
           rows: Sequence[tuple[str, Score]], footer: str = "") -> None:
    """Print `data` as JSON when given; else the error lines, a table of `rows` and the footer."""
    if data is not None:
        print(json.dumps(data, indent=2))
        return
    console = Console(width=160)
    for line in error_lines:
        console.print(line, highlight=False, markup=False)
    table = Table(title=title)
    for name in ("measure", "gold", "emitted", "matched", "precision", "recall", "F1"):
        table.add_column(name, justify="right")
    for name, score in rows:
        table.add_row(name, *_cells(score))
    console.print(table)
    if footer:
        console.print(footer, highlight=False)
