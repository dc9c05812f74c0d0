"""Showing the last screen of a meeting or rehearsal in place of the screen that ran it."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.screen import Screen


def show_closing(app: App[Any], screen: Screen[Any]) -> None:
    """Show `screen` (the summary, the debrief) instead of the run screen on top.

    A meeting or rehearsal opened from the command line runs on the app's bottom screen (so it
    is drawn in the first frame), and Textual switches only screens that were pushed: there the
    closing screen goes on top of it. The run screen below no longer looks at the clock once
    the meeting is finished, and the closing screens only leave the app.
    """
    if len(app.screen_stack) > 1:
        app.switch_screen(screen)
    else:
        app.push_screen(screen)
