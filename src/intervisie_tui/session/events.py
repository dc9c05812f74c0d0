"""The journal's event types: everything that can happen in a meeting, as typed data.

The live engine and the replay of a journal apply the very same events with the same reducer,
so what the chair saw and what a resumed session shows cannot disagree. Each event carries its
wall-clock time `at`; nothing else about time is stored.

Events are frozen dataclasses written as JSON with the standard library, so a running meeting
never imports pydantic (bench/: memory and start-up); reading a journal back validates every
line with pydantic in `event_codec.py`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from intervisie_tui.model.method import AwareTime, Capture, Method, model
from intervisie_tui.session.setup import MeetingSetup

#: Bumped when an event changes shape, so an old journal is recognised instead of misread.
JOURNAL_VERSION = 1


class Rating(StrEnum):
    """How an item landed with the inbrenger (warm / neutraal / koud)."""

    warm = "warm"
    neutraal = "neutraal"
    koud = "koud"


@model
class _Event:
    at: Annotated[datetime, AwareTime()]

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("an event time needs its time zone (wall-clock time of the meeting)")


def _not_empty(text: str) -> None:
    if not text.strip():
        raise ValueError("text must not be empty")


@model
class SessionCreated(_Event):
    """The first line: the method as it was when the meeting began, and the set-up.

    The method is stored whole so a resumed session or a report does not depend on the method
    file still existing or being unchanged.
    """

    type: Literal["created"] = "created"
    version: int = JOURNAL_VERSION
    method: Method
    setup: MeetingSetup


@model
class PlanChanged(_Event):
    """The chair accepted a fitted plan: minutes per phase (None untimed) and dropped phases."""

    type: Literal["plan_changed"] = "plan_changed"
    minutes: tuple[float | None, ...]
    dropped: tuple[int, ...] = ()


@model
class Started(_Event):
    """The first phase starts running."""

    type: Literal["started"] = "started"


@model
class Paused(_Event):
    """The clock of the current phase stops; the remaining time is kept."""

    type: Literal["paused"] = "paused"


@model
class Resumed(_Event):
    """The clock runs again from the kept remaining time."""

    type: Literal["resumed"] = "resumed"


@model
class Advanced(_Event):
    """The chair moves on to the next phase that is not dropped."""

    type: Literal["advanced"] = "advanced"


@model
class WentBack(_Event):
    """The chair returns to the previous phase that is not dropped."""

    type: Literal["went_back"] = "went_back"


@model
class Skipped(_Event):
    """The current optional phase is left out and the meeting moves on."""

    type: Literal["skipped"] = "skipped"


@model
class MinutesChanged(_Event):
    """Time added to (or taken from) the running phase, in whole seconds."""

    type: Literal["minutes_changed"] = "minutes_changed"
    seconds: int


@model
class TurnAdvanced(_Event):
    """The current speaker is done; the next present person in the round gets the turn."""

    type: Literal["turn_advanced"] = "turn_advanced"


@model
class PersonSkipped(_Event):
    """Someone passes this round (not absent: they are back next round)."""

    type: Literal["person_skipped"] = "person_skipped"
    name: str


@model
class MarkedAbsent(_Event):
    """Someone left or arrived: absent people get no turns for the rest of the meeting."""

    type: Literal["marked_absent"] = "marked_absent"
    name: str
    absent: bool = True


@model
class NoteAdded(_Event):
    """A line on the flip-over: a free note or a numbered item of a kind the step captures."""

    type: Literal["note_added"] = "note_added"
    id: int
    phase: int
    kind: Capture = Capture.notes
    text: str
    by: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _not_empty(self.text)


@model
class NoteRated(_Event):
    """The inbrenger's warm / neutraal / koud for an item (None clears it)."""

    type: Literal["note_rated"] = "note_rated"
    id: int
    rating: Rating | None


@model
class NoteEdited(_Event):
    """A typo fixed in a note; the old text stays in the journal, so nothing is lost."""

    type: Literal["note_edited"] = "note_edited"
    id: int
    text: str

    def __post_init__(self) -> None:
        super().__post_init__()
        _not_empty(self.text)


@model
class FirstStepSet(_Event):
    """The inbrenger's first small step for their case, said at the end."""

    type: Literal["first_step_set"] = "first_step_set"
    case: int
    text: str

    def __post_init__(self) -> None:
        super().__post_init__()
        _not_empty(self.text)


@model
class Finished(_Event):
    """The chair closed the meeting; a finished session is never offered for resume."""

    type: Literal["finished"] = "finished"


#: Any event; the `type` field tells them apart in the journal.
Event = (
    SessionCreated
    | PlanChanged
    | Started
    | Paused
    | Resumed
    | Advanced
    | WentBack
    | Skipped
    | MinutesChanged
    | TurnAdvanced
    | PersonSkipped
    | MarkedAbsent
    | NoteAdded
    | NoteRated
    | NoteEdited
    | FirstStepSet
    | Finished
)


def _json_value(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to the journal")


def event_to_json(event: Event) -> str:
    """One journal line (without the newline): compact JSON, names and notes as typed."""
    return json.dumps(asdict(event), default=_json_value, ensure_ascii=False, separators=(",", ":"))


def event_from_json(line: str | bytes) -> Event:
    """Parse one journal line; raises pydantic.ValidationError on a bad line.

    Pydantic is imported here, on the first line read, not when a meeting starts.
    """
    from intervisie_tui.session.event_codec import decode_event

    return decode_event(line)
