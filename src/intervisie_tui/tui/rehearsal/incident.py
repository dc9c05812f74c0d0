"""The incident prompt and the feedback on the answer, each a modal over the run screen.

A modal keeps the meeting visible behind it while taking every key: during an incident the
chair can only choose, as in a real room where the remark demands an answer now.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.rehearsal.drill import Feedback, Prompt
from intervisie_tui.rehearsal.scoring import Outcome
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.keys import said

#: How often the answer countdown is redrawn (real seconds).
COUNTDOWN_TICK = 0.2


def prompt_text(prompt: Prompt) -> Text:
    """Who, what happens, and the numbered options."""
    incident = prompt.incident
    text = Text()
    if incident.who:
        text.append(tr("rehearsal.incident.who", who=incident.who) + "\n", style="bold")
    text.append(prompt.incident.text)
    if prompt.still_waiting is not None:
        text.append(" " + tr(prompt.still_waiting))
    text.append("\n\n")
    for choice in incident.choices:
        text.append(f" {choice.number} ", style="bold reverse")
        text.append(f"  {choice.text}\n")
    text.rstrip()
    return text


def feedback_text(feedback: Feedback) -> Text:
    """How the answer landed, what a good chair does, and the rule behind it."""
    result = feedback.result
    text = Text()
    style = "bold green" if result.outcome is Outcome.good else "bold yellow"
    text.append(tr(feedback.headline) + "\n\n", style=style)
    if result.choice is not None:
        text.append(tr("rehearsal.feedback.yours", text=result.choice.text) + "\n")
        text.append(tr("rehearsal.feedback.why", why=result.choice.why) + "\n\n")
    else:
        text.append(tr("rehearsal.feedback.none") + "\n\n")
    if result.outcome is not Outcome.good:
        text.append(tr("rehearsal.feedback.better", text=feedback.good.text) + "\n", style="bold")
        text.append(tr("rehearsal.feedback.why", why=feedback.good.why) + "\n\n")
    text.append(tr(feedback.rule) + "\n", style="italic")
    text.rstrip()
    return text


class IncidentScreen(ModalScreen[None]):
    """One incident, then the feedback on the answer, in one box over the meeting.

    The chair presses 1-4 within the limit (or the moment passes); `answer` judges it and the
    same box shows at once what a good chair does and which rule applies. Enter closes it.
    Showing both in one modal keeps the meeting behind it still and the eyes on one place.
    """

    CSS_PATH = "incident.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        # The one key shown, under a catalogue key (keys.said says it in the chair's language).
        Binding("1", "choose(1)", "rehearsal.key.choose", key_display="1-4"),
        *(Binding(str(n), f"choose({n})", show=False) for n in range(2, 7)),
        Binding("enter", "close", show=False),
        Binding("escape", "close", show=False),
    ]

    def __init__(
        self,
        prompt: Prompt,
        real_now: Callable[[], float],
        answer: Callable[[int | None], Feedback],
    ) -> None:
        super().__init__()
        self.prompt = prompt
        self.real_now = real_now
        self.answer = answer
        self.feedback: Feedback | None = None
        self._shown_seconds = -1

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows, our keys said in the chair's language (keys.said)."""
        return said(super().active_bindings)

    def compose(self) -> ComposeResult:
        """The incident and its options, and the countdown under them."""
        with Vertical() as box:
            # A border title is Textual markup: the rule is the method author's text.
            box.border_title = escape(
                tr("rehearsal.incident.title", rule=self.prompt.incident.rule_reminder)
            )
            yield Static(prompt_text(self.prompt), id="incident-body")
            yield Static(id="incident-left", markup=False)

    def on_mount(self) -> None:
        """Draw the countdown and keep it current."""
        self.check_time()
        self.set_interval(COUNTDOWN_TICK, self.check_time)

    def check_time(self) -> None:
        """Redraw the whole seconds left; at zero the moment has passed and counts as missed."""
        if self.feedback is not None:
            return
        left = self.prompt.seconds_left(self.real_now())
        if left <= 0:
            self._judged(None)
            return
        seconds = math.ceil(left)
        if seconds != self._shown_seconds:
            self._shown_seconds = seconds
            n = len(self.prompt.incident.choices)
            self.query_one("#incident-left", Static).update(
                tr("rehearsal.incident.left", seconds=seconds, n=n)
            )

    def action_choose(self, number: int) -> None:
        """A number key: choose that option (keys beyond the options do nothing)."""
        if self.feedback is None and any(c.number == number for c in self.prompt.incident.choices):
            self._judged(number)

    def _judged(self, number: int | None) -> None:
        self.feedback = self.answer(number)
        self.add_class("-answered")
        self.query_one(Vertical).border_title = tr("rehearsal.feedback.title")
        self.query_one("#incident-body", Static).update(feedback_text(self.feedback))
        self.query_one("#incident-left", Static).update(tr("rehearsal.feedback.close"))

    def action_close(self) -> None:
        """Enter after the feedback: back to the meeting."""
        if self.feedback is not None:
            self.dismiss(None)
