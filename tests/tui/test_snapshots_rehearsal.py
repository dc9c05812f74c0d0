"""Snapshots of a rehearsal's own layouts: the wait for the opening words, the room talking,
the intervene dialog, its feedback and the debrief with its tables and the comparison.

Deterministic like test_snapshots.py: a FakeClock, UTC, the fixture library, seed 3 and the
default speed. The screen's own timers never fire (tick_seconds is huge): each picture is
taken after the test moved the clock and let the drill say what is due.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_snapshots import workdir
from textual.pilot import Pilot
from textual.widgets.markdown import MarkdownBlock
from tui_support import fixture_catalog

from intervisie_tui.rehearsal.drill import Heard
from intervisie_tui.rehearsal.history import HistoryRecord, append_history
from intervisie_tui.rehearsal.lines import Voice
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.rehearsal import RehearsalScreen
from intervisie_tui.tui.rehearsal.incident import IncidentScreen

__all__ = ["workdir"]  # the fixture, shared with test_snapshots.py

Snap = Callable[..., bool]
Step = Callable[[Pilot[Any]], Awaitable[None]]
NEVER = 10_000.0
SEED = 3


def rehearsal_app(folder: Path, clock: FakeClock) -> IntervisieApp:
    """The app as `run kot --rehearse --seed 3` opens it."""
    return IntervisieApp(
        fixture_catalog(),
        clock=clock,
        lang="nl",
        folder=folder,
        start=StartRequest("kot", rehearse=True, seed=SEED),
        tz=UTC,
        tick_seconds=NEVER,
    )


def rehearsal(pilot: Pilot[Any]) -> RehearsalScreen:
    screen = pilot.app.screen
    assert isinstance(screen, RehearsalScreen), screen
    return screen


async def listen(
    pilot: Pilot[Any], clock: FakeClock, until: Callable[[tuple[Heard, ...]], bool]
) -> None:
    """Let real time pass half a second at a time, the room saying what is due, until `until`
    holds for what was heard in this phase."""
    screen = rehearsal(pilot)
    drill = screen.drill
    for _ in range(400):
        here = tuple(h for h in drill.heard if h.line.phase_index == drill.state.index)
        if until(here):
            break
        clock.advance(0.5)
        screen.tick_drill()
    else:
        raise AssertionError("the room never said it")
    screen.refresh_clock()
    await pilot.pause()


def participants_spoke(count: int) -> Callable[[tuple[Heard, ...]], bool]:
    return lambda here: (
        len([h for h in here if h.voice in (Voice.member, Voice.inbrenger)]) >= count
    )


def a_breach(here: tuple[Heard, ...]) -> bool:
    return bool(here) and here[-1].line.breach is not None


def before(clock: FakeClock, *steps: str) -> Step:
    """The keys of a script before the picture: 'said' (Enter), 'talk' (participants speak),
    'breach' (listen to the first breach), 'i', 'good' (the good option), 'n'."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        for step in steps:
            if step == "said":
                await pilot.press("enter")
            elif step == "talk":
                await listen(pilot, clock, participants_spoke(3))
            elif step == "breach":
                await listen(pilot, clock, a_breach)
                clock.advance(1.0)
            elif step == "good":
                dialog = pilot.app.screen
                assert isinstance(dialog, IncidentScreen)
                await pilot.press(str(dialog.prompt.incident.good.number))
            else:
                await pilot.press(step)
            await pilot.pause()
        rehearsal_screen = next(s for s in pilot.app.screen_stack if isinstance(s, RehearsalScreen))
        rehearsal_screen.refresh_clock()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize(
    "size", [pytest.param((100, 30), id="100x30"), pytest.param((80, 24), id="80x24")]
)
def test_rehearsal_waits_for_the_opening_words(
    snap_compare: Snap, size: tuple[int, int], workdir: Path
) -> None:
    clock = FakeClock()
    app = rehearsal_app(workdir, clock)
    assert snap_compare(app, terminal_size=size, run_before=before(clock))


def test_rehearsal_the_room_talks(snap_compare: Snap, workdir: Path) -> None:
    clock = FakeClock()
    app = rehearsal_app(workdir, clock)
    steps = before(clock, "n", "n", "said", "talk")
    assert snap_compare(app, terminal_size=(100, 30), run_before=steps)


def test_rehearsal_the_intervene_dialog(snap_compare: Snap, workdir: Path) -> None:
    clock = FakeClock()
    app = rehearsal_app(workdir, clock)
    steps = before(clock, "n", "n", "said", "breach", "i")
    assert snap_compare(app, terminal_size=(100, 30), run_before=steps)


def test_rehearsal_the_feedback_after_a_choice(snap_compare: Snap, workdir: Path) -> None:
    clock = FakeClock()
    app = rehearsal_app(workdir, clock)
    steps = before(clock, "n", "n", "said", "breach", "i", "good")
    assert snap_compare(app, terminal_size=(100, 30), run_before=steps)


async def play_the_first_case(pilot: Pilot[Any], clock: FakeClock) -> None:
    """A chair who opens every phase, leaves it at its planned time, answers the first breach
    of each phase well 2 s after it was said (but misses those of the suggestions, the fifth
    phase), and gives one false alarm in the first phase."""
    screen = rehearsal(pilot)
    drill = screen.drill
    while drill.state.index < 6:
        await pilot.press("enter")
        planned = drill.state.planned(drill.state.index)
        assert planned is not None
        answered, alarmed = drill.state.index == 4, drill.state.index != 0
        while drill.session.elapsed() < planned.total_seconds():
            start = len(drill.heard)
            clock.advance(0.5)
            screen.tick_drill()
            new = drill.heard[start:]
            if any(h.line.breach for h in new) and not answered:
                answered = True
                clock.advance(2.0)
                await pilot.press("i")
                await pilot.pause()
                dialog = pilot.app.screen
                assert isinstance(dialog, IncidentScreen)
                await pilot.press(str(dialog.prompt.incident.good.number), "enter")
                await pilot.pause()
            elif new and not any(h.line.breach for h in new) and not alarmed:
                alarmed = True
                await pilot.press("i")
                await pilot.pause()
        if drill.state.index == 5:
            break  # the case's last phase: ended here, as n and j end a rehearsal's last
        await pilot.press("n")
        await pilot.pause()
    # What n and j do in the last phase; the other cases are not played (n here would open
    # the next case's first phase, which the debrief would then count as left at once).
    screen.finish()
    await pilot.pause()


def earlier(day: int, noticed: int, false_alarms: int) -> HistoryRecord:
    """An earlier rehearsal of the same method, for the debrief's comparison."""
    return HistoryRecord(
        method_id="kot",
        when=datetime(2025, 12, day, 20, 0, tzinfo=UTC),
        seed=day,
        speed=6,
        said=6,
        noticed=noticed,
        good=noticed - 1,
        false_alarms=false_alarms,
        reaction=3.5,
        on_time=4,
        judged=6,
    )


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(None, id="per-rule"),
        pytest.param("Vooruitgang", id="progress"),
        pytest.param("Per fase", id="per-phase"),
    ],
)
def test_rehearsal_the_debrief(snap_compare: Snap, workdir: Path, heading: str | None) -> None:
    clock = FakeClock()
    folder = workdir / "rehearsals"
    folder.mkdir(parents=True)
    append_history(folder, earlier(1, noticed=2, false_alarms=3))
    append_history(folder, earlier(15, noticed=4, false_alarms=1))
    app = rehearsal_app(workdir, clock)

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await play_the_first_case(pilot, clock)
        # The false alarm's toast times out on the real clock: whether it still covers the
        # debrief would depend on how fast this machine played the case.
        pilot.app.clear_notifications()
        await pilot.pause()
        if heading is not None:
            blocks = pilot.app.screen.query(MarkdownBlock)
            (title,) = [b for b in blocks if (b.source or "").strip() == f"## {heading}"]
            title.scroll_visible(top=True, animate=False, immediate=True)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)
