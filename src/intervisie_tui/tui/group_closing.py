"""Recording a finished meeting in its group from the app: ask, then keep, then show.

The questions are asked one after another (one dialog per case whose inbrenger has learning
questions), then the meeting is kept in the group and `done` gets the line for the end screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App

from intervisie_tui.group.files import read_group
from intervisie_tui.group.keeping import keep_in_group
from intervisie_tui.model.group import LearningQuestion
from intervisie_tui.session.state import SessionState
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.screens.choice import ChoiceDialog

__all__ = ["record_for_group"]


def record_for_group(
    app: App[Any], folder: Path, state: SessionState, done: Callable[[str], None]
) -> None:
    """Ask about learning questions, keep the meeting in the group, then call `done(line)`."""
    stored = read_group(folder)
    asks: list[tuple[int, str, tuple[LearningQuestion, ...]]] = []
    if stored.group is not None:
        for index, (_item, _number, case) in enumerate(state.meeting_cases):
            if case.inbrenger is None:
                continue  # the group never chose who brought it: nobody to ask
            member = stored.group.member(case.inbrenger)
            if member is not None and member.learning_questions:
                asks.append((index, case.inbrenger, member.learning_questions))
    chosen: dict[int, str] = {}

    def ask_next() -> None:
        if not asks:
            done(tr(keep_in_group(folder, state, language(), chosen)))
            return
        index, name, questions = asks.pop(0)

        def answered(question: str | None) -> None:
            if question is not None:
                chosen[index] = question
            ask_next()

        dialog = ChoiceDialog(
            tr("ui.learning.question", name=name),
            tr("ui.learning.none"),
            [(question.id, question.text) for question in questions],
        )
        app.push_screen(dialog, answered)

    ask_next()
