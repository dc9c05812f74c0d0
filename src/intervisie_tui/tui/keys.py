"""The chair's keys: one table that feeds the bindings, the footer, the palette and the help.

Keeping the keys in one table means the footer, the command palette, the help screen and the
chair's guide cannot disagree about what a key does; a test checks the guide against it.
Every binding gets an id (``intervisie.<name>``) so a chair can remap it with a Textual keymap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.keys import format_key

from intervisie_tui.tui.i18n import Lang, language, tr


@dataclass(frozen=True)
class KeySpec:
    """One action the chair can take, with its keys and the strings that describe it."""

    name: str
    keys: str
    action: str
    footer: str
    command: str
    priority: bool = False

    @property
    def binding_id(self) -> str:
        """The id a keymap uses to remap this key."""
        return f"intervisie.{self.name}"

    @property
    def key_list(self) -> list[str]:
        """The individual keys, e.g. ['n', 'right']."""
        return [key.strip() for key in self.keys.split(",")]

    def binding(self) -> Binding:
        """A Textual binding in the active language."""
        return Binding(
            self.keys,
            self.action,
            tr(self.footer),
            key_display=footer_key(self),
            id=self.binding_id,
            priority=self.priority,
        )


RUN_KEYS: tuple[KeySpec, ...] = (
    KeySpec("pause", "space", "toggle_pause", "ui.key.pause", "ui.cmd.pause"),
    KeySpec("next", "n,right", "next_phase", "ui.key.next", "ui.cmd.next"),
    KeySpec("back", "b,left", "previous_phase", "ui.key.back", "ui.cmd.back"),
    KeySpec("plus", "plus", "add_minute", "ui.key.plus", "ui.cmd.plus"),
    KeySpec("minus", "minus", "remove_minute", "ui.key.minus", "ui.cmd.minus"),
    KeySpec("turn", "t", "next_turn", "ui.key.turn", "ui.cmd.turn"),
    KeySpec("skip", "s", "skip_person", "ui.key.skip", "ui.cmd.skip"),
    KeySpec("note", "a", "add_note", "ui.key.note", "ui.cmd.note"),
    KeySpec("hide", "h", "toggle_chair_panel", "ui.key.hide", "ui.cmd.hide"),
    KeySpec("mute", "m", "toggle_mute", "ui.key.mute", "ui.cmd.mute"),
)

APP_KEYS: tuple[KeySpec, ...] = (
    KeySpec("help", "question_mark", "help", "ui.key.help", "ui.cmd.help"),
    KeySpec("quit", "q", "request_quit", "ui.key.quit", "ui.cmd.quit"),
)

LIBRARY_KEYS: tuple[KeySpec, ...] = (
    KeySpec("search", "slash", "focus_filter", "ui.key.filter", "ui.cmd.search"),
    KeySpec("rehearse", "o", "rehearse", "ui.key.rehearse", "ui.cmd.rehearse"),
)

SETUP_KEYS: tuple[KeySpec, ...] = (
    KeySpec("start", "ctrl+s", "start", "ui.key.start", "ui.cmd.start"),
    KeySpec("library", "escape", "back", "ui.key.cancel", "ui.cmd.library"),
)


def bindings(specs: Iterable[KeySpec]) -> list[BindingType]:
    """Bindings for `specs` in the active language (call after the language is set)."""
    return [spec.binding() for spec in specs]


def footer_key(spec: KeySpec) -> str:
    """The first key only, short: the footer must hold every key at 100 columns."""
    first = spec.key_list[0]
    return {
        "space": "␣",
        "plus": "+",
        "minus": "-",
        "question_mark": "?",
        "slash": "/",
        "escape": "esc",
    }.get(first, first)


def display_keys(spec: KeySpec, keys: Sequence[str] | None = None) -> str:
    """The keys as a person types them, e.g. 'n / →'; `keys` when keys.yaml moved them."""
    names = {
        "space": "spatie" if language() is Lang.nl else "space",
        "right": "→",
        "left": "←",
        "plus": "+",
        "minus": "-",
        "question_mark": "?",
        "slash": "/",
        "escape": "esc",
    }
    shown = spec.key_list if keys is None else keys
    return " / ".join(names.get(key) or format_key(key) for key in shown)


def all_keys() -> Sequence[KeySpec]:
    """Every key of the app, in the order the help screen and the guide list them."""
    return (*RUN_KEYS, *APP_KEYS)


def localize(node: DOMNode, specs: Iterable[KeySpec]) -> None:
    """Give `node` the bindings of `specs` in the active language.

    Class-level BINDINGS are built at import time, before the chair's language is known; adding
    the bindings per instance lets `--lang en` change the footer and the palette too. Called from
    `__init__`, so Textual applies any keymap on top as usual.
    """
    for binding in Binding.make_bindings(bindings(specs)):
        node._bindings._add_binding(binding)
