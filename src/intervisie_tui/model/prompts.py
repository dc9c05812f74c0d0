"""Phase prompts: moments a method marks in every phase, shown to the room when they are due."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from intervisie_tui.model.base import Frozen, ShortText

__all__ = ["PhasePrompt", "PromptMoment"]


class PromptMoment(StrEnum):
    """When in a phase a prompt shows: as it starts, or as it comes to its end."""

    start = "start"
    end = "end"


class PhasePrompt(Frozen):
    """A moment the chair marks in every phase, shown to the room at that moment.

    Balint asks for a short silence at the end of each phase (what was said, and what not)
    and a moment at its start to consider what the phase is for; as data, so the run screen
    shows it when it is due instead of the chair having to remember it.
    """

    moment: PromptMoment = Field(description="start: as a phase begins; end: as it ends.")
    seconds: Annotated[int, Field(ge=5, le=600)] = Field(
        30,
        description=(
            "start: shown for this many seconds after the phase begins; end: shown from this"
            " many seconds before the planned end (and in overtime)."
        ),
    )
    text: ShortText = Field(description="What the room reads at that moment (Dutch).")
    text_en: ShortText | None = Field(None, description="What the room reads, in English.")
