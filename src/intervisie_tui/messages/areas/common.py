"""Words every part of the app shares."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "common.ok": ("OK", "OK"),
    "common.cancel": ("Annuleren", "Cancel"),
    # A method text without an English twin, on an English screen: shown, but marked.
    "common.in_dutch": ("{text}", "(NL) {text}"),
}
