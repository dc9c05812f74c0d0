"""The chair's side of the meeting as a whole: who is here, the agenda, the schedule."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "ui.key.presence": ("wie", "who"),
    "ui.cmd.presence": ("Afwezig of aanwezig", "Absent or arrived"),
    "ui.cmd.presence.help": (
        "Iemand gaat weg of komt binnen: kies de naam, de rondes passen zich meteen aan",
        "Someone leaves or arrives: pick the name, the rounds adapt at once",
    ),
    "ui.presence.title": ("Wie is er weg, wie komt er binnen?", "Who left, who arrived?"),
    "ui.presence.absent": ("afwezig", "absent"),
    "ui.presence.hint": (
        "toets of Enter: wisselt afwezig/aanwezig · Esc: niets veranderen",
        "key or Enter: switches absent/present · Esc: change nothing",
    ),
    "ui.presence.now_absent": (
        "{name} is afwezig: slaat de rondes over",
        "{name} is absent: left out of the rounds",
    ),
    "ui.presence.now_present": (
        "{name} is er weer: doet weer mee in de rondes",
        "{name} is back: in the rounds again",
    ),
    "memory.reason.items": (
        "de onderdelen van het programma kloppen niet",
        "the agenda's items are not as expected",
    ),
}
