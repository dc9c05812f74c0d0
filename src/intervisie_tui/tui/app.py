"""The chair's app: library -> setup -> run -> end, with one key per action everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import tzinfo
from functools import cached_property
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar, Literal

from textual.screen import Screen

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.method import Method, RoleKind
from intervisie_tui.session.clock import Clock, SystemClock
from intervisie_tui.session.folders import data_dir
from intervisie_tui.settings import Settings
from intervisie_tui.tui.app_commands import ChairCommands
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.i18n import Lang, set_language, tr
from intervisie_tui.tui.keymap import Keymap
from intervisie_tui.tui.keys import (
    ROOM_KEY,
    display_keys,
)
from intervisie_tui.tui.setup_fields import SetupFields
from intervisie_tui.tui.themes import LIGHT, theme_name

if TYPE_CHECKING:
    # Every screen, the set-up's reading of the form and the session engine are imported when
    # first needed, so each opening imports only what its first screen shows (bench/startup.py).
    from intervisie_tui.model.group import GroupRef
    from intervisie_tui.session import MeetingSetup, Session
    from intervisie_tui.sound.players import Chimes
    from intervisie_tui.tui.rehearsal.share import ShareTarget
    from intervisie_tui.tui.room_link import RoomLink
    from intervisie_tui.tui.screens.agenda import AgendaScreen
    from intervisie_tui.tui.screens.groups import GroupsScreen
    from intervisie_tui.tui.screens.library import LibraryScreen
    from intervisie_tui.tui.screens.run import RunScreen
    from intervisie_tui.tui.screens.setup import SetupScreen
    from intervisie_tui.tui.sound_out import RoomSound


@dataclass(frozen=True)
class _Opening:
    """The first screen the command line asks for, with what it needs and what went wrong."""

    kind: Literal["library", "setup", "run", "rehearse", "resume"]
    method: Method | None = None
    problem: str | None = None
    setup: MeetingSetup | None = None


@dataclass(frozen=True)
class StartRequest:
    """What the command line asked for: a method, and the set-up fields it already gave."""

    method_id: str
    fields: SetupFields = field(default_factory=SetupFields)
    rehearse: bool = False
    speed: float | None = None
    seed: int | None = None
    #: A rehearsal for a group: whose it is and where the debrief may share it.
    share: ShareTarget | None = None

    def complete_for(self, method: Method) -> bool:
        """Enough to skip the set-up form: a chair, participants and, where the set-up names
        one (not in a fishbowl, nor where the group chooses the case inside the method), an
        inbrenger. A fishbowl always shows the form: no flag names its inner group."""
        fields = self.fields
        named = bool(fields.inbrengers) or not method.inbrenger_at_setup
        groups = any(
            role.kind in (RoleKind.inner_group, RoleKind.outer_group) for role in method.roles
        )
        return bool(fields.chair and fields.participants and named and not groups)


class IntervisieApp(ChairCommands):
    """Walks the chair from the method library through set-up to the projected run screen.

    The clock is injected (tests pass a FakeClock), and so are the data folder and the time
    zone, so a test or a snapshot never depends on the machine it runs on.
    """

    TITLE = "intervisie-tui"
    #: The look of each screen that can be the app's first (its default) screen. Textual reads
    #: a screen's CSS_PATH only when the screen is pushed or switched to, so the app loads the
    #: first screen's own files itself (the same files, relative to this module).
    FIRST_SCREEN_CSS: ClassVar[dict[str, list[str | PurePath]]] = {
        "library": ["screens/library.tcss"],
        "setup": ["screens/library.tcss"],
        "run": ["screens/run.tcss"],
        "resume": ["screens/run.tcss"],
        "rehearse": ["screens/run.tcss", "rehearsal/screen.tcss"],
    }

    def __init__(
        self,
        catalog: Catalog,
        *,
        clock: Clock | None = None,
        lang: Lang | str = Lang.nl,
        folder: Path | None = None,
        start: StartRequest | None = None,
        session: Session | None = None,
        tz: tzinfo | None = None,
        tick_seconds: float | None = None,
        keymap: Keymap | None = None,
        notice: str | None = None,
        group: Path | None = None,
        settings: Settings | None = None,
        chimes: Chimes | None = None,
        config: Path | None = None,
    ) -> None:
        set_language(lang)
        # What the first screen needs is known before Textual's set-up, which reads its look.
        self.catalog = catalog
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.start_request = start
        self.opened_on_a_method = start is not None
        self.resumed = session
        self.tz = tz
        super().__init__(css_path=self.FIRST_SCREEN_CSS[self._opening.kind])
        self.folder = data_dir(folder)
        self.tick_seconds = tick_seconds
        self.session: Session | None = session
        #: The chair's settings.yaml as read at start, and the folder it lives in (None: the
        #: theme key changes the look for this run only, as in tests).
        self.settings = settings or Settings()
        self.config = config
        self.register_theme(LIGHT)
        self.theme = theme_name(self.settings.theme)
        #: The system's players from the command line; None: the terminal bell (as in tests).
        self.chimes = chimes
        self.notice = notice
        #: The group's folder when the meeting is for a group: recorded there when it ends.
        self.group = group
        #: The chair's keys.yaml as read at start (the keys in force and what was wrong).
        self.keymap = keymap or Keymap()
        if self.keymap.keys:
            self.set_keymap(self.keymap.textual())
        #: The room view served beside the meeting (`--mirror`), set by the launcher.
        self.room: RoomLink | None = None

    @cached_property
    def room_sound(self) -> RoomSound:
        """The chimes of this app, made when the first one sounds (not at start-up)."""
        from intervisie_tui.settings import SoundChoice
        from intervisie_tui.sound.players import Chimes
        from intervisie_tui.tui.sound_out import RoomSound

        return RoomSound(self, self.chimes or Chimes(SoundChoice.bell))

    @cached_property
    def group_ref(self) -> GroupRef | None:
        """The group as a new meeting's journal keeps it (read once, when the first begins)."""
        if self.group is None:
            return None
        from intervisie_tui.group.files import group_ref

        return group_ref(self.group)

    # ---------------------------------------------------------------- routing

    @cached_property
    def _opening(self) -> _Opening:
        """Where the command line points, decided once: the first screen is built from it."""
        if self.resumed is not None:
            return _Opening("resume")
        request = self.start_request
        if request is None:
            return _Opening("library")
        try:
            method = self.catalog.method(request.method_id)
        except KeyError:
            return _Opening("library", problem=f"{request.method_id}?")
        if request.rehearse:
            return _Opening("rehearse", method)
        if request.complete_for(method):
            from intervisie_tui.tui.setup_form import build_setup, preview_plan

            now = self.clock.wall()
            try:
                setup = build_setup(method, request.fields, now, self.tz)
            except MsgError as problem:
                message = tr(problem.message)
                return _Opening("setup", method, tr("ui.setup.error", message=message))
            if setup.until is not None and preview_plan(method, setup, now).changes:
                # An end time that shortens the method: the chair sees the plan first and
                # starts it herself (or learns that it does not fit).
                return _Opening("setup", method)
            return _Opening("run", method, setup=setup)
        return _Opening("setup", method)

    def get_default_screen(self) -> Screen[None]:
        """The first screen the command line asks for, as the app's bottom screen.

        As the default screen it is composed, laid out and drawn in the app's first frame;
        pushed over Textual's blank default screen in `on_mount`, its first frame was drawn
        inside Textual's start-up batch and thrown away, and the chair looked at a blank
        screen until a second one (bench/startup.py). The library is the bottom screen
        whenever the chair can get back to it; a meeting, a resumed meeting or a rehearsal
        started from the command line opens without the library below it: nothing leads
        back there.
        """
        opening = self._opening
        if opening.kind == "resume" and self.resumed is not None:
            return self._run_screen(self.resumed)
        if opening.method is not None and self.start_request is not None:
            if opening.kind == "rehearse":
                return self._rehearsal_screen(opening.method, self.start_request)
            if opening.setup is not None:
                if self.session is None:
                    self.session = self._begin_meeting(opening.method, opening.setup)
                return self._run_screen(self.session)
        from intervisie_tui.tui.screens.library import LibraryScreen

        return LibraryScreen(self.catalog)

    def on_mount(self) -> None:
        """Say what the chair must know at the start; a set-up opens over the library."""
        if self.notice:
            self.notify(self.notice, severity="warning", timeout=20, markup=False)
        opening = self._opening
        if opening.problem is not None:
            self.notify(
                opening.problem,
                severity="error" if opening.kind == "library" else "warning",
                markup=False,
            )
        if self.resumed is not None:
            warning = self.resumed.replay_warning
            if warning is not None:
                # Printed before the app took the terminal, so the chair never saw it there.
                self.notify(
                    tr(warning.message),
                    title=tr("ui.resume.warning"),
                    severity="warning",
                    markup=False,
                )
        elif opening.kind == "setup" and opening.method is not None:
            # The set-up form's Escape goes back to the library, which lies underneath.
            fields = self.start_request.fields if self.start_request is not None else None
            self.push_screen(self._setup_screen(opening.method, fields))
        if self.room is not None:
            self.run_worker(self._start_room(self.room), name="room view", exit_on_error=False)

    async def _start_room(self, room: RoomLink) -> None:
        """Serve the room view in this app's loop; the link, or why not, for the chair."""
        problem = await room.start()
        if problem is not None:
            self.notify(tr(problem), severity="warning", timeout=15, markup=False)
        if room.url is not None:
            text = f"{tr(Msg('room.cli.serving', url=room.url))} ({display_keys(ROOM_KEY)})"
            self.notify(text, timeout=10, markup=False)

    def action_show_room(self) -> None:
        """z: the room view's link (and QR code) in a dialog; without one, how to start it."""
        if self.room is None:
            self.notify(tr("room.link.none"), timeout=8, markup=False)
            return
        from intervisie_tui.tui.screens.room_link import RoomLinkDialog

        if not isinstance(self.screen, RoomLinkDialog):
            self.push_screen(RoomLinkDialog(self.room))

    async def on_unmount(self) -> None:
        """The window closes: let go of the meeting, so `resume` may open it elsewhere, and
        stop the room view (its viewers' pages say the connection is gone)."""
        if self.session is not None:
            self.session.close()
        if self.room is not None:
            await self.room.stop()

    def _setup_screen(self, method: Method, fields: SetupFields | None = None) -> SetupScreen:
        from intervisie_tui.tui.memory import read_last_group
        from intervisie_tui.tui.screens.setup import SetupScreen

        last, problem = read_last_group(self.folder)
        if problem is not None:
            self.notify(tr(problem), severity="warning", timeout=10, markup=False)
        if fields is not None:
            fields = replace(
                fields,
                chair=fields.chair or last.chair,
                participants=fields.participants or ", ".join(last.participants),
                inner_group=fields.inner_group or ", ".join(last.inner_group),
            )
        return SetupScreen(method, self.clock, last_group=last, fields=fields, tz=self.tz)

    def _rehearsal_screen(self, method: Method, request: StartRequest) -> Screen[None]:
        """A chair rehearsing alone: the drill brings its own cast, so no set-up form."""
        from intervisie_tui.tui.rehearsal import rehearsal_screen

        return rehearsal_screen(
            method,
            self.clock,
            seed=request.seed,
            speed=request.speed,
            folder=self.folder,
            tick_seconds=self.tick_seconds,
            share=request.share,
        )

    def _run_screen(self, session: Session) -> RunScreen:
        from intervisie_tui.tui.screens.run import RunScreen

        look_back = self._look_back()
        if self.tick_seconds is None:
            return RunScreen(session, look_back=look_back)
        return RunScreen(session, tick_seconds=self.tick_seconds, look_back=look_back)

    def _look_back(self) -> tuple[tuple[str, str], ...]:
        """Under `run --group`: each first step from the group's last meeting, which the
        opening's check-in asks about; nothing without a group or a meeting before."""
        if self.group is None:
            return ()
        from intervisie_tui.group.files import read_group
        from intervisie_tui.group.overview import last_first_steps

        return last_first_steps(read_group(self.group).meetings)

    def on_library_screen_chosen(self, message: LibraryScreen.Chosen) -> None:
        """Enter on a method: its set-up form."""
        self.push_screen(self._setup_screen(message.method))

    # Named handlers rather than @on(SetupScreen.Back): @on needs the class when this module
    # is imported, and every screen is imported only when first needed (a meeting started
    # from the command line never shows the library).
    def on_setup_screen_back(self) -> None:
        """Escape in the set-up form: back to the library."""
        self.pop_screen()

    def on_setup_screen_ready(self, message: SetupScreen.Ready) -> None:
        """The set-up form is complete: start the meeting."""
        self.start_meeting(message.method, message.setup)

    def start_meeting(self, method: Method, setup: MeetingSetup) -> Session:
        """Start the meeting the set-up form describes and show its run screen."""
        from intervisie_tui.tui.screens.setup import SetupScreen

        session = self._begin_meeting(method, setup)
        self.session = session
        if isinstance(self.screen, SetupScreen):
            self.switch_screen(self._run_screen(session))
        else:
            self.push_screen(self._run_screen(session))
        return session

    def _begin_meeting(self, method: Method, setup: MeetingSetup) -> Session:
        """Create the session (and its journal), accept the fitted plan, start the clock."""
        from intervisie_tui.session import Session, sessions_dir
        from intervisie_tui.tui.memory import LastGroup, save_last_group
        from intervisie_tui.tui.setup_form import preview_plan

        save_last_group(
            self.folder,
            LastGroup(setup.chair, setup.participants, setup.inner_group),
        )
        session = Session.create(
            method, setup, clock=self.clock, folder=sessions_dir(self.folder), group=self.group_ref
        )
        if setup.until is not None:
            plan = preview_plan(method, setup, session.wall_now())
            if any(e.dropped or e.minutes != e.method_minutes for e in plan.entries):
                session.accept_plan(plan)
        session.start()  # a disk that refuses is shown on the run screen until it works
        return session

    def on_library_screen_agenda(self) -> None:
        """p in the library: prepare a whole meeting (tui/agenda_launch.py)."""
        from intervisie_tui.tui.agenda_launch import open_agenda

        screen, problems = open_agenda(self.folder, self.catalog, self.clock.wall(), self.tz)
        for problem in problems:
            self.notify(tr(problem), severity="warning", timeout=10, markup=False)
        self.push_screen(screen)

    def on_agenda_screen_back(self) -> None:
        """Escape in the agenda editor: back to the library."""
        self.pop_screen()

    def on_agenda_screen_ready(self, message: AgendaScreen.Ready) -> None:
        """The agenda is complete: remember it, start the meeting, show its run screen."""
        from intervisie_tui.tui.agenda_launch import begin_agenda

        session = begin_agenda(
            self.folder, message.agenda, message.draft, self.clock, group=self.group_ref
        )
        self.session = session
        self.switch_screen(self._run_screen(session))

    def on_library_screen_rehearse(self, message: LibraryScreen.Rehearse) -> None:
        """o in the library ("Oefenen"): rehearse the highlighted method alone."""
        request = StartRequest(message.method.id, rehearse=True)
        self.push_screen(self._rehearsal_screen(message.method, request))

    def on_groups_screen_rehearse_for(self, message: GroupsScreen.RehearseFor) -> None:
        """o on the groups screen: the next chair rehearses for the group (may share)."""
        method = self.catalog.method(message.method_id)
        request = StartRequest(method.id, rehearse=True, share=message.share)
        self.push_screen(self._rehearsal_screen(method, request))

    def on_run_screen_finished(self, message: RunScreen.Finished) -> None:
        """The chair closed the meeting: the end screen with the summary.

        A meeting for a group is first recorded in it; where an inbrenger has learning
        questions, the chair is asked which one the case worked on (one key each).
        """
        from intervisie_tui.tui.screens.closing import show_closing
        from intervisie_tui.tui.screens.end import EndScreen

        session = message.session
        problem = session.report_problem
        lines = [] if problem is None else [tr(problem)]
        if session.unsaved:
            lines.append(tr(Msg("journal.ui.end_unsaved", count=len(session.unsaved))))

        def close(recorded: str | None = None) -> None:
            shown = [*lines, recorded] if recorded else lines
            end = EndScreen(
                session.state,
                message.report,
                problem="\n".join(shown),
                reflections=session.reflections,
            )
            show_closing(self, end)

        if self.group is None or session.path is None:
            close()
            return
        from intervisie_tui.tui.group_closing import record_for_group

        record_for_group(self, self.group, session.state, close)
