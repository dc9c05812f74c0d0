"""What the app says about the chair's settings (settings.yaml), its sound and its look."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    # Any of the chair's own YAML files (keys.yaml, settings.yaml).
    "chairfile.control": (
        "teken U+{code} (een stuurteken) hoort niet in dit bestand; haal het weg",
        "character U+{code} (a control character) does not belong in this file; remove it",
    ),
    "chairfile.not_yaml": ("geen geldige YAML: {problem}", "not valid YAML: {problem}"),
    # settings.yaml
    "settings.not_mapping": (
        "schrijf per regel 'instelling: waarde', bijvoorbeeld 'sound: bell'",
        "write one 'setting: value' per line, e.g. 'sound: bell'",
    ),
    "settings.unreadable": (
        "kan het bestand niet lezen: {error}",
        "cannot read the file: {error}",
    ),
    "settings.unknown": (
        "onbekende instelling '{name}' (bekend: {known})",
        "unknown setting '{name}' (known: {known})",
    ),
    "settings.unknown.close": (
        "onbekende instelling '{name}'; bedoel je '{close}'?",
        "unknown setting '{name}'; did you mean '{close}'?",
    ),
    "settings.twice": (
        "'{name}' staat al op regel {line}; deze regel telt niet",
        "'{name}' is already set on line {line}; this line is left out",
    ),
    "settings.bad_value": (
        "'{value}' kan niet bij '{name}'; kies uit: {choices}",
        "'{value}' is not a choice for '{name}'; choose from: {choices}",
    ),
    "settings.bad_value.close": (
        "'{value}' kan niet bij '{name}'; bedoel je '{close}'?",
        "'{value}' is not a choice for '{name}'; did you mean '{close}'?",
    ),
    "settings.fallback.one": (
        "'{name}' blijft '{value}'",
        "'{name}' stays '{value}'",
    ),
    "settings.fallback.all": (
        "alle standaardinstellingen in gebruik",
        "all default settings in use",
    ),
    "settings.not_saved": (
        "{path}: kon de keuze niet bewaren ({reason}); ze geldt alleen nu",
        "{path}: could not keep the choice ({reason}); it holds for now only",
    ),
    "settings.not_saved.damaged": (
        "{path} heeft fouten; de keuze is niet bewaard om niets van je tekst te verliezen",
        "{path} has mistakes; the choice was not saved, so nothing you wrote is lost",
    ),
    # The sound.
    "sound.no_player": (
        "Geen geluidsspeler gevonden ({tried}): je hoort de terminalbel in plaats van de gong.",
        "No sound player found ({tried}): you hear the terminal bell instead of the chime.",
    ),
    "sound.player_failed": (
        "{player} speelt de gong niet af ({reason}): je hoort de terminalbel.",
        "{player} does not play the chime ({reason}): you hear the terminal bell.",
    ),
    "sound.no_file": (
        "De gong kan niet worden klaargezet ({reason}): je hoort de terminalbel.",
        "The chime cannot be prepared ({reason}): you hear the terminal bell.",
    ),
    "sound.reason.exit": ("stopte met code {code}", "exited with code {code}"),
    "sound.reason.timeout": ("reageert niet", "does not respond"),
    # The look.
    "ui.key.theme": ("licht", "light"),
    "ui.cmd.theme": ("Licht of donker", "Light or dark"),
    "ui.cmd.theme.help": (
        "Zwart op wit voor een verlichte zaal, of licht op donker; wordt onthouden",
        "Black on white for a lit room, or light on dark; remembered",
    ),
    "ui.theme.light": ("Licht thema", "Light theme"),
    "ui.theme.dark": ("Donker thema", "Dark theme"),
    "ui.theme.saved": ("{look}, onthouden in {path}", "{look}, remembered in {path}"),
}
