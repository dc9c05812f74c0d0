"""A method's `fit:` block as the lines a chair reads when choosing a method.

One place for `show` and the library screen, so both say the same in Dutch and in English;
a method without English text falls back to its Dutch (see `messages.pick`).
"""

from __future__ import annotations

from intervisie_tui.messages import Lang, Msg, pick, say
from intervisie_tui.model.method import Fit


def fit_lines(fit: Fit | None, lang: Lang | str = Lang.nl) -> list[str]:
    """When to choose, the kinds of question, the group size and what to prepare, if given."""
    if fit is None:
        return []
    lines: list[str] = []
    if fit.when:
        lines.append(say(Msg("fit.when", when=pick(fit.when, fit.when_en, lang)), lang))
    if fit.questions:
        kinds = ", ".join(say(f"fit.kind.{kind.value}", lang) for kind in fit.questions)
        lines.append(say("fit.suits", lang, kinds=kinds))
    low, high = fit.group_min, fit.group_max
    if low is not None and high is not None:
        lines.append(say("fit.group", lang, low=low, high=high))
    elif low is not None:
        lines.append(say("fit.group_from", lang, low=low))
    elif high is not None:
        lines.append(say("fit.group_to", lang, high=high))
    if fit.prepare:
        prepare = pick(fit.prepare, fit.prepare_en, lang)
        lines.append(say("fit.prepare", lang, prepare=prepare))
    return lines
