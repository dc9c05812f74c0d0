"""What the rehearsal (the speaking room, interventions, feedback, debrief) says to the chair."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # the simulated room (rehearsal/cast.py)
    "rehearsal.cast.chair": ("Jij", "You"),
    "rehearsal.cast.question": (
        "Oefencasus {number}: hoe kan ik dit beter aanpakken?",
        "Practice case {number}: how can I handle this better?",
    ),
    # the rehearsal screens (tui/rehearsal/)
    "rehearsal.banner": (
        "OEFENING · nummer {seed} · {speed}× sneller",
        "REHEARSAL · drill {seed} · {speed}× faster",
    ),
    "rehearsal.room.title": ("In de kring", "In the room"),
    "rehearsal.room.waiting": (
        "Zeg de openingswoorden hardop (spiekbriefje rechts). Druk Enter als je ze gezegd hebt: "
        "dan begint de tijd en gaat de groep praten.",
        "Say the opening words aloud (cue card on the right). Press Enter when you have said "
        "them: then the time starts and the group begins to talk.",
    ),
    "rehearsal.room.listen": (
        "breekt er een regel? i = ingrijpen",
        "a rule broken? i = intervene",
    ),
    "rehearsal.line.thinks": ("Jij (denkt)", "You (thinking)"),
    "rehearsal.cue.title": ("Spiekbriefje", "Cue card"),
    "rehearsal.cue.say": ("Zeg", "Say"),
    "rehearsal.cue.rules": ("Kondig aan", "Announce"),
    "rehearsal.cue.watch": ("Let op", "Watch for"),
    "rehearsal.cue.questions": ("Vragen die helpen", "Helpful questions"),
    "rehearsal.cue.none": ("Geen aanwijzingen voor deze fase.", "No cues for this phase."),
    "rehearsal.incident.title": ("Je grijpt in", "You intervene"),
    "rehearsal.incident.heard": ("Je hoorde:", "You heard:"),
    "rehearsal.incident.ask": ("Wat doe je?", "What do you do?"),
    "rehearsal.incident.left": (
        "Nog {seconds} s om te kiezen (1-{n})",
        "{seconds} s left to choose (1-{n})",
    ),
    "rehearsal.false_alarm": (
        "Loos alarm: dit was in orde. Grijp alleen in als er een regel breekt.",
        "False alarm: that was fine. Intervene only when a rule is broken.",
    ),
    "rehearsal.false_alarm.silence": (
        "Loos alarm: er werd niets gezegd.",
        "False alarm: nobody had said anything.",
    ),
    "rehearsal.feedback.title": ("Terugkoppeling", "Feedback"),
    "rehearsal.feedback.good": ("Goed gezien, en goed gereageerd.", "Well spotted, and well met."),
    "rehearsal.feedback.weak": (
        "Goed gezien; de reactie kan beter.",
        "Well spotted; the response could be better.",
    ),
    "rehearsal.feedback.undecided": (
        "Goed gezien, maar je koos niet binnen de tijd.",
        "Well spotted, but you did not choose in time.",
    ),
    "rehearsal.feedback.reaction": (
        "Je greep in na {seconds}.",
        "You intervened after {seconds}.",
    ),
    "rehearsal.feedback.rule": ("Regel: {rule}", "Rule: {rule}"),
    "rehearsal.feedback.yours": ("Jouw keuze: {text}", "Your choice: {text}"),
    "rehearsal.feedback.why": ("Waarom: {why}", "Why: {why}"),
    "rehearsal.feedback.better": ("Een goede voorzitter: {text}", "A good chair: {text}"),
    "rehearsal.feedback.close": ("Enter: verder", "Enter: continue"),
    "rehearsal.debrief.title": ("Nabespreking · {title}", "Debrief · {title}"),
    "rehearsal.debrief.total": (
        "Totaal {total} · opgemerkt {noticed} van {said} · loos alarm {false_alarms} · {timing}",
        "Total {total} · noticed {noticed} of {said} · false alarms {false_alarms} · {timing}",
    ),
    "rehearsal.debrief.saved": ("Bewaard: {path}", "Saved: {path}"),
    "rehearsal.debrief.not_saved": ("Niet bewaard: {problem}", "Not saved: {problem}"),
    "rehearsal.debrief.history_unreadable": (
        "{count} regel(s) van {path} konden niet gelezen worden en tellen niet mee.",
        "{count} line(s) of {path} could not be read and are left out.",
    ),
    "rehearsal.debrief.again": ("Opnieuw: {command}", "Again: {command}"),
    "rehearsal.quit.question": ("Stoppen met oefenen?", "Stop rehearsing?"),
    "rehearsal.quit.explain": (
        "Een oefening heeft geen journaal: zonder nabespreking wordt niets bewaard.",
        "A rehearsal keeps no journal: without a debrief nothing is saved.",
    ),
    "rehearsal.key.share": ("delen met groep", "share with group"),
    "rehearsal.share.offer": (
        "Delen met groep {group}? d zet de uitkomst van {name} (opgemerkt, gemist, loos alarm, "
        "tijd per fase) in de map van de groep; q sluit zonder te delen.",
        "Share with group {group}? d puts {name}'s results (noticed, missed, false alarms, time "
        "per phase) in the group's folder; q closes without sharing.",
    ),
    "rehearsal.share.offer_back": (
        "Delen met groep {group}? d zet de uitkomst van {name} (opgemerkt, gemist, loos alarm, "
        "tijd per fase) in de map van de groep; q gaat terug zonder te delen.",
        "Share with group {group}? d puts {name}'s results (noticed, missed, false alarms, time "
        "per phase) in the group's folder; q goes back without sharing.",
    ),
    "rehearsal.share.done": (
        "Gedeeld met groep {group}: {path}",
        "Shared with group {group}: {path}",
    ),
    "rehearsal.share.already": ("Deze oefenronde is al gedeeld.", "This rehearsal is shared."),
    "rehearsal.share.failed": (
        "Delen lukte niet ({path}: {reason}); de nabespreking zelf is bewaard.",
        "Sharing failed ({path}: {reason}); the debrief itself is saved.",
    ),
    "rehearsal.key.choose": ("kies", "choose"),
    "rehearsal.key.continue": ("verder", "continue"),
    "rehearsal.key.quit": ("stop", "quit"),
    "rehearsal.key.rehearse": ("oefenen", "rehearse"),
    "rehearsal.key.intervene": ("ingrijpen", "intervene"),
    "rehearsal.key.said": ("gezegd", "said it"),
    "rehearsal.cmd.said": ("Openingswoorden gezegd", "Opening words said"),
    "rehearsal.cmd.said.help": (
        "Je hebt de openingswoorden hardop gezegd: de tijd van de fase loopt en de groep praat",
        "You said the opening words aloud: the phase's time runs and the group talks",
    ),
    "rehearsal.cmd.intervene": ("Ingrijpen", "Intervene"),
    "rehearsal.cmd.intervene.help": (
        "Ingrijpen op wat net gezegd werd; op een zin die in orde was telt het als loos alarm",
        "Step in on what was just said; on a line that was fine it counts as a false alarm",
    ),
    "rehearsal.cmd.quit": ("Stoppen met oefenen", "Stop rehearsing"),
    "rehearsal.cmd.quit.help": (
        "Stoppen (j bevestigt); zonder nabespreking wordt niets bewaard",
        "Stop (y confirms); without a debrief nothing is saved",
    ),
    # the debrief file (rehearsal/debrief_text.py)
    "rehearsal.mark": ("Oefening", "Rehearsal"),
    "rehearsal.report.title": ("Oefening — {title}", "Rehearsal — {title}"),
    "rehearsal.report.note": (
        "Oefening: geen echte bijeenkomst. De deelnemers waren gesimuleerd (oefening {seed}), de "
        "tijd liep {speed}× zo snel; tijden zijn methode-tijd.",
        "Rehearsal: not a real meeting. The participants were simulated (drill {seed}), time ran "
        "{speed}× as fast; times are method time.",
    ),
    "rehearsal.md.title": ("Nabespreking oefening: {title}", "Rehearsal debrief: {title}"),
    "rehearsal.md.total": ("Totaal", "Total"),
    "rehearsal.md.noticed": ("Opgemerkt", "Noticed"),
    "rehearsal.md.noticed_count": (
        "{noticed} van {said} overtredingen ({good} goed gereageerd, {weak} zwakker, "
        "{missed} gemist)",
        "{noticed} of {said} breaches ({good} met well, {weak} weaker, {missed} missed)",
    ),
    "rehearsal.md.missed": ("Gemist", "Missed"),
    "rehearsal.md.good_answers": ("Goed gereageerd", "Met well"),
    "rehearsal.md.false_alarms": ("Loos alarm", "False alarms"),
    "rehearsal.md.reaction": ("Reactietijd", "Reaction time"),
    "rehearsal.md.timing": ("Tijdsdiscipline", "Timing discipline"),
    "rehearsal.md.on_time_count": (
        "{on_time} van {judged} fasen op tijd",
        "{on_time} of {judged} phases on time",
    ),
    "rehearsal.md.seed_label": ("Oefening nummer", "Drill"),
    "rehearsal.md.seed": (
        "{seed}, snelheid {speed}× — opnieuw: `{command}`",
        "{seed}, speed {speed}× — again: `{command}`",
    ),
    "rehearsal.md.per_rule": ("Per regel", "Per rule"),
    "rehearsal.md.rule": ("Regel", "Rule"),
    "rehearsal.md.per_rule_alarms": (
        "Een loos alarm telt mee bij elke regel die in die fase gold: een zin die in orde is, "
        "breekt er geen, dus het zegt welke regels je te streng bewaakte.",
        "A false alarm counts against every rule in force in that phase: a fine line breaks "
        "none, so it shows which rules you guarded too strictly.",
    ),
    "rehearsal.md.score": ("Score", "Score"),
    "rehearsal.md.no_breaches": (
        "Er brak niemand een regel.",
        "Nobody broke a rule.",
    ),
    "rehearsal.md.progress": ("Vooruitgang", "Progress"),
    "rehearsal.md.first_time": (
        "Je eerste oefening met deze methode op deze computer: de volgende keer zie je hier je "
        "vooruitgang.",
        "Your first rehearsal of this method on this computer: next time your progress shows here.",
    ),
    "rehearsal.md.when": ("Wanneer", "When"),
    "rehearsal.md.this_time": ("Nu", "Now"),
    "rehearsal.md.per_phase": ("Per fase", "Per phase"),
    "rehearsal.md.number": ("Nr", "No."),
    "rehearsal.md.phase": ("Fase", "Phase"),
    "rehearsal.md.for": ("Voor", "For"),
    "rehearsal.md.time": ("Tijd", "Time"),
    "rehearsal.md.on_time": ("op tijd", "on time"),
    "rehearsal.md.missed_title": (
        "Gemist of zwak: het moment en de betere reactie",
        "Missed or weak: the moment and the better response",
    ),
    "rehearsal.md.none_missed": (
        "Geen: elke overtreding die viel, zag je en beantwoordde je goed.",
        "None: every breach that came up, you saw and met well.",
    ),
    "rehearsal.md.said": ("Gezegd", "Said"),
    "rehearsal.md.scene": ("Wat er gebeurde", "What happened"),
    "rehearsal.md.your_response": ("Jij", "You"),
    "rehearsal.md.not_noticed": ("niet opgemerkt", "not noticed"),
    "rehearsal.md.noticed_after": ("opgemerkt na {seconds}:", "noticed after {seconds}:"),
    "rehearsal.md.no_choice": ("geen keuze binnen de tijd", "no choice in time"),
    "rehearsal.md.better": ("Beter", "Better"),
    "rehearsal.md.why": ("Waarom", "Why"),
    "rehearsal.md.false_alarm_intro": (
        "Hier greep je in terwijl er niets mis was:",
        "Here you intervened while nothing was wrong:",
    ),
    "rehearsal.md.no_false_alarms": (
        "Geen: je greep alleen in waar het nodig was.",
        "None: you intervened only where it was needed.",
    ),
    "rehearsal.md.on_silence": ("ingegrepen toen er niets gezegd was", "intervened on silence"),
    "rehearsal.md.planned_actual": ("Gepland / werkelijk", "Planned / actual"),
    "rehearsal.md.method_time": ("methode-tijd", "method time"),
    "rehearsal.md.legend": (
        "Opgemerkt: binnen {notice} echte seconden na de uitspraak ingegrepen. Een loos alarm "
        "kost een punt van het totaal. Te vroeg door: de fase verlaten voor {early} van de "
        "geplande tijd. Ver over tijd: langer dan {over} van de geplande tijd. Ronde niet rond: "
        "een ronde verlaten voordat iedereen aan de beurt was. Na het ingrijpen heb je {seconds} "
        "echte seconden om te kiezen; de methode-tijd staat zolang stil.",
        "Noticed: intervened within {notice} real seconds of the line. A false alarm costs a "
        "point of the total. Left too early: the phase was left before {early} of its planned "
        "time. Far over time: longer than {over} of the planned time. Round not complete: a round "
        "was left before everyone had their turn. After intervening you have {seconds} real "
        "seconds to choose; method time stands still meanwhile.",
    ),
    "rehearsal.md.whole_group": ("hele groep", "whole group"),
    "rehearsal.md.case": ("casus {number}", "case {number}"),
    "rehearsal.tally": (
        "{points} van {max_points} ({percent}%)",
        "{points} of {max_points} ({percent}%)",
    ),
    "rehearsal.outcome.good": ("goed", "good"),
    "rehearsal.outcome.weak": ("zwakker", "weaker"),
    "rehearsal.outcome.undecided": ("geen keuze", "no choice"),
    "rehearsal.outcome.missed": ("gemist", "missed"),
    "rehearsal.outcome.not_reached": ("niet voorgekomen", "did not come up"),
    "rehearsal.fault.too_early": ("te vroeg door", "left too early"),
    "rehearsal.fault.far_over": ("ver over tijd", "far over time"),
    "rehearsal.fault.round_forgotten": ("ronde niet rond", "round not complete"),
    # refusals of the drill (rehearsal/drill.py)
    "rehearsal.no_incident": (
        "Er is nu niets om op te reageren.",
        "There is nothing to respond to right now.",
    ),
    "rehearsal.choose_first": (
        "Kies eerst hoe je ingrijpt (1-4).",
        "First choose how you intervene (1-4).",
    ),
    "rehearsal.say_opening_first": (
        "Zeg eerst de openingswoorden en druk Enter.",
        "Say the opening words first and press Enter.",
    ),
    "rehearsal.last_phase": (
        "Dit is de laatste fase: rond af met de nabespreking.",
        "This is the last phase: close with the debrief.",
    ),
}
