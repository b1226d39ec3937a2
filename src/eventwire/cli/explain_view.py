"""Render `eventwire explain` output."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.table import Table

from eventwire.coding.patterns import pattern_id
from eventwire.explain import SentenceExplanation, explain
from eventwire.model import Mention
from eventwire.resources import Resources


def _tokens(item: SentenceExplanation) -> Table:
    table = Table(title="parse", show_edge=False)
    for name in ("i", "text", "lemma", "pos", "dep", "head"):
        table.add_column(name)
    for t in item.tokens:
        table.add_row(*(str(t[k]) for k in ("i", "text", "lemma", "pos", "dep", "head")))
    return table


def _summary(item: SentenceExplanation) -> str:
    roots = [t for t in item.tokens if t["dep"] == "ROOT"]
    verbs = [f"{t['text']}({t['lemma']})" for t in item.tokens if t["pos"] in {"VERB", "AUX"}]
    names = [t["text"] for t in item.tokens if t["pos"] == "PROPN"]
    return (f"  parse: root {roots[0]['text'] if roots else '-'}; verbs: {', '.join(verbs) or '-'}; "
            f"proper nouns: {', '.join(names) or '-'}")


def _side(mention: Mention | None) -> str:
    if mention is None:
        return "-"
    return f"{mention.actor.code} ({mention.text!r}; entries {', '.join(mention.entries)})"


LEGEND = (
    "[dim]how to read this: an event is printed as `source —CAMEO name / PLOVER→ target`; a side is\n"
    "`ACTOR CODE ('text as written'; entries the dictionary entries and inferences that made it)`, and `-`\n"
    "stands for no actor, no PLOVER category or nothing found; `dropped 'action' (rule R, stage S)` is a\n"
    "candidate event a stage of the run did not keep, and why.[/dim]"
)


def show(text: str, resources: Resources, published: date | None, *, tokens: bool) -> None:
    """Print the explanation of every sentence of a text, after a legend of the notation."""
    console = Console(width=160)
    console.print(LEGEND)
    for item in explain(text, resources, published=published):
        flag = "" if item.selected else " [dim](the pre-filter would not parse this sentence)[/dim]"
        console.print(f"[bold]sentence {item.index}[/bold]{flag}: {item.text}")
        console.print(_summary(item))
        if tokens:
            console.print(_tokens(item))
        for hit in item.hits:
            console.print(f"  actor  {hit.text!r} [{hit.start}:{hit.end}] → {', '.join(hit.codes)} "
                          f"(entries: {', '.join(hit.entries)})")
        for m in item.events:
            src = _side(m.source)
            tgt = _side(m.target)
            console.print(f"  [green]event[/green]  {src} —{m.cameo} {m.cameo_name} / {m.plover or '-'}→ {tgt}")
            console.print(f"         rule {m.rule}; action {m.action.text!r}; date {m.date.date} ({m.date.how}"
                          f"{', ' + repr(m.date.text) if m.date.text else ''}); place "
                          f"{m.place.name if m.place else '-'}; negated {m.negated}; modality {m.modality}; "
                          f"speaker {m.speaker or '-'}; reported by {', '.join(m.reported_by) or '-'}")
            pattern = resources.patterns.by_id.get(pattern_id(m.rule))
            if pattern is not None and pattern.recoded:
                console.print(f"         override: {pattern.recoded}")
        for d in item.drops:
            console.print(f"  [yellow]dropped[/yellow] {d.span.text!r} (rule {d.rule}, stage {d.stage}): {d.reason}")
        if not item.events and not item.drops:
            console.print("  no event: no verb with a coding pattern")
