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
    "cli.check.summary": (
        "{files} bestand(en) gecontroleerd, {methods} methode(n) bruikbaar: {errors} fout(en), "
        "{warnings} waarschuwing(en)",
        "{files} file(s) checked, {methods} method(s) usable: {errors} error(s), "
        "{warnings} warning(s)",
    ),
    "cli.check.settings": (
        "{count} instellingenbestand(en) gecontroleerd: {errors} fout(en)",
        "{count} settings file(s) checked: {errors} error(s)",
    ),
    "cli.check.keymaps": (
        "{count} toetsenbestand(en) gecontroleerd: {errors} fout(en)",
        "{count} key map(s) checked: {errors} error(s)",
    ),
    "cli.check.no_files": (
        "fout: daar staan geen methodebestanden (*.yaml)",
        "error: no method files (*.yaml) found there",
    ),
    "cli.watch.library": ("de hele bibliotheek", "the whole library"),
    "cli.watch.start": (
        "Controleert {paths} opnieuw bij elke wijziging; Ctrl-C stopt.",
        "Checking {paths} again at every change; Ctrl-C stops.",
    ),
    "cli.watch.changed": (
        "{time} gewijzigd: {names}; opnieuw gecontroleerd:",
        "{time} changed: {names}; checked again:",
    ),
    "cli.watch.stopped": ("Gestopt.", "Stopped."),
    "cli.steps": ("{count} stappen", "{count} steps"),
    "cli.per_unit": ("{minutes} per {unit}", "{minutes} per {unit}"),
    "cli.plus": ("{before} + {repeated}", "{before} + {repeated}"),
    "cli.unknown_lang": (
        "waarschuwing: {setting} is geen bekende taal ({known}); Nederlands wordt gebruikt",
        "warning: {setting} is not a known language ({known}); using nl",
    ),
}
