"""Pilot tests: a chair plays whole rehearsals with keys only, on a fake clock."""

from __future__ import annotations

from pathlib import Path

from scripted_chair import load_frozen
from textual.app import App

from intervisie_tui.model import Method
from intervisie_tui.rehearsal.scoring import TimingFault
from intervisie_tui.rehearsal.script import IncidentKind, Quality
from intervisie_tui.session.clock import FakeClock
from intervisie_tui.tui.rehearsal import RehearsalScreen, rehearsal_screen
from intervisie_tui.tui.rehearsal.debrief import DebriefScreen
from intervisie_tui.tui.rehearsal.incident import IncidentScreen

#: The screen's own intervals never fire during a test: the test ticks by hand.
NEVER = 10_000.0
ROTATION = (Quality.good, Quality.weak, Quality.let_pass)


class Host(App[None]):
    """The smallest app that shows a rehearsal: it pushes the screen and nothing else."""

    def __init__(self, screen: RehearsalScreen) -> None:
        super().__init__()
        self.rehearsal = screen

    def on_mount(self) -> None:
        self.push_screen(self.rehearsal)


async def play_with_keys(
    method: Method,
    seed: int,
    tmp_path: Path,
    *,
    early: set[int] = frozenset(),  # type: ignore[assignment]
    no_turns: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[DebriefScreen, list[str]]:
    """Play a rehearsal: stay each phase's planned time, answer in rotation, Enter on feedback.

    Phases in `early` are left at once; in `no_turns` rounds nobody gets the turn.
    Returns the debrief screen and the keys pressed for incidents.
    """
    clock = FakeClock()
    screen = rehearsal_screen(
        method, clock, seed=seed, speed=20, folder=tmp_path, tick_seconds=NEVER
    )
    drill = screen.drill
    answers: list[str] = []
    app = Host(screen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        while not isinstance(app.screen, DebriefScreen):
            state = drill.state
            index = state.index
            planned = state.planned(index)
            stay = 0.0 if index in early else (planned.total_seconds() if planned else 120.0)
            presses = 0 if index in no_turns or not state.is_round else len(state.turn_order)
            pressed = 0
            while True:
                elapsed = drill.session.elapsed()
                if (
                    presses
                    and pressed < presses
                    and elapsed >= stay * (pressed + 1) / (presses + 1)
                ):
                    await pilot.press("t")
                    pressed += 1
                    continue
                screen.tick_drill()
                if drill.prompt is not None:
                    await pilot.pause()
                    assert isinstance(app.screen, IncidentScreen)
                    prompt = app.screen.prompt
                    wanted = ROTATION[len(answers) % 3]
                    key = str(
                        next(c.number for c in prompt.incident.choices if c.quality is wanted)
                    )
                    clock.advance(3)  # the chair reads and thinks for three real seconds
                    app.screen.check_time()
                    answers.append(key)
                    await pilot.press(key)
                    assert app.screen.feedback is not None  # the same box now gives feedback
                    await pilot.press("enter")
                    assert app.screen is screen  # Enter closed the box
                    continue
                if elapsed >= stay:
                    break
                clock.advance(0.5)
            await pilot.press("n")
            if state.next_index() is None:
                await pilot.press("j")  # confirm: close the rehearsal
                await pilot.pause()
        assert isinstance(app.screen, DebriefScreen)
        return app.screen, answers


async def test_whole_kot_rehearsal_with_keys_and_its_debrief_figures(tmp_path: Path) -> None:
    kot = load_frozen("kot")
    debrief_screen, answers = await play_with_keys(
        kot, seed=42, tmp_path=tmp_path, early={0}, no_turns={3}
    )
    debrief = debrief_screen.debrief
    card = debrief.card
    # 4 cases x (2 question + 1 compliment + 1 suggestion incidents) + 1 time-up in phase 3,
    # where nobody got a turn.
    assert len(answers) == 17
    assert (card.counts.good, card.counts.weak, card.counts.let_pass) == (6, 6, 5)
    assert card.counts.missed == card.counts.not_reached == 0
    assert (card.incidents.points, card.incidents.max_points) == (18, 34)
    assert (card.timing.judged, card.timing.on_time) == (24, 22)
    assert card.phases[0].faults == (TimingFault.too_early,)
    assert card.phases[3].faults == (TimingFault.round_forgotten,)
    assert (card.total.points, card.total.max_points, card.total.percent) == (40, 58, 69)
    time_up = [r for r in card.not_good if r.incident.kind is IncidentKind.time_up]
    assert time_up == []  # the fourth prompt, answered well
    rules = {rule.rule_id: rule for rule in card.rules}
    assert rules["tijd-en-beurten"].counts.good == 1
    assert rules["tijd-en-beurten"].counts.not_reached == 0
    assert debrief_screen.path is not None and debrief_screen.path.parent == tmp_path / "rehearsals"
    saved = debrief_screen.path.read_text(encoding="utf-8")
    assert saved.startswith("# Nabespreking oefening: KOT-intervisiemodel")
    assert "# Oefening — Verslag intervisie" in saved
    assert "| Tijd en beurten bewaken |" in saved


async def test_whole_tien_stappen_rehearsal_with_keys(tmp_path: Path) -> None:
    method = load_frozen("tien-stappen")
    # Step 9 (advisering) is left at once: every turn given, but far too early.
    debrief_screen, answers = await play_with_keys(method, seed=7, tmp_path=tmp_path, early={8})
    card = debrief_screen.debrief.card
    # five written incidents, one per step they belong to; rounds complete, so no time-up
    assert len(answers) == 5
    assert (card.counts.good, card.counts.weak, card.counts.let_pass) == (2, 2, 1)
    assert (card.incidents.points, card.incidents.max_points) == (6, 10)
    assert (card.timing.judged, card.timing.on_time, card.timing.too_early) == (10, 9, 1)
    assert card.phases[8].faults == (TimingFault.too_early,)
    assert (card.total.points, card.total.max_points, card.total.percent) == (15, 20, 75)
    rules = [rule.rule_id for rule in card.rules]
    assert len(rules) == len(set(rules)) >= 3
