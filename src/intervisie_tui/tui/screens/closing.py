"""The last screen of a meeting or rehearsal, shown in place of the screen that ran it, and
where its q leads: back to where the chair started (the library, the groups), or out."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.binding import ActiveBinding
from textual.screen import Screen

from intervisie_tui.tui.app_commands import ChairCommands
from intervisie_tui.tui.keys import CLOSING_BACK, CLOSING_QUIT, KeySpec, described, said


class ClosingScreen(Screen[None]):
    """The end of a meeting or the debrief of a rehearsal.

    Started from the library (or the groups screen), q goes back there: the chair may pick
    the next method. Started from the command line, nothing leads back, and q closes the app.
    The footer, the help and the palette say which of the two q does.
    """

    #: A screen lies beneath to go back to (set by `show_closing`).
    way_back: bool = False

    @property
    def leave_key(self) -> KeySpec:
        """What q does here: back to the library or the groups, or close the app."""
        return CLOSING_BACK if self.way_back else CLOSING_QUIT

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The footer's keys, q named for what it does here and last, as on every screen,
        all in the chair's language."""
        leave = self.leave_key
        active = super().active_bindings
        others = {
            key: entry for key, entry in active.items() if entry.binding.action != leave.action
        }
        last = {
            key: described(entry, leave.footer)
            for key, entry in active.items()
            if key not in others
        }
        return said(others | last)

    def go_back(self) -> None:
        """Back to the screen the meeting or rehearsal was started from."""
        self.app.pop_screen()


def show_closing(app: App[Any], screen: ClosingScreen) -> None:
    """Show `screen` (the summary, the debrief) instead of the run screen on top.

    A meeting or rehearsal opened from the command line runs on the app's bottom screen (so it
    is drawn in the first frame), and Textual switches only screens that were pushed: there the
    closing screen goes on top of it, and its q leaves the app. The run screen below no longer
    looks at the clock once the meeting is finished. One started from the library or the
    groups was pushed over them: the closing screen takes its place, and q goes back there;
    unless the command line named the method and only its set-up form opened over the
    library (`opened_on_a_method`): the chair asked for that one meeting, and q closes.
    """
    if len(app.screen_stack) > 1:
        screen.way_back = not (isinstance(app, ChairCommands) and app.opened_on_a_method)
        app.switch_screen(screen)
    else:
        app.push_screen(screen)
