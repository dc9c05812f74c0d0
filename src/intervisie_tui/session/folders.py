"""Where sessions, reports and rehearsals are kept, and how their files are made private.

Its own small module because the app's first screen needs the folder (to remember the last
group) long before it needs the journal and the engine. A meeting's notes are confidential
(what a colleague brought in), so every folder made here is 0700 and every file 0600, whatever
the umask, and a file is written so that a link planted at its name is never followed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

from intervisie_tui import APP_NAME

__all__ = [
    "DATA_DIR_ENV",
    "PRIVATE_DIR",
    "PRIVATE_FILE",
    "data_dir",
    "private_folder",
    "sessions_dir",
    "write_private",
]

#: Set this to keep sessions somewhere else (tests, a USB stick, a shared drive).
DATA_DIR_ENV = "INTERVISIE_TUI_DATA_DIR"
#: Modes of what we create: only the chair's own account may read a meeting's notes.
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
#: Never follow a link at the final name (not every platform has the flag).
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def data_dir(override: Path | None = None) -> Path:
    """The user data folder: the override, else $INTERVISIE_TUI_DATA_DIR, else platformdirs."""
    if override is not None:
        return override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(user_data_dir(APP_NAME))


def sessions_dir(override: Path | None = None) -> Path:
    """Where session journals and their reports live."""
    return data_dir(override) / "sessions"


def private_folder(folder: Path) -> Path:
    """Create `folder` (and missing parents) as 0700; OSError when that cannot be done.

    A folder that already exists keeps its mode when it is not ours to change (a shared drive
    the chair chose on purpose); one we just made is private whatever the umask says.
    """
    missing = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for made in reversed(missing):
        made.mkdir(mode=PRIVATE_DIR, exist_ok=True)
        os.chmod(made, PRIVATE_DIR)
    if not folder.is_dir():
        raise NotADirectoryError(20, os.strerror(20), str(folder))
    return folder


def write_private(path: Path, data: bytes) -> None:
    """Write `path` whole as 0600, never through a link at that name; OSError on failure.

    The bytes go to a fresh temporary file (mkstemp: created exclusively, 0600) in the same
    folder that then replaces `path` in one rename: a reader sees the old file or the new one,
    never half of it, and a symlink planted at `path` is replaced, not written through.
    """
    folder = private_folder(path.parent)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
