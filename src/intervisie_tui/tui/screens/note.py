"""Adding a line to the flip-over: type it, Enter; rate it with one key where the step rates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from intervisie_tui.session import Rating
from intervisie_tui.tui.i18n import tr


@dataclass(frozen=True)
class NoteDraft:
    """What the chair entered: the text and, in a rating step, the rating (or none)."""

    text: str
    rating: Rating | None = None


RATING_KEYS: dict[str, Rating | None] = {
    "w": Rating.warm,
    "n": Rating.neutraal,
    "k": Rating.koud,
    "enter": None,
}


class NoteDialog(ModalScreen[NoteDraft | None]):
    """Two quick steps: the text, then (if the step rates items) w / n / k or Enter for none."""

    CSS_PATH = "note.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]

    def __init__(
        self, *, ratings: bool, prompt: str | None = None, value: str | None = None
    ) -> None:
        super().__init__()
        self.ratings = ratings
        #: What the dialog asks (default: a note for the flip-over) and the text it starts with.
        self.prompt = prompt
        self.value = value or ""
        self._text = ""

    def compose(self) -> ComposeResult:
        """The prompt, the input, and the rating line (shown after the text is in)."""
        with Vertical():
            yield Static(self.prompt or tr("ui.run.note_prompt"), id="note-title", markup=False)
            placeholder = tr("ui.run.note_rating_hint") if self.ratings else ""
            yield Input(self.value, id="note-input", placeholder=placeholder)
            options = " · ".join(
                f"{key} = {tr('ui.rating.' + (r.value if r else 'none'))}"
                for key, r in RATING_KEYS.items()
            )
            yield Static(f"{tr('ui.run.note_rating')}: {options}", id="rating-help")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.dismiss(None)
            return
        if not self.ratings:
            self.dismiss(NoteDraft(text))
            return
        self._text = text
        self.add_class("-rating")
        self.set_focus(None)

    def on_key(self, event: events.Key) -> None:
        """In the rating step, one key rates and closes."""
        if self.has_class("-rating") and event.key in RATING_KEYS:
            event.stop()
            self.dismiss(NoteDraft(self._text, RATING_KEYS[event.key]))

    def action_cancel(self) -> None:
        """Escape: nothing is written."""
        self.dismiss(None)
