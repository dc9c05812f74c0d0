"""What the command line itself says to the chair: unknown methods, files that did not load."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "cli.unknown_method": (
        "fout: onbekende methode '{id}'.{hint} Bekend: {known}",
        "error: unknown method '{id}'.{hint} Known: {known}",
    ),
    "cli.did_you_mean": (" Bedoelde je '{id}'?", " Did you mean '{id}'?"),
    "cli.no_methods": ("geen (draai `intervisie-tui check`)", "none (run `intervisie-tui check`)"),
    "cli.failed_files": (
        "waarschuwing: {count} methodebestand(en) konden niet worden geladen ({names}); "
        "draai `intervisie-tui check` om te zien waarom",
        "warning: {count} method file(s) could not be loaded ({names}); "
        "run `intervisie-tui check` to see why",
    ),
    "cli.steps": ("{count} stappen", "{count} steps"),
    "cli.per_unit": ("{minutes} per {unit}", "{minutes} per {unit}"),
    "cli.plus": ("{before} + {repeated}", "{before} + {repeated}"),
    "cli.unknown_lang": (
        "waarschuwing: {setting} is geen bekende taal ({known}); Nederlands wordt gebruikt",
        "warning: {setting} is not a known language ({known}); using nl",
    ),
}
