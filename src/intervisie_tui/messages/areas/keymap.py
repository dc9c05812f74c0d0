"""What the app says about the chair's own keys file (keys.yaml) when it cannot use it."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "keymap.located": ("{place}: {problem}", "{place}: {problem}"),
    "keymap.not_yaml": ("geen geldige YAML: {detail}", "not valid YAML: {detail}"),
    "keymap.not_mapping": (
        "schrijf per regel één 'actie: toets', bijvoorbeeld 'next: pagedown'",
        "write one 'action: key' per line, e.g. 'next: pagedown'",
    ),
    "keymap.unknown_action": (
        "onbekende actie '{name}' (bekend: {known})",
        "unknown action '{name}' (known: {known})",
    ),
    "keymap.no_key": (
        "geef '{name}' een toets, bijvoorbeeld '{name}: f5'",
        "give '{name}' a key, e.g. '{name}: f5'",
    ),
    "keymap.unreadable": (
        "kan het bestand niet lezen: {reason}",
        "cannot read the file: {reason}",
    ),
}
