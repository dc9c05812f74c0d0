"""The room view's link in a dialog (key z): the QR code for phones under --lan, the link."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.room_link import RoomLink


class RoomLinkDialog(ModalScreen[None]):
    """Shows where the room watches; Enter, Escape or z again closes it."""

    CSS_PATH = "room_link.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape,z", "close", show=False),
    ]

    def __init__(self, link: RoomLink) -> None:
        super().__init__()
        self.link = link

    def compose(self) -> ComposeResult:
        """The title, the code (under --lan), the link and how it is served."""
        with VerticalScroll():
            yield Static(tr("room.link.title"), id="room-title", markup=False)
            code = self.link.qr()
            if code is not None:
                yield Static(code, id="room-qr", markup=False)
            yield Static("\n".join(self.link.lines()), id="room-lines", markup=False)
            yield Static(tr("room.link.close"), id="room-close", markup=False)

    def action_close(self) -> None:
        """Back to the meeting."""
        self.dismiss(None)
