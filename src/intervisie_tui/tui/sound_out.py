"""The app's sound: the chair's choice turned into a chime, the terminal bell, or silence.

The chime plays in a Textual worker thread (`Chimes.play` waits while it sounds), so the
clock never stalls; when no player works the bell rings instead, and the chair is told why
once, in her language.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Protocol, runtime_checkable

from textual.app import App

from intervisie_tui.session.view import TimerEvent
from intervisie_tui.settings import SoundChoice
from intervisie_tui.sound.chimes import CHIME_OF, Chime
from intervisie_tui.sound.players import Chimes, Outcome
from intervisie_tui.tui.i18n import tr


@runtime_checkable
class QuietNotices(Protocol):
    """A screen with a status line of its own, where a notice covers nothing the chair needs.

    The rehearsal has one (its banner): a chair rehearsing on a laptop without a sound player
    reads there, once, why she hears the bell, instead of a toast over the corner of the room.
    """

    def status_notice(self, text: str) -> None:
        """Show `text` quietly in the screen's status line, for as long as the screen lasts."""


class RoomSound:
    """Plays the chimes of one app."""

    def __init__(self, app: App[Any], chimes: Chimes) -> None:
        self.app = app
        self.chimes = chimes

    def ring(self, event: TimerEvent) -> None:
        """Sound the moment `event` marks, as the chair chose (the mute key is the screen's)."""
        choice = self.chimes.choice
        if choice is SoundChoice.off:
            return
        if choice is SoundChoice.bell:
            self.app.bell()
            return
        self.app.run_worker(
            partial(self._play, CHIME_OF[event.kind]),
            name=f"chime {event.kind.value}",
            group="chime",
            thread=True,
            exit_on_error=False,
        )

    def _play(self, chime: Chime) -> None:
        """In the worker thread: play, then let the app's thread ring or tell what it must."""
        outcome = self.chimes.play(chime)
        if outcome is Outcome.bell:
            self.app.call_from_thread(self._fell_back)

    def _fell_back(self) -> None:
        self.app.bell()
        notice = self.chimes.take_notice()
        if notice is None:
            return
        # Under a dialog (the rehearsal's options) the screen below still has its status line.
        quiet = [s for s in reversed(self.app.screen_stack) if isinstance(s, QuietNotices)]
        if quiet:
            quiet[0].status_notice(tr(notice))
        else:
            self.app.notify(tr(notice), severity="warning", timeout=12, markup=False)


def ring(app: App[Any], event: TimerEvent) -> None:
    """Sound `event` through the app's RoomSound (`room_sound`); the bell in any other app."""
    from intervisie_tui.tui.app import IntervisieApp

    if isinstance(app, IntervisieApp):
        app.room_sound.ring(event)
    else:
        app.bell()
