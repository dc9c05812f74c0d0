"""A whole meeting: the agenda, its items, changes during the meeting and the schedule line."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "agenda.empty": (
        "het programma is leeg: voeg minstens één onderdeel toe",
        "the agenda is empty: add at least one item",
    ),
    "agenda.case_on_part": (
        "'{id}' is een onderdeel van de bijeenkomst, geen methode voor een casus",
        "'{id}' is a part of the meeting, not a method for a case",
    ),
    "agenda.item_minutes": (
        "{minutes} minuten voor een onderdeel: geef meer dan 0 en hoogstens 300",
        "{minutes} minutes for an item: give more than 0 and at most 300",
    ),
    "agenda.needs_case": (
        "'{id}' werkt met iemands casus: vul een inbrenger in",
        "'{id}' works on someone's case: enter a case presenter",
    ),
    "agenda.no_such_item": (
        "er is geen onderdeel {number} op het programma",
        "there is no item {number} on the agenda",
    ),
    "agenda.item_started": (
        "onderdeel {number} is al begonnen; alleen een onderdeel dat nog moet komen kan weg",
        "item {number} has already started; only an item still to come can be dropped",
    ),
    "agenda.insert_before_now": (
        "een nieuw onderdeel kan alleen na het huidige onderdeel komen",
        "a new item can only come after the current one",
    ),
    "agenda.last_item": (
        "het laatste onderdeel kan niet weg: het programma zou leeg zijn",
        "the last item cannot be dropped: the agenda would be empty",
    ),
    "agenda.not_an_agenda": (
        "{path} is geen programma: een programma heeft de sleutel 'items' (zie docs/methods.md)",
        "{path} is not an agenda: an agenda has the key 'items' (see docs/methods.md)",
    ),
    "agenda.unknown_method": (
        "'{id}' staat niet in de bibliotheek{hint}",
        "'{id}' is not in the library{hint}",
    ),
    # The run screen's schedule line (agenda-ui shows it): how the meeting stands against `until`.
    "agenda.schedule.behind": (
        "loopt {minutes} min uit: einde {end}",
        "running {minutes} min late: ends {end}",
    ),
    "agenda.schedule.ahead": (
        "{minutes} min voor: einde {end}",
        "{minutes} min ahead: ends {end}",
    ),
    "agenda.schedule.on_time": ("op schema", "on schedule"),
    "agenda.schedule.no_end": ("einde {end}", "ends {end}"),
}
