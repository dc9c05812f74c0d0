"""Where sessions, reports and rehearsals are kept: the user data folder, or an override.

Its own small module because the app's first screen needs the folder (to remember the last
group) long before it needs the journal and the engine.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from intervisie_tui import APP_NAME

__all__ = ["DATA_DIR_ENV", "data_dir", "sessions_dir"]

#: Set this to keep sessions somewhere else (tests, a USB stick, a shared drive).
DATA_DIR_ENV = "INTERVISIE_TUI_DATA_DIR"


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
