"""Scoring PETRARCH-style unit-test records with their own legacy dictionaries."""

from __future__ import annotations

from pathlib import Path

from eventwire.dictionaries.unittests import evaluate_unittests

RECORDS = """\
<Validation>
<Environment>
    <Verbfile>Mini.verbs.txt</Verbfile>
    <Actorfile>Mini.actors.txt</Actorfile>
    <Agentfile>Mini.agents.txt</Agentfile>
    <Discardfile>Mini.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20200301" id="GIVE-1">
<EventCoding sourcecode="RUR" targetcode="GRS" eventcode="070"></EventCoding>
<Text>Ruritania will contribute a million crowns to Graustark.</Text>
</Sentence>
<Sentence date="20200301" id="GIVE-2">
<EventCoding sourcecode="RUR" targetcode="GRS" eventcode="909"></EventCoding>
<Text>Ruritania certainly will not contribute a million crowns to Graustark.</Text>
</Sentence>
<Sentence date="20200301" id="NONE-1" noevents="True">
<Text>The weather in Strelsau was mild.</Text>
</Sentence>
</Sentences>
</Validation>
"""
# Legacy codes: 070 gives aid (in CAMEO too, where "will" would make it an intention, 033).
VERBS = """\
--- CONTRIBUTE  [070] ---
CONTRIBUTE
- CERTAINLY WILL NOT *  [909]
"""
FILES = {"Mini.verbs.txt": VERBS, "Mini.actors.txt": "RURITANIA_ [RUR]\nGRAUSTARK_ [GRS]\n",
         "Mini.agents.txt": "MINISTER [~GOV]\n", "Mini.discards.txt": "CHESS OPEN\n"}


def test_unit_records_are_scored_with_the_legacy_codes(tmp_path: Path) -> None:
    (tmp_path / "Mini.records.xml").write_text(RECORDS, encoding="utf-8")
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = evaluate_unittests(tmp_path / "Mini.records.xml")
    assert (report.records, report.expected, report.matched, report.emitted) == (3, 2, 2, 2), report.misses
