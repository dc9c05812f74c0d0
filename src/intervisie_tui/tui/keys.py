"""The chair's keys: one table that feeds the bindings, the footer, the palette and the help.

Keeping the keys in one table means the footer, the command palette, the help screen and the
chair's guide cannot disagree about what a key does; a test checks the guide against it.
Every binding gets an id (``intervisie.<name>``) so a chair can remap it with a Textual keymap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from textual.binding import ActiveBinding, Binding, BindingType
from textual.keys import format_key

from intervisie_tui.messages import catalogue
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
    #: False for keys a chair uses a few times a meeting, or only in some phases (the screen
    #: then says which key applies): the footer must hold the others at 100 columns; these
    #: are in the help (?) and the command palette.
    in_footer: bool = True

    @property
    def binding_id(self) -> str:
        """The id a keymap uses to remap this key."""
        return f"intervisie.{self.name}"

    @property
    def key_list(self) -> list[str]:
        """The individual keys, e.g. ['n', 'right']."""
        return [key.strip() for key in self.keys.split(",")]

    def binding(self) -> Binding:
        """The Textual binding; its description is the catalogue key, said when shown (`said`)."""
        return Binding(
            self.keys,
            self.action,
            self.footer,
            key_display=footer_key(self),
            id=self.binding_id,
            priority=self.priority,
            show=self.in_footer,
        )


#: Space: one key that pauses or resumes; the footer names the one it will do (keys.said).
PAUSE_KEY = KeySpec("pause", "space", "toggle_pause", "ui.key.pause", "ui.cmd.pause")

RUN_KEYS: tuple[KeySpec, ...] = (
    PAUSE_KEY,
    KeySpec("next", "n,right", "next_phase", "ui.key.next", "ui.cmd.next"),
    KeySpec("back", "b,left", "previous_phase", "ui.key.back", "ui.cmd.back"),
    KeySpec("plus", "plus", "add_minute", "ui.key.plus", "ui.cmd.plus"),
    KeySpec("minus", "minus", "remove_minute", "ui.key.minus", "ui.cmd.minus"),
    KeySpec("turn", "t", "next_turn", "ui.key.turn", "ui.cmd.turn"),
    KeySpec("skip", "s", "skip_person", "ui.key.skip", "ui.cmd.skip"),
    KeySpec("note", "a", "add_note", "ui.key.note", "ui.cmd.note"),
    KeySpec(
        "inbrenger",
        "i",
        "choose_inbrenger",
        "cases.key.inbrenger",
        "cases.cmd.inbrenger",
        in_footer=False,
    ),
    KeySpec(
        "volunteers",
        "o",
        "note_volunteers",
        "cases.key.volunteers",
        "cases.cmd.volunteers",
        in_footer=False,
    ),
    KeySpec(
        "question",
        "v",
        "case_question",
        "cases.key.question",
        "cases.cmd.question",
        in_footer=False,
    ),
    KeySpec(
        "first_step",
        "e",
        "first_step",
        "cases.key.first_step",
        "cases.cmd.first_step",
        in_footer=False,
    ),
    KeySpec("hide", "h", "toggle_chair_panel", "ui.key.hide", "ui.cmd.hide"),
    KeySpec("mute", "m", "toggle_mute", "ui.key.mute", "ui.cmd.mute"),
    KeySpec("presence", "w", "presence", "ui.key.presence", "ui.cmd.presence", in_footer=False),
    KeySpec("info", "u", "show_description", "ui.key.info", "ui.cmd.info"),
    KeySpec(
        "chair_down",
        "down",
        "scroll_chair(1)",
        "ui.key.chair_down",
        "ui.cmd.chair_down",
        in_footer=False,
    ),
    KeySpec(
        "chair_up", "up", "scroll_chair(-1)", "ui.key.chair_up", "ui.cmd.chair_up", in_footer=False
    ),
    KeySpec("footer", "f", "toggle_footer", "ui.key.footer", "ui.cmd.footer"),
    KeySpec("wall_page", "r", "page_wall", "ui.key.wall_page", "ui.cmd.wall_page", in_footer=False),
    KeySpec("add_case", "c", "add_case", "ui.key.add_case", "ui.cmd.add_case", in_footer=False),
    KeySpec("add_break", "k", "add_break", "ui.key.add_break", "ui.cmd.add_break", in_footer=False),
    KeySpec("drop_item", "x", "drop_item", "ui.key.drop_item", "ui.cmd.drop_item", in_footer=False),
)

APP_KEYS: tuple[KeySpec, ...] = (
    KeySpec("help", "question_mark", "help", "ui.key.help", "ui.cmd.help"),
    KeySpec("quit", "q", "request_quit", "ui.key.quit", "ui.cmd.quit"),
    KeySpec("theme", "l", "toggle_theme", "ui.key.theme", "ui.cmd.theme", in_footer=False),
)

#: The room view's link, on every screen; listed only when a room view runs beside the
#: meeting (`run --mirror`), and without one the key says how to start it.
ROOM_KEY = KeySpec("room", "z", "show_room", "ui.key.room", "ui.cmd.room", in_footer=False)

LIBRARY_KEYS: tuple[KeySpec, ...] = (
    KeySpec("search", "slash", "focus_filter", "ui.key.filter", "ui.cmd.search"),
    KeySpec("rehearse", "o", "rehearse", "ui.key.rehearse", "ui.cmd.rehearse"),
    KeySpec("groups", "g", "groups", "ui.key.groups", "ui.cmd.groups"),
    KeySpec("agenda", "p", "agenda", "ui.key.agenda", "ui.cmd.agenda"),
)

#: The groups screen's keys: o rehearses for the highlighted group, Escape (or q) goes back to
#: the library, ↓ and ↑ move between the groups (the list's own keys, listed in help and palette).
GROUPS_KEYS: tuple[KeySpec, ...] = (
    KeySpec("groups_rehearse", "o", "rehearse", "ui.key.rehearse", "groups.cmd.rehearse"),
    KeySpec(
        "groups_next",
        "down",
        "move_group(1)",
        "groups.cmd.next",
        "groups.cmd.next",
        in_footer=False,
    ),
    KeySpec(
        "groups_previous",
        "up",
        "move_group(-1)",
        "groups.cmd.previous",
        "groups.cmd.previous",
        in_footer=False,
    ),
    KeySpec("groups_back", "escape,q", "close", "ui.key.cancel", "groups.cmd.back"),
)

#: The agenda editor's keys, on its list of items (typing in a field never triggers them).
AGENDA_KEYS: tuple[KeySpec, ...] = (
    KeySpec("agenda_add", "a,insert", "screen.add_item", "ui.key.agenda_add", "ui.cmd.agenda_add"),
    KeySpec(
        "agenda_remove",
        "x,delete",
        "screen.remove_item",
        "ui.key.agenda_remove",
        "ui.cmd.agenda_remove",
    ),
    KeySpec("agenda_up", "u", "screen.move_up", "ui.key.agenda_up", "ui.cmd.agenda_up"),
    KeySpec("agenda_down", "d", "screen.move_down", "ui.key.agenda_down", "ui.cmd.agenda_down"),
)

#: A rehearsal's own keys, on top of the run screen's: Enter once the opening words are said,
#: i to step in on what was just said (i names the inbrenger in a meeting, never in a
#: rehearsal, where the case presenters are cast), q to stop rehearsing. First in the footer:
#: they are what a rehearsal trains. Not remappable in keys.yaml (i and q would clash there).
REHEARSAL_KEYS: tuple[KeySpec, ...] = (
    KeySpec("said", "enter", "opening_said", "rehearsal.key.said", "rehearsal.cmd.said"),
    KeySpec("intervene", "i", "intervene", "rehearsal.key.intervene", "rehearsal.cmd.intervene"),
)
#: q in a rehearsal: asks with the rehearsal's words (there is no journal to keep anything).
REHEARSAL_QUIT = KeySpec(
    "stop_rehearsal", "q", "quit_rehearsal", "rehearsal.key.quit", "rehearsal.cmd.quit"
)

#: q on a meeting's end screen or a rehearsal's debrief: back to the library or the groups
#: where the chair started it, or (started from the command line) close the app.
CLOSING_BACK = KeySpec(
    "closing_back", "q", "leave", "closing.key.back", "closing.cmd.back", priority=True
)
CLOSING_QUIT = KeySpec(
    "closing_quit", "q", "leave", "closing.key.quit", "closing.cmd.quit", priority=True
)
#: d on the debrief of a rehearsal for a group: share the results with it.
DEBRIEF_SHARE = KeySpec("share", "d", "share", "rehearsal.key.share", "closing.cmd.share")

SETUP_KEYS: tuple[KeySpec, ...] = (
    KeySpec("start", "ctrl+s", "start", "ui.key.start", "ui.cmd.start"),
    KeySpec("library", "escape", "back", "ui.key.cancel", "ui.cmd.library"),
)


def bindings(specs: Iterable[KeySpec]) -> list[BindingType]:
    """A class's BINDINGS for `specs`; the footer says them in the chair's language (`said`)."""
    return [spec.binding() for spec in specs]


def described(entry: ActiveBinding, description: str) -> ActiveBinding:
    """`entry` as the footer shows it with `description` for its word: the footer takes its
    words from the active bindings, which a screen may say differently from its BINDINGS."""
    binding = replace(entry.binding, description=description)
    return ActiveBinding(entry.node, binding, entry.enabled, entry.tooltip)


def said(
    active: Mapping[str, ActiveBinding], instead: Mapping[str, str] | None = None
) -> dict[str, ActiveBinding]:
    """`active` with each description that is a catalogue key said in the active language.

    Textual builds a class's bindings from its BINDINGS once, when the class is made, before
    the chair's language is known (and a test process runs apps in both languages). So our
    bindings carry catalogue keys, and each screen with a footer hands its
    `Screen.active_bindings` (what the footer shows) through here. `instead` maps a binding
    id to the catalogue key its footer word says for now: one key that does one of two
    things (space pauses or resumes) names the one it will do, found by id so that a key
    moved in keys.yaml says it too.
    """
    known = catalogue()
    instead = instead or {}
    shown: dict[str, ActiveBinding] = {}
    for key, entry in active.items():
        description = instead.get(entry.binding.id or "", entry.binding.description)
        if description in known:
            entry = described(entry, tr(description))
        shown[key] = entry
    return shown


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
        "enter": "⏎",
    }.get(first, first)


def display_keys(spec: KeySpec, keys: Sequence[str] | None = None) -> str:
    """The keys as a person types them, e.g. 'n / →'; `keys` when keys.yaml moved them."""
    names = {
        "space": "spatie" if language() is Lang.nl else "space",
        "right": "→",
        "left": "←",
        "down": "↓",
        "up": "↑",
        "plus": "+",
        "minus": "-",
        "question_mark": "?",
        "slash": "/",
        "escape": "esc",
        "enter": "Enter",
    }
    shown = spec.key_list if keys is None else keys
    return " / ".join(names.get(key) or format_key(key) for key in shown)


def with_app_keys(own: Sequence[KeySpec], app: Sequence[KeySpec] = APP_KEYS) -> tuple[KeySpec, ...]:
    """A screen's keys, then the app's (`app`: help, quit, theme), the screen's own taking over.

    What the help, the palette and the footer list for one screen. A screen key on an app
    key's key stands in that key's place: the rehearsal's q stops a rehearsal, so the
    meeting's q (which speaks of the journal) is not listed, and "q stop" stays last.
    """
    app_keys = {key for spec in app for key in spec.key_list}
    listed = [spec for spec in own if app_keys.isdisjoint(spec.key_list)]
    for app_spec in app:
        instead = [spec for spec in own if not set(spec.key_list).isdisjoint(app_spec.key_list)]
        listed.extend(instead or [app_spec])
    return tuple(listed)


def all_keys() -> Sequence[KeySpec]:
    """Every key of the app, in the order the help screen and the guide list them."""
    return (*RUN_KEYS, *APP_KEYS, ROOM_KEY)
