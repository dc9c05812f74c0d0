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
        "toets of Enter: wisselt afwezig/aanwezig · Esc: niets veranderen\n"
        "+: iemand die niet op de lijst stond erbij",
        "key or Enter: switches absent/present · Esc: change nothing\n"
        "+: add someone who was not on the list",
    ),
    "ui.presence.new_name": (
        "naam van wie erbij komt, Enter voegt toe",
        "name of who joins, Enter adds",
    ),
    "ui.presence.now_joined": (
        "{name} hoort vanaf nu bij de kring",
        "{name} is part of the circle from now on",
    ),
    "ui.presence.empty": ("typ eerst een naam", "type a name first"),
    "ui.presence.comma": (
        "'{name}': één naam per keer, zonder komma",
        "'{name}': one name at a time, without a comma",
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
    # The agenda editor (screens/agenda.py and agenda_item.py).
    "ui.key.agenda": ("programma", "agenda"),
    "ui.cmd.agenda": ("Programma voorbereiden", "Prepare an agenda"),
    "ui.cmd.agenda.help": (
        "Een hele bijeenkomst: opening, casussen met elk een methode, pauze, afsluiting",
        "A whole meeting: opening, cases each with a method, a break, closing",
    ),
    "ui.key.agenda_add": ("toevoegen", "add"),
    "ui.cmd.agenda_add": ("Onderdeel toevoegen", "Add an item"),
    "ui.cmd.agenda_add.help": (
        "Een casus, pauze of ander onderdeel na het gekozen onderdeel",
        "A case, a break or another item after the highlighted one",
    ),
    "ui.key.agenda_remove": ("weg", "remove"),
    "ui.cmd.agenda_remove": ("Onderdeel weghalen", "Remove the item"),
    "ui.cmd.agenda_remove.help": (
        "Haal het gekozen onderdeel van het programma",
        "Take the highlighted item off the agenda",
    ),
    "ui.key.agenda_up": ("omhoog", "up"),
    "ui.cmd.agenda_up": ("Onderdeel eerder", "Item earlier"),
    "ui.cmd.agenda_up.help": ("Zet het onderdeel één plek eerder", "Move the item one place up"),
    "ui.key.agenda_down": ("omlaag", "down"),
    "ui.cmd.agenda_down": ("Onderdeel later", "Item later"),
    "ui.cmd.agenda_down.help": (
        "Zet het onderdeel één plek later",
        "Move the item one place down",
    ),
    "ui.agenda.title": ("Programma voorbereiden", "Prepare the agenda"),
    "ui.agenda.items": ("Programma", "Agenda"),
    "ui.agenda.case": ("Casus", "Case"),
    "ui.agenda.no_method": ("(methode? Enter)", "(method? Enter)"),
    "ui.agenda.total": ("{minutes} min, einde {end}", "{minutes} min, ends {end}"),
    # an example, not a value: "16:30" alone in the empty field read as filled in
    "ui.agenda.until_example": ("bijv. 16:30", "e.g. 16:30"),
    "ui.agenda.fits": ("past in {available} min", "fits in {available} min"),
    "ui.agenda.too_long": (
        "te lang voor {available} min: wordt ingekort",
        "too long for {available} min: it will be shortened",
    ),
    "ui.agenda.part_hint": (
        "Enter: minuten · a: toevoegen · x: weg · u/d: omhoog/omlaag · ctrl+s: starten",
        "Enter: minutes · a: add · x: remove · u/d: up/down · ctrl+s: start",
    ),
    "ui.agenda.suggested": ("Past het best bij deze casus:", "Suits this case best:"),
    "ui.agenda.remembered": (
        "Het programma van vorige keer staat klaar; pas het aan of start.",
        "Last time's agenda is ready; change it or start.",
    ),
    "ui.agenda.add_title": ("Wat komt erbij?", "What do you add?"),
    "ui.agenda.add_hint": (
        "cijfer of Enter: toevoegen na het gekozen onderdeel · Esc: niets",
        "digit or Enter: add after the highlighted item · Esc: nothing",
    ),
    "ui.agenda.case_title": ("Casus invullen", "Fill in the case"),
    "ui.agenda.inbrenger": ("Wie brengt de casus in?", "Who brings the case?"),
    "ui.agenda.question": ("Casusvraag", "Case question"),
    "ui.agenda.kind": ("Soort vraag", "Kind of question"),
    "ui.agenda.kind_unknown": ("(nog niet gezegd)", "(not said yet)"),
    "ui.agenda.methods": (
        "Methode (✓ past bij de vraag, de tijd en de groep)",
        "Method (✓ suits the question, the time and the group)",
    ),
    "ui.agenda.case_hint": (
        "Tab: volgend veld · Enter op een methode of ctrl+s: kiezen · Esc: niets veranderen",
        "Tab: next field · Enter on a method or ctrl+s: choose it · Esc: change nothing",
    ),
    "ui.agenda.minutes": (
        "Minuten (leeg: {minutes} uit het bestand)",
        "Minutes (empty: {minutes} from the file)",
    ),
    "ui.agenda.bad_minutes": (
        "'{text}' is geen aantal minuten: typ een getal van 1 tot 300",
        "'{text}' is not a number of minutes: type a number from 1 to 300",
    ),
    "ui.agenda.empty": (
        "het programma is leeg: voeg met a een onderdeel toe",
        "the agenda is empty: add an item with a",
    ),
    "ui.agenda.choose_method": (
        "kies een methode voor onderdeel {number} (Enter op de casus)",
        "choose a method for item {number} (Enter on the case)",
    ),
    "ui.agenda.needs_inbrenger": (
        "onderdeel {number}: wie brengt de casus in? (Enter op de casus)",
        "item {number}: who brings the case? (Enter on the case)",
    ),
    "ui.agenda.inner": (
        "Binnengroep (alleen bij een methode met binnen- en buitengroep)",
        "Inner group (only for a method with an inner and an outer group)",
    ),
    # The run screen during an agenda (widgets/agenda_line.py, screens/run_agenda.py).
    "ui.agenda.run.item": ("Onderdeel {n} van {m}", "Item {n} of {m}"),
    "ui.agenda.run.added": (
        "{title} komt na dit onderdeel; het plan is opnieuw ingedeeld",
        "{title} comes after this item; the plan has been fitted again",
    ),
    "ui.agenda.run.no_break": (
        "de bibliotheek heeft geen pauze (een bestand met part: break)",
        "the library has no break (a file with part: break)",
    ),
    "ui.agenda.run.nothing_to_drop": (
        "er komt geen onderdeel meer dat kan vervallen",
        "no item is still to come that could be dropped",
    ),
    "ui.agenda.run.drop_title": ("Welk onderdeel vervalt?", "Which item is dropped?"),
    "ui.agenda.run.drop_hint": (
        "toets of Enter: kiezen (daarna bevestigen) · Esc: niets",
        "key or Enter: choose (then confirm) · Esc: nothing",
    ),
    "ui.agenda.run.drop_question": ("{item} laten vervallen?", "Drop {item}?"),
    "ui.agenda.run.drop_explain": (
        "Het vervalt en de tijd gaat naar wat nog komt; het verslag noemt het als vervallen.",
        "It is dropped and its time goes to what is still to come; the report lists it as dropped.",
    ),
    "ui.key.add_case": ("casus", "case"),
    "ui.cmd.add_case": ("Casus toevoegen", "Add a case"),
    "ui.cmd.add_case.help": (
        "Een casus na dit onderdeel, met een methode uit de voorstellen; het plan past zich aan",
        "A case after this item, its method from the suggestions; the plan re-fits",
    ),
    "ui.key.add_break": ("pauze+", "break"),
    "ui.cmd.add_break": ("Pauze toevoegen", "Add a break"),
    "ui.cmd.add_break.help": (
        "Een pauze na dit onderdeel; Enter neemt de minuten van de pauze",
        "A break after this item; Enter takes the break's own minutes",
    ),
    "ui.key.drop_item": ("vervalt", "drop"),
    "ui.cmd.drop_item": ("Onderdeel laten vervallen", "Drop an item"),
    "ui.cmd.drop_item.help": (
        "Kies een onderdeel dat nog moet komen; na bevestigen past het plan zich aan",
        "Choose an item still to come; once confirmed the plan re-fits",
    ),
}
