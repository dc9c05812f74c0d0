"""Property tests: random command sequences against the live engine and its journal.

They show the three promises of the session layer: replaying the journal gives the live state,
remaining time is always planned + added - elapsed, and no note is ever lost.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from session_methods import kot_like, kot_setup, topics_like, topics_setup

from intervisie_tui.model.method import Capture
from intervisie_tui.session import (
    CommandRejected,
    FakeClock,
    Rating,
    Session,
    read_journal,
    replay,
)
from intervisie_tui.session.events import event_from_json, event_to_json

NAMES = ["Anna", "Bram", "Chris", "Dewi", "Zoë"]

# Quarter seconds are exact in binary floating point, so every comparison below is exact.
advance = st.builds(lambda q: ("advance", q / 4), st.integers(1, 4 * 400))
simple = [
    st.just(("start",)),
    st.just(("pause",)),
    st.just(("resume",)),
    st.just(("next",)),
    st.just(("back",)),
    st.just(("skip",)),
    st.just(("plus",)),
    st.just(("minus",)),
    st.just(("next_turn",)),
]
# Every branch of one_of is equally likely: time passes in about one command of six.
command = st.one_of(
    advance,
    advance,
    advance,
    *simple,
    st.tuples(st.just("note"), st.text(min_size=1, max_size=12), st.sampled_from(list(Capture))),
    st.tuples(st.just("rate"), st.integers(1, 8), st.sampled_from([*Rating, None])),
    st.tuples(st.just("edit"), st.integers(1, 8), st.text(min_size=0, max_size=12)),
    st.tuples(st.just("absent"), st.sampled_from(NAMES), st.booleans()),
    st.tuples(st.just("pass"), st.sampled_from(NAMES)),
    st.tuples(st.just("first_step"), st.text(min_size=1, max_size=12)),
    st.tuples(st.just("plan"), st.integers(0, 90)),
)


@dataclass
class Observer:
    """What the test itself saw happen, kept independently of the engine's bookkeeping."""

    elapsed: dict[int, float] = field(default_factory=dict)
    added: dict[int, int] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)


def run(session: Session, clock: FakeClock, commands: list[tuple[object, ...]]) -> Observer:
    """Drive the session and check the timing and note promises after every step."""
    seen = Observer()
    for cmd in commands:
        state = session.state
        events_before = len(session.events)
        name = cmd[0]
        try:
            if name == "advance":
                seconds = float(cmd[1])  # type: ignore[arg-type]
                if state.running:
                    seen.elapsed[state.index] = seen.elapsed.get(state.index, 0) + seconds
                clock.advance(seconds)
            elif name == "start":
                session.start()
            elif name == "pause":
                session.pause()
            elif name == "resume":
                session.resume()
            elif name == "next":
                session.next()
            elif name == "back":
                session.back()
            elif name == "skip":
                session.skip()
            elif name in ("plus", "minus"):
                session.change_minutes(1 if name == "plus" else -1)
                seen.added[state.index] = seen.added.get(state.index, 0) + (
                    60 if name == "plus" else -60
                )
            elif name == "next_turn":
                session.next_turn()
            elif name == "finish":
                session.finish()
            elif name == "note":
                note = session.add_note(str(cmd[1]), cmd[2])  # type: ignore[arg-type]
                seen.notes[note.id] = note.text
            elif name == "rate":
                session.rate_note(cmd[1], cmd[2])  # type: ignore[arg-type]
            elif name == "edit":
                session.edit_note(cmd[1], str(cmd[2]))  # type: ignore[arg-type]
                seen.notes[int(cmd[1])] = str(cmd[2]).strip()  # type: ignore[call-overload]
            elif name == "absent":
                session.mark_absent(str(cmd[1]), bool(cmd[2]))
            elif name == "pass":
                session.skip_person(str(cmd[1]))
            elif name == "first_step":
                session.set_first_step(str(cmd[1]))
            elif name == "plan":
                until = clock.wall() + timedelta(minutes=int(cmd[1]))  # type: ignore[call-overload]
                before = session.state.minutes
                session.accept_plan(session.propose_plan(until))
                for index, (old, new) in enumerate(zip(before, session.state.minutes, strict=True)):
                    if old != new:  # a new plan replaces minutes added by hand
                        seen.added.pop(index, None)
        except CommandRejected:
            assert session.state is state, f"a rejected {name} changed the state"
            assert len(session.events) == events_before, f"a rejected {name} was journaled"
        check_time(session, seen)
        assert {n.id: n.text for n in session.state.notes} == seen.notes
    return seen


def check_time(session: Session, seen: Observer) -> None:
    """remaining = planned + added - elapsed, for every phase, with the test's own tally."""
    state = session.state
    now = session.wall_now()
    for index in range(len(state.phases)):
        elapsed = timedelta(seconds=seen.elapsed.get(index, 0))
        assert state.elapsed(now, index) == elapsed
        planned = state.planned(index)
        if planned is None:
            assert state.remaining(now, index) is None
            continue
        added = timedelta(seconds=seen.added.get(index, 0))
        assert state.remaining(now, index) == planned + added - elapsed
        assert planned + added > timedelta(0), "a phase lost all its time"


def new_session(which: int, clock: FakeClock, folder: Path | None) -> Session:
    method, setup = (kot_like(), kot_setup(2)) if which == 0 else (topics_like(), topics_setup())
    if folder is None:
        return Session.in_memory(method, setup, clock=clock)
    return Session.create(method, setup, clock=clock, folder=folder)


def script(
    start: bool, commands: list[tuple[object, ...]], finish: bool
) -> list[tuple[object, ...]]:
    """Most meetings start first and some end, so every state gets its share of commands."""
    return [*([("start",)] if start else []), *commands, *([("finish",)] if finish else [])]


meeting = st.builds(
    script,
    st.sampled_from([True, True, True, False]),
    st.lists(command, min_size=10, max_size=80),
    st.sampled_from([False, False, True]),
)


@settings(max_examples=300, deadline=None)
@given(which=st.integers(0, 1), commands=meeting)
def test_replay_equals_live_and_time_and_notes_hold(
    which: int, commands: list[tuple[object, ...]]
) -> None:
    clock = FakeClock()
    session = new_session(which, clock, None)
    run(session, clock, [*commands, ("advance", 7.5), ("note", "na afloop", Capture.notes)])
    lines = [event_to_json(event) for event in session.events]
    parsed = [event_from_json(line) for line in lines]
    created, *rest = parsed
    assert created.type == "created"
    assert replay(created, rest) == session.state


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(which=st.integers(0, 1), commands=meeting)
def test_the_file_on_disk_replays_to_the_live_state(
    which: int, commands: list[tuple[object, ...]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock()
        session = new_session(which, clock, Path(tmp))
        seen = run(session, clock, commands)
        assert session.path is not None
        session.close()  # the window lets go; another may open the meeting
        reopened = Session.reopen(session.path, clock=FakeClock(start=session.wall_now()))
        assert reopened.state == session.state
        assert {n.id: n.text for n in reopened.state.notes} == seen.notes
        assert read_journal(session.path).warning is None
