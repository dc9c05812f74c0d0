"""A disk cache of loading results, one JSON file per method folder: unchanged files skip parsing.

Parsing a method file with PyYAML and checking every node is most of what loading costs, and an
author's folder of hundreds of methods pays it on every `check` (bench/library_load.py times
`check` on 1,000 files). The cache holds, per folder, each file's result as plain JSON keyed by a
hash of the file's text; a result read back is validated by the same pydantic models and
cross-checked like a parsed one, so an entry can never hold a method a file could not. Nothing
in it is code: a crafted cache file yields at worst a rejected entry (the file is parsed again),
never an action.

A problem is stored as its catalogue key and values, never as a sentence: the words are chosen
where the problem is shown, in the chair's language, so one cache serves a Dutch and an English
`check` alike. FORMAT names the shape of an entry; a cache of another shape is ignored.

A folder's file is rewritten only when one of its files was new or changed, and then keeps
every entry whose file still exists: editing one file of a 500-file library re-parses that one
file. The whole cache is dropped when the code that judges a file changes (the app version,
the Python version, pydantic or PyYAML, or any module of model/ or library/), so a new check or
a changed message is never hidden by an old entry. Every failure to read or write it falls
back to parsing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from intervisie_tui import APP_NAME, __version__
from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.result import FileResult
from intervisie_tui.messages import Msg, Twin, Value
from intervisie_tui.model.agenda_checks import check_agenda_file
from intervisie_tui.model.agenda_file import AgendaFile
from intervisie_tui.model.ground_rules import GroundRules, check_ground_rules
from intervisie_tui.model.method import Method
from intervisie_tui.model.references import check_method

#: Set this to move the cache (tests), or to an empty string to switch it off.
CACHE_DIR_ENV = "INTERVISIE_TUI_CACHE_DIR"
#: Folder files beyond this many are removed, least recently written first (temporary folders
#: an author checked once); the folders of the current load are always kept.
MAX_FOLDERS = 64
#: The shape of an entry: 2 stores each problem's message as a catalogue key with its values
#: (1 stored English sentences). A cache written in another shape is ignored, never misread.
FORMAT = 2

_PACKAGE = Path(__file__).resolve().parent.parent
#: The packages whose code judges a file (parsing, validating, messages): a change to any of
#: their modules invalidates every entry. Whole folders, so a new module is never forgotten.
_JUDGING_PACKAGES = ("model", "library")
#: Libraries whose judgement is cached too: an upgraded pydantic or PyYAML may judge a file
#: differently. Their installed files are looked at, not their contents.
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
def code_fingerprint() -> str:
    """A hash of everything that judges a file; a cache written under another is ignored."""
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
    return digest.hexdigest()


def default_cache_dir() -> Path | None:
    """The user's cache folder for loading results; None when switched off."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override is not None:
        return Path(override) if override else None
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME) / "library"


def text_key(text: str) -> str:
    """The hash an entry is kept under: the file's text, nothing else about it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _encode(key: str, result: FileResult) -> dict[str, Any]:
    return {
        "sha256": key,
        "method": None if result.method is None else result.method.model_dump(mode="json"),
        "problems": [
            [p.line, p.col, str(p.severity), _message_data(p.message)] for p in result.problems
        ],
        "id_position": None if result.id_position is None else list(result.id_position),
        "ground_rules": _dumped(result.ground_rules),
        "agenda": _dumped(result.agenda),
    }


def _message_data(message: Msg) -> list[Any]:
    """A message as JSON: [key, {name: value}], a value that is itself a message nested."""
    return [message.key, {name: _value_data(value) for name, value in message.values.items()}]


def _value_data(value: Value) -> Any:
    if isinstance(value, Msg):
        return {"msg": _message_data(value)}
    if isinstance(value, Twin):
        return {"twin": [value.dutch, value.english]}
    return value


def _message(data: Any) -> Msg:
    """The message `_message_data` wrote; ValueError for anything else (the entry is dropped).

    Only the shape is checked here, not the key: the catalogue is looked at when a problem is
    shown, and a key the code no longer has cannot be in a cache of this code (the fingerprint).
    """
    key, values = data
    if not isinstance(key, str) or not isinstance(values, dict):
        raise ValueError("not a stored message")
    return Msg(key, **{str(name): _value(value) for name, value in values.items()})


def _value(data: Any) -> Value:
    if isinstance(data, str | int | float) and not isinstance(data, bool):
        return data
    if isinstance(data, dict) and set(data) == {"msg"}:
        return _message(data["msg"])
    if isinstance(data, dict) and set(data) == {"twin"}:
        dutch, english = data["twin"]
        if isinstance(dutch, str) and (english is None or isinstance(english, str)):
            return Twin(dutch, english)
    raise ValueError("not a stored message value")


def _dumped(model: BaseModel | None) -> Any:
    return None if model is None else model.model_dump(mode="json")


def _decode(entry: Any, path: Path) -> FileResult | None:
    """The result an entry holds, re-attached to `path`; None for anything not well formed."""
    try:
        problems = tuple(
            Problem(path, int(line), int(col), Severity(severity), _message(message))
            for line, col, severity, message in entry["problems"]
        )
        method = None if entry["method"] is None else Method.model_validate(entry["method"])
        position = entry["id_position"]
        id_position = None if position is None else (int(position[0]), int(position[1]))
        rules = entry.get("ground_rules")
        ground_rules = None if rules is None else GroundRules.model_validate(rules)
        written = entry.get("agenda")
        agenda = None if written is None else AgendaFile.model_validate(written)
    except (KeyError, TypeError, ValueError, ValidationError):
        return None
    findings = [
        *([] if method is None else check_method(method)),
        *([] if ground_rules is None else check_ground_rules(ground_rules)),
        *([] if agenda is None else check_agenda_file(agenda)),
    ]
    if any(f.severity is Severity.error for f in findings):
        return None  # not what loading a file gives: parse the file instead
    return FileResult(path, method, problems, id_position, ground_rules, agenda)


class _Folder:
    """The entries of one method folder, as read from its cache file, and whether they changed."""

    def __init__(self, file: Path, entries: dict[str, Any]) -> None:
        self.file = file
        self.entries = entries
        self.changed = False


class ResultCache:
    """Loading results of the files in each folder, in one JSON file per folder.

    Use it for one load: `get` and `put` per file, then `save` once at the end.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._folders: dict[Path, _Folder] = {}

    def _of(self, directory: Path) -> _Folder:
        assert self.folder is not None
        known = self._folders.get(directory)
        if known is not None:
            return known
        name = hashlib.sha256(str(directory).encode("utf-8")).hexdigest()[:32]
        file = self.folder / f"{name}.json"
        entries: dict[str, Any] = {}
        try:
            data = json.loads(file.read_bytes())
            if (
                data.get("format") == FORMAT
                and data.get("code") == code_fingerprint()
                and isinstance(data.get("files"), dict)
            ):
                entries = data["files"]
        except (OSError, ValueError, AttributeError, RecursionError):
            pass  # RecursionError: a crafted file nested deeper than json can decode
        self._folders[directory] = found = _Folder(file, entries)
        return found

    def get(self, path: Path, key: str) -> FileResult | None:
        """The stored result for this file when its text is unchanged, or None."""
        if self.folder is None:
            return None
        entry = self._of(path.parent).entries.get(path.name)
        if not isinstance(entry, dict) or entry.get("sha256") != key:
            return None
        return _decode(entry, path)

    def put(self, path: Path, key: str, result: FileResult) -> None:
        """Remember the result of a file that was parsed (written by `save`)."""
        if self.folder is None:
            return
        folder = self._of(path.parent)
        folder.entries[path.name] = _encode(key, result)
        folder.changed = True

    def save(self) -> None:
        """Write each folder that changed, without entries of files that are gone.

        A cache that cannot be written is simply not used.
        """
        if self.folder is None:
            return
        changed = [folder for folder in self._folders.values() if folder.changed]
        if not changed:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for directory, folder in self._folders.items():
                if not folder.changed:
                    continue
                files = {
                    name: entry
                    for name, entry in folder.entries.items()
                    if (directory / name).is_file()
                }
                data = json.dumps({"format": FORMAT, "code": code_fingerprint(), "files": files})
                temporary = folder.file.with_name(f".{folder.file.name}.{os.getpid()}.tmp")
                temporary.write_text(data, encoding="utf-8")
                os.replace(temporary, folder.file)
            self._prune(keep={folder.file for folder in self._folders.values()})
        except OSError:
            return

    def _prune(self, keep: set[Path]) -> None:
        assert self.folder is not None
        for old in self.folder.glob("*.pickle"):  # entries of earlier builds: never read
            old.unlink(missing_ok=True)
        files = sorted(self.folder.glob("*.json"), key=_mtime, reverse=True)
        for extra in [file for file in files if file not in keep][MAX_FOLDERS:]:
            extra.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
