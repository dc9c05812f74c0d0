"""The CLI's door into the app: `intervisie-tui`, `run ID ...` and `resume` all come here.

cli.py imports this lazily, so `list`, `check` and friends never pay for importing textual.
"""

from __future__ import annotations

import gc
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from intervisie_tui.library import Library, user_config_dir
from intervisie_tui.run_options import RunOptions
from intervisie_tui.session.clock import SystemClock
from intervisie_tui.settings import load_settings
from intervisie_tui.sound.players import Chimes, system_players, tried_names
from intervisie_tui.tui.app import IntervisieApp, StartRequest
from intervisie_tui.tui.catalog import BrokenFile, Catalog
from intervisie_tui.tui.i18n import language as app_language
from intervisie_tui.tui.i18n import set_language
from intervisie_tui.tui.keymap import load_keymap
from intervisie_tui.tui.setup_fields import SetupFields

if TYPE_CHECKING:
    # These are imported where used, so each opening imports only what its first screen
    # shows (bench/startup.py): tui.rehearsal brings the rehearsal and run screens with it.
    from intervisie_tui.run_options import RoomAsk
    from intervisie_tui.session import Session
    from intervisie_tui.settings import Settings
    from intervisie_tui.tui.rehearsal.share import ShareTarget
    from intervisie_tui.tui.room_link import RoomLink


def catalog_from_library(library: Library) -> Catalog:
    """The library screen's view of a loaded library: usable methods, the meeting's parts and
    ground rules, and failed files."""
    methods = tuple(loaded.method for loaded in library.case_methods.values())
    parts = tuple(
        loaded.method for loaded in library.methods.values() if loaded.method not in methods
    )
    broken = tuple(
        BrokenFile(result.path, tuple(sorted(result.problems))) for result in library.failed
    )
    rules = {key: loaded.rules for key, loaded in library.ground_rules.items()}
    origins = {key: (loaded.origin, loaded.path) for key, loaded in library.methods.items()}
    return Catalog(methods, broken, parts, MappingProxyType(rules), MappingProxyType(origins))


def with_group_rules(catalog: Catalog, group: str | None) -> Catalog:
    """The catalog with the group's own ground rules (ground_rules.yaml) in place of the
    library's set of the same id, so the opening shows what this group agreed."""
    if group is None:
        return catalog
    from dataclasses import replace

    from intervisie_tui.group.files import read_group

    rules = read_group(Path(group)).ground_rules
    if rules is None:
        return catalog
    return replace(
        catalog, ground_rules=MappingProxyType({**catalog.ground_rules, rules.id: rules})
    )


def rehearsal_share(options: RunOptions) -> ShareTarget | None:
    """`run ID --rehearse --group NAME --chair WHO`: WHO's rehearsal, which the debrief offers
    to share with the group (the command line has checked that WHO is a member)."""
    if not options.rehearse or options.group is None or options.chair is None:
        return None
    from intervisie_tui.group.files import group_ref
    from intervisie_tui.tui.rehearsal.share import ShareTarget

    folder = Path(options.group)
    return ShareTarget(folder, group_ref(folder).name, options.chair)


def fields_from_options(options: RunOptions) -> SetupFields:
    """The set-up form prefilled from the command-line flags."""
    return SetupFields(
        chair=options.chair or "",
        participants=", ".join(options.participants),
        inbrengers=options.inbrenger or "",
        until=options.until.strftime("%H:%M") if options.until is not None else "",
    )


def room_beside(app: IntervisieApp, ask: RoomAsk, settings: Settings) -> RoomLink:
    """The room view for `--mirror`: it follows the journal of whichever meeting `app` runs."""
    from intervisie_tui.settings import RoomSound
    from intervisie_tui.tui.room_link import RoomLink

    def journal() -> Path | None:
        return None if app.session is None else app.session.path

    sound = settings.room_sound is RoomSound.chime if ask.sound is None else ask.sound
    return RoomLink(ask, journal, app_language(), sound=sound)


def launch_app(
    library: Library,
    *,
    method_id: str | None = None,
    options: RunOptions | None = None,
    session: Session | None = None,
) -> int:
    """Run the app until the chair quits; returns the exit code.

    No method: the library. A method: its set-up, or straight into the run screen when the
    flags name a chair, participants and an inbrenger. A session: continue that meeting
    (reopened, and so held by this window, by `intervisie-tui resume`).
    """
    options = options or RunOptions()
    clock = SystemClock()  # a rehearsal speeds up its own clock (rehearsal/drill.py)
    start = None
    if method_id is not None:
        start = StartRequest(
            method_id,
            fields_from_options(options),
            rehearse=options.rehearse,
            speed=options.speed,
            seed=options.seed,
            share=rehearsal_share(options),
        )
    set_language(options.lang)
    config = user_config_dir()
    keymap = load_keymap(config)
    settings = load_settings(config)
    # Shown as the app opens, whatever the first screen; `check` lists the same problems.
    problems = [*map(str, keymap.problems), *(p.describe(options.lang) for p in settings.problems)]
    problems += options.notices
    notice = "\n".join(problems) or None
    app = IntervisieApp(
        with_group_rules(catalog_from_library(library), options.group),
        clock=clock,
        lang=options.lang,
        start=start,
        session=session,
        keymap=keymap,
        notice=notice,
        group=Path(options.group) if options.group and not options.rehearse else None,
        settings=settings,
        chimes=Chimes(settings.sound, system_players(), tried=tried_names()),
        config=config,
    )
    if options.mirror is not None:
        app.room = room_beside(app, options.mirror, settings)
    # What is built by now (textual, pydantic, the models, the catalogue) lives as long as the
    # app: frozen, the cycle collector no longer walks it, which cost a running meeting about
    # 50 ms of a full collection every minute or so (bench/idle.py). cli.py held the collector
    # off while it was built; from here on it collects what the meeting makes.
    gc.freeze()
    gc.enable()
    result = app.run()
    if app.return_code:
        # Textual caught an exception, restored the terminal and printed the traceback; the
        # shell (or whatever started the meeting) must still learn that the app crashed.
        return app.return_code
    return result if isinstance(result, int) else 0
