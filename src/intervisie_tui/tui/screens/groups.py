"""The groups: each group's trajectory at a glance, opened with g from the library.

The same overview as `intervisie-tui group show`, rendered as Markdown, so the chair can look at
it before the meeting (who brings a case, last time's first steps) without leaving the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

from intervisie_tui.group.export import overview_markdown
from intervisie_tui.group.files import list_groups, read_group
from intervisie_tui.group.overview import overview
from intervisie_tui.tui.i18n import language, tr


class GroupsScreen(Screen[None]):
    """A list of the groups on the left, the highlighted group's overview on the right."""

    CSS_PATH = "groups.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", show=False),
    ]

    def __init__(self, methods: Sequence[tuple[str, str]], data: Path) -> None:
        super().__init__()
        #: (id, title) of the library's methods, for "not tried yet".
        self.methods = tuple(methods)
        #: The groups in the app's data folder, by name.
        self.groups = list_groups(data)

    def compose(self) -> ComposeResult:
        """The list and the overview; a hint instead when there is no group yet."""
        yield Static(tr("ui.groups.title"), id="groups-title")
        if not self.groups:
            yield Static(tr("ui.groups.none"), id="groups-none")
            return
        with Horizontal():
            yield OptionList(
                *(Option(path.name, id=str(index)) for index, path in enumerate(self.groups)),
                id="groups-list",
            )
            with VerticalScroll(id="groups-overview"):
                yield Static("", id="groups-problems", markup=False)
                yield Markdown("", id="groups-text")

    def on_mount(self) -> None:
        """Show the first group at once."""
        if self.groups:
            self.show_group(self.groups[0])

    @on(OptionList.OptionHighlighted, "#groups-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self.show_group(self.groups[int(event.option.id)])

    def show_group(self, folder: Path) -> None:
        """Read the group's files now (they may have changed) and show its overview."""
        stored = read_group(folder)
        problems = self.query_one("#groups-problems", Static)
        problems.update("\n".join(problem.describe(language()) for problem in stored.problems))
        problems.display = bool(stored.problems)
        view = overview(stored, self.methods)
        text = self.query_one("#groups-text", Markdown)
        if view is None or stored.group is None:
            text.update(tr("ui.groups.unreadable"))
        else:
            text.update(overview_markdown(view, stored.group, language()))

    def action_close(self) -> None:
        """Back to the library."""
        self.dismiss(None)
