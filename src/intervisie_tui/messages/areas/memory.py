"""The remembered last group (the set-up form's prefill)."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "memory.unreadable": (
        "De vorige groep kon niet worden gelezen uit {path} ({reason}); het formulier begint leeg.",
        "The last group could not be read from {path} ({reason}); the form starts empty.",
    ),
    "memory.damaged": (
        "{path} is beschadigd ({reason}); het formulier begint leeg. Bij de volgende "
        "bijeenkomst wordt het bestand opnieuw geschreven.",
        "{path} is damaged ({reason}); the form starts empty. The file is written anew at "
        "the next meeting.",
    ),
}
