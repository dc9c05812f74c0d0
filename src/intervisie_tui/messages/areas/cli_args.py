"""The command line's help and its usage errors, in the language of --lang or the setting."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # argparse's own words
    "args.usage": ("gebruik: ", "usage: "),
    "args.help": ("toon deze hulp en stop", "show this help and exit"),
    "args.version": ("toon het versienummer en stop", "show the version and exit"),
    "args.options": ("opties", "options"),
    "args.arguments": ("argumenten", "arguments"),
    "args.commands": ("opdrachten", "commands"),
    "args.error": ("{prog}: fout: {message}", "{prog}: error: {message}"),
    "args.required": (
        "ontbreekt: {names}",
        "the following arguments are required: {names}",
    ),
    "args.invalid_choice": (
        "{argument}: '{value}' kan niet; kies uit {choices}",
        "{argument}: '{value}' is not possible; choose from {choices}",
    ),
    "args.unrecognized": ("onbekende argumenten: {names}", "unrecognized arguments: {names}"),
    "args.expected_one": (
        "{argument}: hier hoort een waarde achter",
        "{argument}: expected one value after it",
    ),
    "args.argument": ("{argument}: {message}", "{argument}: {message}"),
    # our own checks of values
    "args.not_a_time": (
        "'{text}' is geen tijd; schrijf UU:MM, bijvoorbeeld 16:30",
        "'{text}' is not a time; use HH:MM, e.g. 16:30",
    ),
    "args.no_names": (
        'geef namen gescheiden door komma\'s, bijvoorbeeld "Ann,Bas,Cor"',
        'give names separated by commas, e.g. "Ann,Bas,Cor"',
    ),
    "args.not_a_speed": (
        "'{text}' is geen snelheid: geef een getal van {low} (echte tijd) tot {high}, "
        "bijvoorbeeld 20",
        "'{text}' is not a speed: give a number from {low} (real time) to {high}, e.g. 20",
    ),
    "args.not_a_port": (
        "'{text}' is geen poort: geef een getal van 0 tot 65535 (0: een vrije poort)",
        "'{text}' is not a port: give a number from 0 to 65535 (0: any free port)",
    ),
    "args.id_or_agenda": (
        "geef een methode-id of --agenda BESTAND (niet allebei)",
        "give a method id or --agenda FILE (not both)",
    ),
    "args.agenda_people": (
        "met --agenda staan de mensen in het bestand; alleen --until mag erbij",
        "with --agenda, the people are in the file; only --until may be given",
    ),
    "args.not_a_seed": (
        "'{text}' is geen nummer van een oefening: geef een heel getal, bijvoorbeeld 5",
        "'{text}' is not a drill number: give a whole number, e.g. 5",
    ),
    "args.rehearse_only": (
        "{flags} werkt alleen met --rehearse",
        "{flags} only work with --rehearse",
    ),
    "args.and": (" en ", " and "),
    "args.lan_only": ("--new-token werkt alleen met --lan", "--new-token only works with --lan"),
    "args.group": (
        "een groep (zie `group`): haar leden doen mee, de bijeenkomst wordt erin bewaard",
        "a group (see `group`): its members take part, the meeting is recorded in it",
    ),
    # the help of each command and option
    "args.description": (
        "Leid als voorzitter een intervisiebijeenkomst op een geprojecteerde terminal.",
        "Walk a chair through an intervision meeting on a projected terminal.",
    ),
    "args.methods": (
        "laad ook de methodebestanden in map DIR (mag vaker)",
        "also load the method files in DIR (repeatable)",
    ),
    "args.lang": (
        "taal van de schermen, het verslag en de meldingen (standaard: ${env}, anders nl)",
        "language of the screens, the report and messages (default: ${env}, else nl)",
    ),
    "args.run": (
        "leid een bijeenkomst: één methode, of een heel programma (--agenda)",
        "run a meeting: one method, or a whole agenda (--agenda)",
    ),
    "args.agenda": (
        "leid de hele bijeenkomst die een programmabestand beschrijft (zie docs/methods.md)",
        "run the whole meeting an agenda file describes (see docs/methods.md)",
    ),
    "args.id": (
        "id van de methode, zie `intervisie-tui list`",
        "method id, see `intervisie-tui list`",
    ),
    "args.inbrenger": ("wie de casus inbrengt", "who brings the case"),
    "args.participants": ("de groep, gescheiden door komma's", "the group, separated by commas"),
    "args.chair": ("wie de bijeenkomst voorzit", "who chairs the meeting"),
    "args.until": ("rond de bijeenkomst dan af", "end the meeting by then"),
    "args.rehearse": ("oefen alleen, met incidenten", "rehearse alone, with incidents"),
    "args.speed": (
        "met --rehearse: hoeveel sneller de tijd loopt",
        "with --rehearse: how much faster time runs",
    ),
    "args.seed": (
        "met --rehearse: dezelfde oefening nog eens",
        "with --rehearse: the same drill again",
    ),
    "args.list": ("toon de methoden in de bibliotheek", "list the methods in the library"),
    "args.list_json": ("JSON voor scripts", "print JSON for scripts"),
    "args.show": (
        "toon één methode als protocol om op papier te volgen",
        "print one method as a protocol to follow on paper",
    ),
    "args.show_json": ("de hele methode als JSON", "print the full method as JSON"),
    "args.check": (
        "controleer methodebestanden; meldt pad:regel:kolom: ernst: melding",
        "check method files; prints path:line:col: severity: message",
    ),
    "args.paths": (
        "bestanden of mappen (standaard: de hele bibliotheek)",
        "files or folders (default: the whole library)",
    ),
    "args.watch": (
        "controleer opnieuw telkens als een bestand wordt bewaard, tot Ctrl-C",
        "check again each time a file is saved, until Ctrl-C",
    ),
    "args.schema": (
        "toon het JSON-schema van een methode- (of agenda)bestand",
        "print the JSON Schema of a method (or agenda) file",
    ),
    "args.kind": (
        "welk soort bestand (standaard: `method`)",
        "which kind of file (default: `method`)",
    ),
    "args.resume": (
        "ga verder met een onafgeronde bijeenkomst: toont ze (nieuwste eerst), of opent de gegeven",
        "continue an unfinished meeting: lists them (newest first), or opens the one given",
    ),
    "args.resume_id": (
        "de bijeenkomst om mee verder te gaan (zoals getoond)",
        "the meeting to continue (as listed)",
    ),
    "args.resume_group": (
        "bewaar de bijeenkomst in deze groep als ze afloopt",
        "record the meeting in this group when it ends",
    ),
    "args.group.command": (
        "het traject van een groep over haar bijeenkomsten",
        "a group's trajectory over its meetings",
    ),
    "args.group.commands": ("groepsopdrachten", "group commands"),
    "args.group.what": ("WAT", "WHAT"),
    "args.group.new": ("maak de map van een nieuwe groep", "make a new group's folder"),
    "args.group.show": ("toon het overzicht van een groep", "show the overview of a group"),
    "args.group.export": (
        "schrijf het overzicht als Markdown-bestand",
        "write the overview as a Markdown file",
    ),
    "args.group.record": (
        "bewaar een afgeronde bijeenkomst in de groep",
        "keep a finished meeting in the group",
    ),
    "args.group.name_new": (
        "de naam van de groep, of een mappad",
        "the group's name, or a folder path",
    ),
    "args.group.name": ("de naam van de groep, of haar map", "the group's name, or its folder"),
    "args.group.members": (
        "de leden, gescheiden door komma's",
        "the members, separated by commas",
    ),
    "args.group.output": (
        "waar het bestand komt (standaard: overview.md in de map van de groep)",
        "where the file goes (default: overview.md in the group's folder)",
    ),
    "args.group.session": (
        "nummer of bestand van de bijeenkomst (standaard: de laatste)",
        "session id or file (default: the latest)",
    ),
    "args.group.learning_question": (
        "de leervraag van de inbrenger waaraan de casus van deze bijeenkomst werkte",
        "the case presenter's learning question this meeting's case worked on",
    ),
    "args.group.next_chair": (
        "wie heeft toegezegd de volgende bijeenkomst voor te zitten",
        "who agreed to chair the next meeting",
    ),
    "args.mirror": (
        "toon de lopende bijeenkomst als webpagina voor de zaal, alleen om te lezen",
        "show the running meeting as a read-only web page for the room (the room view)",
    ),
    "args.mirror_id": (
        "de bijeenkomst om te tonen (standaard: de nieuwste)",
        "the meeting to show (default: the newest)",
    ),
    "args.mirror_beside": (
        "toon de bijeenkomst ook als webpagina voor de zaal (de kamerweergave; link met z)",
        "also show the meeting as a web page for the room (the room view; link with z)",
    ),
    "args.mirror_only": ("{flag} werkt alleen met --mirror", "{flag} only works with --mirror"),
    "args.mirror_rehearse": (
        "--mirror werkt niet bij --rehearse: een oefening schrijft geen journaal om te volgen",
        "--mirror does not work with --rehearse: a rehearsal writes no journal to follow",
    ),
    "args.lan": (
        "op het netwerk, met een toegangscode in de link (standaard: alleen deze computer)",
        "serve on the network with an access code in the link (default: this computer only)",
    ),
    "args.port": ("poort om op te luisteren (8770)", "port to listen on (8770)"),
    "args.notes": ("toon ook de notities van de flip-over", "show the flip-over notes too"),
    "args.room_sound": (
        "laat de pagina de gong spelen (--no-sound: niet; standaard: room_sound in settings.yaml)",
        "let the page play the chime (--no-sound: don't; default: room_sound in settings.yaml)",
    ),
    "args.new_token": (
        "met --lan: een nieuwe toegangscode (oude links werken niet meer)",
        "with --lan: a new access code (old links stop)",
    ),
    "args.report": (
        "toon het Markdown-verslag van een bijeenkomst",
        "print the Markdown report of a meeting",
    ),
    "args.session": (
        "journaal van de bijeenkomst (standaard: de laatste)",
        "the meeting's journal (default: the latest)",
    ),
}
