"""Pausing Python's cyclic garbage collector while a library loads.

Loading a method file allocates a few thousand short-lived objects (libyaml's nodes and marks,
the plain data, pydantic's output) and keeps a few hundred (the method). None of them form
reference cycles, so reference counting frees all the garbage; the cyclic collector only
walks them. It runs so often during a load, and walks every method kept so far each time it
reaches the oldest generation, that it cost about a third of a first load of 1,000 methods
(bench/library_load.py), and a growing share as a library grows.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the body without cyclic collections; the collector's state is restored after.

    Nothing is lost by pausing: loading makes no cyclic garbage (a test counts it), and any
    other thread's cycles are collected at the first collection after the load.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
