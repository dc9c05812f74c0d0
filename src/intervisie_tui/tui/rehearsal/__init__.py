"""Rehearsal screens: the run screen with cue cards and incidents, and the debrief.

`rehearsal_screen()` is the one entry point the app needs: it builds the drill on the app's
clock (a FakeClock in tests) and returns the screen to push.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.debrief import rehearsals_dir
from intervisie_tui.rehearsal.drill import Rehearsal
from intervisie_tui.rehearsal.script import DEFAULT_SPEED
from intervisie_tui.session.clock import Clock
from intervisie_tui.tui.i18n import language
from intervisie_tui.tui.rehearsal.screen import RehearsalScreen
from intervisie_tui.tui.rehearsal.share import ShareTarget

__all__ = ["RehearsalScreen", "ShareTarget", "new_seed", "rehearsal_screen"]


def new_seed() -> int:
    """A fresh seed when the chair gave none; the debrief shows it so the drill can be replayed."""
    return secrets.randbelow(100_000)


def rehearsal_screen(
    method: Method,
    clock: Clock,
    *,
    seed: int | None = None,
    speed: float | None = None,
    folder: Path | None = None,
    tick_seconds: float | None = None,
    share: ShareTarget | None = None,
) -> RehearsalScreen:
    """A started rehearsal of `method`, ready to push; `folder` is the app's data folder.

    `share`: a rehearsal for a group, whose debrief offers to share the results with it."""
    drill = Rehearsal(
        method,
        seed=new_seed() if seed is None else seed,
        speed=DEFAULT_SPEED if speed is None else speed,
        base_clock=clock,
        lang=language(),
    )
    drill.start()
    target = None if folder is None else rehearsals_dir(folder)
    if tick_seconds is None:
        return RehearsalScreen(drill, folder=target, share=share)
    return RehearsalScreen(drill, folder=target, tick_seconds=tick_seconds, share=share)
