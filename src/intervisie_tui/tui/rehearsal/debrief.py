"""The debrief screen: the score in one line, where it was saved, then the whole debrief."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Markdown, Static

from intervisie_tui.rehearsal.debrief import Debrief
from intervisie_tui.rehearsal.debrief_text import debrief_markdown, tally_text
from intervisie_tui.rehearsal.history import history_path
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.keys import said


def summary_line(debrief: Debrief) -> str:
    """Total, noticing, false alarms and timing in one line for the top of the screen."""
    card = debrief.card
    return tr(
        "rehearsal.debrief.total",
        total=tally_text(card.total, language()),
        noticed=card.counts.noticed,
        said=card.counts.said,
        false_alarms=card.counts.false_alarms,
        timing=tally_text(card.timing.tally, language()),
    )


class DebriefScreen(Screen[None]):
    """What the chair did well and what to do better, with the marked session report below."""

    #: q leaves at once: the rehearsal is over and saved (a catalogue key, see keys.said).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "leave", "rehearsal.key.quit", priority=True)
    ]

    CSS_PATH = "debrief.tcss"

    def __init__(
        self,
        debrief: Debrief,
        path: Path | None,
        problem: str | None = None,
        *,
        unreadable: int = 0,
    ) -> None:
        super().__init__()
        self.debrief = debrief
        self.path = path
        self.problem = problem
        #: Lines of the history file that could not be read (said, never silently dropped).
        self.unreadable = unreadable

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows, our keys said in the chair's language (keys.said)."""
        return said(super().active_bindings)

    def compose(self) -> ComposeResult:
        """Title, summary and paths, then the debrief as Markdown."""
        yield Static(
            tr("rehearsal.debrief.title", title=self.debrief.title(language())),
            id="debrief-title",
            markup=False,
        )
        lines = [summary_line(self.debrief)]
        if self.path is not None:
            lines.append(tr("rehearsal.debrief.saved", path=str(self.path)))
        elif self.problem is not None:
            lines.append(tr("rehearsal.debrief.not_saved", problem=self.problem))
        if self.unreadable and self.path is not None:
            history = str(history_path(self.path.parent))
            lines.append(
                tr("rehearsal.debrief.history_unreadable", count=self.unreadable, path=history)
            )
        lines.append(tr("rehearsal.debrief.again", command=self.debrief.replay_command))
        yield Static("\n".join(lines), id="debrief-summary", markup=False)
        with VerticalScroll(id="debrief"):
            yield Markdown(debrief_markdown(self.debrief, language()))
        yield Footer(compact=True)

    def action_leave(self) -> None:
        """q: the rehearsal is over and saved; leave without a question."""
        self.app.exit(0)
