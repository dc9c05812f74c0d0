"""Words about the case itself: whose it is, its question, the first step, volunteers."""

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "cases.report.case": ("Casus {number}", "Case {number}"),
    "cases.no_inbrenger_yet": (
        "er is nog geen inbrenger gekozen voor deze casus",
        "no case presenter has been chosen for this case yet",
    ),
    "cases.setup.chosen_later": (
        "(mag leeg: de groep kiest in stap {n}, {title})",
        "(may stay empty: the group chooses in step {n}, {title})",
    ),
    "cases.key.inbrenger": ("inbrenger", "presenter"),
    "cases.cmd.inbrenger": ("Inbrenger aanwijzen", "Name the case presenter"),
    "cases.cmd.inbrenger.help": (
        "Wiens casus de groep koos, met één toets",
        "Whose case the group chose, with one key",
    ),
    "cases.pick.inbrenger": (
        "Wie brengt de casus in? Eén toets kiest.",
        "Who brings the case? One key chooses.",
    ),
    "cases.pick.help": (
        "toets of Enter: kiezen · Escape: niemand kiezen",
        "key or Enter: choose · Escape: choose nobody",
    ),
    "cases.run.choose": ("inbrenger: kies met i", "case presenter: choose with i"),
    "cases.no_volunteers_round": (
        "In deze fase melden zich geen vrijwilligers.",
        "This phase has no volunteers round.",
    ),
    "cases.volunteer_twice": (
        "Iemand staat twee keer op de lijst van vrijwilligers.",
        "Someone is on the list of volunteers twice.",
    ),
    "cases.key.volunteers": ("wie wil", "volunteers"),
    "cases.cmd.volunteers": ("Vrijwilligers noteren", "Note the volunteers"),
    "cases.cmd.volunteers.help": (
        "Wie zich meldt om te spreken, in volgorde; alleen zij krijgen een beurt",
        "Who volunteers to speak, in order; only they get a turn",
    ),
    "cases.pick.volunteers": (
        "Wie wil iets zeggen? Elke toets zet iemand op de lijst of haalt hem eraf.",
        "Who wants to speak? Each key puts someone on the list or takes them off.",
    ),
    "cases.pick.volunteers_help": (
        "Enter: klaar · Escape: niets veranderen",
        "Enter: done · Escape: change nothing",
    ),
    "cases.run.no_volunteers": (
        "Nog geen vrijwilligers: noteer ze met o",
        "No volunteers yet: note them with o",
    ),
    "cases.empty_question": (
        "Een casusvraag kan niet leeg zijn.",
        "A case question cannot be empty.",
    ),
    "cases.setup.question": ("Casusvraag (mag leeg)", "Case question (may stay empty)"),
    "cases.setup.questions": (
        "Casusvraag per casus, gescheiden door |",
        "Case question per case, separated by |",
    ),
    "cases.setup.too_many_questions": (
        "{questions} casusvragen voor {cases} casussen: één vraag per casus, gescheiden door |",
        "{questions} case questions for {cases} cases: one question per case, separated by |",
    ),
    "cases.key.question": ("vraag", "question"),
    "cases.cmd.question": ("Casusvraag", "Case question"),
    "cases.cmd.question.help": (
        "De vraag van de inbrenger; blijft de hele casus in beeld",
        "The presenter's question; stays on screen for the whole case",
    ),
    "cases.key.first_step": ("eerste stap", "first step"),
    "cases.cmd.first_step": ("Eerste stap", "First step"),
    "cases.cmd.first_step.help": (
        "De eerste kleine stap van de inbrenger, voor het verslag",
        "The presenter's first small step, for the report",
    ),
    "cases.run.question": ("Vraag", "Question"),
    "cases.run.first_step": ("Eerste stap", "First step"),
    "cases.run.question_hint": ("nog geen; v = invullen", "none yet; v = fill in"),
    "cases.run.first_step_hint": ("nog niet; e = invullen", "not yet; e = fill in"),
    "cases.run.question_prompt": (
        "Casusvraag (Enter bewaart, Escape laat hem zoals hij was)",
        "Case question (Enter keeps it, Escape leaves it as it was)",
    ),
    "cases.run.first_step_prompt": (
        "Eerste kleine stap van de inbrenger (Enter bewaart, Escape annuleert)",
        "The presenter's first small step (Enter keeps it, Escape cancels)",
    ),
}
