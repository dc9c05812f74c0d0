"""What `check` tells a method author about the text of a file: bytes, YAML and the keys' values.

The library (library/) finds the problem and names it with one of these keys; `check`, the
library screen and the groups screen say it in the chair's language. The checks of a method's
content (references between steps, roles and rules; missing English) are in `check_model.py`.
"""

from __future__ import annotations

from intervisie_tui.messages import Table

#: Said after a value that YAML may have misread; English and Dutch end every such hint alike.
_QUOTES = (
    "of zet de waarde tussen aanhalingstekens als het tekst is",
    "or put the value in quotes if it is text",
)

MESSAGES: Table = {
    "check.severity.error": ("fout", "error"),
    "check.severity.warning": ("waarschuwing", "warning"),
    # parts of sentences, said inside the messages below
    "check.did_you_mean": (": bedoel je '{word}'?", "; did you mean '{word}'?"),
    "check.allowed_here": ("; hier mag: {keys}", "; allowed here: {keys}"),
    "check.this_item": ("dit onderdeel", "this item"),
    "check.this_value": ("deze waarde", "this value"),
    "check.kind.bool": ("true/false (ja/nee)", "true/false"),
    "check.kind.none": ("niets (een lege waarde)", "nothing (an empty value)"),
    "check.kind.mapping": ("een mapping", "a mapping"),
    "check.kind.list": ("een lijst", "a list"),
    "check.kind.number": ("het getal {value}", "the number {value}"),
    "check.kind.text": ("de tekst {value}", "str {value}"),
    "check.kind.other": ("{type} {value}", "{type} {value}"),
    "check.hint.untimed": (
        "; laat 'minutes' weg voor een stap zonder tijd",
        "; leave 'minutes' out for an untimed step",
    ),
    "check.hint.seconds": ("; minuten als seconden getypt?", "; minutes typed as seconds?"),
    # keys and values (pydantic's judgement in an author's words: library/messages.py)
    "check.missing_key": (
        "sleutel '{key}' ontbreekt; voeg hem toe aan deze mapping",
        "missing key '{key}'; add it to this mapping",
    ),
    "check.unknown_key": ("onbekende sleutel '{key}'{hint}", "unknown key '{key}'{hint}"),
    "check.invalid_key": (
        "sleutel {value} moet tekst zijn, bijvoorbeeld een naam als 'title'",
        "key {value} must be text, e.g. a name such as 'title'",
    ),
    "check.enum": (
        "{name} kan niet {value} zijn; kies uit: {values}{hint}",
        "{name} cannot be {value}; use one of: {values}{hint}",
    ),
    "check.not_clock": (
        "{name} {value} is geen kloktijd; schrijf UU:MM, bijvoorbeeld '16:30'",
        "{name} {value} is not a clock time; write HH:MM, e.g. '16:30'",
    ),
    "check.value_error": ("{name} {error}", "{name} {error}"),
    "check.name_spaces": (
        "heeft spaties ervoor of erachter; haal die weg",
        "has spaces before or after it; remove them",
    ),
    "check.bad_id": (
        "{name} {value} is geen geldige id; gebruik alleen kleine letters, cijfers en '-', "
        "en begin met een letter of cijfer, bijvoorbeeld 'vragenronde'",
        "{name} {value} is not a valid id; use lower-case letters, digits and '-' only, "
        "starting with a letter or digit, e.g. 'vragenronde'",
    ),
    "check.empty_text": (
        "{name} mag niet leeg zijn; schrijf de tekst, of laat de sleutel weg als die optioneel is",
        "{name} must not be empty; write the text or remove the key if it is optional",
    ),
    "check.long_text": (
        "{name} is {length} tekens lang; maak het korter, hooguit {limit}",
        "{name} is {length} characters; at most {limit}, shorten it",
    ),
    "check.long_line": (
        "{name} is {length} tekens lang; maak het korter, hooguit {limit}, zodat het op één "
        "regel van het scherm past",
        "{name} is {length} characters; at most {limit} so it fits on one projected line, "
        "shorten it",
    ),
    "check.text_bool": (
        "{name} moet tekst zijn, maar YAML las true/false; zet de waarde tussen aanhalingstekens",
        "{name} should be text, but YAML read true/false; put the value in quotes",
    ),
    "check.text_none": (
        "{name} heeft geen waarde; schrijf de tekst achter de dubbele punt, of laat de sleutel weg",
        "{name} has no value; write the text after the colon or remove the key",
    ),
    "check.text_type": (
        "{name} moet tekst zijn, niet {kind}; zet het zo nodig tussen aanhalingstekens",
        "{name} should be text, not {kind}; put it in quotes if needed",
    ),
    "check.whole_number": (
        "{name} moet een heel getal zijn (bijvoorbeeld 3), niet {kind}",
        "{name} should be a whole number (e.g. 3), not {kind}",
    ),
    "check.number": (
        "{name} moet een getal zijn (bijvoorbeeld 5 of 2.5), niet {kind}",
        "{name} should be a number (e.g. 5 or 2.5), not {kind}",
    ),
    "check.more_than": (
        "{name} moet groter zijn dan {limit}, niet {value}{hint}",
        "{name} must be more than {limit}, not {value}{hint}",
    ),
    "check.at_least": (
        "{name} moet minstens {limit} zijn, niet {value}{hint}",
        "{name} must be at least {limit}, not {value}{hint}",
    ),
    "check.less_than": (
        "{name} moet kleiner zijn dan {limit}, niet {value}{hint}",
        "{name} must be less than {limit}, not {value}{hint}",
    ),
    "check.at_most": (
        "{name} mag hooguit {limit} zijn, niet {value}{hint}",
        "{name} must be at most {limit}, not {value}{hint}",
    ),
    "check.bool": (
        "{name} moet true of false zijn, niet {kind}",
        "{name} should be true or false, not {kind}",
    ),
    "check.too_few_one": (
        "{name} heeft minstens 1 onderdeel nodig; nu is het leeg",
        "{name} needs at least 1 item; it is empty now",
    ),
    "check.too_few": (
        "{name} heeft minstens {minimum} onderdelen nodig; nu is het leeg",
        "{name} needs at least {minimum} items; it is empty now",
    ),
    "check.too_many": (
        "{name} heeft te veel onderdelen; hooguit {limit}",
        "{name} has too many items; at most {limit}",
    ),
    "check.list_type": (
        "{name} moet een lijst zijn (één '- onderdeel' per regel, of [a, b]), niet {kind}",
        "{name} should be a list (one '- item' per line, or [a, b]), not {kind}",
    ),
    "check.mapping_type": (
        "{name} moet een mapping van sleutels zijn (regels 'sleutel: waarde'), niet {kind}",
        "{name} should be a mapping of keys ('key: value' lines), not {kind}",
    ),
    "check.pydantic": ("{name}: {detail}", "{name}: {detail}"),
    # the file as a whole (library/loader.py, model_file.py, source.py, library.py)
    "check.modeline": (
        "zet '{modeline}' op de eerste regel, dan controleert je editor het bestand terwijl "
        "je typt",
        "first line should be '{modeline}' so editors check the file while you type",
    ),
    "check.method_empty": (
        "het bestand is leeg; een methode heeft minstens 'id', 'title', 'title_en', 'purpose', "
        "'source', 'roles' en 'steps' nodig (zie docs/methods.md)",
        "the file is empty; a method needs at least 'id', 'title', 'title_en', 'purpose', "
        "'source', 'roles' and 'steps' (see docs/methods.md)",
    ),
    "check.file_empty": ("het bestand is leeg", "the file is empty"),
    "check.file_not_mapping": (
        "dit bestand moet een mapping van sleutels zijn",
        "this file must be a mapping of keys",
    ),
    "check.method_is_list": (
        "een methodebestand moet een mapping van sleutels zijn ('id: ...', 'title: ...', "
        "'steps: ...'), geen lijst",
        "a method file must be a mapping of keys (id: ..., title: ..., steps: ...), not a list",
    ),
    "check.method_is_value": (
        "een methodebestand moet een mapping van sleutels zijn ('id: ...', 'title: ...', "
        "'steps: ...'), geen losse waarde",
        "a method file must be a mapping of keys (id: ..., title: ..., steps: ...), "
        "not a single value",
    ),
    "check.misread_bool": (
        "'{key}' vraagt een getal, maar YAML leest {written} als true/false, wat stilletjes "
        "als {value} zou tellen; schrijf het getal dat je bedoelt",
        "'{key}' needs a number, but YAML reads {written} as true/false, which would silently "
        "count as {value}; write the number you mean",
    ),
    "check.folder_unreadable": (
        "kan deze map niet lezen ({reason}), dus geen van de methodebestanden erin is "
        "geladen; geef jezelf leesrecht (chmod u+rx) of verplaats de bestanden",
        "cannot read this folder ({reason}), so none of its method files were loaded; give "
        "yourself permission to read it (chmod u+rx) or move the files",
    ),
    "check.is_folder": (
        "dit is een map, geen methodebestand",
        "this is a folder, not a method file",
    ),
    "check.dangling_link": (
        "dit is een koppeling naar {target}, en dat bestaat niet",
        "this is a link to {target}, which does not exist",
    ),
    "check.not_found": (
        "bestand niet gevonden; controleer het pad",
        "file not found; check the path",
    ),
    "check.not_ordinary": (
        "dit is {what}, geen gewoon bestand; een methodebestand moet een gewoon tekstbestand zijn",
        "this is {what}, not an ordinary file; a method file must be an ordinary text file",
    ),
    "check.kind.fifo": ("een named pipe (FIFO)", "a named pipe (FIFO)"),
    "check.kind.socket": ("een socket", "a socket"),
    "check.kind.device": ("een apparaat", "a device"),
    "check.kind.not_file": ("geen bestand", "not a file"),
    "check.cannot_read": (
        "kan het bestand niet lezen: {reason}",
        "cannot read the file: {reason}",
    ),
    "check.too_large": (
        "het bestand is groter dan {size} KiB; een methodebestand is een paar KiB, dus dit is "
        "waarschijnlijk geen methodebestand",
        "file is larger than {size} KiB; a method file is a few KiB, so this is probably not "
        "a method file",
    ),
    "check.nul_byte": (
        "binaire gegevens (een NUL-byte) hier: een methodebestand moet platte UTF-8-tekst "
        "zijn; heeft je editor het als UTF-16 bewaard, bewaar het dan opnieuw als UTF-8",
        "binary data (a NUL byte) here: a method file must be plain UTF-8 text; if your "
        "editor saved it as UTF-16, save it again as UTF-8",
    ),
    "check.not_utf8": (
        "deze byte (0x{byte}) is geen geldige UTF-8: bewaar het bestand als UTF-8 (het is "
        "waarschijnlijk als Latin-1 of Windows-1252 bewaard)",
        "this byte (0x{byte}) is not valid UTF-8: save the file as UTF-8 (it was probably "
        "saved as Latin-1 or Windows-1252)",
    ),
    "check.folder_not_found": (
        "map niet gevonden; controleer het pad achter --methods",
        "folder not found; check the --methods path",
    ),
    "check.method_id_taken": (
        "methode-id '{id}' wordt al gebruikt door {first}; geef deze methode een andere id "
        "(of haal een van de bestanden weg)",
        "method id '{id}' is already used by {first}; give this method another id (or remove "
        "one of the files)",
    ),
    "check.rules_id_taken": (
        "spelregel-id '{id}' wordt al gebruikt door {first}; geef deze spelregels een andere "
        "id (of haal een van de bestanden weg)",
        "ground rules id '{id}' is already used by {first}; give these rules another id (or "
        "remove one of the files)",
    ),
    # YAML (library/yaml_errors.py, yaml_limits.py, yaml_walk.py, yaml_scalars.py)
    "check.yaml_syntax": (
        "YAML-syntaxis (de parser meldt: '{detail}'){start}{hint}",
        "YAML syntax: {detail}{start}{hint}",
    ),
    "check.yaml_starts_at": (
        " (begonnen op regel {line}, kolom {col})",
        " that starts at line {line}, column {col}",
    ),
    "check.yaml_error": ("YAML-fout: {detail}", "YAML error: {detail}"),
    "check.yaml.colon_in_value": (
        "; er staat ': ' in een waarde: zet de hele waarde tussen aanhalingstekens, of "
        "controleer het inspringen",
        "; a value contains ': '; put the whole value in quotes, or check the indentation",
    ),
    "check.yaml.tab": (
        "; spring in met spaties, nooit met tabs",
        "; use spaces for indentation, never tabs",
    ),
    "check.yaml.colon": (
        "; achter een sleutel hoort ': '; controleer hoe ver deze regel inspringt",
        "; a key needs ': ' after it; check this line's indentation",
    ),
    "check.yaml.close_list": (
        "; sluit de [ lijst ] die daar begint af met ']'",
        "; close the [ list ] that starts there with ']'",
    ),
    "check.yaml.close_mapping": (
        "; sluit de {{ mapping }} die daar begint af met '}}'",
        "; close the {{ mapping }} that starts there with '}}'",
    ),
    "check.yaml.dash": (
        "; controleer hoe ver deze regel inspringt: de sleutels van één mapping en de "
        "onderdelen van één lijst moeten precies onder elkaar staan",
        "; check this line's indentation: the keys of one mapping and the items of one list "
        "must line up exactly",
    ),
    "check.yaml.key": (
        "; controleer hoe ver deze regel inspringt: de sleutels van één mapping moeten "
        "precies onder elkaar staan",
        "; check this line's indentation: the keys of one mapping must line up exactly",
    ),
    "check.yaml.quote": (
        "; hier gaat een aanhalingsteken open dat op deze regel niet sluit, dus las de parser door "
        "tot regel {line}: sluit het aan het eind van de waarde, of laat de aanhalingstekens weg",
        "; a quote opens here and does not close on this line, so the parser read on to line "
        "{line}: close it at the end of the value, or leave the quotes out",
    ),
    "check.yaml.dash_space": (
        "; zet een spatie achter het streepje van een lijstonderdeel: '- id: ...', niet '-id: ...'",
        "; put a space after the dash of a list item: '- id: ...', not '-id: ...'",
    ),
    "check.yaml.one_document": (
        "; een methodebestand bevat één document; haal de extra '---' weg",
        "; a method file holds one document; remove the extra '---'",
    ),
    "check.yaml.alias": (
        "; definieer het anker (&naam) voordat je de alias (*naam) gebruikt",
        "; define the anchor (&name) before using the alias (*name)",
    ),
    "check.yaml.tag": (
        "; eigen tags (!!python/..., !iets) mogen niet in methodebestanden; haal de tag weg",
        "; custom tags (!!python/..., !something) are not allowed in method files; remove the tag",
    ),
    "check.yaml.unhashable": (
        "; een sleutel moet gewone tekst zijn, geen lijst of mapping",
        "; a key must be plain text, not a list or mapping",
    ),
    "check.bad_character": (
        "teken U+{code} mag niet in een YAML-bestand staan; haal het weg (vaak is het een "
        "onzichtbaar stuurteken dat van elders is meegeplakt)",
        "character U+{code} is not allowed in a YAML file; delete it (it is often an "
        "invisible control character pasted from elsewhere)",
    ),
    "check.too_many_aliases": (
        "meer dan {limit} aliassen (*naam) in één bestand; dit lijkt op een alias-bom. "
        "Schrijf de waarden uit in plaats van ankers zo vaak te hergebruiken",
        "more than {limit} aliases (*name) in one file; this looks like an alias bomb. "
        "Write the values out instead of reusing anchors this often",
    ),
    "check.too_deep": (
        "meer dan {limit} niveaus diep genest; een methodebestand heeft er ongeveer zes nodig",
        "nested more than {limit} levels deep; a method file needs about six levels",
    ),
    "check.too_big": (
        "dit deel groeit (via aliassen) uit tot meer dan {limit} waarden; een methodebestand "
        "is veel kleiner. Schrijf de waarden uit in plaats van aliassen te nesten",
        "this part expands to more than {limit} values (through aliases); a method file is "
        "far smaller. Write the values out instead of nesting aliases",
    ),
    "check.alias_loop": (
        "alias *{anchor} wijst naar binnen zijn eigen anker, een lus die nooit tot het eind "
        "te lezen is; haal de alias weg",
        "alias *{anchor} points into its own anchor, a loop that can never be read to the "
        "end; remove the alias",
    ),
    "check.duplicate_key": (
        "sleutel '{key}' staat twee keer in deze mapping; YAML zou stilletjes alleen de "
        "laatste houden, dus haal er een weg of hernoem er een",
        "key '{key}' appears twice in this mapping; YAML would silently keep only the last "
        "one, so remove or rename one of them",
    ),
    "check.sexagesimal": (
        "YAML leest {text} als {value} (het telt in zestigen, zoals een klok), en dat bedoelt "
        "een methode niet; schrijf minuten als één getal, bijvoorbeeld 1.5 voor anderhalve "
        f"minuut, {_QUOTES[0]}",
        "YAML reads {text} as {value} (it counts in sixties, like a clock), which is not what "
        f"a method means; write minutes as one number, e.g. 1.5 for a minute and a half, "
        f"{_QUOTES[1]}",
    ),
    "check.hex_number": (
        f"YAML leest {{text}} als het hexadecimale getal {{value}}; schrijf {{value}}, "
        f"{_QUOTES[0]}",
        f"YAML reads {{text}} as the hexadecimal number {{value}}; write {{value}}, {_QUOTES[1]}",
    ),
    "check.binary_number": (
        f"YAML leest {{text}} als het binaire getal {{value}}; schrijf {{value}}, {_QUOTES[0]}",
        f"YAML reads {{text}} as the binary number {{value}}; write {{value}}, {_QUOTES[1]}",
    ),
    "check.octal_number": (
        "YAML leest {text} als {value} (door een voorloopnul wordt het een octaal getal); "
        f"schrijf {{meant}}, {_QUOTES[0]}",
        "YAML reads {text} as {value} (a leading zero makes it an octal number); write "
        f"{{meant}}, {_QUOTES[1]}",
    ),
    "check.odd_number": (
        f"YAML leest {{text}} als {{value}}; schrijf het getal gewoon uit, {_QUOTES[0]}",
        f"YAML reads {{text}} as {{value}}; write the number plainly, {_QUOTES[1]}",
    ),
    "check.control_character": (
        "stuurteken U+{code} (geschreven als {written}) in deze tekst; een terminal zou het "
        "als opdracht uitvoeren in plaats van het te tonen, dus haal het weg",
        "control character U+{code} (written {written}) in this text; a terminal would run it "
        "as a command instead of showing it, so remove it",
    ),
    "check.huge_number": (
        "dit getal heeft {digits} cijfers, veel meer dan een methode ooit nodig heeft; "
        f"schrijf een getal als 15, {_QUOTES[0]}",
        "this number has {digits} digits, far more than any method needs; write a number "
        f"such as 15, {_QUOTES[1]}",
    ),
    "check.no_such_day": (
        "'{text}' lijkt een datum, maar die dag bestaat niet ({error}); verbeter de datum, "
        f"{_QUOTES[0]}",
        "'{text}' looks like a date, but there is no such day ({error}); correct the date, "
        f"{_QUOTES[1]}",
    ),
    "check.want.int": ("een heel getal als 15", "a whole number such as 15"),
    "check.want.float": ("een getal als 2.5", "a number such as 2.5"),
    "check.want.bool": ("true of false", "true or false"),
    "check.want.date": ("een datum als 2024-03-15", "a date such as 2024-03-15"),
    "check.want.other": ("een waarde van het type {tag}", "a value of type {tag}"),
    "check.bad_tag": (
        "'{text}' heeft de tag !!{tag}, maar is niet te lezen als {wanted}; haal de tag weg, "
        "of schrijf {wanted}",
        "'{text}' is tagged !!{tag} but is not {wanted}; remove the tag, or write {wanted}",
    ),
    "check.unreadable_value": (
        f"YAML kan '{{text}}' niet lezen als {{wanted}} ({{error}}); {_QUOTES[0]}",
        f"YAML cannot read '{{text}}' as {{wanted}} ({{error}}); {_QUOTES[1]}",
    ),
}
