"""Words every part of the app shares."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "common.ok": ("OK", "OK"),
    "common.cancel": ("Annuleren", "Cancel"),
}
