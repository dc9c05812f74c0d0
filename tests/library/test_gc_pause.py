"""The cyclic collector is paused while a library loads, which is only sound if loading makes no
cyclic garbage, and only polite if the collector is switched back on afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from intervisie_tui.library import load_library, load_paths
from intervisie_tui.library.gc_pause import gc_paused

TESTS = Path(__file__).resolve().parent.parent
VALID = TESTS / "data" / "valid"
BROKEN = TESTS / "data" / "broken"


@pytest.fixture
def collector_off() -> Iterator[None]:
    # The first load imports PyYAML and pydantic and builds the validator: one-off cycles.
    load_paths([VALID, BROKEN], cache=False)
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.usefixtures("collector_off")
def test_loading_valid_and_broken_files_leaves_no_cyclic_garbage() -> None:
    library = load_paths([VALID, BROKEN], cache=False)
    assert library.has_errors and len(library) > 0
    assert gc.collect() == 0


def test_the_collector_runs_again_after_a_load() -> None:
    assert gc.isenabled()
    load_library(user=False, cache=False)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off_and_on_after_an_error() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("a load that fails")
    assert gc.isenabled()
