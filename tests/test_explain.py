"""`explain` shows the real run: events and drops of the same coding, with a legend of its notation."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.cli.explain_view import show
from eventwire.coding.decisions import Stage
from eventwire.explain import explain
from eventwire.pipeline import code
from eventwire.resources import Resources

TEXT = "Foreign Minister Sergei Lavrov arrived in Beijing on Monday. He sharply criticized Japan."


def test_explain_uses_the_antecedents_of_the_run(resources: Resources) -> None:
    first, second = explain(TEXT, resources, published=date(2024, 5, 6))
    coded = code(TEXT, published=date(2024, 5, 6), resources=resources)
    assert [(e.sentence, e.rule, e.cameo) for e in first.events + second.events] == [
        (e.sentence, e.rule, e.cameo) for e in coded]
    assert [e.source.actor.country for e in second.events if e.source] == ["RUS"]
    assert not any("without antecedent" in d.reason for d in second.drops)


def test_explain_drops_come_from_the_stage_that_dropped(resources: Resources) -> None:
    [sentence] = explain("The government has ordered patrols by the police. ", resources)
    assert [(d.stage, d.span.text) for d in sentence.drops if d.rule == "posture.order_patrols"] == [
        (Stage.PLACE, "ordered patrols")]


def test_explain_prints_a_legend(resources: Resources, capsys: pytest.CaptureFixture[str]) -> None:
    show("Russia attacked Georgia.", resources, None, tokens=False)
    out = capsys.readouterr().out
    assert out.startswith("how to read this") and "source —CAMEO name / PLOVER→ target" in out
    assert "RUS" in out and "—19" in out
