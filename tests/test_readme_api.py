"""The README's Python snippet runs as written, and its records are those of `eventwire code`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.resources import Resources

README = Path(__file__).parent.parent / "README.md"


def _snippet() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"In Python:\n```python\n(.*?)```", text, re.S)
    assert found, "README has no Python snippet after 'In Python:'"
    return found.group(1)


@pytest.mark.slow
def test_readme_snippet_runs_and_records_match_the_cli(
        resources: Resources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(Resources, "load", classmethod(lambda cls, *a, **k: resources))
    scope: dict[str, object] = {}
    exec(compile(_snippet(), str(README), "exec"), scope)
    printed = capsys.readouterr().out.splitlines()
    records = scope["records"]
    assert isinstance(records, list) and records
    events = scope["events"]
    assert isinstance(events, list)
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": events[0].article_id, "text": events[0].sentence_text,
                                "published": "2024-03-06"}) + "\n", encoding="utf-8")
    assert main(["code", str(path), "--format", "jsonl"]) in (0, 1)
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == records
    assert lines == [e.to_json() for e in events]
    assert printed and all(p.startswith("a1 {") for p in printed)
