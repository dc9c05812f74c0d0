"""What the meeting's core says when a command does not fit the moment, and its storage notices."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # refusals of the reducer (session/state.py)
    "session.one_beginning": (
        "Een journaal heeft maar één begin.",
        "A journal has only one beginning.",
    ),
    "session.plan_mismatch": (
        "Het plan past niet bij de fasen van deze bijeenkomst.",
        "The plan does not match the phases of this meeting.",
    ),
    "session.running_phase_dropped": (
        "De lopende fase kan niet vervallen.",
        "The running phase cannot be dropped.",
    ),
    "session.plan_minute": (
        "Elke fase in het plan krijgt minstens één minuut.",
        "Every phase in the plan gets at least one minute.",
    ),
    "session.already_started": ("De bijeenkomst loopt al.", "The meeting is already running."),
    "session.no_first_phase": (
        "Er is geen fase om mee te beginnen.",
        "There is no phase to begin with.",
    ),
    "session.already_paused": ("De tijd staat al stil.", "The clock is already stopped."),
    "session.already_running": ("De tijd loopt al.", "The clock is already running."),
    "session.last_phase": (
        "Dit is de laatste fase: rond af.",
        "This is the last phase: close the meeting.",
    ),
    "session.first_phase": ("Dit is de eerste fase.", "This is the first phase."),
    "session.not_optional": (
        "Alleen een optionele stap kan worden overgeslagen.",
        "Only an optional step can be skipped.",
    ),
    "session.untimed": ("Deze fase heeft geen vaste tijd.", "This phase has no set time."),
    "session.min_minute": (
        "Korter kan niet: de fase houdt minstens één minuut.",
        "It cannot be shorter: the phase keeps at least one minute.",
    ),
    "session.no_round": (
        "In deze fase is er geen beurtvolgorde.",
        "This phase has no turn order.",
    ),
    "session.no_turn": (
        "{name} heeft in deze ronde geen beurt.",
        "{name} has no turn in this round.",
    ),
    "session.not_participant": (
        "{name} staat niet op de deelnemerslijst.",
        "{name} is not on the list of participants.",
    ),
    "session.no_such_phase": ("Die fase bestaat niet.", "That phase does not exist."),
    "session.note_exists": ("Notitie {id} bestaat al.", "Note {id} already exists."),
    "session.no_such_note": ("Notitie {id} bestaat niet.", "Note {id} does not exist."),
    "session.no_such_case": ("Die casus bestaat niet.", "That case does not exist."),
    "session.finished": ("De bijeenkomst is afgesloten.", "The meeting is closed."),
    "session.not_started": (
        "De bijeenkomst is nog niet gestart.",
        "The meeting has not started yet.",
    ),
    "session.unknown_event": ("Onbekende gebeurtenis: {event}", "Unknown event: {event}"),
    # refusals of the engine (session/engine.py)
    "session.nobody_speaking": (
        "Er is nu niemand aan de beurt.",
        "Nobody has the floor right now.",
    ),
    "session.empty_note": (
        "Een lege notitie wordt niet bewaard.",
        "An empty note is not kept.",
    ),
    "session.note_emptied": (
        "Een notitie kan niet leeg worden; de oude tekst blijft.",
        "A note cannot become empty; the old text stays.",
    ),
    "session.empty_first_step": (
        "Een eerste stap kan niet leeg zijn.",
        "A first step cannot be empty.",
    ),
    "session.no_end_time": (
        "Geef een eindtijd op: tot hoe laat hebben we?",
        "Give an end time: until when do we have?",
    ),
    # storage notices (the meeting goes on in memory)
}
