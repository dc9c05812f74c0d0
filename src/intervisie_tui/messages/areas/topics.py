"""Topics collected inside a method (quick advice rounds): what the chair is told."""

from __future__ import annotations

from intervisie_tui.messages import Table

MESSAGES: Table = {
    "topics.not_collected": (
        "dit onderdeel verzamelt geen onderwerpen",
        "this item does not collect topics",
    ),
    "topics.passes_begun": (
        "het onderwerp staat op de flip-over, maar de rondes per onderwerp zijn al begonnen: "
        "het krijgt geen eigen ronde meer",
        "the topic is on the flip-over, but the rounds per topic have begun: it gets no round "
        "of its own any more",
    ),
    "topics.prompt": (
        "Onderwerp van wie aan de beurt is, met het cijfer (1-10), bv. Roosters plannen: 8",
        "Topic of whoever has the turn, with the score (1-10), e.g. Planning rotas: 8",
    ),
}
