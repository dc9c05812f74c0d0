"""A rehearsal a member chose to share with the group: the figures, never what was said.

The member who chairs next time rehearses the chosen method alone first; if they choose to,
the figures of that rehearsal go into the group's folder, so the group sees its future chair
practise (and the chair sees their own progress next to the meetings). A plain YAML file the
group owns, read back with the same file:line:col messages as every other group file.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, NonNegativeInt

from intervisie_tui.model.base import Frozen, ShortText, Slug
from intervisie_tui.model.group import PersonName

__all__ = ["PhaseTime", "SharedRehearsal"]

Minutes = Annotated[float, Field(ge=0, le=24 * 60)]


class PhaseTime(Frozen):
    """How long one phase took against its plan, as the debrief's timing table shows it."""

    title: ShortText = Field(description="The phase's title, in the language it was shared in.")
    planned: Minutes | None = Field(None, description="Planned minutes (none: untimed).")
    actual: Minutes = Field(description="Minutes the phase actually took (method time).")


class SharedRehearsal(Frozen):
    """The figures of one shared rehearsal (rehearsals/<date>-<who>-<method>.yaml)."""

    date: dt.date = Field(description="The day of the rehearsal.")
    member: PersonName = Field(description="Who rehearsed (the member who chairs next).")
    method: Slug = Field(description="Id of the method rehearsed.")
    method_title: ShortText = Field(description="The method's title when it was rehearsed.")
    said: NonNegativeInt = Field(description="Breaches of the rules the simulated room made.")
    noticed: NonNegativeInt = Field(description="Breaches the chair noticed.")
    missed: NonNegativeInt = Field(description="Breaches the chair let pass.")
    good: NonNegativeInt = Field(0, description="Breaches answered well.")
    false_alarms: NonNegativeInt = Field(description="Times the chair stepped in on nothing.")
    on_time: NonNegativeInt = Field(0, description="Phases ended on time.")
    judged: NonNegativeInt = Field(0, description="Phases whose timing was judged.")
    phases: tuple[PhaseTime, ...] = Field((), description="The timing of each phase, in order.")
