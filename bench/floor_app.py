"""A second yardstick: a bare Textual app with the widgets of intervisie-tui's first screen.

The library screen needs a title, two filter inputs, a table of methods, a preview and a
footer; this app shows the same widgets with made-up rows and nothing else. The distance
between it and the Digits baseline is what those widgets cost in Textual itself; the
distance between it and intervisie-tui is our own code.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Input, Static

#: The harness waits for this row title, as it does for intervisie-tui's library.
MARKER_ROW = "KOT-intervisiemodel"


class FloorApp(App[None]):
    """The library screen's widgets with 15 rows, no data loading, no logic."""

    BINDINGS = [("q", "quit", "Stoppen"), ("o", "quit", "Oefenen"), ("slash", "quit", "Zoek")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        """Title, filters, the table above a preview, footer."""
        yield Static("Methoden")
        with Horizontal():
            yield Input(placeholder="zoek")
            yield Input(placeholder="max. minuten", type="integer")
        with Vertical():
            yield DataTable(cursor_type="row")
            yield Static("Doel en stappen van de gekozen methode")
        yield Footer()

    def on_mount(self) -> None:
        """Fifteen rows, like the bundled library."""
        table = self.query_one(DataTable)
        table.add_columns("Duur", "Titel", "Doel")
        for number in range(15):
            title = MARKER_ROW if number == 0 else f"Methode {number}"
            table.add_row("60 min", title, "Een casus samen onderzoeken met vragen en advies")
        table.focus()


if __name__ == "__main__":
    FloorApp().run()
