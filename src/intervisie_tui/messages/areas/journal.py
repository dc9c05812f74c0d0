"""The meeting's journal: reading it back, holding it, and a disk that refuses to write it."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # Reading a journal back (each shown after file:line:col).
    "journal.not_utf8": (
        "geen geldige UTF-8-tekst",
        "not valid UTF-8 text",
    ),
    "journal.not_json": (
        "geen geldige JSON (afgebroken of met de hand bewerkt)",
        "not valid JSON (cut off or edited by hand)",
    ),
    "journal.too_deep": (
        "meer dan {depth} lagen diep genest; zo schrijft intervisie-tui nooit een regel "
        "(met de hand bewerkt of beschadigd)",
        "nested more than {depth} levels deep; intervisie-tui never writes a line like that "
        "(edited by hand or damaged)",
    ),
    "journal.not_an_event": (
        "deze regel is geen gebeurtenis (een JSON-object met een 'type')",
        "this line is not an event (a JSON object with a 'type')",
    ),
    "journal.version": (
        "journaalversie {found}, dit programma leest versie {expected}: "
        "open het met de versie van intervisie-tui die het schreef",
        "journal version {found}, this program reads version {expected}: "
        "open it with the version of intervisie-tui that wrote it",
    ),
    "journal.unknown_kind": (
        "onbekende soort gebeurtenis '{kind}' (geschreven door een nieuwere versie, of met de "
        "hand); de regel blijft staan",
        "unknown kind of event '{kind}' (written by a newer version, or by hand); the line is kept",
    ),
    "journal.method_changed": (
        "de methode in dit journaal past niet bij deze versie van intervisie-tui "
        "({count} problemen)",
        "the method in this journal does not fit this version of intervisie-tui ({count} problems)",
    ),
    "journal.bad_event": (
        "beschadigde gebeurtenis ({field}: {detail})",
        "damaged event ({field}: {detail})",
    ),
    "journal.unreadable": (
        "kan het bestand niet lezen ({reason})",
        "cannot read the file ({reason})",
    ),
    "journal.first_line_torn": (
        "de eerste regel is niet afgemaakt",
        "the first line was never finished",
    ),
    "journal.empty": (
        "leeg journaal: er is geen bijeenkomst in opgeslagen",
        "empty journal: no meeting is saved in it",
    ),
    "journal.torn_last_line": (
        "De laatste regel was half geschreven (het programma werd onderbroken) en is "
        "genegeerd; alles daarvoor is bewaard.",
        "The last line was half written (the program was interrupted) and is ignored; "
        "everything before it is kept.",
    ),
    "journal.first_not_created": (
        "de eerste regel moet het begin van de bijeenkomst zijn",
        "the first line must be the start of the meeting",
    ),
    "journal.does_not_fit": (
        "deze gebeurtenis past niet bij de bijeenkomst",
        "this event does not fit the meeting",
    ),
    # One window per meeting.
    "journal.in_use": (
        "deze bijeenkomst is al open in een ander venster (proces {pid}, sinds {since}). "
        "Ga naar dat venster, of sluit het eerst af ({path}).",
        "this meeting is already open in another window (process {pid}, since {since}). "
        "Go to that window, or close it first ({path}).",
    ),
    # A disk that refuses.
    "journal.not_saved": (
        "Let op: opslaan lukt niet ({reason}). Alles blijft in het geheugen; "
        "opnieuw proberen gaat vanzelf.",
        "Note: saving fails ({reason}). Everything stays in memory; it is retried automatically.",
    ),
    "journal.changed_on_disk": (
        "het journaal is door een ander programma veranderd; er wordt niet overheen geschreven",
        "another program changed the journal; it is not written over",
    ),
    "journal.report_not_saved": (
        "Het verslag kon niet worden opgeslagen ({reason}).",
        "The report could not be saved ({reason}).",
    ),
    # On the screens.
    "journal.ui.banner": (
        "OPSLAAN LUKT NIET ({reason}): {count} wijziging(en) alleen in het geheugen. "
        "Opnieuw proberen gaat vanzelf; bij q kun je ze elders opslaan.",
        "SAVING FAILS ({reason}): {count} change(s) only in memory. "
        "Retried automatically; on q you can save them elsewhere.",
    ),
    "journal.ui.saved_again": (
        "Opslaan lukt weer: het journaal is compleet.",
        "Saving works again: the journal is complete.",
    ),
    "journal.ui.quit_question": (
        "Stoppen zonder alles op te slaan?",
        "Quit without saving everything?",
    ),
    "journal.ui.quit_unsaved": (
        "{count} wijziging(en) staan NIET in het journaal ({reason}).",
        "{count} change(s) are NOT in the journal ({reason}).",
    ),
    "journal.ui.quit_notes": (
        "Daarbij deze notities:",
        "Among them these notes:",
    ),
    "journal.ui.quit_more": ("… en nog {count}", "… and {count} more"),
    "journal.ui.quit_keys": (
        "w = hele bijeenkomst opslaan in {here}\n"
        "t = opslaan in de tijdelijke map {temp}\n"
        "q = toch stoppen (de wijzigingen gaan verloren)\n"
        "Escape = terug naar de bijeenkomst",
        "w = save the whole meeting in {here}\n"
        "t = save it in the temporary folder {temp}\n"
        "q = quit anyway (the changes are lost)\n"
        "Escape = back to the meeting",
    ),
    "journal.ui.copy_failed": (
        "Ook daar lukt opslaan niet ({reason}). Kies een andere plek.",
        "Saving fails there too ({reason}). Choose another place.",
    ),
    "journal.ui.copy_saved": (
        "De bijeenkomst is opgeslagen in {path}\nVerslag: intervisie-tui report {path}",
        "The meeting is saved in {path}\nReport: intervisie-tui report {path}",
    ),
    "journal.ui.end_unsaved": (
        "{count} wijziging(en) staan niet in het journaal; bij q kun je ze elders opslaan.",
        "{count} change(s) are not in the journal; on q you can save them elsewhere.",
    ),
    "journal.ui.resumed_title": ("Hervat", "Resumed"),
}
