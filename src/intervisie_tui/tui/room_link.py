"""The room view served beside the meeting (`run --mirror`, `resume --mirror`).

The same server as `intervisie-tui mirror` (room/), started in this app's own asyncio loop
when the app opens and stopped when it closes, so the chair needs no second terminal. It
follows the journal of the meeting this app runs, read-only as ever; the key `z` shows its
link (and under --lan its QR code) in a dialog.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.room.access import access_token, lan_address, qr_text, view_url
from intervisie_tui.room.follow import SessionFollower
from intervisie_tui.room.serve import RoomServer
from intervisie_tui.room.server import RoomConfig
from intervisie_tui.run_options import RoomAsk

if TYPE_CHECKING:
    from collections.abc import Callable


class RoomLink:
    """One room view beside the meeting: its server, its link, and what went wrong starting it."""

    def __init__(
        self,
        ask: RoomAsk,
        journal: Callable[[], Path | None],
        lang: Lang,
        *,
        sound: bool,
        folder: Path | None = None,
    ) -> None:
        self.ask = ask
        self.lang = lang
        self.token: str | None = None
        #: Why it is not served, or why the code could not be kept (said to the chair once).
        self.problem: Msg | None = None
        if ask.lan:
            kept = access_token(fresh=ask.new_token, folder=folder)
            if kept.unsaved is not None:
                reason = kept.unsaved.strerror or str(kept.unsaved)
                self.problem = Msg("room.cli.no_token_file", path=str(kept.path), reason=reason)
            self.token = kept.value
        self.host = "0.0.0.0" if ask.lan else "127.0.0.1"
        self.sound = sound
        config = RoomConfig(
            source=SessionFollower(journal),
            lang=lang,
            now=lambda: datetime.now(UTC),
            token=self.token,
            notes=ask.notes,
            sound=sound,
        )
        self.server = RoomServer(config, self.host, ask.port)
        #: The link, once the server listens.
        self.url: str | None = None

    async def start(self) -> Msg | None:
        """Listen; what the chair must be told (the port taken, the code not kept), if any."""
        try:
            port = await self.server.start()
        except OSError as error:
            reason = error.strerror or str(error)
            self.problem = Msg(
                "room.cli.cannot_listen", host=self.host, port=self.ask.port, reason=reason
            )
            return self.problem
        self.url = view_url(lan_address() if self.ask.lan else "127.0.0.1", port, self.token)
        return self.problem

    async def stop(self) -> None:
        """Stop serving: every viewer's stream ends (their page waits and says so)."""
        await self.server.stop()

    def qr(self) -> str | None:
        """The link as a QR code for phones, under --lan only."""
        if self.url is None or not self.ask.lan:
            return None
        return qr_text(self.url).rstrip("\n")

    def lines(self) -> list[str]:
        """What the dialog says under the code: the link and how it is served."""
        if self.url is None:
            problem = self.problem or Msg("room.link.starting")
            return [say(problem, self.lang)]
        lines = [say(Msg("room.cli.serving", url=self.url), self.lang)]
        lines.append(say("room.cli.lan" if self.ask.lan else "room.cli.local", self.lang))
        if self.ask.notes:
            lines.append(say("room.cli.notes", self.lang))
        if self.sound:
            lines.append(say("room.cli.sound", self.lang))
        lines.append(say("room.link.stops", self.lang))
        return lines
