"""The remembered last group (the set-up form's prefill)."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "memory.unreadable": (
        "De vorige groep kon niet worden gelezen uit {path} ({reason}); het formulier begint leeg.",
        "The last group could not be read from {path} ({reason}); the form starts empty.",
    ),
    "memory.reason.too_large": ("groter dan {limit} bytes", "larger than {limit} bytes"),
    "memory.reason.not_json": ("geen geldige JSON", "not valid JSON"),
    "memory.reason.not_object": ("geen JSON-object", "not a JSON object"),
    "memory.reason.names": (
        "namen moeten een lijst van teksten zijn",
        "names must be a list of texts",
    ),
    "memory.damaged": (
        "{path} is beschadigd ({reason}); het formulier begint leeg. Bij de volgende "
        "bijeenkomst wordt het bestand opnieuw geschreven.",
        "{path} is damaged ({reason}); the form starts empty. The file is written anew at "
        "the next meeting.",
    ),
}
