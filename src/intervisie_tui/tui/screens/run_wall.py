"""The run screen's keys for what the wall shows: the flip-over, the step's text, the key line.

Kept apart from run.py, which several people change at once: RunScreen inherits these actions
(through the agenda's), and the key table (keys.py) binds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_tui.model.method import Capture, Choice
from intervisie_tui.tui.i18n import pick, tr
from intervisie_tui.tui.screens.flip_over import flip_notes
from intervisie_tui.tui.screens.run_agenda import AgendaActions
from intervisie_tui.tui.text import step_title
from intervisie_tui.tui.widgets.chair import ChairPanel
from intervisie_tui.tui.widgets.key_footer import KeyFooter
from intervisie_tui.tui.widgets.wall_list import WallList

if TYPE_CHECKING:
    # The dialog opens on a key, never in the first frame: imported when first opened.
    from intervisie_tui.tui.screens.note import NoteDraft


class WallActions(AgendaActions):
    """The flip-over's note, the whole step description and the key line, mixed into RunScreen."""

    def action_show_description(self) -> None:
        """u: the step's whole description (uitleg), where the line under the title is short."""
        step = self.session.state.phase.step
        self.notify(
            " ".join(pick(step.description, step.description_en).split()),
            title=step_title(step),
            timeout=20,
            markup=False,
        )

    def action_scroll_chair(self, direction: int) -> None:
        """↓ / ↑: the chair's panel a page on or back (the panel is never focused, see chair.py)."""
        panel = self.query_one(ChairPanel)
        panel.scroll_relative(
            y=direction * max(1, panel.scrollable_content_region.height - 1), animate=False
        )

    def action_page_wall(self) -> None:
        """r: the list on the wall (the ground rules) a page on; after the last, the top."""
        self.query_one(WallList).page()

    def action_toggle_footer(self) -> None:
        """f: hide the line of keys from the wall (or show it again); ? still lists them."""
        footer = self.query_one(KeyFooter)
        footer.display = not footer.display

    def action_add_note(self) -> None:
        """a: write on the flip-over; rate it where the step rates items."""
        state = self.session.state
        from intervisie_tui.tui.screens.note import NoteDialog

        # Whose turn it was when the chair began to write: the note is theirs.
        speaker = state.current_speaker
        step = state.phase.step
        # Where the method collects topics, each note is a topic with its score (a pass).
        topics = step.chooses is Choice.topics and Capture.topics in step.capture
        prompt = tr("topics.prompt") if topics else None
        self.app.push_screen(
            NoteDialog(ratings=step.ratings, prompt=prompt),
            lambda draft: self._note_written(draft, speaker),
        )

    def _note_written(self, draft: NoteDraft | None, by: str | None = None) -> None:
        if draft is None:
            return
        step = self.session.state.phase.step
        kinds = [kind for kind in step.capture if kind not in (Capture.scale, Capture.first_step)]
        kind = kinds[0] if kinds else Capture.notes

        shown = flip_notes(self.session.state)

        def write() -> None:
            # In a rating step, "3" + w/n/k rates the third item on the flip-over.
            number = int(draft.text) if draft.text.isdigit() else 0
            if step.ratings and 1 <= number <= len(shown):
                self.session.rate_note(shown[number - 1].id, draft.rating)
                return
            note = self.session.add_note(draft.text, kind, by=by)
            if draft.rating is not None:
                self.session.rate_note(note.id, draft.rating)

        self._command(write)
