"""What the rehearsal (drill, incidents, feedback, debrief) says to the chair who practises."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # the rehearsal screens (tui/rehearsal/)
    "rehearsal.banner": (
        "OEFENSESSIE · seed {seed} · {speed}× sneller",
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
    "rehearsal.feedback.yours": ("Jouw keuze: {text}", "Your choice: {text}"),
    "rehearsal.feedback.why": ("Waarom: {why}", "Why: {why}"),
    "rehearsal.feedback.better": ("Een goede voorzitter: {text}", "A good chair: {text}"),
    "rehearsal.feedback.none": ("Je koos niets binnen de tijd.", "You chose nothing in time."),
    "rehearsal.feedback.close": ("Enter: verder", "Enter: continue"),
    "rehearsal.debrief.title": ("Debriefing · {title}", "Debrief · {title}"),
    "rehearsal.debrief.total": (
        "Totaal {total} · incidenten {incidents} · tijd {timing}",
        "Total {total} · incidents {incidents} · timing {timing}",
    ),
    "rehearsal.debrief.saved": ("Opgeslagen: {path}", "Saved: {path}"),
    "rehearsal.debrief.not_saved": ("Niet opgeslagen: {problem}", "Not saved: {problem}"),
    "rehearsal.debrief.again": ("Opnieuw: {command}", "Again: {command}"),
    "rehearsal.quit.question": ("Stoppen met oefenen?", "Stop rehearsing?"),
    "rehearsal.quit.explain": (
        "Een oefening heeft geen journaal: zonder debriefing wordt niets bewaard.",
        "A rehearsal keeps no journal: without a debrief nothing is saved.",
    ),
    "rehearsal.key.choose": ("kies", "choose"),
    "rehearsal.key.continue": ("verder", "continue"),
    "rehearsal.key.quit": ("stop", "quit"),
    "rehearsal.key.rehearse": ("oefenen", "rehearse"),
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
        "Dit is de laatste fase: rond af met de debriefing.",
        "This is the last phase: close with the debrief.",
    ),
    "rehearsal.still_waiting": (
        "Nog aan de beurt: {names}.",
        "Still waiting for a turn: {names}.",
    ),
}
