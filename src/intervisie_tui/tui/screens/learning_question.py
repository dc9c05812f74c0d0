"""At the end of a group's meeting: which learning question did this case work on?

The moment to ask is when the case is closed and the inbrenger is still in the room; one key
answers (the question's number, or 0 for none), so the group's record knows which learning
questions have been worked on without anyone filling in a form afterwards.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.model.group import LearningQuestion
from intervisie_tui.tui.i18n import tr

#: Number keys for the questions; a member with more than nine is asked about the first nine.
NUMBERS = "123456789"


class LearningQuestionDialog(ModalScreen[str | None]):
    """The inbrenger's learning questions, numbered; the answer is a question id or None."""

    CSS_PATH = "learning_question.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(key, f"choose({index})", show=False) for index, key in enumerate(NUMBERS)),
        Binding("0,escape", "choose(-1)", show=False),
    ]

    def __init__(self, inbrenger: str, questions: tuple[LearningQuestion, ...]) -> None:
        super().__init__()
        self.inbrenger = inbrenger
        self.questions = questions[: len(NUMBERS)]

    def compose(self) -> ComposeResult:
        """The question to the inbrenger, the numbered learning questions, and 0 for none."""
        lines = [f"{NUMBERS[i]}  {q.text}" for i, q in enumerate(self.questions)]
        lines.append(f"0  {tr('ui.learning.none')}")
        with Vertical():
            yield Static(
                tr("ui.learning.question", name=self.inbrenger),
                id="confirm-question",
                markup=False,
            )
            yield Static("\n".join(lines), markup=False)

    def action_choose(self, index: int) -> None:
        """Close with the chosen question's id (None for 'none of them')."""
        if index < 0:
            self.dismiss(None)
        elif index < len(self.questions):
            self.dismiss(self.questions[index].id)
