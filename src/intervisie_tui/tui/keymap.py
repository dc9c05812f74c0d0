"""The chair's own keys: `keys.yaml` in the user config folder remaps any action.

A presenter clicker that sends Page Down, or a keyboard where + is awkward, should not stop a
chair. The file maps action names (the first column of the guide's table: next, pause, …) to
keys; a mistake is reported with file:line:col and the app starts with the default keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intervisie_tui.messages import Msg, say
from intervisie_tui.tui.keys import all_keys

FILE_NAME = "keys.yaml"


@dataclass(frozen=True)
class KeymapProblem:
    """Why the keymap file was not used, located like every other file problem."""

    path: Path
    line: int
    col: int
    message: Msg

    @property
    def located(self) -> Msg:
        """The problem with file:line:col in front, for the chair to read."""
        return Msg(
            "keymap.located", place=f"{self.path}:{self.line}:{self.col}", problem=self.message
        )

    def __str__(self) -> str:
        return say(self.located)


def known_names() -> dict[str, str]:
    """Action name -> binding id, e.g. 'next' -> 'intervisie.next'."""
    return {spec.name: spec.binding_id for spec in all_keys()}


def parse_keymap(path: Path, text: str) -> dict[str, str] | KeymapProblem:
    """The Textual keymap the file describes, or the first problem in it."""
    import yaml  # only a chair with a keys.yaml pays for the YAML parser at start-up

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        return KeymapProblem(path, line, col, Msg("keymap.not_yaml", detail=str(error.problem)))
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        return KeymapProblem(
            path,
            root.start_mark.line + 1,
            root.start_mark.column + 1,
            Msg("keymap.not_mapping"),
        )
    names = known_names()
    keymap: dict[str, str] = {}
    for key_node, value_node in root.value:
        name = str(key_node.value)
        where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if name not in names:
            known = ", ".join(sorted(names))
            return KeymapProblem(path, *where, Msg("keymap.unknown_action", name=name, known=known))
        if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
            line, col = value_node.start_mark.line + 1, value_node.start_mark.column + 1
            return KeymapProblem(path, line, col, Msg("keymap.no_key", name=name))
        keymap[names[name]] = ",".join(k.strip() for k in str(value_node.value).split(","))
    return keymap


def load_keymap(folder: Path) -> dict[str, str] | KeymapProblem:
    """The keymap from `folder/keys.yaml`; empty when there is no such file."""
    path = folder / FILE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        return KeymapProblem(path, 1, 1, Msg("keymap.unreadable", reason=str(error)))
    return parse_keymap(path, text)
