"""What the end screen of a finished meeting says about where its files are."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "end.folder": ("Alles staat in de map: {folder}", "Everything is in the folder: {folder}"),
    "end.reflections": (
        "Reflectieformulieren, één per deelnemer om in te vullen: {folder}",
        "Reflection sheets, one per participant to fill in: {folder}",
    ),
}
