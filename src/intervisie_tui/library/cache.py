"""A disk cache of loading results, one JSON Lines file per folder: unchanged files skip parsing.

Parsing a method file with PyYAML and checking every node is most of what loading costs, and an
author's folder of hundreds of methods pays it on every `check` (bench/library_load.py times
`check` on 1,000 files). The cache holds, per folder, each file's result as plain JSON keyed by a
hash of the file's text; a result read back is validated by the same pydantic models and
cross-checked like a parsed one, so an entry can never hold a method a file could not. Nothing
in it is code: a crafted cache file yields at worst a rejected entry (the file is parsed again),
never an action.

A folder's file is JSON Lines: a header line (FORMAT and the code's fingerprint), then one line
per file holding five JSON texts separated by tabs (JSON escapes every tab inside a text): the
file's name, its hash with its problems, and its method, ground rules and agenda as pydantic
wrote them, only the keys the file itself gave. Each line is decoded only when its file is asked
for, and each model straight from its JSON text by pydantic: a start that reads the cache never
holds the whole folder, or a tree of plain dicts beside the models, in memory at once (the
app's peak memory, bench/memory.py).

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
from typing import Any, TypeVar

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

_Model = TypeVar("_Model", bound=BaseModel)

#: Set this to move the cache (tests), or to an empty string to switch it off.
CACHE_DIR_ENV = "INTERVISIE_TUI_CACHE_DIR"
#: Folder files beyond this many are removed, least recently written first (temporary folders
#: an author checked once); the folders of the current load are always kept.
MAX_FOLDERS = 64
#: The shape of an entry: 3 is JSON Lines (2 was one JSON document per folder, 1 stored English
#: sentences). A cache written in another shape is ignored, never misread.
FORMAT = 3
#: A folder's cache file; files of earlier builds (`*.json`, `*.pickle`) are removed unread.
SUFFIX = ".jsonl"

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


def _encode(key: str, result: FileResult) -> bytes:
    """An entry's line after the file's name: its hash and problems, then its three models."""
    head = {
        "sha256": key,
        "problems": [
            [p.line, p.col, str(p.severity), _message_data(p.message)] for p in result.problems
        ],
        "id_position": None if result.id_position is None else list(result.id_position),
    }
    models = (result.method, result.ground_rules, result.agenda)
    return _TAB.join([json.dumps(head).encode(), *map(_dumped, models)])


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


_TAB, _NULL = b"\t", b"null"


def _dumped(model: BaseModel | None) -> bytes:
    """A model as JSON with only the keys that were given: read back, it is the same model
    with the same fields set as the one parsed from the file, and a smaller one to hold."""
    return _NULL if model is None else model.model_dump_json(exclude_unset=True).encode()


def _model(kind: type[_Model], text: bytes) -> _Model | None:
    return None if text == _NULL else kind.model_validate_json(text)


def _decode(entry: bytes, key: str, path: Path) -> FileResult | None:
    """The result an entry holds when it is of this text, re-attached to `path`; None for an
    entry of another text or anything not well formed."""
    try:
        head_text, method_text, rules_text, agenda_text = entry.split(_TAB)
        head = json.loads(head_text)
        if head["sha256"] != key:
            return None
        problems = tuple(
            Problem(path, int(line), int(col), Severity(severity), _message(message))
            for line, col, severity, message in head["problems"]
        )
        position = head["id_position"]
        id_position = None if position is None else (int(position[0]), int(position[1]))
        method = _model(Method, method_text)
        ground_rules = _model(GroundRules, rules_text)
        agenda = _model(AgendaFile, agenda_text)
    except (KeyError, TypeError, ValueError, ValidationError, RecursionError):
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

    def __init__(self, file: Path, entries: dict[str, bytes]) -> None:
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
        file = self.folder / f"{name}{SUFFIX}"
        try:
            entries = _entries(file.read_bytes())
        except OSError:
            entries = {}
        self._folders[directory] = found = _Folder(file, entries)
        return found

    def get(self, path: Path, key: str) -> FileResult | None:
        """The stored result for this file when its text is unchanged, or None."""
        if self.folder is None:
            return None
        entry = self._of(path.parent).entries.get(path.name)
        return None if entry is None else _decode(entry, key, path)

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
                lines = [_header()] + [
                    _TAB.join([json.dumps(name).encode(), entry])
                    for name, entry in folder.entries.items()
                    if (directory / name).is_file()
                ]
                temporary = folder.file.with_name(f".{folder.file.name}.{os.getpid()}.tmp")
                temporary.write_bytes(b"\n".join(lines) + b"\n")
                os.replace(temporary, folder.file)
            self._prune(keep={folder.file for folder in self._folders.values()})
        except OSError:
            return

    def _prune(self, keep: set[Path]) -> None:
        assert self.folder is not None
        for pattern in ("*.pickle", "*.json"):  # entries of earlier builds: never read
            for old in self.folder.glob(pattern):
                old.unlink(missing_ok=True)
        files = sorted(self.folder.glob(f"*{SUFFIX}"), key=_mtime, reverse=True)
        for extra in [file for file in files if file not in keep][MAX_FOLDERS:]:
            extra.unlink(missing_ok=True)


def _header() -> bytes:
    return json.dumps({"format": FORMAT, "code": code_fingerprint()}).encode()


def _entries(data: bytes) -> dict[str, bytes]:
    """Each file's name with the rest of its line, still encoded; none from a file of another
    format or code, or one that is not such lines at all."""
    header, _, rest = data.partition(b"\n")
    if header != _header():
        return {}
    entries = {}
    for line in rest.split(b"\n"):
        name, tab, entry = line.partition(_TAB)
        try:
            decoded = json.loads(name)
        except (ValueError, RecursionError):
            continue  # a damaged line (or one nested past what json decodes): parsed again
        if tab and isinstance(decoded, str):
            entries[decoded] = entry
    return entries


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
