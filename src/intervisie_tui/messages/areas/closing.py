"""The keys of the last screen of a meeting or rehearsal (tui/screens/closing.py)."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "closing.key.back": ("terug", "back"),
    "closing.cmd.back": ("Terug", "Back"),
    "closing.cmd.back.help": (
        "Terug naar waar je begon (de bibliotheek of de groepen); alles is afgerond",
        "Back to where you started (the library or the groups); everything is closed",
    ),
    "closing.key.quit": ("stop", "quit"),
    "closing.cmd.quit": ("Stoppen", "Quit"),
    "closing.cmd.quit.help": (
        "Het programma sluiten; alles is afgerond",
        "Close the program; everything is closed",
    ),
    "closing.cmd.share": ("Delen met de groep", "Share with the group"),
    "closing.cmd.share.help": (
        "De uitkomst van deze oefening in de map van de groep zetten (alleen met d)",
        "Put this rehearsal's results in the group's folder (only with d)",
    ),
}
