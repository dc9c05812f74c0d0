"""A disk cache of loading results, so an unchanged library is not parsed again on every start.

Parsing YAML with positions and validating cost about 1 ms per method file even with libyaml,
and need PyYAML and pydantic; the cached result of an unchanged file is unpickled in a quarter
of that (bench/library_load.py), with no YAML parser and no pydantic imported, which keeps the
chair's first frame close to a bare Textual app (bench/startup.py). An entry is keyed by the
file's text together with the app version, the Python version and the source of the code that
judges a file (model and loader), so a new check or a changed message can never be hidden by
an old entry. The cache is an optimisation only: every failure to read or write it falls back
to parsing the file.

Entries are pickles of our own frozen dataclasses in the user's own cache folder; anyone who can
write there can already change the user's shell start-up files, so unpickling them adds no risk.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path

from intervisie_tui import APP_NAME, __version__
from intervisie_tui.library.result import FileResult

#: Set this to move the cache (tests), or to an empty string to switch it off.
CACHE_DIR_ENV = "INTERVISIE_TUI_CACHE_DIR"
#: Entries beyond this many are cleared; each edit of a file leaves one stale entry behind.
MAX_ENTRIES = 500

_PACKAGE = Path(__file__).resolve().parent.parent
#: The packages whose code judges a file (parsing, validating, messages): a change to any of
#: their modules invalidates every entry. Whole folders, so a new module is never forgotten.
_JUDGING_PACKAGES = ("model", "library")


#: Libraries whose judgement is cached too: an upgraded pydantic or PyYAML may judge a file
#: differently. Their installed files are looked at (find_spec), never imported.
_JUDGING_LIBRARIES = ("pydantic", "pydantic_core", "yaml")


def _installed(name: str) -> bytes:
    spec = importlib.util.find_spec(name)
    origin = spec.origin if spec is not None else None
    if origin is None:
        return b"absent:" + name.encode()
    try:
        stat = os.stat(origin)
    except OSError:
        return b"unreadable:" + origin.encode()
    return f"{origin}:{stat.st_size}:{stat.st_mtime_ns}".encode()


@cache
def _code_fingerprint() -> bytes:
    digest = hashlib.sha256(__version__.encode())
    digest.update(sys.version.encode())
    for library in _JUDGING_LIBRARIES:
        digest.update(_installed(library))
    for package in _JUDGING_PACKAGES:
        for module in sorted((_PACKAGE / package).glob("*.py")):
            digest.update(module.name.encode())
            try:
                digest.update(module.read_bytes())
            except OSError:
                digest.update(b"unreadable")
    return digest.digest()


def default_cache_dir() -> Path | None:
    """The user's cache folder for loading results; None when switched off."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override is not None:
        return Path(override) if override else None
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME) / "library"


class ResultCache:
    """Loading results stored as pickles named after the key of the text they came from."""

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
            entry = pickle.loads((self.folder / f"{key}.pickle").read_bytes())
        except Exception:
            return None
        if not isinstance(entry, FileResult):
            return None
        problems = tuple(replace(problem, path=path) for problem in entry.problems)
        return replace(entry, path=path, problems=problems)

    def put(self, key: str, result: FileResult) -> None:
        """Store a result; a cache that cannot be written is simply not used."""
        if self.folder is None:
            return
        try:
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self._pruned:
                # Once per load: listing the folder on every write made a large library
                # quadratic, and a library above MAX_ENTRIES files cleared its own entries.
                self._prune()
                self._pruned = True
            temporary = self.folder / f".{key}.{os.getpid()}.tmp"
            temporary.write_bytes(data)
            os.replace(temporary, self.folder / f"{key}.pickle")
        except (OSError, pickle.PicklingError):
            return

    def _prune(self) -> None:
        assert self.folder is not None
        entries = list(self.folder.glob("*.pickle"))
        if len(entries) >= MAX_ENTRIES:
            for entry in entries:
                entry.unlink(missing_ok=True)
        for old in self.folder.glob("*.json"):  # entries of earlier builds, which stored JSON
            old.unlink(missing_ok=True)
