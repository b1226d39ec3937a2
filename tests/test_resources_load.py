"""Loading resources pauses the cyclic garbage collector and restores its state afterwards."""

from __future__ import annotations

import gc

import pytest

from eventwire.resources import _collector_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_resources_collector_paused_while_loading_then_restored(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        with _collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
    finally:
        gc.enable()


def test_resources_collector_restored_after_a_failed_load() -> None:
    with pytest.raises(ValueError), _collector_paused():
        raise ValueError("bad data file")
    assert gc.isenabled()
