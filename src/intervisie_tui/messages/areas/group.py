"""A group's trajectory: its files, reflection sheets, the overview and the `group` command."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # checks on group.yaml (model/group.py)
    "group.question_twice": (
        "leervraag '{id}' staat twee keer bij {name}; geef elke vraag een eigen id",
        "learning question '{id}' appears twice for {name}; give each question its own id",
    ),
    "group.member_twice": (
        "{name} staat twee keer in de groep; namen moeten verschillen",
        "{name} is in the group twice; names must differ",
    ),
    "group.unknown_member": (
        "{name} is geen lid van de groep; kies uit: {known}",
        "{name} is not a member of the group; choose from: {known}",
    ),
    # the files
    "group.file.header": (
        "De groep: leden, hun leervragen en wie de volgende keer voorzit. Mag met de hand "
        "worden bewerkt; `intervisie-tui group show` controleert het bestand.",
        "The group: members, their learning questions and who chairs next time. You may edit "
        "it by hand; `intervisie-tui group show` checks the file.",
    ),
    "group.rules.header": (
        "De spelregels van deze groep, begonnen als kopie van de standaardregels. Pas ze aan "
        "jullie eigen afspraken aan; de opening van een bijeenkomst met --group toont deze.",
        "This group's ground rules, started as a copy of the standard ones. Change them to your "
        "own agreements; the opening of a meeting run with --group shows these.",
    ),
    "group.meeting_file.header": (
        "Een bijeenkomst van de groep, geschreven door intervisie-tui aan het einde ervan.",
        "One meeting of the group, written by intervisie-tui when it ended.",
    ),
    # the reflection sheet (group/reflection.py)
    "group.reflection.title": (
        "Reflectie {group}, bijeenkomst van {day}",
        "Reflection {group}, meeting of {day}",
    ),
    "group.reflection.name": ("Naam", "Name"),
    "group.reflection.how": (
        "Schrijf onder elke kop een paar zinnen. De grijze aanwijzingen tussen <!-- en --> "
        "mogen blijven staan; de app leest ze niet.",
        "Write a few sentences under each heading. The hints between <!-- and --> may stay; "
        "the app does not read them.",
    ),
    "group.reflection.case": ("De casus", "The case"),
    "group.reflection.case.prompt": (
        "Welke casus besprak de groep, en wat was jouw rol?",
        "Which case did the group work on, and what was your part in it?",
    ),
    "group.reflection.case_line": (
        "{who}: {question} ({method})",
        "{who}: {question} ({method})",
    ),
    "group.reflection.learned": (
        "Wat ik leerde over mijn leervraag",
        "What I learned about my learning question",
    ),
    "group.reflection.learned.prompt": (
        "Wat zegt deze bijeenkomst over de leervraag waar jij aan werkt?",
        "What does this meeting tell you about the learning question you work on?",
    ),
    "group.reflection.differently": ("Wat ik anders ga doen", "What I will do differently"),
    "group.reflection.differently.prompt": (
        "Eén ding dat je in je werk gaat proberen, zo concreet mogelijk.",
        "One thing you will try in your work, as concrete as you can make it.",
    ),
    "group.reflection.question": ("Een vraag voor de groep", "A question for the group"),
    "group.reflection.question.prompt": (
        "Wat wil je de volgende keer aan de groep voorleggen of vragen?",
        "What would you like to put to the group or ask next time?",
    ),
    "group.reflection.unknown_heading": (
        "de kop '{heading}' is geen vraag van het formulier en wordt niet gelezen; de koppen "
        "zijn: {known}",
        "the heading '{heading}' is not one of the sheet's questions and is not read; the "
        "headings are: {known}",
    ),
    # the overview (group/export.py)
    "group.overview.title": ("Traject van {name}", "Trajectory of {name}"),
    "group.overview.no_meetings": (
        "Nog geen bijeenkomsten vastgelegd.",
        "No meetings recorded yet.",
    ),
    "group.overview.member": ("Lid", "Member"),
    "group.overview.legend": (
        "vz: zat voor · casus: bracht een casus in · ✓: aanwezig · afw: afwezig · "
        "leeg: niet in die bijeenkomst · ✎: reflectie ingevuld · …: reflectie half · "
        "!: reflectie ontbreekt",
        "ch: chaired · case: brought a case · ✓: present · abs: absent · empty: not in that "
        "meeting · ✎: reflection written · …: reflection half done · !: reflection missing",
    ),
    "group.cell.chaired": ("vz", "ch"),
    "group.cell.case": ("casus", "case"),
    "group.cell.present": ("✓", "✓"),
    "group.cell.absent": ("afw", "abs"),
    "group.sheet.done": (" ✎", " ✎"),
    "group.sheet.started": (" …", " …"),
    "group.sheet.missing": (" !", " !"),
    "group.overview.questions": ("Leervragen", "Learning questions"),
    "group.overview.plan": ("{name}, leerplan", "{name}, learning plan"),
    "group.overview.worked": ("aan gewerkt", "worked on"),
    "group.overview.open": ("nog niet aan gewerkt", "not worked on yet"),
    "group.overview.no_questions": (
        "Nog geen leervragen; zet ze in group.yaml bij elk lid.",
        "No learning questions yet; add them to each member in group.yaml.",
    ),
    "group.overview.quiet": (
        "Nog geen casus of al even niet",
        "No case yet, or not for a while",
    ),
    "group.overview.never": ("nog nooit een casus ingebracht", "has not brought a case yet"),
    "group.overview.since": (
        "{count} bijeenkomsten geen casus",
        "{count} meetings without a case",
    ),
    "group.overview.nobody_quiet": (
        "Iedereen bracht onlangs een casus in.",
        "Everyone brought a case recently.",
    ),
    "group.overview.untried": ("Nog niet geprobeerde methoden", "Methods not tried yet"),
    "group.overview.all_tried": (
        "De groep heeft elke methode gebruikt.",
        "The group has used every method.",
    ),
    "group.overview.first_steps": (
        "Eerste stappen van de vorige keer",
        "First steps from last time",
    ),
    "group.overview.no_first_steps": (
        "De vorige bijeenkomst legde geen eerste stappen vast.",
        "The last meeting recorded no first steps.",
    ),
    "group.overview.sheets": ("Reflecties", "Reflections"),
    "group.overview.sheet_missing": ("ontbreekt", "missing"),
    "group.overview.sheet_started": ("half ingevuld", "half done"),
    "group.overview.all_sheets": (
        "Alle reflecties zijn ingevuld.",
        "Every reflection has been written.",
    ),
    "group.overview.rehearsals": (
        "Oefenrondes die voorzitters deelden",
        "Rehearsals chairs shared",
    ),
    "group.overview.no_rehearsals": (
        "Nog geen gedeelde oefenronde. Wie de volgende keer voorzit, oefent vooraf alleen met "
        "intervisie-tui run METHODE --rehearse --group GROEP (of o in het groepenscherm) en kiest "
        "aan het eind of de uitkomst hier komt.",
        "No shared rehearsal yet. Whoever chairs next rehearses alone beforehand with "
        "intervisie-tui run METHOD --rehearse --group GROUP (or o on the groups screen) and "
        "chooses at the end whether the results go here.",
    ),
    "group.overview.rehearsal.date": ("Datum", "Date"),
    "group.overview.rehearsal.who": ("Wie", "Who"),
    "group.overview.rehearsal.method": ("Methode", "Method"),
    "group.overview.rehearsal.noticed": ("Opgemerkt", "Noticed"),
    "group.overview.rehearsal.missed": ("Gemist", "Missed"),
    "group.overview.rehearsal.false_alarms": ("Loos alarm", "False alarms"),
    "group.overview.rehearsal.on_time": ("Fasen op tijd", "Phases on time"),
    "group.overview.rehearsal.phases": (
        "Minuten per fase (gepland/echt)",
        "Minutes per phase (planned/actual)",
    ),
    "group.overview.rehearsal.of": ("{count} van {total}", "{count} of {total}"),
    "group.overview.rehearsal.phase": ("{title} {planned}/{actual}", "{title} {planned}/{actual}"),
    "group.rehearsal_file.header": (
        "Een oefenronde die {name} met de groep deelde: alleen de cijfers uit de nabespreking, "
        "geschreven door intervisie-tui. Verwijder dit bestand om het delen ongedaan te maken.",
        "A rehearsal {name} shared with the group: only the figures of the debrief, written by "
        "intervisie-tui. Delete this file to take the sharing back.",
    ),
    "group.overview.next_chair": (
        "Volgende voorzitter: {name}. Oefen de gekozen methode vooraf alleen: "
        'intervisie-tui run METHODE --rehearse --group "{group}"',
        "Next chair: {name}. Rehearse the chosen method alone beforehand: "
        'intervisie-tui run METHOD --rehearse --group "{group}"',
    ),
    # the `group` command (cli_group.py)
    "cli.group.what": (
        "zeg wat: group new, group show, group export of group record (zie --help)",
        "say what: group new, group show, group export or group record (see --help)",
    ),
    "cli.group.exists": (
        "in {path} staat al een groep; kies een andere naam of map",
        "there is a group in {path} already; choose another name or folder",
    ),
    "cli.group.cannot_write": (
        "kan niet schrijven in {path}: {reason}",
        "cannot write in {path}: {reason}",
    ),
    "cli.group.created": (
        "Groep gemaakt: {path}. Zet de leervragen van elk lid in dit bestand.",
        "Group created: {path}. Add each member's learning questions to this file.",
    ),
    "cli.group.not_found": (
        "geen groep in {path}; maak er een met `intervisie-tui group new`",
        "no group in {path}; make one with `intervisie-tui group new`",
    ),
    "cli.group.who_rehearses": (
        "wie oefent er? Geef --chair NAAM (de volgende voorzitter; leden: {known}), of leg met "
        "`group record --next-chair NAAM` vast wie de volgende keer voorzit.",
        "who is rehearsing? Give --chair NAME (the next chair; members: {known}), or record who "
        "chairs next time with `group record --next-chair NAME`.",
    ),
    "cli.group.rehearse_without": (
        "de groep in {path} kon niet worden gelezen; de oefening begint, maar kan niet met de "
        "groep worden gedeeld. Herstel het bestand en oefen daarna opnieuw om te delen.",
        "the group in {path} could not be read; the rehearsal starts, but cannot be shared with "
        "the group. Mend the file, then rehearse again to share.",
    ),
    "cli.group.run_without": (
        "de groep in {path} kon niet worden gelezen; de bijeenkomst begint zonder groep. Herstel "
        "het bestand en leg de bijeenkomst daarna vast met `intervisie-tui group record`.",
        "the group in {path} could not be read; the meeting starts without the group. Mend the "
        "file, then record the meeting with `intervisie-tui group record`.",
    ),
    "cli.group.exported": ("Overzicht geschreven: {path}", "Overview written: {path}"),
    "cli.group.unfinished": (
        "bijeenkomst {session} is nog niet afgesloten; maak haar af (`intervisie-tui resume`) "
        "en leg haar dan vast",
        "meeting {session} has not been finished; finish it (`intervisie-tui resume`) and "
        "record it then",
    ),
    "cli.group.recorded": (
        "Bijeenkomst vastgelegd in {path}, met {count} reflectieformulieren om in te vullen.",
        "Meeting recorded in {path}, with {count} reflection sheets to fill in.",
    ),
    "cli.group.no_such_question": (
        "geen inbrenger van deze bijeenkomst heeft een leervraag '{id}'; zie group.yaml",
        "no case presenter of this meeting has a learning question '{id}'; see group.yaml",
    ),
    # keeping a finished meeting in its group (group/keeping.py, the end screen)
    "group.keep.done": (
        "Vastgelegd bij groep {name} in {path}, met {count} reflectieformulieren om in te vullen.",
        "Recorded for group {name} in {path}, with {count} reflection sheets to fill in.",
    ),
    "group.keep.unreadable": (
        "Het groepsbestand in {path} kon niet worden gelezen; leg de bijeenkomst later vast "
        "met `intervisie-tui group record`.",
        "The group file in {path} could not be read; record the meeting later with "
        "`intervisie-tui group record`.",
    ),
    "group.keep.failed": (
        "Vastleggen bij de groep in {path} lukte niet ({reason}); het journaal heeft alles, "
        "probeer later `intervisie-tui group record`.",
        "Recording in the group at {path} failed ({reason}); the journal has everything, try "
        "`intervisie-tui group record` later.",
    ),
}
