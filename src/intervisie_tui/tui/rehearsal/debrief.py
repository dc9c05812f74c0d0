"""The debrief screen: the score in one line, where it was saved, then the whole debrief."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Markdown, Static

from intervisie_tui.rehearsal.debrief import Debrief
from intervisie_tui.rehearsal.debrief_text import debrief_markdown, on_time_text, tally_text
from intervisie_tui.rehearsal.history import history_path
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.keys import CLOSING_QUIT, DEBRIEF_SHARE, KeySpec, bindings
from intervisie_tui.tui.rehearsal.share import ShareTarget, share
from intervisie_tui.tui.screens.closing import ClosingScreen


def summary_line(debrief: Debrief) -> str:
    """Total, noticing, false alarms and timing in one line for the top of the screen."""
    card = debrief.card
    return tr(
        "rehearsal.debrief.total",
        total=tally_text(card.total, language()),
        noticed=card.counts.noticed,
        said=card.counts.said,
        false_alarms=card.counts.false_alarms,
        timing=on_time_text(card.timing, language()),
    )


class DebriefScreen(ClosingScreen):
    """What the chair did well and what to do better, with the marked session report below."""

    #: q goes back (or leaves) at once: the rehearsal is over and saved (closing.py).
    #: d shares the results with the group, only in a rehearsal for a group.
    BINDINGS: ClassVar[list[BindingType]] = bindings((DEBRIEF_SHARE, CLOSING_QUIT))

    CSS_PATH = "debrief.tcss"

    def __init__(
        self,
        debrief: Debrief,
        path: Path | None,
        problem: str | None = None,
        *,
        unreadable: int = 0,
        share: ShareTarget | None = None,
        day: dt.date | None = None,
    ) -> None:
        super().__init__()
        #: The group this rehearsal may be shared with, and the day it is shared as.
        self.share_target = share
        self.day = day or dt.date.today()
        #: Where the shared figures went, once the chair chose to share (None: not shared).
        self.shared: Path | None = None
        self.debrief = debrief
        self.path = path
        self.problem = problem
        #: Lines of the history file that could not be read (said, never silently dropped).
        self.unreadable = unreadable

    @property
    def KEYS(self) -> tuple[KeySpec, ...]:
        """The help's and the palette's keys: d where there is a group, then q as it is here."""
        shared = (DEBRIEF_SHARE,) if self.check_action("share", ()) else ()
        return (*shared, self.leave_key)

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
        if self.share_target is not None:
            target = self.share_target
            offer = "rehearsal.share.offer_back" if self.way_back else "rehearsal.share.offer"
            lines.append(tr(offer, group=target.group, name=target.member))
        self.lines = lines
        yield Static("\n".join(lines), id="debrief-summary", markup=False)
        with VerticalScroll(id="debrief"):
            yield Markdown(debrief_markdown(self.debrief, language()))
        yield Footer(compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """d only where there is a group to share with, and only until it is shared."""
        if action == "share":
            return self.share_target is not None and self.shared is None
        return True

    def action_share(self) -> None:
        """d: the chair chooses to share the results with the group (nothing is shared else)."""
        if self.share_target is None or self.shared is not None:
            return
        self.shared, line = share(self.debrief, self.share_target, self.day, language())
        if self.shared is None:
            self.notify(tr(line), severity="error", markup=False)
        self.lines[-1] = tr(line)
        self.query_one("#debrief-summary", Static).update("\n".join(self.lines))
        self.refresh_bindings()

    def action_leave(self) -> None:
        """q: the rehearsal is over and saved; back where it was started, or out, unasked."""
        if self.way_back:
            self.go_back()
        else:
            self.app.exit(0)
