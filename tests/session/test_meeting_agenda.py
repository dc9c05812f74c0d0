"""A whole meeting as one session: opening, cases with their own methods, a break, a closing.

Every test runs on a fake clock; the agenda is the bundled library's parts and methods, so what
is tested is what a chair runs.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from intervisie_tui.library import load_library
from intervisie_tui.library.library import Library
from intervisie_tui.messages import Msg, MsgError, say
from intervisie_tui.model.method import Capture, Part
from intervisie_tui.session import FakeClock, Session
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.agenda_file import next_time_of_day
from intervisie_tui.session.events import ItemAdded, PlanChanged
from intervisie_tui.session.plan import agenda_plan, expand_agenda, fit_plan
from intervisie_tui.session.report import render_report
from intervisie_tui.session.setup import Case
from intervisie_tui.session.state import CommandRejected

START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(user=False, cache=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=START)


def agenda(library: Library, until: datetime | None = None) -> Agenda:
    return Agenda(
        chair="Anna",
        participants=("Bas", "Cor", "Dirk", "Eva"),
        until=until,
        ground_rules=library.ground_rules["spelregels"].rules,
        items=(
            AgendaItem.of(library["opening"]),
            AgendaItem.of(
                library["vijf-stappen"], (Case(inbrenger="Bas", question="Hoe zeg ik nee?"),)
            ),
            AgendaItem.of(library["pauze"], minutes=10),
            AgendaItem.of(library["afsluiting"]),
        ),
    )


def run_item(session: Session, clock: FakeClock) -> None:
    """Run every phase of the current item for its planned time, ending on the next item."""
    item = session.state.phase.item
    while session.state.phase.item == item:
        remaining = session.remaining()
        clock.advance(remaining if remaining is not None else 60)
        session.next()


def test_the_agenda_is_one_list_of_phases_each_knowing_its_method(
    library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    session = Session.create_agenda(agenda(library), clock=clock, folder=tmp_path)
    state = session.state
    items = [phase.item for phase in state.phases]
    assert items == sorted(items) and set(items) == {0, 1, 2, 3}
    assert len(state.phases) == 3 + 5 + 1 + 3
    # The break is one phase of 10 minutes: the item's own minutes, not the file's 15.
    (pause,) = state.item_phases(2)
    assert pause.minutes == 10 and state.minutes[pause.index] == 10
    session.start()
    assert state.agenda.items[0].part is Part.opening
    assert session.state.method.id == "opening"
    assert session.phase_view().title == "Welkom en programma"
    run_item(session, clock)
    assert session.state.method.id == "vijf-stappen"
    assert session.state.case is not None and session.state.case.inbrenger == "Bas"
    run_item(session, clock)
    assert session.state.method.id == "pauze"
    assert session.remaining() == 600


def test_the_opening_shows_the_groups_ground_rules(library: Library, clock: FakeClock) -> None:
    session = Session.in_memory_agenda(agenda(library), clock=clock)
    session.start()
    session.next()
    view = session.phase_view()
    assert view.title == "Onze spelregels"
    reminders = [rule.reminder for rule in view.rules]
    assert "Wat hier gezegd wordt, blijft hier" in reminders and len(reminders) == 10


def test_a_break_added_during_the_meeting_is_a_phase_and_the_plan_refits(
    library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    until = START + timedelta(minutes=100)  # exactly 15 + 60 + 10 + 15
    session = Session.create_agenda(agenda(library, until), clock=clock, folder=tmp_path)
    session.start()
    run_item(session, clock)  # the opening: 15 minutes
    session.add_note("Bas wil vandaag inbrengen")
    note_phase = session.state.notes[0].phase
    before = len(session.state.phases)
    assert session.schedule().on_schedule
    position = session.add_item(AgendaItem.of(library["pauze"], minutes=5))
    state = session.state
    assert position == 2  # right after the running case
    assert len(state.phases) == before + 1
    assert state.phases[state.index].item == 1  # still in the same case
    assert state.notes[0].phase == note_phase  # the note stays on its phase
    assert state.agenda.items[2].method.id == "pauze" and 2 in state.added_items
    # 5 minutes more than there is: the plan was fitted to the end time at once.
    assert session.schedule().projected_end <= until
    assert session.schedule().on_schedule
    planned = sum(state.minutes[p.index] or 0 for p in state.phases[state.index :])
    assert planned <= 85
    assert isinstance(session.events[-1], PlanChanged)
    assert isinstance(session.events[-2], ItemAdded)


def test_an_item_not_started_can_be_dropped_and_is_skipped(
    library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    session = Session.create_agenda(agenda(library), clock=clock, folder=tmp_path)
    session.start()
    with pytest.raises(CommandRejected) as refused:
        session.drop_item(0)
    assert refused.value.message == Msg("agenda.item_started", number=1)
    session.drop_item(2)  # no break today
    run_item(session, clock)
    run_item(session, clock)
    assert session.state.method.id == "afsluiting"  # the break was passed over
    session.finish()
    text = render_report(session.state)
    assert "| 3. Pauze | 10:00 | vervallen | |" in text


def test_the_last_item_cannot_be_dropped(library: Library, clock: FakeClock) -> None:
    one = Agenda(chair="Anna", participants=("Bas",), items=(AgendaItem.of(library["pauze"]),))
    session = Session.in_memory_agenda(one, clock=clock)
    with pytest.raises(CommandRejected) as refused:
        session.drop_item(0)
    assert refused.value.message == Msg("agenda.last_item")


def test_a_late_arrival_joins_the_rounds_still_to_come(
    library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    session = Session.create_agenda(agenda(library), clock=clock, folder=tmp_path)
    session.mark_absent("Eva")
    session.start()
    session.next()
    session.next()  # the check-in round
    assert session.state.turn_order == ("Bas", "Cor", "Dirk")
    session.next_turn()  # Bas had his turn
    session.mark_absent("Eva", absent=False)  # Eva comes in
    session.mark_absent("Gijs", absent=False)  # and so does Gijs, whom nobody listed
    assert session.state.turn_order == ("Bas", "Cor", "Dirk", "Eva", "Gijs")
    assert session.current_speaker == "Cor"
    session.mark_absent("Dirk")  # Dirk has to leave
    assert session.state.turn_order == ("Bas", "Cor", "Eva", "Gijs")
    run_item(session, clock)
    run_item(session, clock)
    run_item(session, clock)
    session.next()  # closing: the round of what each takes away
    assert session.state.turn_order == ("Bas", "Cor", "Eva", "Gijs")
    session.close()  # the window lets go; the journal is read back as `resume` does
    reopened = Session.reopen(session.path or Path(), clock=clock)
    assert reopened.state.turn_order == ("Bas", "Cor", "Eva", "Gijs")
    text = render_report(reopened.state)
    assert "| Gijs | deelnemer | deels (afwezig gemeld) |" in text
    assert "| Dirk | deelnemer | deels (afwezig gemeld) |" in text
    assert "| Cor | deelnemer | ja |" in text


def test_the_schedule_line_says_minutes_late_and_the_projected_end(
    library: Library, clock: FakeClock
) -> None:
    until = START + timedelta(minutes=100)  # 15 + 60 + 10 + 15 = 100
    session = Session.in_memory_agenda(agenda(library, until), clock=clock)
    assert session.schedule().on_schedule
    assert say(session.schedule().message(UTC)) == "op schema"
    session.start()
    clock.advance(3 * 60 + 4 * 60)  # the 3-minute welcome runs 4 minutes over
    line = session.schedule()
    assert line.minutes_late == 4
    assert say(line.message(UTC)) == "loopt 4 min uit: einde 14:44"
    assert say(line.message(UTC), "en") == "running 4 min late: ends 14:44"
    session.next()
    session.drop_item(2)  # dropping the 10-minute break puts us 6 minutes ahead
    assert say(session.schedule().message(UTC)) == "6 min voor: einde 14:34"


def test_changes_during_the_meeting_replay_from_the_journal(
    library: Library, clock: FakeClock, tmp_path: Path
) -> None:
    session = Session.create_agenda(agenda(library), clock=clock, folder=tmp_path)
    session.start()
    run_item(session, clock)
    session.add_item(
        AgendaItem.of(library["kot"], (Case(inbrenger="Cor", question="En nu?"),)), position=3
    )
    session.drop_item(2)  # the break before it
    session.add_note("Eerst verkennen", Capture.notes)
    clock.advance(30)
    session.close()
    reopened = Session.reopen(session.path or Path(), clock=clock)
    assert reopened.state.agenda == session.state.agenda
    assert reopened.state.dropped == session.state.dropped
    assert reopened.state.notes == session.state.notes
    assert reopened.state.index == session.state.index
    assert reopened.state.dropped_items == {2} and reopened.state.added_items == {3}
    assert [item.method_id for item in reopened.state.agenda.items] == [
        "opening",
        "vijf-stappen",
        "pauze",
        "kot",
        "afsluiting",
    ]


def test_fitting_to_an_end_time_keeps_the_break_the_chair_set(library: Library) -> None:
    """A break of 10 minutes stays 10 when the rest must shrink (it was 9:00 before)."""
    whole = agenda(library)
    phases = expand_agenda(whole)
    method = sum(p.minutes or 0 for p in phases)
    plan = fit_plan(phases, method - 20)
    by_item = {e.item: e for e in plan.entries if e.item == 2}
    assert [e.minutes for e in by_item.values()] == [10]
    assert plan.fits and plan.changes
    assert plan.planned_minutes <= method - 20


def test_an_agenda_that_cannot_fit_says_by_how_much_before_anything_starts(
    library: Library,
) -> None:
    plan = agenda_plan(agenda(library, START + timedelta(minutes=6)), START)
    assert plan is not None and not plan.fits
    # 10 minutes of break the chair set, and at least a minute for each other step.
    assert plan.short_by == plan.planned_minutes - 6 and plan.short_by > 10
    assert say(plan.summary()[-1]).startswith("Past niet")
    assert agenda_plan(agenda(library), START) is None


def test_an_end_time_that_passed_or_is_far_ahead_is_refused_not_read_as_tomorrow() -> None:
    evening = datetime(2026, 3, 10, 19, 6, tzinfo=UTC)
    with pytest.raises(MsgError) as refused:
        next_time_of_day(time(9, 0), evening, UTC)
    said = say(refused.value.message)
    assert "09:00" in said and "19:06" in said and "12 uur" in said
    assert "12 hours" in say(refused.value.message, "en")
    with pytest.raises(MsgError):
        next_time_of_day(time(19, 5), evening, UTC)  # a minute ago
    assert next_time_of_day(time(21, 0), evening, UTC) == datetime(2026, 3, 10, 21, 0, tzinfo=UTC)
    late = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)
    assert next_time_of_day(time(0, 30), late, UTC) == datetime(2026, 3, 11, 0, 30, tzinfo=UTC)
