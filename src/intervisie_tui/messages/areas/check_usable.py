"""What `check` says it found usable, by kind of file: methods, agendas, ground rules.

Apart from cli.py's table so that `check` on an agenda file says "1 programma bruikbaar" instead
of "0 methode(n) bruikbaar", without touching the messages others change at the same time.
"""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "check.usable.summary": (
        "{files} bestand(en) gecontroleerd, {usable}: {errors} fout(en), "
        "{warnings} waarschuwing(en)",
        "{files} file(s) checked, {usable}: {errors} error(s), {warnings} warning(s)",
    ),
    "check.usable.methods": ("{count} methode(n) bruikbaar", "{count} method(s) usable"),
    "check.usable.agendas": ("{count} programma('s) bruikbaar", "{count} agenda(s) usable"),
    "check.usable.agenda": (
        "1 programma bruikbaar ({items} onderdelen, waarvan {cases} casus(sen))",
        "1 agenda usable ({items} items, {cases} of them case(s))",
    ),
    "check.usable.ground_rules": (
        "{count} spelregelbestand(en) bruikbaar",
        "{count} ground rules file(s) usable",
    ),
    "check.usable.and": ("{first} en {second}", "{first} and {second}"),
}
