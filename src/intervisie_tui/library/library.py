"""The method library: every method that loaded, and every file that did not, with its problems.

A chair must be able to start a meeting even when one file in the user's folder is broken, so
loading collects results per file instead of stopping at the first error; the TUI lists the
failed files next to the usable methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from intervisie_tui.library.cache import ResultCache, default_cache_dir, text_key
from intervisie_tui.library.locations import (
    bundled_methods_dir,
    expand_paths,
    method_files,
    user_methods_dir,
)
from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.result import FileResult
from intervisie_tui.library.source import read_source
from intervisie_tui.messages import Msg
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.model.method import Method, Part


class Origin(StrEnum):
    """Where a method file came from, so the UI can tell bundled methods from the user's own."""

    bundled = "bundled"
    user = "user"
    extra = "extra"


@dataclass(frozen=True)
class LoadedMethod:
    """A usable method with the file it came from."""

    method: Method
    path: Path
    origin: Origin


@dataclass(frozen=True)
class LoadedGroundRules:
    """A group's ground rules with the file they came from (a user's file replaces ours)."""

    rules: GroundRules
    path: Path
    origin: Origin


@dataclass(frozen=True)
class Library:
    """The result of loading a set of method files."""

    #: Every file that was read, in load order, with its problems (warnings included).
    files: tuple[FileResult, ...]
    #: Usable methods and meeting parts (opening, break, ...) by id, in load order.
    methods: Mapping[str, LoadedMethod] = field(default_factory=lambda: MappingProxyType({}))
    #: Ground rules by id; a later folder's file replaces an earlier one with the same id.
    ground_rules: Mapping[str, LoadedGroundRules] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def case_methods(self) -> Mapping[str, LoadedMethod]:
        """The methods a case can be worked with, without the parts around them (opening,
        inventory, break, closing): what the library screen and `list` show."""
        return MappingProxyType(
            {key: loaded for key, loaded in self.methods.items() if loaded.method.part is Part.case}
        )

    def parts(self, part: Part) -> tuple[Method, ...]:
        """The library's files for one part of a meeting (e.g. every break), in load order."""
        return tuple(
            loaded.method for loaded in self.methods.values() if loaded.method.part is part
        )

    @property
    def failed(self) -> tuple[FileResult, ...]:
        """Files whose method cannot be used, each with its problems."""
        return tuple(result for result in self.files if result.has_errors)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem of every file, file by file, top to bottom."""
        return tuple(problem for result in self.files for problem in result.problems)

    @property
    def has_errors(self) -> bool:
        """True when at least one file could not be used."""
        return any(result.has_errors for result in self.files)

    def get(self, method_id: str) -> Method | None:
        """The method with this id, or None."""
        loaded = self.methods.get(method_id)
        return None if loaded is None else loaded.method

    def __getitem__(self, method_id: str) -> Method:
        return self.methods[method_id].method

    def __contains__(self, method_id: object) -> bool:
        return method_id in self.methods

    def __len__(self) -> int:
        return len(self.methods)


def refused_as_duplicate(result: FileResult, first: Path) -> FileResult:
    """`result` without its method, with the error that `first` already uses the method's id.

    One wording for the library (a later file with a used id) and for `check` (a file whose
    id a bundled or user method already has, so the app would not load it).
    """
    method_id = result.method.id if result.method is not None else "?"
    line, col = result.id_position or (1, 1)
    duplicate = Problem(
        result.path,
        line,
        col,
        Severity.error,
        Msg("check.method_id_taken", id=method_id, first=str(first)),
    )
    problems = tuple(sorted((*result.problems, duplicate)))
    return replace(result, method=None, problems=problems)


def build_library(results: Iterable[tuple[FileResult, Origin]]) -> Library:
    """Combine per-file results, refusing a method id that an earlier file already uses."""
    files: list[FileResult] = []
    methods: dict[str, LoadedMethod] = {}
    rules: dict[str, LoadedGroundRules] = {}
    for result, origin in results:
        method = result.method
        if result.ground_rules is not None:
            result = _add_ground_rules(rules, result, origin)
        if method is not None and method.id in methods:
            result = refused_as_duplicate(result, methods[method.id].path)
        elif method is not None:
            methods[method.id] = LoadedMethod(method, result.path, origin)
        files.append(result)
    return Library(tuple(files), MappingProxyType(methods), MappingProxyType(rules))


def _add_ground_rules(
    rules: dict[str, LoadedGroundRules], result: FileResult, origin: Origin
) -> FileResult:
    """Keep a file's ground rules; the same id again from the same kind of folder is an error,
    from a later one (the user's folder after ours) it is the group's own variant."""
    assert result.ground_rules is not None
    known = rules.get(result.ground_rules.id)
    if known is not None and known.origin is origin:
        line, col = result.id_position or (1, 1)
        duplicate = Problem(
            result.path,
            line,
            col,
            Severity.error,
            Msg("check.rules_id_taken", id=result.ground_rules.id, first=str(known.path)),
        )
        return replace(
            result, ground_rules=None, problems=tuple(sorted((*result.problems, duplicate)))
        )
    rules[result.ground_rules.id] = LoadedGroundRules(result.ground_rules, result.path, origin)
    return result


class _Loader:
    """load_file for one load, answering unchanged files from the result cache when it is on."""

    def __init__(self, use_cache: bool) -> None:
        self.store = ResultCache(default_cache_dir() if use_cache else None)

    def __call__(self, path: Path) -> FileResult:
        source = read_source(path)
        if isinstance(source, Problem):
            return FileResult(path, None, (source,))
        key = text_key(source.text) if self.store.folder is not None else ""
        cached = self.store.get(path, key) if key else None
        if cached is not None:
            return cached
        # PyYAML only when a file is new or changed (a usual start reads the cache).
        from intervisie_tui.library.loader import load_source

        result = load_source(source)
        if key:
            self.store.put(path, key, result)
        return result


def load_paths(
    paths: Iterable[Path], origin: Origin = Origin.extra, *, cache: bool = True
) -> Library:
    """Load the given files and the method files in the given folders (for `check PATH`)."""
    load = _Loader(cache)
    library = build_library((load(path), origin) for path in expand_paths(paths))
    load.store.save()
    return library


def _missing_folder(folder: Path) -> FileResult:
    problem = Problem(folder, 1, 1, Severity.error, Msg("check.folder_not_found"))
    return FileResult(folder, None, (problem,))


def load_library(
    extra_dirs: Iterable[Path] = (),
    *,
    bundled: bool = True,
    user: bool = True,
    cache: bool = True,
) -> Library:
    """The bundled methods, then the user's own, then those in `extra_dirs` (--methods).

    `cache=False` parses every file again instead of reusing results of unchanged files.
    """
    load = _Loader(cache)
    sources: list[tuple[FileResult, Origin]] = []
    if bundled:
        sources.extend((load(p), Origin.bundled) for p in method_files(bundled_methods_dir()))
    if user:
        sources.extend((load(p), Origin.user) for p in method_files(user_methods_dir()))
    for folder in extra_dirs:
        if folder.is_file():
            sources.append((load(folder), Origin.extra))
        elif folder.is_dir():
            sources.extend((load(p), Origin.extra) for p in method_files(folder))
        else:
            sources.append((_missing_folder(folder), Origin.extra))
    load.store.save()
    return build_library(sources)
