"""Overrides of the imported base layer (`data/base_overrides.tsv`): verb defaults and imported
patterns switched off or re-coded by data, a user's file over the built-in one, malformed lines
failing with `file:line: problem`, and the coder's output on sentences of verbs of motion, of
preparing and of making something grow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.cli.explain_view import show
from eventwire.coding.overrides import apply_overrides, load_overrides, parse_overrides
from eventwire.coding.patterns import is_backoff, load_patterns, parse_patterns, uncoded_backoff
from eventwire.errors import DictionaryError
from eventwire.explain import explain
from eventwire.ontology import Codebook, load_codebook
from eventwire.pipeline import code
from eventwire.resources import Resources

HEADER = "kind\tkey\tcode\twhy\n"
IMPORTED = "id\tcameo\tverb\tobject\ttarget\treverse\torigin\n"
LAYER = IMPORTED + ("m.backoff\t040\tdrive|ride|walk\t\t\t\tt:1\n"
                    "w.backoff\t040\twalk out\t\t\t\tt:2\n"
                    "p.7\t1044\tannounce\tsecession\t\t\tt:3\n")
WHEN = date(2021, 3, 9)


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook()


def _layer(codebook: Codebook, rows: str, *, backoff: bool = True) -> dict[str, object]:
    base = {p.id: p for p in parse_patterns(LAYER, "eventwire/data/petrarch/t.tsv", codebook)}
    return dict(apply_overrides(base, tuple(parse_overrides(HEADER + rows, "o.tsv", codebook).values()),
                                backoff=backoff))


def test_a_verb_is_split_off_its_block_and_switched_off(codebook: Codebook) -> None:
    layer = _layer(codebook, "verb\tride\tnone\triding is no meeting\n")
    kept, own = layer["m.backoff"], layer["m.ride.backoff"]
    assert kept.chain[0].lemmas == frozenset({"drive", "walk"}) and not kept.off  # type: ignore[attr-defined]
    assert own.chain[0].lemmas == frozenset({"ride"})  # type: ignore[attr-defined]
    reason = uncoded_backoff(own)  # type: ignore[arg-type]
    assert reason is not None and "o.tsv:2" in reason and "riding is no meeting" in reason
    assert not layer["w.backoff"].off  # type: ignore[attr-defined]  # "walk out" is another verb


def test_a_verb_with_a_particle_and_a_pattern_are_recoded(codebook: Codebook) -> None:
    layer = _layer(codebook, "verb\twalk out\t120\tleaving talks rejects them\n"
                             "pattern\tp.7\t0\tthe test says nothing else\n".replace("\t0\t", "\tnone\t"))
    walked = layer["w.walk.backoff"]
    assert walked.cameo == "120" and "re-coded 120" in walked.recoded  # type: ignore[attr-defined]
    assert layer["p.7"].off and layer["p.7"].cameo == "1044"  # type: ignore[attr-defined]
    assert not layer["m.backoff"].off  # type: ignore[attr-defined]


@pytest.mark.parametrize(("rows", "problem"), [
    ("move\tride\tnone\tx\n", "o.tsv:2: kind must be"),
    ("verb\tride\t999\tx\n", "o.tsv:2: code must be"),
    ("verb\tride\tnone\t\n", "o.tsv:2: a key and the reason"),
    ("verb\tride\tnone\tx\nverb\tRide\t040\ty\n", "o.tsv:3: verb 'ride' is listed twice"),
    ("verb\tswim\tnone\tx\n", "o.tsv:2: verb 'swim': no imported verb default"),
    ("pattern\tp.8\tnone\tx\n", "o.tsv:2: pattern 'p.8': no imported pattern"),
])
def test_a_malformed_line_fails_with_its_place(codebook: Codebook, rows: str, problem: str) -> None:
    with pytest.raises(DictionaryError, match=problem):
        _layer(codebook, rows)


def test_without_back_offs_a_verb_default_row_is_no_error(codebook: Codebook) -> None:
    assert "m.backoff" in _layer(codebook, "verb\tswim\tnone\tx\n", backoff=False)


def test_a_user_file_replaces_a_built_in_row(codebook: Codebook, tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "verb\tgo\t042\tin my data going somewhere is a visit\n", encoding="utf-8")
    built_in = {(o.kind, o.key): o for o in load_overrides(codebook)}
    assert not built_in[("verb", "go")].code
    mine = {(o.kind, o.key): o for o in load_overrides(codebook, [user])}
    assert mine[("verb", "go")].code == "042" and mine[("verb", "go")].where == f"{user}:2"
    patterns = load_patterns(codebook, base_layer=True, overrides=[user])
    went = [p for p in patterns.by_lemma["go"] if p.id.endswith(".go.backoff") and p.chain[0].particle is None]
    assert went and all(p.cameo == "042" and p.recoded for p in went)


def test_the_built_in_file_loads_with_the_layer(codebook: Codebook) -> None:
    patterns = load_patterns(codebook, base_layer=True)
    prepared = [p for p in patterns.by_lemma["prepare"] if p.id.endswith(".backoff")]
    assert prepared and all(p.off for p in prepared)
    assert any(p.id.endswith(".backoff") and not p.off for p in patterns.by_lemma["travel"])


def _backoff_events(text: str, resources: Resources) -> list[tuple[str, str, str]]:
    return [(e.source.actor.code if e.source else "", e.target.actor.code if e.target else "", e.rule)
            for e in code(text, published=WHEN, resources=resources) if is_backoff(e.rule)]


LEFT = "Brazil's president left Argentina on Monday."


@pytest.mark.parametrize("sentence", [
    LEFT,
    "Bolivia deepened its dispute with Chile.",
    "A Japanese carmaker will assemble trucks in Kenya from next spring.",
    "Bolivia's army controlled the border post for Paraguay last year.",
    # giving or granting is coded from what is given; paying names no economic cooperation
    "The tribunal granted the disputed valley to Honduras in 1992.",
    "Ghana has struggled to pay its teachers since cocoa prices fell.",
])
def test_no_event_of_a_switched_off_default(resources: Resources, sentence: str) -> None:
    assert _backoff_events(sentence, resources) == []


def test_explain_says_which_row_switched_a_default_off(resources: Resources) -> None:
    [item] = explain(LEFT, resources, published=WHEN)
    reasons = [d.reason for d in item.drops if d.rule and is_backoff(d.rule)]
    assert any("base_overrides.tsv" in r and "verb of motion" in r for r in reasons), reasons


def test_a_user_row_recodes_a_default_and_explain_shows_it(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(HEADER + "verb\tleave\t042\tin my data leaving a country ends a visit\n", encoding="utf-8")
    mine = Resources.load(overrides=[user])
    assert [(s, t, r.split("+")[0]) for s, t, r in _backoff_events(LEFT, mine)] == [
        ("BRAGOV", "ARG", "cameo-2-0.5344.leave.backoff")]
    assert [e.cameo for e in code(LEFT, published=WHEN, resources=mine)] == ["042"]
    show(LEFT, mine, WHEN, tokens=False)
    assert f"override: imported pattern re-coded 042 by {user}:2" in capsys.readouterr().out


def _coded(sentence: str, resources: Resources) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.actor.country if e.source else None, e.cameo, e.target.actor.country if e.target else None)
            for e in code(sentence, published=WHEN, resources=resources)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a border closed, halted or suspended restricts movement across it (191), no administrative sanction
    ("Laos halted river traffic across the border with Thailand on Monday.", [("LAO", "191", "THA")]),
    ("Sudan suspended all crossings at the border with Chad.", [("SDN", "191", "TCD")]),
    # people flown somewhere are carried there: no offer of a meeting beside the arrest
    ("Thai police arrested four smugglers and flew them to Bangkok for questioning.", [("THA", "173", "THA")]),
    # beating or defeating a side "with" goals or votes is a result, no threat
    ("Morocco beat Tunisia 2-0 in Rabat with two late goals.", []),
    ("Chile defeated Peru with a penalty in the second half.", []),
    # remaining committed to a party is a stated commitment (030), not praise of it (051)
    ("The Kenyan cabinet remains committed to its partnership with Ethiopia, a spokesman said.",
     [("KEN", "030", "ETH")]),
    # respecting another country's independence endorses it (051): no symbolic act (017)
    ("Brazil respects Paraguay's independence, the minister told parliament on Monday.", [("BRA", "051", "PRY")]),
    ("Officials in Hanoi said Vietnam fully respected the independence of Laos.", [("VNM", "051", "LAO")]),
])
def test_imported_patterns_recoded_or_switched_off_by_sense(resources: Resources, sentence: str,
                                                            expected: list[tuple[str, str, str]]) -> None:
    assert _coded(sentence, resources) == expected
