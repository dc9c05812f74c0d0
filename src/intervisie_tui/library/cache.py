"""A disk cache of loading results, so an unchanged library is not parsed again on every start.

Parsing YAML with positions costs about 3 ms per method file even with libyaml; the cached
result of an unchanged file loads in a fraction of that. An entry is keyed by the file's text
together with the app version and the source of the code that judges a file (model and
loader), so a new check or a changed message can never be hidden by an old entry. The cache is
an optimisation only: every failure to read or write it falls back to parsing the file.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from intervisie_tui import __version__
from intervisie_tui.library.loader import FileResult
from intervisie_tui.library.locations import APP_NAME
from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.model.method import Method

#: Set this to move the cache (tests), or to an empty string to switch it off.
CACHE_DIR_ENV = "INTERVISIE_TUI_CACHE_DIR"
#: Entries beyond this many are cleared; each edit of a file leaves one stale entry behind.
MAX_ENTRIES = 500

_PACKAGE = Path(__file__).resolve().parent.parent
#: The code whose output is cached: a change to any of it invalidates every entry.
_JUDGING_CODE = (
    "model/method.py",
    "model/references.py",
    "library/cache.py",
    "library/loader.py",
    "library/messages.py",
    "library/problem.py",
    "library/source.py",
    "library/yaml_tree.py",
)


@cache
def _code_fingerprint() -> bytes:
    digest = hashlib.sha256(__version__.encode())
    for name in _JUDGING_CODE:
        try:
            digest.update((_PACKAGE / name).read_bytes())
        except OSError:
            digest.update(b"missing:" + name.encode())
    return digest.digest()


def default_cache_dir() -> Path | None:
    """The user's cache folder for loading results; None when switched off."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override is not None:
        return Path(override) if override else None
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME) / "library"


class ResultCache:
    """Loading results stored as JSON files named after the key of the text they came from."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._pruned = False

    def key(self, text: str) -> str:
        """The entry name for a file's text under the current code."""
        return hashlib.sha256(_code_fingerprint() + text.encode("utf-8")).hexdigest()

    def get(self, key: str, path: Path) -> FileResult | None:
        """The cached result for this text, re-attached to `path`, or None."""
        if self.folder is None:
            return None
        try:
            entry = json.loads((self.folder / f"{key}.json").read_bytes())
            method = None if entry["method"] is None else Method.model_validate(entry["method"])
            problems = tuple(
                Problem(path, int(line), int(col), Severity(severity), str(message))
                for line, col, severity, message in entry["problems"]
            )
            position = entry["id_position"]
            id_position = None if position is None else (int(position[0]), int(position[1]))
        except (OSError, ValueError, TypeError, KeyError):
            return None
        return FileResult(path, method, problems, id_position)

    def put(self, key: str, result: FileResult) -> None:
        """Store a result; a cache that cannot be written is simply not used."""
        if self.folder is None:
            return
        entry: dict[str, Any] = {
            "method": None if result.method is None else result.method.model_dump(mode="json"),
            "problems": [
                [problem.line, problem.col, problem.severity.value, problem.message]
                for problem in result.problems
            ],
            "id_position": result.id_position,
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._pruned:
                # Once per load: listing the folder on every write made a large library
                # quadratic, and a library above MAX_ENTRIES files cleared its own entries.
                self._prune()
                self._pruned = True
            temporary = self.folder / f".{key}.{os.getpid()}.tmp"
            temporary.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.folder / f"{key}.json")
        except OSError:
            return

    def _prune(self) -> None:
        assert self.folder is not None
        entries = list(self.folder.glob("*.json"))
        if len(entries) >= MAX_ENTRIES:
            for entry in entries:
                entry.unlink(missing_ok=True)
