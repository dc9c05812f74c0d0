"""Where method files live: bundled with the app, in the user's config folder, or given on the CLI.

The bundled folder is package data in an installed wheel and the repository's top-level
methods/ folder in a development checkout, so `make run` and `pipx install .` see the same files.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from intervisie_tui import APP_NAME

#: Set this to use another config folder (tests, or a chair with a portable set-up).
CONFIG_DIR_ENV = "INTERVISIE_TUI_CONFIG_DIR"
METHOD_SUFFIXES = (".yaml", ".yml")


def bundled_methods_dir() -> Path:
    """The methods shipped with the app (wheel package data, or the checkout's methods/)."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "methods"
    if installed.is_dir():
        return installed
    return package.parent.parent / "methods"


def user_config_dir() -> Path:
    """The user's config folder for intervisie-tui."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path(APP_NAME)


def user_methods_dir() -> Path:
    """Where a chair puts their own method files."""
    return user_config_dir() / "methods"


def method_files(folder: Path) -> list[Path]:
    """The method files directly in a folder, sorted by name; hidden files and folders skipped.

    Every other entry named *.yaml or *.yml is kept, also when it is not an ordinary file (a
    named pipe, a broken link): loading it says what is wrong instead of skipping it unseen.
    A folder that does not exist has no method files; a folder that cannot be read gives
    itself, so that loading it says why (source.folder_problem).
    """
    try:
        with os.scandir(folder) as entries:
            return sorted(
                Path(entry.path)
                for entry in entries
                if Path(entry.name).suffix in METHOD_SUFFIXES
                and not entry.name.startswith(".")
                and not _is_folder(entry)
            )
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError:
        return [folder]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given and the method files inside given folders, in the order given."""
    files: list[Path] = []
    for path in paths:
        files.extend(method_files(path) if path.is_dir() else [path])
    return files
