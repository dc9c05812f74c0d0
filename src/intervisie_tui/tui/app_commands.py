"""The commands a chair reaches from every screen: help, the look, quitting, the palette.

They belong to no screen and to no step of the meeting's route (library, set-up, run, end),
which `IntervisieApp` in app.py holds; keeping them here keeps each module to one concern.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.command import Provider
from textual.screen import Screen

from intervisie_tui.messages import Msg
from intervisie_tui.session.clock import Clock
from intervisie_tui.settings import FILE_NAME as SETTINGS_FILE
from intervisie_tui.settings import Look, save_theme
from intervisie_tui.tui.i18n import tr
from intervisie_tui.tui.keymap import Keymap
from intervisie_tui.tui.keys import APP_KEYS, ROOM_KEY, KeySpec, bindings, with_app_keys
from intervisie_tui.tui.palette import NothingFound
from intervisie_tui.tui.screenshot import SCREENSHOT, deliver_screenshot_svg
from intervisie_tui.tui.themes import look_of, theme_name

if TYPE_CHECKING:
    from intervisie_tui.session import Session
    from intervisie_tui.tui.room_link import RoomLink

__all__ = ["ChairCommands"]


class ChairCommands(App[int]):
    """The app-wide keys and the command palette; `IntervisieApp` sets what they read."""

    #: Where the palette's screenshot goes; None: Textual's choice, the downloads folder.
    screenshot_dir: Path | None = None
    #: Textual's own provider of our commands, and ours for a search that finds none (Textual
    #: would say "No matches found" in English).
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        NothingFound,
    }
    BINDINGS: ClassVar[list[BindingType]] = bindings((*APP_KEYS, ROOM_KEY))

    # Set by IntervisieApp.__init__.
    session: Session | None
    keymap: Keymap
    config: Path | None
    clock: Clock
    tz: tzinfo | None
    room: RoomLink | None
    #: The command line named a method (`run ID ...`): the chair asked for that one meeting
    #: or rehearsal, so q on its closing screen closes the app (closing.py), even where the
    #: library lies beneath the set-up form it opened with.
    opened_on_a_method: bool = False

    @property
    def app_keys(self) -> tuple[KeySpec, ...]:
        """The app's own keys in the help and the palette; z only when a room view runs."""
        return (*APP_KEYS, ROOM_KEY) if self.room is not None else APP_KEYS

    # ---------------------------------------------------------------- actions

    def action_help(self) -> None:
        """?: the key table (again ? or Escape closes it)."""
        from intervisie_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            # The keys of the screen on show, then the app's own (help, quit).
            keys = with_app_keys(getattr(self.screen, "KEYS", ()), self.app_keys)
            self.push_screen(HelpScreen(self.keymap, keys))

    def action_toggle_theme(self) -> None:
        """l: light (black on white, for a lit room) or dark, remembered in settings.yaml."""
        look = Look.dark if look_of(self.theme) is Look.light else Look.light
        self.theme = theme_name(look)
        name = tr(f"ui.theme.{look.value}")
        if self.config is None:
            self.notify(name, timeout=3)
            return
        problem = save_theme(self.config, look)
        if problem is not None:
            self.notify(tr(problem), severity="warning", timeout=10, markup=False)
        else:
            path = str(self.config / SETTINGS_FILE)
            self.notify(tr("ui.theme.saved", look=name, path=path), timeout=4, markup=False)

    def action_request_quit(self) -> None:
        """q: ask first; the journal keeps the session, or the chair hears what it lacks.

        After a write failure the question says exactly what is not saved and offers to
        write the meeting elsewhere (tui/screens/unsaved.py), on the end screen too.
        """
        from intervisie_tui.tui.screens.confirm import confirm_quit
        from intervisie_tui.tui.screens.end import EndScreen

        session = self.session
        if session is not None and session.unsaved and not session.retry_saving(force=True):
            from intervisie_tui.tui.screens.unsaved import UnsavedQuitDialog

            self.push_screen(UnsavedQuitDialog(session), self._unsaved_answer)
            return
        if isinstance(self.screen, EndScreen) or session is None:
            self.exit(0)
            return
        self.push_screen(confirm_quit(), self._quit_answer)

    async def action_quit(self) -> None:
        """Ctrl+Q (Textual's own key) and the palette's Quit ask first, exactly as q does.

        A key that ends the meeting without a word is one a chair can hit by accident while
        reaching for Ctrl+C or a note; the journal would keep the meeting, but the wall goes dark.
        """
        self.action_request_quit()

    def action_help_quit(self) -> None:
        """Ctrl+C: Textual's reminder that it does not quit, in the chair's language.

        Textual's own says "Press ctrl+q to quit the app" in English; ours names the key that
        asks first (q, or what the chair's keys.yaml made of it).
        """
        for key, active in self.active_bindings.items():
            if active.binding.action in ("request_quit", "app.request_quit"):
                said = tr("ui.quit_hint", key=key)
                self.notify(said, title=tr("ui.quit_hint.title"), markup=False)
                return

    def _quit_answer(self, yes: bool | None) -> None:
        if yes:
            self.exit(0)

    def _unsaved_answer(self, answer: Path | bool | None) -> None:
        if isinstance(answer, Path):
            text = tr(Msg("journal.ui.copy_saved", path=str(answer)))
            self.exit(0, message=text)
        elif answer:
            self.exit(0)

    def action_command_palette(self) -> None:
        """Ctrl+P: Textual's command palette, its search line in the chair's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            placeholder = tr("ui.cmd.palette_placeholder")
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every key of the current screen and of the app, in the command palette.

        All in the UI's language. Textual's own entries are left out (its Quit would leave
        without the question q asks; the theme, its key panel and maximising have no place on
        a projected meeting) except the screenshot, which is ours to name.
        """
        specs = with_app_keys(getattr(screen, "KEYS", ()), self.app_keys)
        for spec in specs:
            yield SystemCommand(
                tr(spec.command),
                tr(spec.command + ".help"),
                lambda spec=spec, target=screen: self._run_palette(target, spec),
            )
        yield SystemCommand(
            tr("ui.cmd.screenshot"),
            tr("ui.cmd.screenshot.help"),
            lambda: self.set_timer(0.1, self.save_screen_image),
        )

    def save_screen_image(self) -> None:
        """The palette's screenshot: an SVG of this screen, said in the chair's language."""
        now = self.clock.wall().astimezone(self.tz)
        deliver_screenshot_svg(self, self.screenshot_dir, now)

    @on(events.DeliveryComplete)
    def _screen_image_saved(self, event: events.DeliveryComplete) -> None:
        if event.name == SCREENSHOT:
            path = str(event.path) if event.path is not None else "?"
            self.notify(tr("ui.screenshot.saved", path=path), markup=False)

    @on(events.DeliveryFailed)
    def _screen_image_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == SCREENSHOT:
            said = tr("ui.screenshot.failed", reason=str(event.exception))
            self.notify(said, severity="error", markup=False)

    async def _run_palette(self, screen: Screen[object], spec: KeySpec) -> None:
        """Do exactly what the key does on this screen, so the palette's Stoppen asks too.

        The binding is looked up as the key would find it: by its id (a keymap may have moved
        it), else by its key, where a screen can have its own (the rehearsal's q).
        """
        active = screen.active_bindings
        found = next((b for b in active.values() if b.binding.id == spec.binding_id), None)
        if found is None:
            found = next((active[key] for key in spec.key_list if key in active), None)
        if found is not None:
            await self.run_action(found.binding.action, found.node)
        elif spec in self.app_keys:
            await self.run_action(spec.action)
        else:
            await self.run_action(spec.action, screen)
