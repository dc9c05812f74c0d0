"""Generated bad journals: the reader says file:line:col and what is wrong, and nothing else.

A journal may be hand-edited, cut short by a crash, written by another version or damaged on
disk. Whatever its bytes, reading it gives the events, a torn-line warning, or a JournalError
whose message exists in Dutch and English; never a traceback (RecursionError, KeyError,
ValidationError...). With salvage the list `resume` shows and `report` never fail on a
journal whose first line reads.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisie_tui.library import load_library
from intervisie_tui.session import Case, FakeClock, JournalError, MeetingSetup, Session
from intervisie_tui.session.journal import read_journal, replay_damage, replay_journal
from intervisie_tui.session.meetings import describe

KINDS = [
    "created",
    "started",
    "paused",
    "resumed",
    "advanced",
    "note_added",
    "note_rated",
    "went_back",
    "exploded",
    "",
]


@cache
def good_lines() -> tuple[bytes, ...]:
    """A real meeting's journal lines: the raw material the mutations start from."""
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        setup = MeetingSetup(
            method_id="kot",
            chair="Vera",
            participants=("Anna", "Bram"),
            cases=(Case(inbrenger="Anna"),),
        )
        session = Session.create(
            load_library(user=False)["kot"], setup, clock=clock, folder=Path(folder)
        )
        session.start()
        clock.advance(30)
        session.add_note("Wat werkt al?")
        session.next()
        session.pause()
        session.close()
        assert session.path is not None
        return tuple(session.path.read_bytes().splitlines())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real line with a slice replaced by other bytes."""
    lines = good_lines()
    line = draw(st.sampled_from(lines[1:]))
    start = draw(st.integers(0, len(line)))
    end = draw(st.integers(start, len(line)))
    return line[:start] + draw(st.binary(max_size=12)).replace(b"\n", b"") + line[end:]


@st.composite
def event_like(draw: st.DrawFn) -> bytes:
    """An object with a known or unknown kind and values of any shape."""
    data = draw(
        st.dictionaries(
            st.sampled_from(["at", "id", "text", "phase", "kind", "x"]), json_values, max_size=4
        )
    )
    data["type"] = draw(st.sampled_from(KINDS) | json_values)
    return json.dumps(data).encode()


bad_line = st.one_of(
    st.binary(max_size=60).map(lambda raw: raw.replace(b"\n", b"")),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.integers(1, 3000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.integers(1, 3000).map(lambda depth: b'{"type":"note_added","at":' + b"[" * depth),
    mutated(),
    event_like(),
)


@st.composite
def journals(draw: st.DrawFn) -> bytes:
    lines = list(good_lines())
    first = draw(st.one_of(st.just(lines[0]), bad_line))
    rest = draw(st.lists(st.one_of(st.sampled_from(lines[1:]), bad_line), max_size=6))
    body = b"\n".join([first, *rest])
    return body + draw(st.sampled_from([b"\n", b"", b'{"type": "paus']))


def check_message(error: JournalError, path: Path) -> None:
    for lang in ("nl", "en"):
        text = error.text(lang)
        assert text.startswith(f"{path}:{error.line}:{error.column}: "), text
        assert len(text) < 2000


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=journals())
def test_any_bad_journal_gives_only_clear_messages(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.jsonl"
        path.write_bytes(data)
        try:
            contents = read_journal(path)
            replay_journal(contents)
        except JournalError as error:
            check_message(error, path)
        try:
            salvaged = read_journal(path, salvage=True)
        except JournalError as error:
            check_message(error, path)
            assert error.line == 1 or error.problem.key == "journal.first_line_torn"
        else:
            replay_journal(salvaged, salvage=True)
            damage = replay_damage(salvaged)
            if damage is not None:
                check_message(damage, path)
        meeting = describe(path)  # what `resume` lists: never an exception
        assert meeting.path == path
        assert path.read_bytes() == data  # reading never changes the file
