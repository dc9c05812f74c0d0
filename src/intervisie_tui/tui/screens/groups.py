"""The groups: each group's trajectory at a glance, opened with g from the library.

The same overview as `intervisie-tui group show`, rendered as Markdown, so the chair can look at
it before the meeting (who brings a case, last time's first steps) without leaving the app.
o starts a rehearsal for the group's next chair, whose debrief offers to share the results.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Markdown, OptionList, Static
from textual.widgets.option_list import Option

from intervisie_tui.group.export import overview_markdown
from intervisie_tui.group.files import list_groups, read_group
from intervisie_tui.group.overview import overview
from intervisie_tui.model.group import Group
from intervisie_tui.tui.i18n import language, tr
from intervisie_tui.tui.keys import GROUPS_KEYS, bindings, said
from intervisie_tui.tui.rehearsal.share import ShareTarget
from intervisie_tui.tui.screens.choice import ChoiceDialog


class GroupsScreen(Screen[None]):
    """A list of the groups on the left, the highlighted group's overview on the right."""

    CSS_PATH = "groups.tcss"

    #: One table for the footer, the help (?) and the palette: every key of this screen.
    KEYS = GROUPS_KEYS
    #: ↓ and ↑ are the list's own keys; bound here too, they move it wherever the focus is.
    BINDINGS: ClassVar[list[BindingType]] = bindings(GROUPS_KEYS)

    class RehearseFor(Message):
        """A member rehearses a method for the group: the app opens the drill, whose debrief
        offers to share the results with the group."""

        def __init__(self, method_id: str, share: ShareTarget) -> None:
            super().__init__()
            self.method_id = method_id
            self.share = share

    def __init__(self, methods: Sequence[tuple[str, str]], data: Path) -> None:
        super().__init__()
        #: (id, title) of the library's methods, for "not tried yet".
        self.methods = tuple(methods)
        #: The groups in the app's data folder, by name.
        self.groups = list_groups(data)
        #: The group whose overview is shown (o rehearses for it).
        self.current: Path | None = None

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """What the footer shows, our keys said in the chair's language (keys.said)."""
        return said(super().active_bindings)

    def compose(self) -> ComposeResult:
        """The list and the overview; a hint instead when there is no group yet."""
        yield Static(tr("ui.groups.title"), id="groups-title")
        yield Footer(compact=True, show_command_palette=False)
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
        self.current = folder
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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """o, ↓ and ↑ only where there is a group (the footer leaves o out without one)."""
        if action in ("rehearse", "move_group"):
            return bool(self.groups)
        return True

    def action_move_group(self, step: int) -> None:
        """↓ / ↑: the next or previous group's overview."""
        listed = self.query_one("#groups-list", OptionList)
        if step > 0:
            listed.action_cursor_down()
        else:
            listed.action_cursor_up()

    def action_rehearse(self) -> None:
        """o: the next chair rehearses, a method the group has not tried first.

        The next chair is who the last meeting recorded (`group record --next-chair`); when
        nobody is, the chair picks the member first. Escape in either question does nothing.
        """
        if self.current is None:
            return
        folder = self.current
        stored = read_group(folder)
        group = stored.group
        if group is None:
            self.notify(tr("ui.groups.unreadable"), severity="error", markup=False)
            return
        view = overview(stored, self.methods)
        untried = view.untried if view is not None else ()
        last = stored.meetings[-1].record.next_chair if stored.meetings else None
        if last is not None and group.member(last) is not None:
            self.choose_method(folder, group, last, untried)
            return
        dialog = ChoiceDialog(
            tr("ui.groups.who_chairs", group=group.name),
            tr("ui.groups.rehearse_cancel"),
            [(member.name, member.name) for member in group.members],
        )

        def chosen(name: str | None) -> None:
            if name is not None:
                self.choose_method(folder, group, name, untried)

        self.app.push_screen(dialog, chosen)

    def choose_method(
        self, folder: Path, group: Group, member: str, untried: Sequence[tuple[str, str]]
    ) -> None:
        """Which method `member` rehearses: the untried ones first, then the others."""
        tried = [choice for choice in self.methods if choice not in untried]
        dialog = ChoiceDialog(
            tr("ui.groups.rehearse_method", name=member),
            tr("ui.groups.rehearse_cancel"),
            [*untried, *((id_, tr("ui.groups.tried", title=title)) for id_, title in tried)],
        )

        def chosen(method_id: str | None) -> None:
            if method_id is not None:
                self.post_message(
                    self.RehearseFor(method_id, ShareTarget(folder, group.name, member))
                )

        self.app.push_screen(dialog, chosen)

    def action_close(self) -> None:
        """Back to the library."""
        self.dismiss(None)
