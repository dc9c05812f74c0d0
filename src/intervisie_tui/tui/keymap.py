"""The chair's own keys: `keys.yaml` in the user config folder remaps any action.

A presenter clicker that sends Page Down, or a keyboard where + is awkward, should not stop a
chair. The file maps action names (the first column of the guide's table: next, pause, …) to
keys. Every mistake is reported with file:line:col, and only the action it concerns keeps its
default keys: one typo never costs the chair the rest of the file, and no action is ever left
without a key (a name Textual does not know would bind nothing, and the action's old keys
would be gone too).
"""

from __future__ import annotations

import difflib
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.keys import Keys
from textual.screen import Screen

from intervisie_tui.chair_yaml import Wording

if TYPE_CHECKING:
    from intervisie_tui.chair_yaml import Pairs

from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.tui.i18n import language
from intervisie_tui.tui.keys import KeySpec, all_keys

FILE_NAME = "keys.yaml"
#: How keys.yaml's messages name an action it does not know or sees twice.
WORDING = Wording("keys.unknown_action", "keys.unknown_action.close", "keys.twice")
#: Modifiers Textual puts in front of a key name, as in ctrl+shift+up.
MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")


@dataclass(frozen=True)
class KeymapProblem:
    """One mistake in keys.yaml, located like every other file problem.

    `action` is the action that keeps its default keys because of it; `whole_file` says the
    file could not be read at all (every action keeps its defaults). Neither: the line is
    left out and changes nothing (an unknown action, an action given twice).
    """

    path: Path
    line: int
    col: int
    message: Msg
    action: str | None = None
    whole_file: bool = False

    def __str__(self) -> str:
        """The problem in the UI's language (see `describe`)."""
        return self.describe(language())

    def describe(self, lang: Lang | str) -> str:
        """'path:line:col: what is wrong (what the app does instead)' in `lang`."""
        where = f"{self.path}:{self.line}:{self.col}: {say(self.message, lang)}"
        if self.whole_file:
            return f"{where} ({say('keys.fallback.all', lang)})"
        if self.action is None:
            return where
        spec = next(spec for spec in all_keys() if spec.name == self.action)
        keys = ", ".join(spec.key_list)
        return f"{where} ({say('keys.fallback.one', lang, name=self.action, keys=keys)})"


@dataclass(frozen=True)
class Keymap:
    """The keys in force for every action, and what was wrong in the file that set them."""

    keys: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    problems: tuple[KeymapProblem, ...] = ()

    def keys_of(self, spec: KeySpec) -> tuple[str, ...]:
        """The keys that do `spec` now: the file's, else the defaults."""
        return self.keys.get(spec.name, tuple(spec.key_list))

    def textual(self) -> dict[str, str]:
        """The Textual keymap (binding id -> keys) for the actions the file changed."""
        specs = {spec.name: spec for spec in all_keys()}
        return {specs[name].binding_id: ",".join(keys) for name, keys in self.keys.items()}


def known_names() -> dict[str, str]:
    """Action name -> binding id, e.g. 'next' -> 'intervisie.next'."""
    return {spec.name: spec.binding_id for spec in all_keys()}


def key_name(key: str) -> str:
    """The name Textual gives a key: '+' -> 'plus', '?' -> 'question_mark', 'f5' -> 'f5'."""
    (binding,) = Binding.make_bindings([Binding(key, "noop")])
    return binding.key


@cache
def textual_key_names() -> frozenset[str]:
    """Every named key Textual reports (its Keys table) and the names of typable signs."""
    signs = {key_name(sign) for sign in string.punctuation if sign != ","}  # "," separates
    return frozenset({key.value for key in Keys} | signs | {"space"})


@cache
def reserved_keys() -> frozenset[str]:
    """Keys Textual itself binds on every app and screen (quit, copy, focus moves)."""
    found: set[str] = set()
    for binding in Binding.make_bindings([*App.BINDINGS, *Screen.BINDINGS]):
        found.update(key.strip() for key in binding.key.split(","))
    return frozenset(found)


def is_known_key(key: str) -> bool:
    """True for a key Textual can report: a typable character, a named key, with modifiers."""
    names = textual_key_names()
    if len(key) == 1:
        return key.isprintable() and not key.isspace()
    if key in names:
        return True
    modifiers, plus, base = key.rpartition("+")
    return bool(
        plus
        and modifiers
        and all(part in MODIFIERS for part in modifiers.split("+"))
        and (base in names or (len(base) == 1 and base.isalnum()))
    )


def closest_key(key: str) -> str | None:
    """The known key name nearest to a mistyped one ('PageDown' -> 'pagedown')."""
    close = difflib.get_close_matches(key.lower(), sorted(textual_key_names()), n=1)
    return close[0] if close else None


def parse_keymap(path: Path, text: str) -> Keymap:
    """The keys the file sets, each mistake located; a mistaken line keeps the defaults."""
    # Only a chair with a keys.yaml pays for the YAML parser at start-up.
    from intervisie_tui.chair_yaml import Located, compose_mapping

    pairs = compose_mapping(text, Msg("keys.not_mapping"))
    if isinstance(pairs, Located):
        problem = KeymapProblem(path, pairs.line, pairs.col, pairs.message, whole_file=True)
        return _unread(problem)
    return _resolve(path, pairs)


def _unread(problem: KeymapProblem) -> Keymap:
    return Keymap(problems=(problem,))


def _resolve(path: Path, pairs: Pairs) -> Keymap:
    """Check each 'action: keys' line, then give back lines whose keys another action holds."""
    import yaml

    from intervisie_tui.chair_yaml import entries
    from intervisie_tui.chair_yaml import position as _at

    specs = {spec.name: spec for spec in all_keys()}
    found, mistakes = entries(pairs, specs, WORDING)
    problems = [KeymapProblem(path, m.line, m.col, m.message) for m in mistakes]
    chosen: dict[str, tuple[str, ...]] = {}
    where: dict[str, tuple[int, int]] = {}
    for entry in found:
        name, value_node = entry.name, entry.value
        where[name] = entry.at
        raw = str(value_node.value) if isinstance(value_node, yaml.ScalarNode) else ""
        keys = [key.strip() for key in raw.split(",")]
        if not raw.strip() or not all(keys):
            message = Msg("keys.no_key", name=name)
            problems.append(KeymapProblem(path, *_at(value_node), message, name))
            continue
        unknown = next((key for key in keys if not is_known_key(key)), None)
        if unknown is not None:
            nearest = closest_key(unknown)
            message = (
                Msg("keys.unknown_key.close", key=unknown, close=nearest)
                if nearest
                else Msg("keys.unknown_key", key=unknown)
            )
            problems.append(KeymapProblem(path, *_at(value_node), message, name))
            continue
        reserved = next((k for k in map(key_name, keys) if k in reserved_keys()), None)
        if reserved is not None:
            message = Msg("keys.reserved", key=reserved)
            problems.append(KeymapProblem(path, *_at(value_node), message, name))
            continue
        chosen[name] = tuple(key_name(key) for key in keys)
    problems.extend(_drop_clashes(path, chosen, where, specs))
    problems.sort(key=lambda problem: (problem.line, problem.col))
    return Keymap(chosen, tuple(problems))


def _drop_clashes(
    path: Path,
    chosen: dict[str, tuple[str, ...]],
    where: Mapping[str, tuple[int, int]],
    specs: Mapping[str, KeySpec],
) -> list[KeymapProblem]:
    """While two actions share a key, the later line of the file gives up and keeps defaults.

    Judged on the keys in force at the end, so swapping two keys (next: b, back: n) is fine.
    """
    problems: list[KeymapProblem] = []
    while True:
        holder: dict[str, str] = {}
        clash: tuple[str, str, str] | None = None
        for name, spec in specs.items():
            for key in chosen.get(name, tuple(key_name(k) for k in spec.key_list)):
                if key in holder and clash is None:
                    clash = (key, holder[key], name)
                holder.setdefault(key, name)
        if clash is None:
            return problems
        key, first, second = clash
        # The action the file set, of the two; the later line if it set both.
        from_file = [name for name in (first, second) if name in chosen]
        loser = max(from_file, key=lambda name: where[name])
        other = second if loser == first else first
        del chosen[loser]
        problems.append(
            KeymapProblem(path, *where[loser], Msg("keys.clash", key=key, other=other), loser)
        )


def load_keymap(folder: Path) -> Keymap:
    """The keymap from `folder/keys.yaml`; the defaults when there is no such file."""
    path = folder / FILE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Keymap()
    except (OSError, UnicodeDecodeError) as error:
        message = Msg("keys.unreadable", error=str(error))
        return _unread(KeymapProblem(path, 1, 1, message, whole_file=True))
    return parse_keymap(path, text)
