"""The run screen touches a widget only when what it shows changes (bench/idle.py has the CPU).

Counted with a FakeClock and Pilot, never timed: which widgets were asked to repaint, and
which parts of them, while a phase counts down.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widget import Widget
from tui_support import PEOPLE, later, make_app, run_screen

from intervisie_tui.session import FakeClock
from intervisie_tui.tui.screens.end import EndScreen
from intervisie_tui.tui.screens.run import (
    MAX_SLEEP_SECONDS,
    WAKE_MARGIN_SECONDS,
    wake_delay,
)
from intervisie_tui.tui.widgets.chair import ChairPanel
from intervisie_tui.tui.widgets.countdown import (
    Countdown,
    format_clock,
    format_elapsed,
    until_clock_changes,
    until_elapsed_changes,
)
from intervisie_tui.tui.widgets.glyphs import (
    changed_box,
    render_blocks,
)
from intervisie_tui.tui.widgets.notes import NotesPanel
from intervisie_tui.tui.widgets.timeline import TimelineRow, TimelineRows, row_line
from intervisie_tui.tui.widgets.who import WhoPanel


class Refreshes:
    """Every `refresh` call of some widgets: which widget, and the regions it named."""

    def __init__(self) -> None:
        self.calls: list[tuple[Widget, tuple[Region, ...], bool]] = []

    def of(self, widget: Widget) -> list[tuple[Region, ...]]:
        """The regions of each refresh of `widget` (empty tuple: the whole widget)."""
        return [regions for target, regions, _ in self.calls if target is widget]

    def layouts(self) -> int:
        """How many of the refreshes asked for a layout pass."""
        return sum(layout for _, _, layout in self.calls)


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch, *widgets: Widget) -> Iterator[Refreshes]:
    """Record refreshes of `widgets` (each still refreshes as before)."""
    seen = Refreshes()
    with monkeypatch.context() as patch:
        for widget in widgets:
            original = widget.refresh

            def recording(
                *regions: Region,
                _widget: Widget = widget,
                _original: object = original,
                **options: bool,
            ) -> Widget:
                seen.calls.append((_widget, regions, options.get("layout", False)))
                return _original(*regions, **options)  # type: ignore[operator, no-any-return]

            patch.setattr(widget, "refresh", recording)
        yield seen


async def test_polls_within_the_shown_second_refresh_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await later(pilot, clock, 10.1)  # past the rules' flash, 1:50 on the clock
        widgets = [
            screen.query_one("#clock-row"),  # it repaints the clock and the timeline row
            screen.query_one(Countdown),
            screen.query_one(TimelineRows),
            screen.query_one(WhoPanel),
            *screen.query("Static"),
        ]
        with counting(monkeypatch, *widgets) as seen:
            for _ in range(4):
                await later(pilot, clock, 0.2)
        assert screen.query_one(Countdown).face == "01:50"
        assert seen.calls == []


async def test_a_new_second_repaints_one_digit_and_one_timeline_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await later(pilot, clock, 11.1)  # 1:49 on the clock
        countdown = screen.query_one(Countdown)
        rows = screen.query_one(TimelineRows)
        clock_row = screen.query_one("#clock-row")
        others = [screen.query_one(WhoPanel), *screen.query("Static")]
        with counting(monkeypatch, clock_row, countdown, rows, *others) as seen:
            await later(pilot, clock, 1.0)
        assert countdown.face == "01:48"
        # The clock and the timeline have their row repaint the cells that changed (in the
        # row's coordinates) and do not refresh themselves.
        assert seen.of(countdown) == seen.of(rows) == []
        (digit,), (row,) = seen.of(clock_row)
        origin = clock_row.content_region.offset
        # Only part of the last digit: 9 and 8 share their top and bottom strokes.
        clock_area = countdown.content_region.translate(-origin)
        assert clock_area.contains_region(digit)
        assert 0 < digit.height < clock_area.height // 2
        assert 0 < digit.width < clock_area.width // 5
        # Only the running phase's row (the first), and no layout pass for anything.
        rows_area = rows.content_region.translate(-origin)
        assert row == Region(rows_area.x, rows_area.y, rows_area.width, 1)
        assert "0:12/2:00" in row_line(rows.rows[0], 30, 9)
        assert seen.layouts() == 0
        assert all(not seen.of(widget) for widget in others)


async def test_paused_mid_second_the_clock_and_the_timeline_add_up(tmp_path: Path) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await later(pilot, clock, 4.6)
        await pilot.press("space")
        await pilot.pause()
        assert not screen.session.state.running
        # 115.4 s left shows as 01:56 on the big clock: the row beside it says 4 s were spent.
        assert screen.query_one(Countdown).face == "01:56"
        rows = screen.query_one(TimelineRows).rows
        assert "0:04/2:00" in row_line(rows[0], 30, 9)


async def test_a_pause_leaves_unchanged_panels_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await later(pilot, clock, 10.1)
        # Who speaks gives its place to the pause in block letters below 120 columns: not
        # among the panels a pause leaves alone.
        panels = [
            screen.query_one("#chair-body"),
            screen.query_one("#notes-body"),
            screen.query_one("#purpose"),
            screen.query_one("#next"),
        ]
        chair = screen.query_one(ChairPanel)
        chair.scroll_to(y=3, animate=False, immediate=True)
        assert chair.scroll_y == 3
        with counting(monkeypatch, *panels) as seen:
            await pilot.press("space")
            await pilot.pause()
        assert not screen.session.state.running
        assert seen.calls == []
        assert not screen.query_one(WhoPanel).display
        # The paused marker is a change the room must see: that line is redrawn.
        assert "PAUZE" in str(screen.query_one("#phase-meta").render())
        # The chair had scrolled down the crib sheet: a pause does not send it back up.
        assert chair.scroll_y == 3
        # A note is a change: the flip-over shows it.
        with counting(monkeypatch, screen.query_one("#notes-body")) as seen:
            await pilot.press("a", *"Wat werkt al?", "enter")
            await pilot.pause()
        assert len(seen.calls) == 1
        assert "Wat werkt al?" in str(
            screen.query_one(NotesPanel).query_one("#notes-body").render()
        )


def test_changed_box_of_one_second() -> None:
    before = render_blocks("01:50", 66, 11)
    after = render_blocks("01:49", 66, 11)
    x, y, width, height = changed_box(before, after) or (0, 0, 0, 0)
    # The last two digits changed, the minutes and the colon did not.
    assert [line[:x] for line in before] == [line[:x] for line in after]
    assert [line[x + width :] for line in before] == [line[x + width :] for line in after]
    assert before[:y] == after[:y] and before[y + height :] == after[y + height :]
    assert 0 < width < 66 // 2
    assert changed_box(before, before) is None


def test_changed_box_keeps_unchanged_rows_out() -> None:
    # 9 -> 8 differs only in the fourth font row: the box is a few rows of one digit.
    before = render_blocks("00:09", 66, 11)
    after = render_blocks("00:08", 66, 11)
    _, y, _, height = changed_box(before, after) or (0, 0, 0, 0)
    assert 0 < height <= 11 // 5 + 2
    assert y > 0


def test_changed_box_pads_short_lines_and_counts_new_shapes() -> None:
    assert changed_box(["", "ab"], ["  ", "ab"]) is None
    assert changed_box(["ab", "cd"], ["ab", "cx"]) == (1, 1, 1, 1)
    assert changed_box(["ab"], ["ab", "cd"]) == (0, 0, 2, 2)
    assert changed_box([], []) is None


@pytest.mark.parametrize(
    ("row", "width", "time_width", "line"),
    [
        (
            TimelineRow("▶", "Vraag en doel", "0:11/2:00", "bold"),
            30,
            9,
            "▶ Vraag en doel      0:11/2:00",
        ),
        (TimelineRow("·", "Complimenten", "1:30"), 30, 9, "· Complimenten            1:30"),
        (
            TimelineRow("✓", "Oplossingsgerichte vragen", "3:31/3:30", "red"),
            30,
            9,
            "✓ Oplossingsgericht… 3:31/3:30",
        ),
        (TimelineRow("×", "Suggesties", "–", "dim strike"), 20, 11, "× Sugge…           –"),
    ],
)
def test_row_line_lays_out_a_table_row(
    row: TimelineRow, width: int, time_width: int, line: str
) -> None:
    assert row_line(row, width, time_width) == line
    assert len(line) == width


def test_row_line_never_overflows() -> None:
    row = TimelineRow("▶", "Oplossingsgerichte vragen", "12:53/10:00")
    for width in range(40):
        assert len(row_line(row, width, 11)) <= width


@pytest.mark.parametrize(
    "seconds", [120.0, 90.4, 60.0, 59.99, 1.0, 0.5, 0.001, 0.0, -0.25, -1.0, -3.2, -125.9]
)
def test_the_screen_wakes_when_the_face_changes(seconds: float) -> None:
    due = until_clock_changes(seconds)
    assert 0 < due <= 1
    # Just before: the same face; at the moment (and after): the next one.
    assert format_clock(seconds - due + 1e-6) == format_clock(seconds)
    assert format_clock(seconds - due) != format_clock(seconds)


@pytest.mark.parametrize("seconds", [0.0, 0.5, 59.9, 60.0, 3599.99])
def test_an_untimed_phase_wakes_when_its_face_changes(seconds: float) -> None:
    due = until_elapsed_changes(seconds)
    assert 0 < due <= 1
    assert format_elapsed(seconds + due - 1e-6) == format_elapsed(seconds)
    assert format_elapsed(seconds + due) != format_elapsed(seconds)


def test_wake_delay() -> None:
    # Just after the face changes; the flash's end when that comes first.
    assert wake_delay([0.6, None], 1.0, 0.2) == pytest.approx(0.6 + WAKE_MARGIN_SECONDS)
    assert wake_delay([0.6, 0.3], 1.0, 0.2) == pytest.approx(0.3 + WAKE_MARGIN_SECONDS)
    # A second ahead is a second ahead, not cut short by the sleep cap.
    assert wake_delay([1.0], 1.0, 0.2) > MAX_SLEEP_SECONDS
    # Twice as fast (a rehearsal): half the real time; twenty times: the shortest sleep.
    assert wake_delay([0.6], 2.0, 0.2) == pytest.approx(0.3 + WAKE_MARGIN_SECONDS)
    assert wake_delay([0.6], 20.0, 0.2) == 0.2
    # Nothing due (paused) or time standing still (a rehearsal's incident): the safety net;
    # a test's huge shortest sleep stops looking.
    assert wake_delay([None], 1.0, 0.2) == MAX_SLEEP_SECONDS
    assert wake_delay([0.6], 0.0, 0.2) == MAX_SLEEP_SECONDS
    assert wake_delay([0.6], 1.0, 10_000) == 10_000


#: A fake clock the screen plans its looks for as if it ran this fast: a test that moves it
#: on by a second finds the screen looking again within its shortest sleep (0.05 s here).
FAST = 1000.0
#: How long a test waits for the screen to look by itself before it fails.
GUARD_SECONDS = 5.0


async def until(pilot: Pilot[int], condition: Callable[[], bool]) -> bool:
    """Let the app run until `condition` holds (True) or GUARD_SECONDS pass (False)."""
    for _ in range(int(GUARD_SECONDS / 0.01)):
        if condition():
            return True
        await pilot.pause(0.01)
    return condition()


async def test_the_clock_moves_on_by_itself(tmp_path: Path) -> None:
    clock = FakeClock(speed=FAST)
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        countdown = run_screen(app).query_one(Countdown)
        assert countdown.face == "02:00"
        clock.advance(1.0)  # nobody calls refresh_clock: the screen's own timer does
        assert await until(pilot, lambda: countdown.face == "01:59")
        clock.advance(119.0)
        assert await until(pilot, lambda: countdown.face == "00:00")
        # The warning and zero, both passed, ring the bell without a key pressed.
        assert await until(pilot, lambda: run_screen(app).bells == 2)


async def test_a_finished_meeting_looks_no_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(speed=FAST)
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        screen.finish()
        await pilot.pause(0.2)  # the look already planned comes and finds the meeting over
        assert isinstance(app.screen, EndScreen)
        looks: list[float] = []
        monkeypatch.setattr(screen, "refresh_clock", lambda: looks.append(clock.now()))
        # Past zero: a screen still looking would ring the bell for a meeting that is over.
        clock.advance(150.0)
        await pilot.pause(MAX_SLEEP_SECONDS + 0.2)  # longer than the screen ever sleeps
        assert looks == []
        assert screen.bells == 0


async def test_a_finished_meeting_stops_the_steady_beat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At real speed the screen looks once a second on a repeating timer: the first look
    # after the second changed starts it, and it goes on by itself.
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        looks: list[float] = []
        looking = screen.refresh_clock

        def counted() -> None:
            looks.append(clock.now())
            looking()

        monkeypatch.setattr(screen, "refresh_clock", counted)
        await pilot.pause(2.5)  # a one-shot look after about a second, then the beat
        assert len(looks) >= 2
        screen.finish()
        await pilot.pause(MAX_SLEEP_SECONDS + 0.2)  # the next beat finds the meeting over
        assert isinstance(app.screen, EndScreen)
        looks.clear()
        # Past zero: a beat still going would ring the bell for a meeting that is over.
        clock.advance(150.0)
        await pilot.pause(2 * MAX_SLEEP_SECONDS + 0.2)
        assert looks == []
        assert screen.bells == 0


async def test_an_error_in_a_look_ends_the_app_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(speed=FAST)
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    with pytest.raises(RuntimeError, match="disk on fire"):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = run_screen(app)

            def broken() -> None:
                raise RuntimeError("disk on fire")

            monkeypatch.setattr(screen, "refresh_clock", broken)
            clock.advance(1.0)
            await until(pilot, lambda: app.return_code is not None)
    assert app.return_code == 1


async def test_a_new_second_renders_nothing_outside_the_clock_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    app = make_app(tmp_path, clock=clock, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await later(pilot, clock, 10.1)
        rendered: list[Widget] = []
        for widget in screen.query("*"):

            def recording(crop: Region, _widget: Widget = widget) -> list[Strip]:
                rendered.append(_widget)
                return type(_widget).render_lines(_widget, crop)

            monkeypatch.setattr(widget, "render_lines", recording)
        await later(pilot, clock, 1.0)
        assert screen.query_one(Countdown).face == "01:49"
        # The compositor redraws the children of every container that touches a change: the
        # lines above and below the clock are grouped so that they are left out.
        outside = list(screen.query("#phase-title, #phase-meta, #purpose, #next, #main"))
        left_alone = {*outside, *(w for c in outside for w in c.query("*"))}
        assert rendered
        assert not left_alone & set(rendered)
