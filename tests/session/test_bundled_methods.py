"""Every bundled method runs from first to last phase through the engine, and reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervisie_tui.library import load_paths
from intervisie_tui.model.method import Capture, InbrengerState, Method
from intervisie_tui.session import (
    Case,
    CommandRejected,
    FakeClock,
    MeetingSetup,
    Rating,
    Session,
)
from intervisie_tui.session.report import render_report

METHODS = Path(__file__).resolve().parents[2] / "methods"


def _bundled() -> list[Method]:
    library = load_paths([METHODS]) if METHODS.is_dir() else None
    if library is None:
        return []
    return [loaded.method for loaded in library.methods.values()]


@pytest.mark.parametrize("method", _bundled(), ids=lambda m: m.id)
def test_method_runs_to_the_end_and_reports(method: Method, tmp_path: Path) -> None:
    people = ("Anna", "Bram", "Chris", "Dewi", "Eva")
    setup = MeetingSetup(
        method_id=method.id,
        chair="Mirjam",
        participants=people,
        cases=(
            Case(inbrenger="Anna", question="Hoe kan ik A?", importance=3),
            Case(inbrenger="Bram", question="Hoe kan ik B?", importance=8),
        ),
        inner_group=("Chris", "Dewi"),
        outer_group=("Anna", "Bram", "Eva"),
    )
    clock = FakeClock()
    session = Session.create(method, setup, clock=clock, folder=tmp_path)
    session.start()
    while True:
        view = session.phase_view()
        assert view.remaining_seconds == view.planned_seconds
        if view.turn is not None:
            assert "Mirjam" not in view.turn.order
            if view.inbrenger is not None and view.inbrenger_state in (
                InbrengerState.listening,
                InbrengerState.answering,
                InbrengerState.outside,
            ):
                assert view.inbrenger not in view.turn.order
            for _ in view.turn.order:
                session.next_turn()
            assert session.round_complete
        kind = view.capture[0] if view.capture else Capture.notes
        note = session.add_note(f"{view.title}: iets om te onthouden", kind)
        if view.ratings:
            session.rate_note(note.id, Rating.warm)
        clock.advance(view.planned_seconds or 120)
        try:
            session.next()
        except CommandRejected:
            break
    report_path = session.finish()
    assert report_path is not None
    text = report_path.read_text(encoding="utf-8")
    state = session.state
    assert all(note.text in text for note in state.notes)
    assert "niet gedaan" not in text  # every phase ran
    assert "Geen fase is uitgelopen." in text
    if method.repeat is not None:
        assert "## Casus 1: " in text and "## Casus 2: " in text
    assert text == render_report(state)
