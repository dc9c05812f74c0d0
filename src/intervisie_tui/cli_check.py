"""`intervisie-tui check [--watch] [PATH ...]`: is my file right, and again after each save?

An author edits a method in their own editor; `check --watch` checks the files again each time
one is saved, so the problems stay beside the editor without retyping the command. Saves are
found by polling the files' modification times and sizes (a method folder holds a few dozen
small files; no extra dependency for file-system events), with the clock's wait injected so a
test drives it without sleeping.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intervisie_tui.messages import Msg, say

if TYPE_CHECKING:
    from intervisie_tui.library import Library, Problem
    from intervisie_tui.library.result import FileResult

#: The chair's own key map in the config folder (tui/keymap.py reads it; `check` checks it).
KEYS_FILE = "keys.yaml"
#: Exit codes: 0 fine, 1 problems found.
EXIT_OK, EXIT_PROBLEMS = 0, 1
#: How often --watch looks at the files: often enough to feel immediate after a save.
POLL_SECONDS = 0.5

#: A file's state as --watch compares it: modification time and size, or None once deleted.
Stamp = tuple[int, int] | None


def _load(folders: list[Path]) -> Library:
    from intervisie_tui.library import load_library

    return load_library(folders)


def _check_keys(paths: list[Path], lang: str) -> int:
    """Print the problems of the chair's keys.yaml files like method problems; how many.

    `check` is where a chair or an author asks "is my file right?", so the key map is checked
    here too: named on the command line, or the one in the config folder when no path is
    given. The app itself shows the same lines when it opens, and starts anyway.
    """
    if not paths:
        return 0
    from intervisie_tui.tui.keymap import load_keymap  # textual: only with a keys.yaml

    return _print_problems(paths, load_keymap, lang)


def _check_settings(paths: list[Path], lang: str) -> int:
    """Print the problems of the chair's settings.yaml files, as for keys.yaml; how many."""
    from intervisie_tui.settings import load_settings

    return _print_problems(paths, load_settings, lang)


def _print_problems(paths: list[Path], load: Callable[[Path], Any], lang: str) -> int:
    """Print each problem `load` finds in the folder of each of `paths`; how many."""
    found = 0
    for path in paths:
        for problem in load(path.parent).problems:
            print(problem.describe(lang))
            found += 1
    return found


def _agenda_problems(methods: list[Path], checked: Library) -> list[Problem]:
    """Each checked agenda file's ids against the library it would run with: the bundled and
    the user's methods, --methods, and any method files checked along with it."""
    agendas = [result for result in checked.files if result.agenda_to_check is not None]
    if not agendas:
        return []
    from intervisie_tui.library.agenda_refs import agenda_reference_problems

    base = _load(methods)
    return [
        problem
        for result in agendas
        for problem in agenda_reference_problems(result, base, checked)
    ]


def _summary(library: Library, problems: list[Problem], methods: list[Path], *, given: bool) -> Msg:
    """The closing line: files checked, what is usable by kind, errors and warnings.

    Only methods were checked (the usual case): "… 3 methode(n) bruikbaar …" as always. An
    agenda file (or a group's ground rules) among the files given is named as what it is, so
    a good agenda does not read as "0 methode(n) bruikbaar".
    """
    from intervisie_tui.library import Severity

    errors = sum(1 for problem in problems if problem.severity is Severity.error)
    warnings = len(problems) - errors
    files = len(library.files)
    failing = {problem.path for problem in problems if problem.severity is Severity.error}
    agendas = [result for result in library.files if result.agenda is not None]
    rules = [result for result in library.files if result.ground_rules is not None] if given else []
    if not agendas and not rules:
        return Msg(
            "cli.check.summary",
            files=files,
            methods=len(library.methods),
            errors=errors,
            warnings=warnings,
        )
    parts: list[Msg] = []
    if library.methods:
        parts.append(Msg("check.usable.methods", count=len(library.methods)))
    usable = [result for result in agendas if result.path not in failing]
    if agendas:
        parts.append(_agendas_usable(usable, methods, library))
    if rules:
        parts.append(Msg("check.usable.ground_rules", count=len(rules)))
    said = parts[0]
    for part in parts[1:]:
        said = Msg("check.usable.and", first=said, second=part)
    return Msg("check.usable.summary", files=files, usable=said, errors=errors, warnings=warnings)


def _agendas_usable(usable: list[FileResult], methods: list[Path], checked: Library) -> Msg:
    """How many agenda files are usable; for one, its items and how many of them are cases."""
    if len(usable) != 1 or usable[0].agenda is None:
        return Msg("check.usable.agendas", count=len(usable))
    from intervisie_tui.model.method import Part

    known = {**_load(methods).methods, **checked.methods}
    entries = usable[0].agenda.items
    cases = sum(
        1
        for entry in entries
        if entry.method in known and known[entry.method].method.part is Part.case
    )
    return Msg("check.usable.agenda", items=len(entries), cases=cases)


def _config_files(paths: list[Path], name: str) -> list[Path]:
    """The chair's keys.yaml or settings.yaml among the paths, or the config folder's own."""
    from intervisie_tui.library import user_config_dir

    if not paths:
        own = user_config_dir() / name
        return [own] if own.exists() else []
    return [path for path in paths if path.name == name]


def check(paths: list[Path], methods: list[Path], lang: str) -> int:
    """Check the files once: each problem as path:line:col, a summary on stderr; the exit code."""
    from intervisie_tui.library import Severity, load_paths
    from intervisie_tui.settings import FILE_NAME as SETTINGS_FILE

    keymaps = _config_files(paths, KEYS_FILE)
    settings = _config_files(paths, SETTINGS_FILE)
    given = [path for path in paths if path.name not in (KEYS_FILE, SETTINGS_FILE)]
    if paths:
        from intervisie_tui.library.beside import beside

        # As the app would load them: a method id the library already has is refused there.
        library = beside(load_paths(given), _load(methods))
    else:
        library = _load(methods)
    problems = [*library.problems, *_agenda_problems(methods, library)]
    for problem in sorted(problems):
        print(problem.describe(lang))
    key_errors = _check_keys(keymaps, lang)
    setting_errors = _check_settings(settings, lang)
    errors = sum(1 for problem in problems if problem.severity is Severity.error)
    files = len(library.files)
    summary = _summary(library, problems, methods, given=bool(paths))
    print(say(summary, lang), file=sys.stderr)
    if settings:
        said = say("cli.check.settings", lang, count=len(settings), errors=setting_errors)
        print(said, file=sys.stderr)
    if keymaps:
        said = say("cli.check.keymaps", lang, count=len(keymaps), errors=key_errors)
        print(said, file=sys.stderr)
    elif files == 0 and not settings:
        print(say("cli.check.no_files", lang), file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_PROBLEMS if errors or key_errors or setting_errors else EXIT_OK


def _watched(paths: list[Path], methods: list[Path]) -> list[Path]:
    """The files whose saves count: the files given and the method files in folders given
    (or the whole library's folders), and the key maps `check` reads along with them."""
    from intervisie_tui.library.locations import (
        bundled_methods_dir,
        expand_paths,
        user_methods_dir,
    )

    roots = paths or [bundled_methods_dir(), user_methods_dir(), *methods]
    from intervisie_tui.settings import FILE_NAME as SETTINGS_FILE

    config = [*_config_files(paths, KEYS_FILE), *_config_files(paths, SETTINGS_FILE)]
    return [*expand_paths(roots), *config]


def _stamp(path: Path) -> Stamp:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _stamps(files: Iterable[Path]) -> dict[Path, Stamp]:
    return {path: _stamp(path) for path in files}


def between_looks() -> None:
    """The real wait of --watch between two looks at the files."""
    time.sleep(POLL_SECONDS)


def watch(
    paths: list[Path],
    methods: list[Path],
    lang: str,
    *,
    wait: Callable[[], None] | None = None,
    now: Callable[[], datetime] = datetime.now,
) -> int:
    """Check, then check again after every save, until Ctrl-C; exit 0 (stopping is no failure).

    `wait` pauses between two looks at the files (a test passes one that edits a file, or
    raises KeyboardInterrupt to stop); a file that appears in a watched folder counts too.
    """
    pause = wait if wait is not None else between_looks
    try:
        check(paths, methods, lang)
        before = _stamps(_watched(paths, methods))
        names = ", ".join(str(path) for path in paths) or say("cli.watch.library", lang)
        print(say("cli.watch.start", lang, paths=names), file=sys.stderr)
        while True:
            pause()
            after = _stamps(_watched(paths, methods))
            changed = sorted(
                path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
            )
            before = after
            if changed:
                listed = ", ".join(path.name for path in changed)
                clock = now().strftime("%H:%M:%S")
                print(say("cli.watch.changed", lang, time=clock, names=listed), file=sys.stderr)
                check(paths, methods, lang)
                sys.stdout.flush()
    except KeyboardInterrupt:
        print(say("cli.watch.stopped", lang), file=sys.stderr)
        return EXIT_OK
