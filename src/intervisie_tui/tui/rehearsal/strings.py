"""The rehearsal screens' own strings, Dutch and English, following the app's language.

Kept beside the rehearsal screens (not in the shared `tui/i18n.py` table) so the rehearsal can
grow without editing another engineer's file; `rt()` follows the same active language.
"""

from __future__ import annotations

from intervisie_tui.tui.i18n import Lang, language

STRINGS: dict[str, tuple[str, str]] = {
    "banner": (
        "OEFENSESSIE · seed {seed} · {speed}× sneller",
        "REHEARSAL · seed {seed} · {speed}×",
    ),
    "cue.title": ("Spiekbriefje", "Cue card"),
    "cue.say": ("Zeg", "Say"),
    "cue.rules": ("Kondig aan", "Announce"),
    "cue.watch": ("Let op", "Watch for"),
    "cue.questions": ("Vragen die helpen", "Helpful questions"),
    "cue.none": ("Geen aanwijzingen voor deze fase.", "No cues for this phase."),
    "incident.title": ("Incident · {rule}", "Incident · {rule}"),
    "incident.who": ("Wie: {who}", "Who: {who}"),
    "incident.left": ("Nog {seconds} s om te kiezen (1-{n})", "{seconds} s left to choose (1-{n})"),
    "feedback.title": ("Terugkoppeling", "Feedback"),
    "feedback.good": ("Goed gedaan.", "Well done."),
    "feedback.weak": ("Dat kan beter.", "That could be better."),
    "feedback.let_pass": ("Laten gaan werkt hier niet.", "Letting it pass does not work here."),
    "feedback.missed": ("Te laat: het moment is voorbij.", "Too late: the moment has passed."),
    "feedback.not_reached": ("Dit moment kwam niet.", "This moment did not come."),
    "feedback.yours": ("Jouw keuze: {text}", "Your choice: {text}"),
    "feedback.why": ("Waarom: {why}", "Why: {why}"),
    "feedback.better": ("Een goede voorzitter: {text}", "A good chair: {text}"),
    "feedback.none": ("Je koos niets binnen de tijd.", "You chose nothing in time."),
    "feedback.close": ("Enter: verder", "Enter: continue"),
    "debrief.title": ("Debriefing · {title}", "Debrief · {title}"),
    "debrief.total": (
        "Totaal {total} · incidenten {incidents} · tijd {timing}",
        "Total {total} · incidents {incidents} · timing {timing}",
    ),
    "debrief.saved": ("Opgeslagen: {path}", "Saved: {path}"),
    "debrief.not_saved": ("Niet opgeslagen: {problem}", "Not saved: {problem}"),
    "debrief.again": ("Opnieuw: {command}", "Again: {command}"),
    "quit.question": ("Stoppen met oefenen?", "Stop rehearsing?"),
    "quit.explain": (
        "Een oefening heeft geen journaal: zonder debriefing wordt niets bewaard.",
        "A rehearsal keeps no journal: without a debrief nothing is saved.",
    ),
    "key.choose": ("kies", "choose"),
    "key.continue": ("verder", "continue"),
    "key.quit": ("stop", "quit"),
    "key.rehearse": ("oefenen", "rehearse"),
}


def rt(key: str, **values: object) -> str:
    """The rehearsal string for `key` in the active language; unknown keys raise KeyError."""
    nl, en = STRINGS[key]
    text = en if language() is Lang.en else nl
    return text.format(**values) if values else text
