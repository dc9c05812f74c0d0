"""What the app says about the chair's own keys (keys.yaml in the config folder)."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "keys.not_mapping": (
        "schrijf per regel 'handeling: toets', bijvoorbeeld 'next: pagedown'",
        "write one 'action: key' per line, e.g. 'next: pagedown'",
    ),
    "keys.unreadable": ("kan het bestand niet lezen: {error}", "cannot read the file: {error}"),
    "keys.unknown_action": (
        "onbekende handeling '{name}' (bekend: {known})",
        "unknown action '{name}' (known: {known})",
    ),
    "keys.unknown_action.close": (
        "onbekende handeling '{name}'; bedoel je '{close}'?",
        "unknown action '{name}'; did you mean '{close}'?",
    ),
    "keys.twice": (
        "'{name}' staat al op regel {line}; deze regel telt niet",
        "'{name}' is already set on line {line}; this line is left out",
    ),
    "keys.no_key": (
        "geef '{name}' een toets, bijvoorbeeld '{name}: f5'",
        "give '{name}' a key, e.g. '{name}: f5'",
    ),
    "keys.unknown_key": (
        "'{key}' is geen toets die het programma kent (namen als pagedown, f5, ctrl+n, plus)",
        "'{key}' is not a key the app knows (names like pagedown, f5, ctrl+n, plus)",
    ),
    "keys.unknown_key.close": (
        "'{key}' is geen toets die het programma kent; bedoel je '{close}'?",
        "'{key}' is not a key the app knows; did you mean '{close}'?",
    ),
    "keys.reserved": (
        "'{key}' is een vaste toets van het programma",
        "'{key}' is one of the app's fixed keys",
    ),
    "keys.clash": (
        "'{key}' is al de toets van '{other}'",
        "'{key}' is already the key of '{other}'",
    ),
    "keys.fallback.one": (
        "'{name}' houdt de standaardtoetsen: {keys}",
        "'{name}' keeps its default keys: {keys}",
    ),
    "keys.fallback.all": ("alle standaardtoetsen in gebruik", "all default keys in use"),
}
