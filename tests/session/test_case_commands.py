"""The case during the meeting: volunteers in adviesrondes, the question, the first step, the
report that holds them, and Balint's phase prompts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from intervisie_tui.library import load_paths
from intervisie_tui.messages import Lang
from intervisie_tui.model.method import Method, TurnMode
from intervisie_tui.session import CommandRejected, FakeClock, MeetingSetup, Session
from intervisie_tui.session.case_state import may_volunteer
from intervisie_tui.session.report import render_report
from intervisie_tui.session.setup import Case, open_cases
from intervisie_tui.session.view import due_prompt

METHODS = Path(__file__).resolve().parents[2] / "methods"
PEOPLE = ("Anna", "Bram", "Chris", "Dewi", "Eva")


def _method(method_id: str) -> Method:
    return load_paths([METHODS / f"{method_id}.yaml"]).methods[method_id].method


def _session(method: Method, cases: tuple[Case, ...] | None = None) -> tuple[Session, FakeClock]:
    setup = MeetingSetup(
        method_id=method.id,
        chair="Mirjam",
        participants=PEOPLE,
        cases=cases if cases is not None else open_cases(method),
    )
    clock = FakeClock()
    session = Session.in_memory(method, setup, clock=clock)
    session.start()
    return session, clock


def _go_to(session: Session, step_id: str) -> None:
    while session.state.phase.step.id != step_id:
        session.next()


def test_an_advice_round_passes_only_along_the_volunteers_in_the_order_they_came() -> None:
    method = _method("adviesrondes")
    assert method.step("adviesronde-1").turns.mode is TurnMode.volunteers
    session, _ = _session(method)
    _go_to(session, "presentatie")
    session.choose_inbrenger("Anna")
    _go_to(session, "adviesronde-1")
    assert session.state.is_round
    assert session.turn_order == ()  # nobody has volunteered yet
    assert may_volunteer(session.state) == ("Bram", "Chris", "Dewi", "Eva")
    session.set_volunteers(("Dewi", "Bram"))
    assert session.turn_order == ("Dewi", "Bram")
    assert session.current_speaker == "Dewi"
    session.next_turn()
    assert session.current_speaker == "Bram"
    session.next_turn()
    assert session.round_complete
    # The second round asks again: its own list, empty at first.
    session.next()
    assert session.turn_order == ()


def test_the_listening_inbrenger_and_the_chair_cannot_volunteer() -> None:
    session, _ = _session(_method("adviesrondes"))
    _go_to(session, "presentatie")
    session.choose_inbrenger("Anna")
    _go_to(session, "adviesronde-1")
    with pytest.raises(CommandRejected) as refused:
        session.set_volunteers(("Anna",))
    assert refused.value.message.key == "session.no_turn"
    with pytest.raises(CommandRejected):
        session.set_volunteers(("Mirjam",))
    with pytest.raises(CommandRejected) as twice:
        session.set_volunteers(("Bram", "Bram"))
    assert twice.value.message.key == "cases.volunteer_twice"


def test_volunteers_only_in_a_volunteers_round() -> None:
    session, _ = _session(_method("adviesrondes"))
    with pytest.raises(CommandRejected) as refused:
        session.set_volunteers(("Bram",))
    assert refused.value.message.key == "cases.no_volunteers_round"


def test_question_and_first_step_are_journalled_and_in_the_report(tmp_path: Path) -> None:
    method = _method("kot")
    setup = MeetingSetup(
        method_id=method.id,
        chair="Mirjam",
        participants=PEOPLE,
        cases=(Case(inbrenger="Anna", question="Hoe houd ik grip op mijn planning?"),),
    )
    clock = FakeClock()
    session = Session.create(method, setup, clock=clock, folder=tmp_path)
    session.start()
    session.set_question("Hoe houd ik grip op mijn week?")
    _go_to(session, "afsluiting")
    session.set_first_step("Maandag een uur blokken voor het plannen")
    path = session.path
    assert path is not None
    session.close()
    again = Session.reopen(path, clock=clock)
    state = again.state
    assert state.cases[0].question == "Hoe houd ik grip op mijn week?"
    assert state.first_step(0, 0) == "Maandag een uur blokken voor het plannen"
    report = render_report(state)
    assert "**Vraag:** Hoe houd ik grip op mijn week?" in report
    assert "**Eerste stap van de inbrenger:** Maandag een uur blokken voor het plannen" in report
    english = render_report(state, Lang.en)
    assert "**The case presenter's first step:** Maandag een uur" in english
    again.close()


def test_a_chosen_inbrenger_is_in_the_report() -> None:
    session, _ = _session(_method("balint"))
    _go_to(session, "probleemkeuze")
    session.choose_inbrenger("Chris")
    report = render_report(session.state)
    assert "## Casus 1: Chris" in report
    assert "| Chris | deelnemer, inbrenger casus 1 |" in report


def test_a_fishbowl_report_has_a_case_without_an_inbrenger() -> None:
    session, _ = _session(_method("vissenkom"))
    report = render_report(session.state)
    assert "## Casus 1\n" in report and "None" not in report


def test_empty_question_is_refused() -> None:
    session, _ = _session(_method("kot"), (Case(inbrenger="Anna"),))
    with pytest.raises(CommandRejected) as refused:
        session.set_question("   ")
    assert refused.value.message.key == "cases.empty_question"


def test_balint_prompts_a_moment_at_the_start_and_silence_at_the_end_of_each_phase() -> None:
    method = _method("balint")
    session, clock = _session(method)
    start, end = method.phase_prompts
    at = session.wall_now
    assert due_prompt(session.state, at()) is start
    clock.advance(start.seconds)
    assert due_prompt(session.state, at()) is None
    planned = session.state.planned()
    assert planned is not None
    clock.advance(planned.total_seconds() - start.seconds - end.seconds - 1)
    assert due_prompt(session.state, at()) is None
    clock.advance(1)
    assert due_prompt(session.state, at()) is end
    clock.advance(60)  # overtime: the silence is still due until the chair moves on
    assert due_prompt(session.state, at()) is end
    session.pause()
    assert due_prompt(session.state, at() + timedelta(0)) is end
    session.resume()
    session.next()
    assert due_prompt(session.state, at()) is start


def test_a_method_without_prompts_never_prompts() -> None:
    session, clock = _session(_method("kot"), (Case(inbrenger="Anna"),))
    for _ in range(10):
        assert due_prompt(session.state, session.wall_now()) is None
        clock.advance(30)
