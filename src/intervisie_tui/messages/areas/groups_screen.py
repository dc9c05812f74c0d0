"""The keys of the groups screen (tui/screens/groups.py), for its footer, help and palette."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "groups.cmd.rehearse": ("Oefenen voor de groep", "Rehearse for the group"),
    "groups.cmd.rehearse.help": (
        "De volgende voorzitter van deze groep oefent een methode; de nabespreking biedt aan "
        "de uitkomst met de groep te delen",
        "The group's next chair rehearses a method; the debrief offers to share the results "
        "with the group",
    ),
    "groups.cmd.back": ("Terug naar de methoden", "Back to the methods"),
    "groups.cmd.back.help": ("De bibliotheek weer in beeld", "The method library again"),
    "groups.cmd.next": ("Volgende groep", "Next group"),
    "groups.cmd.next.help": (
        "Het traject van de groep eronder",
        "The trajectory of the next group",
    ),
    "groups.cmd.previous": ("Vorige groep", "Previous group"),
    "groups.cmd.previous.help": (
        "Het traject van de groep erboven",
        "The trajectory of the previous group",
    ),
}
