"""The eval gate: F1 floors on the public PLOVER gold set (../shared/gold), pinned with its hash.

A coder change that lowers either score below its floor fails CI. Raise the floors when the
coder improves; never lower them to get green. Needs ../shared/ beside the checkout.
"""

from __future__ import annotations

import hashlib

import pytest

from conftest import SHARED, SHARED_MISSING
from eventwire.evaluate import evaluate, load_gold
from eventwire.resources import Resources

GOLD = SHARED / "gold" / "plover-gsr.public.jsonl"
GOLD_SHA256 = "7a96929dee7ba27628790c3d9b41f4f01fa27b6693b268086ea821ab61725618"
DYAD_F1_FLOOR = 0.775
TYPED_F1_FLOOR = 0.69
pytestmark = pytest.mark.skipif(not GOLD.is_file(), reason=SHARED_MISSING)


def test_eval_gate_gold_file_is_the_pinned_one() -> None:
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == GOLD_SHA256


def test_eval_gate_floors(resources: Resources) -> None:
    report = evaluate(load_gold(GOLD), resources)
    assert report.dyad.f1 >= DYAD_F1_FLOOR, f"dyad F1 {report.dyad.f1:.3f} < {DYAD_F1_FLOOR}"
    assert report.typed.f1 >= TYPED_F1_FLOOR, f"dyad+type F1 {report.typed.f1:.3f} < {TYPED_F1_FLOOR}"
