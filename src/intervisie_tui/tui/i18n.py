"""The screens' language: the catalogue's `say()` bound to the language the chair chose.

Every sentence lives in the catalogue (`intervisie_tui.messages`); this module only remembers
which language this process speaks, so a widget writes `tr("ui.run.speaking")` or
`tr(refusal.message)` without passing the language through every constructor. Method content
(titles, rules) carries its own `_en` fields in the method file; `pick()` chooses between them.
"""

from __future__ import annotations

from intervisie_tui.messages import Lang, Msg, Value, say
from intervisie_tui.messages import pick as pick_in

_current: Lang = Lang.nl


def set_language(lang: Lang | str) -> None:
    """Switch the UI language for every string looked up from now on.

    A module-level setting instead of a parameter on every widget: there is one chair and one
    language per process, and the app sets it once before mounting any screen.
    """
    global _current
    _current = Lang(lang)


def language() -> Lang:
    """The active UI language, so widgets can pick a method's `_en` fields too."""
    return _current


def tr(message: Msg | str, /, **values: Value) -> str:
    """The catalogue's sentence for `message` in the active language, values filled in.

    An unknown key raises KeyError at once, so a typo fails a test instead of showing a blank.
    """
    return say(message, _current, **values)


def pick(dutch: str, english: str | None) -> str:
    """Choose between a method's Dutch text and its optional English twin, in the UI language."""
    return pick_in(dutch, english, _current)


__all__ = ["Lang", "language", "pick", "set_language", "tr"]
