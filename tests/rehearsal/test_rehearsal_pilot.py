"""Pilot tests: the chair rehearses with keys only, on a fake clock (the intervals never fire).

i intervenes on what was just said, Enter says the opening words were said; the debrief shows
what was noticed, missed and falsely alarmed, and the progress over earlier rehearsals.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scripted_chair import load_frozen
from textual.app import App
from textual.widgets import Markdown

from intervisie_tui.rehearsal.debrief import Debrief
from intervisie_tui.rehearsal.drill import Heard
from intervisie_tui.session.clock import FakeClock
from intervisie_tui.tui.rehearsal import RehearsalScreen, rehearsal_screen
from intervisie_tui.tui.rehearsal.debrief import DebriefScreen
from intervisie_tui.tui.rehearsal.incident import IncidentScreen
from intervisie_tui.tui.rehearsal.room import RoomPanel

NEVER = 10_000.0


class Host(App[None]):
    """The smallest app that shows a rehearsal: it pushes the screen and nothing else."""

    def __init__(self, screen: RehearsalScreen) -> None:
        super().__init__()
        self.rehearsal = screen

    def on_mount(self) -> None:
        self.push_screen(self.rehearsal)


def markdown_of(screen: DebriefScreen) -> str:
    return screen.query_one(Markdown).source


async def rehearse_kot(tmp_path: Path, clock: FakeClock, *, alarm: bool) -> tuple[Debrief, str]:
    """Open each phase with Enter, listen, press i on every breach (and once on a fine line
    when `alarm`), choose the good option; leave each phase at its planned end."""
    screen = rehearsal_screen(
        load_frozen("kot"), clock, seed=4, speed=30, folder=tmp_path, tick_seconds=NEVER
    )
    drill = screen.drill
    app = Host(screen)
    alarmed = False
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        while drill.state.index < 6:  # the first case
            await pilot.press("enter")
            assert not drill.awaiting_opening
            planned = drill.state.planned(drill.state.index)
            assert planned is not None
            while drill.session.elapsed() < planned.total_seconds():
                before = len(drill.heard)
                screen.tick_drill()
                await pilot.pause()
                new: list[Heard] = list(drill.heard[before:])
                for heard in new:
                    shown = screen.query_one(RoomPanel).shown
                    assert (shown and heard.speaker is None) or any(
                        str(heard.speaker) in line for line in shown
                    )
                    if heard.line.breach is not None:
                        clock.advance(1)
                        await pilot.press("i")
                        await pilot.pause()
                        assert isinstance(app.screen, IncidentScreen)
                        good = app.screen.prompt.incident.good.number
                        await pilot.press(str(good))
                        await pilot.pause()
                        await pilot.press("enter")
                        await pilot.pause()
                    elif alarm and not alarmed:
                        alarmed = True
                        await pilot.press("i")
                        await pilot.pause()
                        assert app.screen is screen  # no options for a fine line
                clock.advance(0.5)
            if drill.state.index == 5:
                break  # the case's last phase: the rehearsal ends here, as n and j end it
            await pilot.press("n")
            await pilot.pause()
        drill.finish()
        screen.finish()
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        return app.screen.debrief, markdown_of(app.screen)


async def test_the_intervene_key_opens_options_only_on_a_breach(tmp_path: Path) -> None:
    clock = FakeClock()
    screen = rehearsal_screen(
        load_frozen("kot"), clock, seed=4, speed=30, folder=tmp_path, tick_seconds=NEVER
    )
    drill = screen.drill
    app = Host(screen)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("i")  # before the opening words: refused, nothing counted
        await pilot.pause()
        assert drill.false_alarms == () and app.screen is screen
        await pilot.press("n", "n", "enter")  # to the questions, opened
        await pilot.pause()
        seen: list[Heard] = []
        while not any(h.line.breach for h in seen):
            clock.advance(0.5)
            before = len(drill.heard)
            screen.tick_drill()
            seen += drill.heard[before:]
        await pilot.press("i")
        await pilot.pause()
        box = app.screen
        assert isinstance(box, IncidentScreen)
        body = str(box.query_one("#incident-body").render())
        reminder = box.prompt.incident.rule_reminder.nl
        assert reminder not in body and reminder not in str(box.query_one("Vertical").border_title)
        await pilot.press(str(box.prompt.incident.good.number))
        await pilot.pause()
        feedback = str(box.query_one("#incident-body").render())
        assert f"Regel: {reminder}" in feedback  # the rule is named only in the feedback
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen


async def test_the_debrief_counts_and_compares_with_the_last_rehearsal(tmp_path: Path) -> None:
    clock = FakeClock()
    first, text = await rehearse_kot(tmp_path, clock, alarm=True)
    card = first.card
    assert card.counts.false_alarms == 1 and card.counts.missed == 0
    assert card.counts.noticed == card.counts.said > 0
    assert "## Loos alarm" in text and "Hier greep je in terwijl er niets mis was" in text
    assert "Je eerste oefening met deze methode" in text
    clock.advance(3600)
    second, text = await rehearse_kot(tmp_path, clock, alarm=False)
    assert len(second.previous) == 1
    progress = text.split("## Vooruitgang", 1)[1].split("## Per fase", 1)[0]
    assert "**Nu**" in progress
    rows = [line for line in progress.splitlines() if line.startswith("| ")]
    assert len(rows) == 3  # the header, the first rehearsal, this one
    assert rows[1].split("|")[4].strip() == "1" and rows[2].split("|")[4].strip() == "0"


async def test_the_debrief_says_how_many_of_the_phases_played_kept_their_time(
    tmp_path: Path,
) -> None:
    """The whole rehearsal as a chair plays it: each phase opened (Enter) and left (n) at its
    planned end, the last one closed with n and j. The top line names what it counts."""
    clock = FakeClock()
    speed = 30
    screen = rehearsal_screen(
        load_frozen("kot"), clock, seed=4, speed=speed, folder=tmp_path, tick_seconds=NEVER
    )
    drill = screen.drill
    app = Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        played = len(drill.state.phases)
        for index in range(played):
            await pilot.press("enter")
            planned = drill.state.planned(index)
            assert planned is not None
            clock.advance(planned.total_seconds() / speed)
            await pilot.press("n")
            await pilot.pause()
        # "Afronden?" read for a while, first answered no, then asked again and answered
        # yes: the closing phase ended when n was pressed, not when the chair answered.
        clock.advance(5)
        await pilot.press("n")  # nee
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        clock.advance(10)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        closing = drill.state.planned(played - 1)
        assert closing is not None
        assert drill.timings[-1].actual_seconds == pytest.approx(closing.total_seconds())
        timing = app.screen.debrief.card.timing
        assert timing.judged == played
        top = str(app.screen.query_one("#debrief-summary").render()).splitlines()[0]
        assert f"{timing.on_time} van {played} fasen op tijd" in top, top
        assert " tijd " not in top.replace("op tijd", "")
