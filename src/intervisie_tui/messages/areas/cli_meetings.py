"""`intervisie-tui report` and `intervisie-tui resume` on the command line."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "cli.meetings.none_saved": (
        "Er zijn nog geen bijeenkomsten opgeslagen in {folder}. "
        "Start er een met: intervisie-tui run METHODE",
        "No meetings are saved in {folder} yet. Start one with: intervisie-tui run METHOD",
    ),
    "cli.meetings.ambiguous": (
        "'{name}' past bij meer dan één bijeenkomst; maak de naam langer. Recent: {recent}",
        "'{name}' matches more than one meeting; give more of the name. Recent: {recent}",
    ),
    "cli.meetings.not_found": (
        "Geen bijeenkomst '{name}' gevonden in {folder}. Recent: {recent}",
        "No meeting '{name}' found in {folder}. Recent: {recent}",
    ),
    "cli.meetings.note": ("Let op", "Note"),
    "cli.meetings.report_stops": (
        "Let op: dit verslag stopt bij {where}, waar het journaal beschadigd is ({problem}). "
        "Alles daarvoor staat hierboven.",
        "Note: this report stops at {where}, where the journal is damaged ({problem}). "
        "Everything before it is above.",
    ),
    "cli.meetings.printed_before": (
        "het verslag hierboven bevat alles tot regel {line}; de regel blijft in het bestand "
        "staan (herstel of verwijder hem met een teksteditor om verder te kunnen)",
        "the report above holds everything up to line {line}; that line stays in the file "
        "(repair or delete it in a text editor to go on)",
    ),
    "cli.meetings.unreadable": ("ONLEESBAAR", "UNREADABLE"),
    "cli.meetings.damaged": ("BESCHADIGD", "DAMAGED"),
    "cli.meetings.phase": (
        "fase {n}/{m}: {title} (notities: {notes})",
        "phase {n}/{m}: {title} (notes: {notes})",
    ),
    "cli.meetings.case_of": ("{method} met {names}", "{method} with {names}"),
    "cli.meetings.salvaged": (
        "gered: {events} gebeurtenissen tot de beschadiging; lees ze met",
        "saved: {events} events up to the damage; read them with",
    ),
    "cli.meetings.group": ("groep: {name}", "group: {name}"),
    "cli.meetings.open_elsewhere": (
        "(nu open in een ander venster, proces {pid})",
        "(open in another window now, process {pid})",
    ),
    "cli.meetings.already_finished": (
        "bijeenkomst {id} is al afgerond; het verslag: intervisie-tui report {id}",
        "meeting {id} is already finished; its report: intervisie-tui report {id}",
    ),
    "cli.meetings.cannot_continue": (
        "deze bijeenkomst kan niet verder:",
        "this meeting cannot be continued:",
    ),
    "cli.meetings.nothing": (
        "er is geen onafgeronde bijeenkomst in {folder}. "
        "Start een nieuwe met: intervisie-tui run METHODE",
        "there is no unfinished meeting in {folder}. "
        "Start a new one with: intervisie-tui run METHOD",
    ),
    "cli.meetings.choose": (
        "Onafgeronde bijeenkomsten in {folder} (nieuwste eerst):",
        "Unfinished meetings in {folder} (newest first):",
    ),
    "cli.meetings.how": (
        "Ga verder met één ervan: intervisie-tui resume ID",
        "Continue one of them with: intervisie-tui resume ID",
    ),
}
