"""Score the coder on the PETRARCH unit-test records with their own dictionaries.

The records file (`PETR.UnitTest.records.xml`) names its four dictionaries in `<Environment>`;
they are converted with the importer, loaded instead of eventwire's own, and every `<Sentence>`
is coded. An expected `<EventCoding sourcecode targetcode eventcode>` is matched when an emitted
event has the same source code, target code and event code (one emitted event per expected one);
emitted events left over are extra. Sentences whose coding is `error=` are left out.
"""

from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from eventwire.coding.cues import CueIndex
from eventwire.coding.patterns import load_patterns
from eventwire.dictionaries import import_dictionaries
from eventwire.errors import InputError
from eventwire.model import Article, EventMention
from eventwire.ontology import Codebook, load_codebook
from eventwire.ontology.codebook import Code
from eventwire.pipeline import code_articles
from eventwire.resources import Resources

DICTIONARY_TAGS = ("Verbfile", "Actorfile", "Agentfile", "Discardfile")
_CODE = re.compile(r"\[(\d{2,4}[A-Za-z]?)[\]:]")  # WEIS-era codes, some with a letter ("174K")
Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """One unit-test sentence and the events it must yield."""

    id: str
    text: str
    when: date | None
    expected: tuple[Triple, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitTestReport:
    """Counts over the records."""

    records: int
    skipped_errors: int
    expected: int
    matched: int
    emitted: int
    problems: int
    misses: tuple[str, ...] = ()
    problem_lines: tuple[str, ...] = ()  # `file:line: problem` of each dictionary line not (fully) converted

    @property
    def extra(self) -> int:
        """Return the emitted events no expected event matched."""
        return self.emitted - self.matched

    @property
    def matched_share(self) -> float:
        """Return matched / expected."""
        return self.matched / self.expected if self.expected else 0.0

    @property
    def extra_share(self) -> float:
        """Return extra / emitted."""
        return self.extra / self.emitted if self.emitted else 0.0


def _root(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"{path}: cannot read the unit-test records ({exc})") from None


def _date(text: str | None) -> date | None:
    if not text or len(text) != 8 or not text.isdigit():
        return None
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def read_records(root: ET.Element) -> tuple[list[Record], int]:
    """Return the scorable records and how many were left out as `error=` records."""
    records: list[Record] = []
    errors = 0
    for sentence in root.iter("Sentence"):
        codings = [c.attrib for c in sentence.findall("EventCoding")]
        if any("error" in c for c in codings):
            errors += 1
            continue
        text = " ".join((sentence.findtext("Text") or "").split())
        expected = tuple((c["sourcecode"], c["targetcode"], c["eventcode"]) for c in codings if "eventcode" in c)
        records.append(Record(id=sentence.get("id", ""), text=text, when=_date(sentence.get("date")),
                              expected=expected))
    return records, errors


def dictionary_files(root: ET.Element, folder: Path) -> list[Path]:
    """Return the dictionary files the records' `<Environment>` names, next to the records file."""
    env = root.find("Environment")
    names = [env.findtext(tag) if env is not None else None for tag in DICTIONARY_TAGS]
    if not all(names):
        raise InputError(f"{folder}: the records name no {' / '.join(DICTIONARY_TAGS)} in <Environment>")
    return [folder / str(n).strip() for n in names]


def triple(event: EventMention) -> Triple:
    """Return an event as (source code, target code, event code); `---` for a missing actor."""
    source = event.source.actor.code if event.source else "---"
    target = event.target.actor.code if event.target else "---"
    return (source, target, event.cameo)


def _score(record: Record, events: list[EventMention]) -> tuple[int, str | None]:
    matched = (Counter(record.expected) & Counter(triple(e) for e in events)).total()
    if matched == len(record.expected) == len(events):
        return matched, None
    got = ", ".join(" ".join(triple(e)) for e in events) or "nothing"
    wanted = ", ".join(" ".join(t) for t in record.expected) or "nothing"
    return matched, f"{record.id}: want {wanted}; got {got}\n    {record.text}"


def unit_codebook(verb_file: Path) -> Codebook:
    """Return eventwire's codebook plus the codes a legacy verb file uses that CAMEO lacks (the
    unit tests use WEIS-era codes), as bare codes without Goldstein value or PLOVER type."""
    base = load_codebook()
    try:
        used = set(_CODE.findall(verb_file.read_text(encoding="utf-8", errors="replace")))
    except OSError as exc:
        raise InputError(f"{verb_file}: cannot read ({exc.strerror})") from None
    extra = {c: Code(code=c, name=f"legacy code {c}", parent=None, root=c[:2], quad_class=0, goldstein=0.0,
                     plover=None, plover_mode=(), plover_context=()) for c in sorted(used) if c not in base}
    return Codebook({**base.codes, **extra})


def unit_resources(root: ET.Element, folder: Path, *,
                   pipeline: str | None = None) -> tuple[Resources, tuple[str, ...]]:
    """Return resources with the records' own dictionaries in place of eventwire's, and the
    dictionary lines the import could not (fully) convert (`file:line: problem`)."""
    files = dictionary_files(root, folder)
    codebook = unit_codebook(files[0])
    with tempfile.TemporaryDirectory(prefix="eventwire-unittest-") as tmp:
        out = Path(tmp)
        imported = import_dictionaries(files, out, codebook)
        tables = {name: out / name for name, rows in imported.tables.items() if rows}
        resources = Resources.load(
            dictionaries=[p for n, p in tables.items() if n in {"actors.tsv", "agents.tsv"}],
            pipeline=pipeline, builtin=False)
        patterns = load_patterns(codebook, [p for n, p in tables.items() if n in {"verbs.tsv", "verb_defaults.tsv"}],
                                 builtin=False)
    # The records' codes are the legacy dictionary's own (mostly WEIS-era), and its patterns name the
    # modal and negated forms they mean ("WILL NOT *"): eventwire's CAMEO recodings (intent,
    # refusal, joint action, a state's seizure, force on protesters) would translate codes that do
    # not mean what CAMEO's do, so they are off,
    # and a negated act is kept: its pattern's code already says what the negated form means. The
    # records list one event per pair of parties (dyadic data), so an act of several is coded per pair.
    conventions = replace(resources.conventions, intent={}, refusal={}, joint={}, by_state={}, on_crowd={})
    resources = replace(resources, codebook=codebook, patterns=patterns, cues=CueIndex.build(patterns),
                        conventions=conventions, keep_negated=True, pairs=True)
    return resources, tuple(str(p) for p in imported.problems)


def evaluate_unittests(path: Path, *, pipeline: str | None = None) -> UnitTestReport:
    """Import the records' dictionaries, code every record and count matched and extra events."""
    root = _root(path)
    records, errors = read_records(root)
    resources, problems = unit_resources(root, path.parent, pipeline=pipeline)
    articles = (Article(id=r.id, text=r.text, published=r.when) for r in records)
    matched = emitted = 0
    misses: list[str] = []
    for record, coded in zip(records, code_articles(articles, resources), strict=True):
        n, miss = _score(record, list(coded.mentions))
        matched, emitted = matched + n, emitted + len(coded.mentions)
        misses += [miss] if miss else []
    return UnitTestReport(records=len(records), skipped_errors=errors, expected=sum(len(r.expected) for r in records),
                          matched=matched, emitted=emitted, problems=len(problems), misses=tuple(misses),
                          problem_lines=problems)
