"""Words about the case itself: whose it is, its question, the first step, volunteers."""

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "cases.report.case": ("Casus {number}", "Case {number}"),
    "cases.no_inbrenger_yet": (
        "er is nog geen inbrenger gekozen voor deze casus",
        "no case presenter has been chosen for this case yet",
    ),
    "cases.setup.chosen_later": (
        "(mag leeg: de groep kiest in stap {n}, {title})",
        "(may stay empty: the group chooses in step {n}, {title})",
    ),
    "cases.key.inbrenger": ("inbrenger", "presenter"),
    "cases.cmd.inbrenger": ("Inbrenger aanwijzen", "Name the case presenter"),
    "cases.cmd.inbrenger.help": (
        "Wiens casus de groep koos, met één toets",
        "Whose case the group chose, with one key",
    ),
    "cases.pick.inbrenger": (
        "Wie brengt de casus in? Eén toets kiest.",
        "Who brings the case? One key chooses.",
    ),
    "cases.pick.help": (
        "toets of Enter: kiezen · Escape: niemand kiezen",
        "key or Enter: choose · Escape: choose nobody",
    ),
    "cases.run.choose": ("inbrenger: kies met i", "case presenter: choose with i"),
}
