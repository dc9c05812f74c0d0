"""Who has the word, in letters the back of the room reads: the second-largest thing on screen.

After the time, what the group needs most is who may speak now. On a large screen (120 columns
and wider) the run screen shows it in block letters under the clock, scaled like the clock:
the current turn's name in a round, the inbrenger while telling, "Inbrenger luistert" while the
others talk about the case, "Iedereen" when everyone may speak, "PAUZE" while the clock stands.
"""

from __future__ import annotations

from functools import lru_cache

from rich.segment import Segment
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from intervisie_tui.model.method import InbrengerState, Method, RoleKind
from intervisie_tui.session import PhaseView
from intervisie_tui.tui.i18n import pick, tr
from intervisie_tui.tui.widgets.glyphs import (
    MAX_CELLS_PER_UNIT_PER_ROW,
    MIN_BLOCK_ROWS,
    render_blocks,
    text_units,
)

#: Inbrenger states in which the room must hear "the inbrenger listens" above all else.
_LISTENING = frozenset({InbrengerState.listening, InbrengerState.outside})


def spotlight_text(
    method: Method, view: PhaseView, *, paused: bool, present: tuple[str, ...]
) -> str:
    """The words the spotlight shows for this phase; `present` is everyone in the circle.

    In order: the pause; the round (whose turn, or that it is complete); the inbrenger telling;
    the inbrenger listening; everyone present speaking; one speaker's name; the speaking
    roles' names without their explanation in brackets (the chair's role left out when
    others speak too).
    """
    if paused:
        return tr("ui.run.paused")
    turn = view.turn
    if turn is not None:
        return turn.current if turn.current is not None else tr("ui.spot.round_full")
    if view.inbrenger and view.inbrenger_state is InbrengerState.speaking:
        return view.inbrenger
    if view.inbrenger and view.inbrenger_state in _LISTENING:
        return tr("ui.spot.inbrenger_listens")
    speakers = [role for role in view.speakers if role.names] or list(view.speakers)
    names = {name for role in speakers for name in role.names}
    if present and names >= set(present):
        return tr("ui.spot.everyone")
    if len(names) == 1:
        return next(iter(names))
    labels: list[str] = []
    for role in speakers:
        try:
            found = method.role(role.role_id)
        except KeyError:
            labels.append(role.role_name)
            continue
        if found.kind is not RoleKind.chair or len(speakers) == 1:
            labels.append(pick(found.name, found.name_en))
    # "Binnengroep (de vissen)": what is in brackets explains, and costs letters.
    return " & ".join(label.split(" (")[0] for label in labels)


@lru_cache(maxsize=64)
def spotlight_lines(text: str, width: int, height: int) -> tuple[str, ...]:
    """`text` in block letters centred in width x height; plain text where blocks do not fit.

    The letters are never stretched taller than a digit of the clock would be at that width
    (a short name in a tall box would be all stalks): the rows are capped by the cells each
    font column gets, and the block is centred in the height.
    """
    units = text_units(text)
    if height >= MIN_BLOCK_ROWS and units and width >= units:
        per_unit = width // units
        rows = min(height, max(MIN_BLOCK_ROWS, round(per_unit / MAX_CELLS_PER_UNIT_PER_ROW)))
        top = (height - rows) // 2
        return (*[""] * top, *render_blocks(text, width, rows))
    top = max(0, (height - 1) // 2)
    return (*[""] * top, text.center(width))


class Spotlight(Widget):
    """The spotlight's words in block letters that fill the widget (see `spotlight_lines`)."""

    DEFAULT_CSS = """
    Spotlight {
        height: 1fr;
        min-height: 1;
        text-style: bold;
        color: $foreground;
    }
    Spotlight.-paused { color: $warning; }
    """

    text: reactive[str] = reactive("")

    def show(self, text: str, *, paused: bool) -> None:
        """Show `text`; the pause in the warning colour (a reactive: the same text is a no-op)."""
        self.text = text
        self.set_class(paused, "-paused")

    def render_line(self, y: int) -> Strip:
        """One row of the letters, drawn with the line API so the centring spaces survive."""
        width, height = self.size.width, self.size.height
        lines = spotlight_lines(self.text, width, height)
        text = lines[y] if 0 <= y < len(lines) else ""
        return Strip([Segment(text.ljust(width)[:width], self.visual_style.rich_style)], width)

    @property
    def lines(self) -> tuple[str, ...]:
        """The rows as drawn right now (tests read the letters' height from these)."""
        return spotlight_lines(self.text, self.size.width, self.size.height)
