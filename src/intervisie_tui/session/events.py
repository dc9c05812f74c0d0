"""The journal's event types: everything that can happen in a meeting, as typed data.

The live engine and the replay of a journal apply the very same events with the same reducer,
so what the chair saw and what a resumed session shows cannot disagree. Each event carries its
wall-clock time `at`; nothing else about time is stored.

Events are frozen pydantic models: one declaration gives the checks on an event made live, the
JSON a journal line holds, and the validation of a line read back (`event_from_json`).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter

from intervisie_tui.model.group import GroupRef
from intervisie_tui.model.method import Capture, Method
from intervisie_tui.session.agenda import Agenda, AgendaItem
from intervisie_tui.session.setup import Case, MeetingSetup

#: Bumped when an event changes shape, so an old journal is recognised instead of misread.
#: Version 2: the first line holds the whole agenda (version 1: one method and its set-up).
JOURNAL_VERSION = 2
#: Versions this one reads: a version 1 journal is a meeting of one case (`LegacyCreated`).
READABLE_VERSIONS = (1, 2)


class Rating(StrEnum):
    """How an item landed with the inbrenger (warm / neutraal / koud)."""

    warm = "warm"
    neutraal = "neutraal"
    koud = "koud"


class _Event(BaseModel):
    """What every event shares: its wall-clock time, with its zone (the room's clock).

    Text is kept exactly as typed (no trimming): the journal is the record of what was said.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    at: AwareDatetime


def _not_empty(text: str) -> str:
    if not text.strip():
        raise ValueError("text must not be empty")
    return text


#: A note's text: whatever the chair typed, as long as it is not blank.
NoteText = Annotated[str, AfterValidator(_not_empty)]


class SessionCreated(_Event):
    """The first line: the agenda as it was when the meeting began, every method in it whole.

    The methods are stored whole so a resumed session or a report does not depend on a method
    file still existing or being unchanged.
    """

    type: Literal["created"] = "created"
    version: int = JOURNAL_VERSION
    agenda: Agenda
    #: The group the meeting is for (`run --group`); absent in a journal of a meeting without
    #: one, and in every journal written before groups were kept with the meeting.
    group: GroupRef | None = None


class LegacyCreated(_Event):
    """The first line of a version 1 journal: one method and its set-up. Read back as an
    agenda of one case (`created`), so a meeting journaled then still resumes and reports."""

    type: Literal["created"] = "created"
    version: Literal[1] = 1
    method: Method
    setup: MeetingSetup

    def created(self) -> SessionCreated:
        """The same meeting as this version writes it."""
        return SessionCreated(at=self.at, agenda=Agenda.single(self.method, self.setup))


class ItemAdded(_Event):
    """The chair added an item (a case, a break) during the meeting, at `position` in the
    agenda; its method is stored whole like those of the first line."""

    type: Literal["item_added"] = "item_added"
    position: int
    item: AgendaItem


class ItemDropped(_Event):
    """The chair dropped an item that had not started; its phases stay in the journal's
    numbering and are shown as dropped."""

    type: Literal["item_dropped"] = "item_dropped"
    item: int


class PlanChanged(_Event):
    """The chair accepted a fitted plan: minutes per phase (None untimed) and dropped phases."""

    type: Literal["plan_changed"] = "plan_changed"
    minutes: tuple[float | None, ...]
    dropped: tuple[int, ...] = ()


class Started(_Event):
    """The first phase starts running."""

    type: Literal["started"] = "started"


class Paused(_Event):
    """The clock of the current phase stops; the remaining time is kept."""

    type: Literal["paused"] = "paused"


class Resumed(_Event):
    """The clock runs again from the kept remaining time."""

    type: Literal["resumed"] = "resumed"


class Advanced(_Event):
    """The chair moves on to the next phase that is not dropped."""

    type: Literal["advanced"] = "advanced"


class WentBack(_Event):
    """The chair returns to the previous phase that is not dropped."""

    type: Literal["went_back"] = "went_back"


class Skipped(_Event):
    """The current optional phase is left out and the meeting moves on."""

    type: Literal["skipped"] = "skipped"


class MinutesChanged(_Event):
    """Time added to (or taken from) the running phase, in whole seconds."""

    type: Literal["minutes_changed"] = "minutes_changed"
    seconds: int


class TurnAdvanced(_Event):
    """The current speaker is done; the next present person in the round gets the turn."""

    type: Literal["turn_advanced"] = "turn_advanced"


class PersonSkipped(_Event):
    """Someone passes this round (not absent: they are back next round)."""

    type: Literal["person_skipped"] = "person_skipped"
    name: str


class MarkedAbsent(_Event):
    """Someone left or arrived: absent people get no turns for the rest of the meeting."""

    type: Literal["marked_absent"] = "marked_absent"
    name: str
    absent: bool = True


class NoteAdded(_Event):
    """A line on the flip-over: a free note or a numbered item of a kind the step captures."""

    type: Literal["note_added"] = "note_added"
    id: int
    phase: int
    kind: Capture = Capture.notes
    text: NoteText
    by: str | None = None


class NoteRated(_Event):
    """The inbrenger's warm / neutraal / koud for an item (None clears it)."""

    type: Literal["note_rated"] = "note_rated"
    id: int
    rating: Rating | None


class NoteEdited(_Event):
    """A typo fixed in a note; the old text stays in the journal, so nothing is lost."""

    type: Literal["note_edited"] = "note_edited"
    id: int
    text: NoteText


class FirstStepSet(_Event):
    """The inbrenger's first small step for their case, said at the end."""

    type: Literal["first_step_set"] = "first_step_set"
    case: int
    item: int = 0
    text: NoteText


class InbrengerChosen(_Event):
    """The group chose whose case it is, inside the method (Balint's problem choice): the
    chair names the person and from then on the method's inbrenger role is theirs."""

    type: Literal["inbrenger_chosen"] = "inbrenger_chosen"
    case: int
    item: int = 0
    name: str


class VolunteersSet(_Event):
    """Who volunteered to speak in a phase with a volunteers round, in the order they did:
    the names on the flip-over. Replaces the phase's list as a whole."""

    type: Literal["volunteers_set"] = "volunteers_set"
    phase: int
    names: tuple[str, ...]


class QuestionSet(_Event):
    """The case question as the inbrenger put it (set or corrected during the meeting)."""

    type: Literal["question_set"] = "question_set"
    case: int
    item: int = 0
    text: NoteText


class TopicsChosen(_Event):
    """The topics collected in a method's own step (quick advice rounds) make the passes of
    its repeated block: one per topic, each with its inbrenger, question and score. Written
    after each topic note, so the plan on screen always shows the passes the flip-over holds."""

    type: Literal["topics_chosen"] = "topics_chosen"
    item: int
    topics: tuple[Case, ...]


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
    | InbrengerChosen
    | VolunteersSet
    | QuestionSet
    | ItemAdded
    | ItemDropped
    | TopicsChosen
    | Finished
)


def event_to_json(event: Event) -> str:
    """One journal line (without the newline): compact JSON, names and notes as typed.

    A meeting without a group writes no `group` key, so its first line is the same as before
    groups were kept with the meeting.
    """
    if isinstance(event, SessionCreated) and event.group is None:
        return event.model_dump_json(exclude={"group"})
    return event.model_dump_json()


@cache
def _event_adapter() -> TypeAdapter[Event]:
    return TypeAdapter(Annotated[Event, Field(discriminator="type")])


def event_from_json(line: str | bytes) -> Event:
    """One journal line as its event; raises pydantic.ValidationError on a bad line.

    A journal may be old, hand-edited or damaged, so every line is validated against the
    event types before replay trusts it; `type` picks the event class.
    """
    return _event_adapter().validate_json(line)
