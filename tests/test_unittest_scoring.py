"""Scoring PETRARCH-style unit-test records with their own legacy dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.dictionaries.unittests import evaluate_unittests


def _records(sentences: str) -> str:
    """Return a records file naming the Mini dictionaries, around its <Sentence> elements."""
    return ("<Validation>\n<Environment>\n"
            + "".join(f"    <{tag}>Mini.{kind}.txt</{tag}>\n" for tag, kind in
                      (("Verbfile", "verbs"), ("Actorfile", "actors"), ("Agentfile", "agents"),
                       ("Discardfile", "discards")))
            + "</Environment>\n<Sentences>\n" + sentences + "</Sentences>\n</Validation>\n")


def _write(folder: Path, records: str, files: dict[str, str]) -> Path:
    """Write a records file and its dictionaries into a folder; return the records file."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "Mini.records.xml"
    path.write_text(records, encoding="utf-8")
    return path


RECORDS = _records("""\
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
""")
# Legacy codes: 070 gives aid (in CAMEO too, where "will" would make it an intention, 033).
VERBS = """\
--- CONTRIBUTE  [070] ---
CONTRIBUTE
- CERTAINLY WILL NOT *  [909]
"""
FILES = {"Mini.verbs.txt": VERBS, "Mini.actors.txt": "RURITANIA_ [RUR]\nGRAUSTARK_ [GRS]\n",
         "Mini.agents.txt": "MINISTER [~GOV]\n", "Mini.discards.txt": "CHESS OPEN\n"}


def test_unit_records_are_scored_with_the_legacy_codes(tmp_path: Path) -> None:
    report = evaluate_unittests(_write(tmp_path, RECORDS, FILES))
    assert (report.records, report.expected, report.matched, report.emitted) == (3, 2, 2, 2), report.misses


def test_unit_records_errors_list_the_lines_not_converted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = _write(tmp_path, RECORDS, {**FILES, "Mini.verbs.txt": VERBS + "- + * ROCKET  [071]\n"})
    assert main(["eval", str(records), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "  Mini.verbs.txt:4: a target (+) before the verb is not supported; skipped" in out
    assert out.rstrip().endswith("1 dictionary lines not (fully) converted")


COMPOUND_RECORDS = _records("""\
<Sentence date="20200301" id="PAIR-1">
<EventCoding sourcecode="RUR" targetcode="GRS" eventcode="070"></EventCoding>
<EventCoding sourcecode="ELB" targetcode="GRS" eventcode="070"></EventCoding>
<Text>The Twin Duchies will contribute a million crowns to Graustark.</Text>
</Sentence>
<Sentence date="20200301" id="ARTICLE-1">
<EventCoding sourcecode="GRS" targetcode="UDF" eventcode="070"></EventCoding>
<Text>Graustark will contribute a million crowns to the UDF.</Text>
</Sentence>
<Sentence date="20200301" id="LETTER-1">
<EventCoding sourcecode="GRS" targetcode="RUR" eventcode="071Q"></EventCoding>
<Text>Graustark will contribute gold to Ruritania.</Text>
</Sentence>
<Sentence date="20200301" id="WITH-1">
<EventCoding sourcecode="GRS" targetcode="RUR" eventcode="031"></EventCoding>
<EventCoding sourcecode="GRS" targetcode="UDF" eventcode="031"></EventCoding>
<Text>Graustark agreed with Ruritania and the UDF on the new border.</Text>
</Sentence>
<Sentence date="20200301" id="TAP-1">
<EventCoding sourcecode="RUR" targetcode="GRS" eventcode="1711"></EventCoding>
<Text>Ruritania wire tapped the telephone lines of Graustark last year.</Text>
</Sentence>
<Sentence date="20200301" id="TAP-2">
<EventCoding sourcecode="RUR" targetcode="GRS" eventcode="0811"></EventCoding>
<Text>Ruritania will not wire tap the telephone lines of Graustark again.</Text>
</Sentence>
<Sentence date="20200301" id="TAP-3" noevents="True">
<Text>Ruritania tapped the maple trees of Graustark last year.</Text>
</Sentence>
<Sentence date="20200301" id="FOR-1">
<EventCoding sourcecode="GRS" targetcode="RUR" eventcode="096"></EventCoding>
<Text>Graustark called for an embargo on Ruritania.</Text>
</Sentence>
<Sentence date="20200301" id="TURNED-1">
<EventCoding sourcecode="GRS" targetcode="RUR" eventcode="0712"></EventCoding>
<Text>Ruritania received gold from Graustark in March.</Text>
</Sentence>
<Sentence date="20200301" id="TURNED-2">
<EventCoding sourcecode="GRS" targetcode="RUR" eventcode="026"></EventCoding>
<Text>Ruritania received an invitation from Graustark in May.</Text>
</Sentence>
""")
AGREE = """\
--- RECEIVE  [033] ---
RECEIVE
- + * GOLD $  [0712]
- * INVITATION  [:026]
--- CALL  [010] ---
CALL
- * FOR  [096]
--- AGREE  [081] ---
AGREE
- * WITH %  [031]
--- SEIZE  [1711] ---
SEIZE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING}
- WILL NOT *  [0811]
"""
COMPOUND_FILES = {**FILES, "Mini.verbs.txt": VERBS + "- * GOLD  [071Q]\n" + AGREE,
                  "Mini.actors.txt": "RURITANIA_ [RUR]\nGRAUSTARK_ [GRS]\nTHE_TWIN_DUCHIES [RUR/ELB]\n"
                                     "THE_UDF [UDF]\n"}


def test_unit_records_compounds_articles_and_lettered_codes(tmp_path: Path) -> None:
    # a coded compound names each of its members; "THE_UDF" is "the UDF" inside a sentence; a
    # legacy code may end in a letter; a compound after the verb (`WITH %`) is a target each; a
    # compound's words before its verb (`WIRE_+TAP`) must be there; a lone preposition after the
    # verb (`* FOR`) is its phrase; a pattern with its target before the verb and its source after
    # it (`+ * GOLD $`) codes the actor after the verb acting on the subject, and so does a code
    # for the target's act back alone (`[:026]`)
    report = evaluate_unittests(_write(tmp_path, COMPOUND_RECORDS, COMPOUND_FILES))
    assert (report.expected, report.matched, report.emitted, report.problems) == (11, 11, 11, 0), report.misses


def test_unit_records_keep_the_legacy_code_of_a_states_act(tmp_path: Path) -> None:
    # eventwire codes people a state seizes as detained (173); the legacy record's own code stands
    records = _records("""\
<Sentence date="20200301" id="SEIZE-1">
<EventCoding sourcecode="RUR" targetcode="GRS" eventcode="181"></EventCoding>
<Text>Ruritania seized two Graustark traders.</Text>
</Sentence>
""")
    files = {**FILES, "Mini.verbs.txt": "--- SEIZE  [181] ---\nSEIZE\n"}
    report = evaluate_unittests(_write(tmp_path, records, files))
    assert (report.expected, report.matched, report.emitted) == (1, 1, 1), report.misses
