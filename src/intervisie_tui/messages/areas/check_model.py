"""What `check` tells a method author about a file's content: references, totals, English twins.

The model's own checks (model/references.py, english.py, agenda_checks.py, ground_rules.py)
name each finding with one of these keys; the words about the file's text and YAML are in
`check.py`.
"""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "check.role_twice": (
        "rol-id '{id}' komt twee keer voor; geef elke rol een eigen id",
        "role id '{id}' is used twice",
    ),
    "check.rule_twice": (
        "regel-id '{id}' komt twee keer voor; geef elke regel een eigen id",
        "rule id '{id}' is used twice",
    ),
    "check.step_twice": (
        "stap-id '{id}' komt twee keer voor; geef elke stap een eigen id",
        "step id '{id}' is used twice",
    ),
    "check.incident_twice": (
        "incident-id '{id}' komt twee keer voor; geef elk incident een eigen id",
        "incident id '{id}' is used twice",
    ),
    "check.unknown_role": (
        "onbekende rol '{value}' (bekend: {known})",
        "unknown role '{value}' (known: {known})",
    ),
    "check.unknown_rule": (
        "onbekende regel '{value}' (bekend: {known})",
        "unknown rule '{value}' (known: {known})",
    ),
    "check.unknown_step": (
        "onbekende stap '{value}' (bekend: {known})",
        "unknown step '{value}' (known: {known})",
    ),
    "check.none_declared": ("er zijn er nog geen", "none are declared"),
    "check.items_need_item": (
        "bij 'items' hoort ook 'item', bijvoorbeeld 'item: vraag'",
        "'items' needs 'item' too, e.g. 'item: vraag'",
    ),
    "check.last_before_first": (
        "'last' staat in de stappen vóór 'first'",
        "'last' comes before 'first' in the steps",
    ),
    "check.twin_count": (
        "'{field}_en' heeft {english} regels en '{field}' heeft er {dutch}: geef bij elke "
        "Nederlandse regel één Engelse, in dezelfde volgorde",
        "'{field}_en' has {english} entries and '{field}' has {dutch}: give one English line "
        "for each Dutch one, in order",
    ),
    "check.group_max_small": (
        "'group_max' ({most}) is kleiner dan 'group_min' ({least})",
        "group_max {most} is smaller than group_min {least}",
    ),
    "check.total_differs": (
        "het opgegeven totaal van {total} min wijkt af van {what}, samen {sum} min{without}; "
        "verbeter de minuten, of leg in 'note' uit waarom",
        "declared total {total} min differs from {what}, which add up to {sum} min{without}; "
        "correct the minutes, or say why in 'note'",
    ),
    "check.the_steps": ("de stappen", "the steps"),
    "check.the_repeated_steps": ("de herhaalde stappen", "the repeated steps"),
    "check.without_optional": (
        " ({minutes} zonder de optionele stappen)",
        " ({minutes} without optional steps)",
    ),
    "check.scope_needs_repeat": (
        "scope 'repeat' vraagt een 'repeat'-blok in de methode",
        "scope 'repeat' needs a 'repeat' block in the method",
    ),
    "check.one_chooser": (
        "maar één stap mag kiezen; '{step}' doet dat al",
        "only one step may choose; '{step}' already does",
    ),
    "check.chooses_needs_inbrenger": (
        "'chooses' vraagt een rol van het soort 'inbrenger' om met de keuze te vullen",
        "'chooses' needs a role of kind 'inbrenger' to fill with the choice",
    ),
    "check.topics_need_repeat": (
        "'chooses: topics' vraagt een 'repeat'-blok met 'per: topic'",
        "'chooses: topics' needs a 'repeat' block with 'per: topic'",
    ),
    "check.topics_before_block": (
        "de stap die de onderwerpen verzamelt moet vóór het blok komen",
        "the step that collects the topics must come before the block",
    ),
    "check.case_inside_block": (
        "'chooses: case' hoort in een herhalende methode binnen het herhaalde blok",
        "'chooses: case' in a repeating method belongs inside the repeated block",
    ),
    "check.no_inbrenger_yet": (
        "er is nog geen inbrenger voordat stap '{step}' kiest: gebruik 'not_applicable'",
        "nobody presents a case before step '{step}' chooses: use 'not_applicable'",
    ),
    "check.no_inbrenger_role_yet": (
        "er is nog geen inbrenger voordat stap '{step}' kiest: laat '{role}' hier weg",
        "nobody presents a case before step '{step}' chooses: leave '{role}' out here",
    ),
    "check.no_english": (
        "'{field}' heeft geen Engels: zet '{field}_en' ernaast, in je eigen woorden",
        "'{field}' has no English: add '{field}_en' beside it, in your own words",
    ),
    "check.more_no_english": (
        "en nog {count} teksten hier en verderop hebben geen Engels: deze methode is alleen "
        "Nederlands; zet naast elke tekst een '_en'-tweeling (een Engels scherm toont het "
        "Nederlands, gemarkeerd)",
        "and {count} more texts here and below have no English: this method is in Dutch "
        "only; add an '_en' twin beside each text (an English screen shows the Dutch, marked)",
    ),
    # agenda files (model/agenda_checks.py)
    "check.named_twice": (
        "'{name}' staat er twee keer; haal er een weg",
        "'{name}' is named twice; remove one",
    ),
    "check.chair_participant": (
        "'{name}' is de voorzitter; de voorzitter bewaakt het proces en is geen deelnemer, "
        "dus laat de naam hier weg",
        "'{name}' is the chair; the chair guards the process and is not a participant, so "
        "leave the name out here",
    ),
    "check.not_participant": (
        "'{name}' staat niet bij de deelnemers; verbeter de naam of zet hem bij "
        "'participants'{hint}",
        "'{name}' is not among the participants; correct the name or add it to "
        "'participants'{hint}",
    ),
    "check.case_two_ways": (
        "geef 'inbrenger' (en 'question') of een lijst 'cases', niet allebei",
        "give either 'inbrenger' (and 'question') or a list of 'cases', not both",
    ),
    "check.no_ground_rules": (
        "geen spelregels met id '{id}' in de bibliotheek{hint}",
        "no ground rules with id '{id}' in the library{hint}",
    ),
    "check.unknown_method": ("onbekende methode '{id}'{hint}", "unknown method '{id}'{hint}"),
    "check.list_shows": (
        "; `intervisie-tui list` toont de methoden",
        "; `intervisie-tui list` shows the methods",
    ),
    "check.part_not_case": (
        "'{id}' is de {part} van de bijeenkomst, geen methode voor een casus; zet de casus "
        "bij een onderdeel met een methode",
        "'{id}' is the meeting's {part}, not a method for a case; put the case on an item "
        "with a method",
    ),
    "check.part.opening": ("opening", "opening"),
    "check.part.closing": ("afsluiting", "closing"),
    "check.part.inventory": ("casusinventarisatie", "case inventory"),
    "check.part.break": ("pauze", "break"),
    "check.part.case": ("casus", "case"),
    "check.needs_inbrenger": (
        "'{id}' werkt met iemands casus; zet 'inbrenger: NAAM' (en 'question: ...') bij dit "
        "onderdeel",
        "'{id}' works on someone's case; add 'inbrenger: NAME' (and 'question: ...') to this item",
    ),
}
