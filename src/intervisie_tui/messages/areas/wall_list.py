"""The list the room reads from the wall in the opening: its paging and its key."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "wall.next_page": ("r: verder ▼", "r: more ▼"),
    "wall.first_page": ("r: weer van boven ▲", "r: back to the top ▲"),
    "ui.key.wall_page": ("lijst verder", "list on"),
    "ui.cmd.wall_page": ("Lijst op de muur verder", "Wall list on"),
    "ui.cmd.wall_page.help": (
        "De spelregels (of de eerste stappen van vorige keer) een bladzijde verder, na de "
        "laatste weer van boven",
        "The ground rules (or last time's first steps) a page on; after the last, the top again",
    ),
}
