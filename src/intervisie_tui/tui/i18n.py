"""Every string of the UI chrome, in Dutch and English, in one place.

The chair's room speaks Dutch; a chair who runs an English-speaking group switches with `--lang en`.
Keeping all chrome strings in one table means a translation can be checked for completeness by a
test instead of by reading every screen. Method content (titles, rules) carries its own `_en`
fields in the method file; `pick()` chooses between them.
"""

from __future__ import annotations

from enum import StrEnum
from string import Formatter


class Lang(StrEnum):
    """A UI language; Dutch is the default because the method library is Dutch."""

    nl = "nl"
    en = "en"


#: key -> (Dutch, English). Placeholders use str.format names and must match in both languages.
STRINGS: dict[str, tuple[str, str]] = {
    # app and keys
    "app.title": ("Intervisie", "Intervision"),
    "key.pause": ("pauze", "pause"),
    "key.next": ("volgende", "next"),
    "key.back": ("terug", "back"),
    "key.plus": ("1 min", "1 min"),
    "key.minus": ("1 min", "1 min"),
    "key.turn": ("beurt", "turn"),
    "key.skip": ("overslaan", "skip"),
    "key.note": ("noteer", "note"),
    "key.hide": ("paneel", "panel"),
    "key.mute": ("bel", "bell"),
    "key.help": ("help", "help"),
    "key.quit": ("stop", "quit"),
    "key.rate": ("waardeer", "rate"),
    "key.filter": ("zoeken", "search"),
    "key.rehearse": ("oefenen", "rehearse"),
    "key.choose": ("kiezen", "choose"),
    "key.start": ("starten", "start"),
    "key.cancel": ("terug", "back"),
    "key.close": ("sluiten", "close"),
    "cmd.pause": ("Pauze of verder", "Pause or resume"),
    "cmd.pause.help": ("Zet de klok stil of laat hem weer lopen", "Stop or restart the clock"),
    "cmd.next": ("Volgende fase", "Next phase"),
    "cmd.next.help": ("Ga naar de volgende stap van de methode", "Go to the method's next step"),
    "cmd.back": ("Vorige fase", "Previous phase"),
    "cmd.back.help": ("Ga terug naar de vorige stap", "Go back to the previous step"),
    "cmd.plus": ("Eén minuut erbij", "One minute more"),
    "cmd.plus.help": ("Verleng deze fase met een minuut", "Extend this phase by a minute"),
    "cmd.minus": ("Eén minuut eraf", "One minute less"),
    "cmd.minus.help": ("Verkort deze fase met een minuut", "Shorten this phase by a minute"),
    "cmd.turn": ("Volgende beurt", "Next turn"),
    "cmd.turn.help": ("Geef het woord aan de volgende in de ronde", "Give the floor to the next"),
    "cmd.skip": ("Persoon overslaan", "Skip person"),
    "cmd.skip.help": ("Sla de huidige spreker over in deze ronde", "Skip the current speaker"),
    "cmd.note": ("Notitie toevoegen", "Add note"),
    "cmd.note.help": ("Schrijf iets op de flip-over", "Write on the flip-over"),
    "cmd.hide": ("Voorzitterspaneel tonen/verbergen", "Show/hide chair panel"),
    "cmd.hide.help": (
        "Openingswoorden en vragen alleen voor de voorzitter",
        "Opening words and questions, for the chair only",
    ),
    "cmd.mute": ("Geluid aan/uit", "Mute/unmute bell"),
    "cmd.mute.help": ("De bel bij waarschuwing en bij nul", "The bell at warning and at zero"),
    "cmd.help": ("Help", "Help"),
    "cmd.help.help": ("Alle toetsen op een rij", "Every key at a glance"),
    "cmd.quit": ("Stoppen", "Quit"),
    "cmd.quit.help": (
        "Stoppen; het journaal bewaart de sessie",
        "Quit; the journal keeps the session",
    ),
    "cmd.search": ("Zoeken", "Search"),
    "cmd.search.help": ("Filter de methoden op tekst", "Filter the methods by text"),
    "cmd.rehearse": ("Oefenen", "Rehearse"),
    "cmd.rehearse.help": (
        "Oefen deze methode alleen, met gesimuleerde deelnemers",
        "Rehearse this method alone, with simulated participants",
    ),
    "cmd.start": ("Bijeenkomst starten", "Start the meeting"),
    "cmd.start.help": ("Start met deze groep en dit plan", "Start with this group and plan"),
    "cmd.library": ("Terug naar de methoden", "Back to the methods"),
    "cmd.library.help": ("Kies een andere methode", "Choose another method"),
    # help screen
    "help.title": ("Toetsen", "Keys"),
    "help.intro": (
        "Elke handeling is één toets. Ctrl+P opent het commandopalet.",
        "Every action is one key. Ctrl+P opens the command palette.",
    ),
    "help.close": ("Druk op Escape of ? om te sluiten.", "Press Escape or ? to close."),
    # quit confirm
    "quit.question": ("Sessie stoppen?", "Stop the session?"),
    "quit.explain": (
        "Het journaal bewaart alles; ga later verder met: intervisie-tui resume",
        "The journal keeps everything; continue later with: intervisie-tui resume",
    ),
    "confirm.yes": ("j = ja", "y = yes"),
    "confirm.no": ("n = nee", "n = no"),
    "finish.question": ("Bijeenkomst afronden?", "Close the meeting?"),
    "finish.explain": (
        "Dit was de laatste fase. Het verslag wordt opgeslagen.",
        "This was the last phase. The report will be saved.",
    ),
    # library
    "library.title": ("Methoden", "Methods"),
    "library.filter": ("Zoek op naam of doel…", "Search by name or purpose…"),
    "library.max": ("Max. minuten", "Max. minutes"),
    "library.none": ("Geen methode past bij dit filter.", "No method matches this filter."),
    "library.count": ("{shown} van {total} methoden", "{shown} of {total} methods"),
    "library.duration": ("Duur", "Length"),
    "library.minutes": ("{minutes} min", "{minutes} min"),
    "library.per_case": ("{minutes} min per {unit}", "{minutes} min per {unit}"),
    "library.declared": ("bron: {minutes} min", "source: {minutes} min"),
    "library.problems": ("Methoden met problemen", "Methods with problems"),
    "library.problem_hint": (
        "Deze bestanden laadden niet. Controleer met: intervisie-tui check {path}",
        "These files did not load. Check them with: intervisie-tui check {path}",
    ),
    "library.steps": ("Stappen", "Steps"),
    "library.purpose": ("Doel", "Purpose"),
    "library.source": ("Bron", "Source"),
    "library.choose_hint": (
        "Enter: kiezen · / zoeken · ? help",
        "Enter: choose · / search · ? help",
    ),
    "library.untimed": ("vrij", "open"),
    "library.optional": ("optioneel", "optional"),
    "unit.case": ("casus", "case"),
    "unit.topic": ("onderwerp", "topic"),
    # setup
    "setup.title": ("Voorbereiding", "Setup"),
    "setup.chair": ("Voorzitter", "Chair"),
    "setup.participants": ("Deelnemers (namen, met komma's)", "Participants (names, commas)"),
    "setup.inbrengers": (
        "Inbrenger(s), één per {unit} (met komma's)",
        "Inbrenger(s), one per {unit} (commas)",
    ),
    "setup.inbrengers_scored": (
        "Inbrenger(s) met belang 1-10, bijv. Anna: 8, Bram: 5 (belangrijkste eerst)",
        "Inbrenger(s) with importance 1-10, e.g. Anna: 8, Bram: 5 (most important first)",
    ),
    "setup.inner": ("Binnengroep (namen, met komma's)", "Inner group (names, commas)"),
    "setup.outer": ("Buitengroep: de overige deelnemers", "Outer group: the other participants"),
    "setup.until": ("Eindtijd (UU:MM, leeg = geen)", "End time (HH:MM, empty = none)"),
    "setup.warning": (
        "Waarschuwing: minuten voor het einde van een fase (klok oranje, bel)",
        "Warning: minutes before a phase ends (amber clock, bell)",
    ),
    "setup.plan": ("Plan", "Plan"),
    "setup.start": ("Starten", "Start"),
    "setup.back": ("Terug", "Back"),
    "setup.remembered": ("Laatste groep onthouden.", "Last group remembered."),
    "setup.error": ("Kan niet starten: {message}", "Cannot start: {message}"),
    "resume.warning": ("Hervat", "Resumed"),
    "setup.plan_total": (
        "Totaal {minutes} min, klaar om {end}",
        "Total {minutes} min, done at {end}",
    ),
    "setup.plan_fit": (
        "Past tot {until}: tijden ×{factor}",
        "Fits until {until}: times ×{factor}",
    ),
    # run
    "run.step": ("Stap {n} van {m}", "Step {n} of {m}"),
    "run.case": ("{unit} {n} van {m}", "{unit} {n} of {m}"),
    "run.next": ("Hierna: {title} ({minutes})", "Next: {title} ({minutes})"),
    "run.next_end": ("Hierna: einde", "Next: end"),
    "run.speaking": ("Aan het woord", "Speaking"),
    "run.listening": ("Luistert", "Listening"),
    "run.turn": ("Beurt", "Turn"),
    "run.order": ("Volgorde", "Order"),
    "run.round": ("Ronde {n}", "Round {n}"),
    "run.round_full": ("Ronde rond ✓", "Round complete ✓"),
    "run.rules": ("Regels", "Rules"),
    "run.paused": ("PAUZE", "PAUSED"),
    "run.untimed": ("vrij", "open"),
    "run.chair": ("Voor de voorzitter", "For the chair"),
    "run.opening": ("Openingswoorden", "Opening words"),
    "run.questions": ("Vragen om te stellen", "Questions to ask"),
    "run.watch": ("Let op", "Watch for"),
    "run.notes": ("Flip-over", "Flip-over"),
    "run.notes_empty": ("(nog niets; a = notitie)", "(nothing yet; a = note)"),
    "run.timeline": ("Tijdlijn", "Timeline"),
    "run.muted": ("geluid uit", "muted"),
    "run.note_prompt": ("Notitie voor de flip-over", "Note for the flip-over"),
    "run.note_rating": ("Waardering", "Rating"),
    "run.note_rating_hint": (
        "Nummer van een punt om dat te waarderen, of nieuwe tekst",
        "Number of an item to rate it, or new text",
    ),
    "run.item": ("{items} {item} per beurt", "{items} {item} per turn"),
    "inbrenger.speaking": ("vertelt", "speaks"),
    "inbrenger.answering": ("antwoordt", "answers"),
    "inbrenger.listening": ("luistert alleen", "only listens"),
    "inbrenger.outside": ("zit buiten de kring", "sits outside the circle"),
    "inbrenger.taking_part": ("doet mee", "takes part"),
    "rating.warm": ("warm", "warm"),
    "rating.neutraal": ("neutraal", "neutral"),
    "rating.koud": ("koud", "cold"),
    "rating.none": ("geen", "none"),
    # end
    "end.title": ("Afgerond", "Finished"),
    "end.saved": ("Verslag opgeslagen: {path}", "Report saved: {path}"),
    "end.print": (
        "Afdrukken: intervisie-tui report {session}",
        "Print: intervisie-tui report {session}",
    ),
    "end.resume": (
        "Verder met een onderbroken sessie: intervisie-tui resume",
        "Continue an interrupted session: intervisie-tui resume",
    ),
    "end.quit": ("q = afsluiten", "q = quit"),
    "keymap.fallback": ("standaardtoetsen in gebruik", "default keys in use"),
    # generic
    "ok": ("OK", "OK"),
    "cancel": ("Annuleren", "Cancel"),
}

_current: Lang = Lang.nl


def set_language(lang: Lang | str) -> None:
    """Switch the UI language for every string looked up from now on.

    A module-level setting instead of a parameter on every widget: there is one chair and one
    language per process, and the app sets it once before mounting any screen.
    """
    global _current
    _current = Lang(lang)


def language() -> Lang:
    """The active UI language, so widgets can pick a method's `_en` fields too."""
    return _current


def tr(key: str, **values: object) -> str:
    """The string for `key` in the active language, with `values` filled in.

    An unknown key raises KeyError at once, so a typo fails a test instead of showing a blank.
    """
    nl, en = STRINGS[key]
    text = en if _current is Lang.en else nl
    return text.format(**values) if values else text


def pick(dutch: str, english: str | None) -> str:
    """Choose between a method's Dutch text and its optional English twin."""
    if _current is Lang.en and english:
        return english
    return dutch


def placeholders(text: str) -> set[str]:
    """The str.format field names in `text`; used to check that translations agree."""
    return {name for _, name, _, _ in Formatter().parse(text) if name}
