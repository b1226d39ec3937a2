"""Render `eventwire eval RECORDS.xml`: the PETRARCH unit-test scores."""

from __future__ import annotations

import json
from pathlib import Path


def run_unittest_eval(path: Path, *, errors: bool, as_json: bool) -> int:
    """Score the unit-test records and print matched / expected and extra events."""
    from eventwire.dictionaries.unittests import evaluate_unittests

    report = evaluate_unittests(path)
    if errors and not as_json:
        for line in report.misses:
            print(line)
        if report.problem_lines:
            print("dictionary lines not (fully) converted:")
            for line in report.problem_lines:
                print(f"  {line}")
    numbers = {"records": report.records, "error_records_left_out": report.skipped_errors,
               "expected": report.expected, "matched": report.matched, "emitted": report.emitted,
               "extra": report.extra, "matched_share": round(report.matched_share, 4),
               "extra_share": round(report.extra_share, 4), "import_problems": report.problems}
    if as_json:
        print(json.dumps(numbers, indent=2))
        return 0
    print(f"{report.records} records ({report.skipped_errors} error records left out); "
          f"matched {report.matched} / {report.expected} expected events ({report.matched_share:.1%}); "
          f"{report.extra} extra of {report.emitted} emitted ({report.extra_share:.1%}); "
          f"{report.problems} dictionary lines not (fully) converted")
    return 0
