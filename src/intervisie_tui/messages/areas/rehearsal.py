"""What the rehearsal (drill, incidents, feedback, debrief) says to the chair who practises."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # the rehearsal screens (tui/rehearsal/)
    "rehearsal.banner": (
        "OEFENING · nummer {seed} · {speed}× sneller",
        "REHEARSAL · seed {seed} · {speed}×",
    ),
    "rehearsal.cue.title": ("Spiekbriefje", "Cue card"),
    "rehearsal.cue.say": ("Zeg", "Say"),
    "rehearsal.cue.rules": ("Kondig aan", "Announce"),
    "rehearsal.cue.watch": ("Let op", "Watch for"),
    "rehearsal.cue.questions": ("Vragen die helpen", "Helpful questions"),
    "rehearsal.cue.none": ("Geen aanwijzingen voor deze fase.", "No cues for this phase."),
    "rehearsal.incident.title": ("Incident · {rule}", "Incident · {rule}"),
    "rehearsal.incident.who": ("Wie: {who}", "Who: {who}"),
    "rehearsal.incident.left": (
        "Nog {seconds} s om te kiezen (1-{n})",
        "{seconds} s left to choose (1-{n})",
    ),
    "rehearsal.feedback.title": ("Terugkoppeling", "Feedback"),
    "rehearsal.feedback.good": ("Goed gedaan.", "Well done."),
    "rehearsal.feedback.weak": ("Dat kan beter.", "That could be better."),
    "rehearsal.feedback.let_pass": (
        "Laten gaan werkt hier niet.",
        "Letting it pass does not work here.",
    ),
    "rehearsal.feedback.missed": (
        "Te laat: het moment is voorbij.",
        "Too late: the moment has passed.",
    ),
    "rehearsal.feedback.not_reached": ("Dit moment kwam niet.", "This moment did not come."),
    "rehearsal.feedback.rule": ("Regel: {rule}{explanation}", "Rule: {rule}{explanation}"),
    "rehearsal.feedback.yours": ("Jouw keuze: {text}", "Your choice: {text}"),
    "rehearsal.feedback.why": ("Waarom: {why}", "Why: {why}"),
    "rehearsal.feedback.better": ("Een goede voorzitter: {text}", "A good chair: {text}"),
    "rehearsal.feedback.none": ("Je koos niets binnen de tijd.", "You chose nothing in time."),
    "rehearsal.feedback.close": ("Enter: verder", "Enter: continue"),
    "rehearsal.debrief.title": ("Nabespreking · {title}", "Debrief · {title}"),
    "rehearsal.debrief.total": (
        "Totaal {total} · incidenten {incidents} · tijd {timing}",
        "Total {total} · incidents {incidents} · timing {timing}",
    ),
    "rehearsal.debrief.saved": ("Opgeslagen: {path}", "Saved: {path}"),
    "rehearsal.debrief.not_saved": ("Niet opgeslagen: {problem}", "Not saved: {problem}"),
    "rehearsal.debrief.again": ("Opnieuw: {command}", "Again: {command}"),
    "rehearsal.quit.question": ("Stoppen met oefenen?", "Stop rehearsing?"),
    "rehearsal.quit.explain": (
        "Een oefening heeft geen journaal: zonder nabespreking wordt niets bewaard.",
        "A rehearsal keeps no journal: without a debrief nothing is saved.",
    ),
    "rehearsal.key.choose": ("kies", "choose"),
    "rehearsal.key.continue": ("verder", "continue"),
    "rehearsal.key.quit": ("stop", "quit"),
    "rehearsal.key.rehearse": ("oefenen", "rehearse"),
    # the debrief file (rehearsal/debrief.py)
    "rehearsal.mark": ("Oefening", "Rehearsal"),
    "rehearsal.report.title": ("Oefening — {title}", "Rehearsal — {title}"),
    "rehearsal.report.note": (
        "Oefening: geen echte bijeenkomst. De deelnemers zijn gesimuleerd (oefening {seed}), de "
        "tijd liep {speed}× zo snel; tijden zijn methode-tijd.",
        "Rehearsal: not a real meeting. The participants were simulated (seed {seed}), time ran "
        "{speed}× as fast; times are method time.",
    ),
    "rehearsal.md.title": ("Nabespreking oefening: {title}", "Rehearsal debrief: {title}"),
    "rehearsal.md.total": ("Totaal", "Total"),
    "rehearsal.md.incidents": ("Incidenten", "Incidents"),
    "rehearsal.md.counts": (
        "{good} goed, {weak} zwak, {let_pass} laten gaan, {missed} te laat, {not_reached} niet "
        "voorgekomen",
        "{good} good, {weak} weak, {let_pass} let pass, {missed} too late, {not_reached} did not "
        "come up",
    ),
    "rehearsal.md.timing": ("Tijdsdiscipline", "Timing discipline"),
    "rehearsal.md.on_time_count": (
        "{on_time} van {judged} fasen op tijd",
        "{on_time} of {judged} phases on time",
    ),
    "rehearsal.md.seed_label": ("Oefening nummer", "Seed"),
    "rehearsal.md.seed": (
        "{seed}, snelheid {speed}× — opnieuw: `{command}`",
        "{seed}, speed {speed}× — again: `{command}`",
    ),
    "rehearsal.md.per_rule": ("Per regel", "Per rule"),
    "rehearsal.md.rule": ("Regel", "Rule"),
    "rehearsal.md.score": ("Score", "Score"),
    "rehearsal.md.per_phase": ("Per fase", "Per phase"),
    "rehearsal.md.number": ("Nr", "No."),
    "rehearsal.md.phase": ("Fase", "Phase"),
    "rehearsal.md.for": ("Voor", "For"),
    "rehearsal.md.time": ("Tijd", "Time"),
    "rehearsal.md.on_time": ("op tijd", "on time"),
    "rehearsal.md.missed_title": (
        "Gemiste incidenten en de betere reactie",
        "Missed incidents and the better response",
    ),
    "rehearsal.md.none_missed": (
        "Geen: elk incident kreeg de goede reactie.",
        "None: every incident got the good response.",
    ),
    "rehearsal.md.what_happened": ("Wat er gebeurde{who}", "What happened{who}"),
    "rehearsal.md.your_response": ("Jouw reactie", "Your response"),
    "rehearsal.md.no_choice": (
        "geen keuze binnen {seconds} seconden",
        "no choice within {seconds} seconds",
    ),
    "rehearsal.md.better": ("Beter", "Better"),
    "rehearsal.md.why": ("Waarom", "Why"),
    "rehearsal.md.planned_actual": ("Gepland / werkelijk", "Planned / actual"),
    "rehearsal.md.method_time": ("methode-tijd", "method time"),
    "rehearsal.md.legend": (
        "Te vroeg door: de fase verlaten voor {early} van de geplande tijd. Ver over tijd: langer "
        "dan {over} van de geplande tijd. Ronde niet rond: een ronde verlaten voordat iedereen "
        "aan de beurt was. Een incident heeft {seconds} echte seconden; de methode-tijd staat "
        "zolang stil.",
        "Left too early: the phase was left before {early} of its planned time. Far over time: "
        "longer than {over} of the planned time. Round not complete: a round was left before "
        "everyone had their turn. An incident gives {seconds} real seconds; method time stands "
        "still meanwhile.",
    ),
    "rehearsal.md.whole_group": ("hele groep", "whole group"),
    "rehearsal.md.case": ("casus {number}", "case {number}"),
    "rehearsal.tally": (
        "{points} van {max_points} ({percent}%)",
        "{points} of {max_points} ({percent}%)",
    ),
    "rehearsal.outcome.good": ("goed", "good"),
    "rehearsal.outcome.weak": ("zwak", "weak"),
    "rehearsal.outcome.let_pass": ("laten gaan", "let pass"),
    "rehearsal.outcome.missed": ("te laat", "too late"),
    "rehearsal.outcome.not_reached": ("niet voorgekomen", "did not come up"),
    "rehearsal.fault.too_early": ("te vroeg door", "left too early"),
    "rehearsal.fault.far_over": ("ver over tijd", "far over time"),
    "rehearsal.fault.round_forgotten": ("ronde niet rond", "round not complete"),
    # refusals of the drill (rehearsal/drill.py)
    "rehearsal.no_incident": (
        "Er is nu geen incident om op te reageren.",
        "There is no incident to respond to right now.",
    ),
    "rehearsal.choose_first": (
        "Kies eerst hoe je reageert (1-4).",
        "First choose how you respond (1-4).",
    ),
    "rehearsal.last_phase": (
        "Dit is de laatste fase: rond af met de nabespreking.",
        "This is the last phase: close with the debrief.",
    ),
    "rehearsal.still_waiting": (
        "Nog aan de beurt: {names}.",
        "Still waiting for a turn: {names}.",
    ),
}
