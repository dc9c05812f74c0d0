"""What the opening shows the group besides its own texts: last time's first steps."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "opening.look_back": ("Vorige keer", "Last time"),
    "opening.look_back_question": (
        "Wat heb je gedaan met je eerste stap?",
        "What did you do with your first step?",
    ),
}
