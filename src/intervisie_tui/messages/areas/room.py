"""The room view: the browser page the room and remote participants see, and `mirror`'s lines.

The page reuses the run screen's words (ui.run.*) for what both show, so the wall and the
browser say the same thing; the keys here are what only the room view says.
"""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # the page
    "room.page_title": ("Intervisie · kamerweergave", "Intervision · room view"),
    "room.waiting": ("Wacht op de bijeenkomst…", "Waiting for the meeting…"),
    "room.ready": ("De bijeenkomst begint zo.", "The meeting is about to begin."),
    "room.finished": (
        "De bijeenkomst is afgerond. Dank je wel!",
        "The meeting is over. Thank you!",
    ),
    "room.offline": (
        "Verbinding weg: opnieuw verbinden…",
        "Connection lost: reconnecting…",
    ),
    "room.damaged": (
        "Het journaal is beschadigd vanaf regel {line}: dit is de stand daarvoor.",
        "The journal is damaged from line {line} on: this is how things stood before it.",
    ),
    "room.forbidden": (
        "Geen toegang: open de link of QR-code die de voorzitter toont.",
        "No access: open the link or QR code the chair shows.",
    ),
    "room.not_found": ("Hier is niets.", "Nothing here."),
    "room.sound_on": ("Geluid aan", "Sound on"),
    "room.sound_hint": (
        "De browser speelt pas geluid na een klik.",
        "The browser plays sound only after a click.",
    ),
    # the command line (`intervisie-tui mirror`)
    "room.cli.serving": ("Kamerweergave: {url}", "Room view: {url}"),
    "room.cli.follows": ("Volgt: {what}", "Follows: {what}"),
    "room.cli.newest": (
        "de nieuwste bijeenkomst in {folder}",
        "the newest meeting in {folder}",
    ),
    "room.cli.local": (
        "Alleen op deze computer. Telefoons of een tweede laptop: start met --lan.",
        "This computer only. For phones or a second laptop: start with --lan.",
    ),
    "room.cli.lan": (
        "Op het netwerk: wie deze link heeft, kijkt mee. Deel hem alleen met de groep.",
        "On the network: whoever has this link can watch. Share it with the group only.",
    ),
    "room.cli.notes": (
        "De notities van de flip-over zijn te zien (--notes).",
        "The flip-over notes are shown (--notes).",
    ),
    "room.cli.sound": (
        'De pagina speelt de gong (--sound): klik daar één keer op "Geluid aan".',
        'The page plays the chime (--sound): click "Sound on" there once.',
    ),
    "room.cli.stop": ("Stoppen: Ctrl+C", "Stop: Ctrl+C"),
    "room.cli.stopped": ("Kamerweergave gestopt.", "Room view stopped."),
    "room.cli.no_qr": (
        "(deze terminal kan de QR-code niet tekenen: typ de link over)",
        "(this terminal cannot draw the QR code: type the link instead)",
    ),
    "room.cli.cannot_listen": (
        "kan niet luisteren op {host}:{port}: {reason}. Kies een andere poort met --port.",
        "cannot listen on {host}:{port}: {reason}. Choose another port with --port.",
    ),
    "room.cli.no_token_file": (
        "kan de toegangscode niet bewaren in {path}: {reason}. Deze keer geldt een nieuwe code.",
        "cannot keep the access code in {path}: {reason}. A new code holds this time.",
    ),
    # beside the meeting (`run --mirror`, `resume --mirror`): the key and its dialog
    "ui.key.room": ("zaal", "room"),
    "ui.cmd.room": ("Kamerweergave: link", "Room view: link"),
    "ui.cmd.room.help": (
        "De link (en met --lan de QR-code) van de webpagina voor de zaal",
        "The link (and with --lan the QR code) of the web page for the room",
    ),
    "room.link.title": ("Kamerweergave", "Room view"),
    "room.link.close": ("Enter of Esc sluit", "Enter or Esc closes"),
    "room.link.none": (
        "Geen kamerweergave: start de bijeenkomst met --mirror, of start `intervisie-tui "
        "mirror` in een tweede terminal.",
        "No room view: start the meeting with --mirror, or run `intervisie-tui mirror` in a "
        "second terminal.",
    ),
    "room.link.starting": ("De kamerweergave start…", "The room view is starting…"),
    "room.link.stops": (
        "Stopt als je de bijeenkomst afsluit.",
        "Stops when you close the meeting.",
    ),
    "room.cli.journal_gone": (
        "{path} is weg; de weergave wacht tot het er weer is.",
        "{path} is gone; the view waits until it is back.",
    ),
}
