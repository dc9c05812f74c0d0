"""The options after the chair intervened, and the feedback on her answer, in one modal.

A modal keeps the meeting visible behind it while taking every key: once the chair has stepped
in she can only choose, as in a real room where the group now waits for her words. The box is
titled "You intervene", never with the rule: which rule was at stake is part of the feedback.
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

from intervisie_tui.rehearsal.debrief_text import seconds_text
from intervisie_tui.rehearsal.drill import Feedback, Prompt
from intervisie_tui.rehearsal.scoring import Outcome
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.keys import said
from intervisie_tui.tui.rehearsal.room import heard_text

#: How often the answer countdown is redrawn (real seconds).
COUNTDOWN_TICK = 0.2


def prompt_text(prompt: Prompt) -> Text:
    """What the chair reacted to, and the numbered options; the rule is not named yet."""
    lang = language()
    text = Text()
    text.append(tr("rehearsal.incident.heard") + "\n", style="bold")
    text.append_text(heard_text(prompt.heard))
    text.append("\n\n")
    text.append(tr("rehearsal.incident.ask") + "\n", style="bold")
    for choice in prompt.incident.choices:
        text.append(f" {choice.number} ", style="bold reverse")
        text.append(f"  {choice.text.say(lang)}\n")
    text.rstrip()
    return text


def feedback_text(feedback: Feedback) -> Text:
    """How the intervention landed, how fast, what a good chair does, and the rule behind it."""
    lang = language()
    result = feedback.result
    text = Text()
    style = "bold green" if result.outcome is Outcome.good else "bold yellow"
    text.append(tr(feedback.headline) + "\n", style=style)
    if result.reaction_seconds is not None:
        seconds = seconds_text(result.reaction_seconds, lang)
        text.append(tr("rehearsal.feedback.reaction", seconds=seconds) + "\n")
    text.append("\n")
    if result.choice is not None:
        text.append(tr("rehearsal.feedback.yours", text=result.choice.text.say(lang)) + "\n")
        text.append(tr("rehearsal.feedback.why", why=result.choice.why.say(lang)) + "\n\n")
    if result.outcome is not Outcome.good:
        good = feedback.good
        text.append(tr("rehearsal.feedback.better", text=good.text.say(lang)) + "\n", style="bold")
        text.append(tr("rehearsal.feedback.why", why=good.why.say(lang)) + "\n\n")
    text.append(tr("rehearsal.feedback.rule", rule=feedback.rule.say(lang)), style="bold italic")
    explanation = feedback.explanation.say(lang)
    if explanation:
        text.append(f" — {explanation}", style="italic")
    text.rstrip()
    return text


class IncidentScreen(ModalScreen[None]):
    """The options of one intervention, then the feedback on the answer, in one box.

    The chair presses 1-4 within the limit; `answer` judges it and the same box shows at once
    what a good chair does and which rule applies. Enter closes it. Showing both in one modal
    keeps the meeting behind it still and the eyes on one place.
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
            box.border_title = escape(tr("rehearsal.incident.title"))
            yield Static(prompt_text(self.prompt), id="incident-body")
            yield Static(id="incident-left", markup=False)

    def on_mount(self) -> None:
        """Draw the countdown and keep it current."""
        self.check_time()
        self.set_interval(COUNTDOWN_TICK, self.check_time)

    def check_time(self) -> None:
        """Redraw the whole seconds left; at zero the choice is over (noticed, no answer)."""
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
