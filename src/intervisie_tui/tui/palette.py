"""The command palette's answer to a search that finds nothing, in the chair's language.

Textual's palette shows its own "No matches found" when no provider returns a hit, and offers
no public way to word it differently (the text is fixed inside CommandPalette). It only shows
it when the list stays empty, so this provider answers exactly then: one line in the UI's
language that says nothing matched and, chosen, opens the help with every key.
"""

from __future__ import annotations

from rich.text import Text
from textual.command import Hit, Hits, Provider

from intervisie_tui.tui.i18n import tr


class NothingFound(Provider):
    """A palette line "Geen opdracht voor '…'" when none of our commands matches the search.

    It asks the same question the palette's own provider asks (the fuzzy matcher on each
    command's title), so it appears only when that provider has nothing to offer.
    """

    async def search(self, query: str) -> Hits:
        """One hit that says nothing matched, or nothing when a command does."""
        matcher = self.matcher(query)
        titles = [command.title for command in self.app.get_system_commands(self.screen)]
        if any(matcher.match(title) > 0 for title in titles):
            return
        yield Hit(
            1.0,
            Text(tr("ui.cmd.nothing_found", query=query), style="italic"),
            self._help,
            help=tr("ui.cmd.nothing_found.help"),
        )

    async def _help(self) -> None:
        await self.app.run_action("help")
