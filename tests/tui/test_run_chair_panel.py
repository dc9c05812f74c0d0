"""The chair's panel: the opening words in sight at 100x30, the rest a key away (↓ / ↑)."""

from __future__ import annotations

from pathlib import Path

from tui_support import PEOPLE, make_app, run_screen, screen_text

from intervisie_tui.tui.widgets.chair import ChairPanel


async def test_the_opening_words_fit_and_the_keys_scroll_the_rest(tmp_path: Path) -> None:
    app = make_app(tmp_path, method_id="kot", options=PEOPLE)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = run_screen(app).query_one(ChairPanel)
        # Step 1: the whole opening, to its closing quote, without scrolling.
        assert "kan ik ...'.”" in screen_text(app)
        assert panel.scroll_y == 0
        await pilot.press("n", "n")  # a step with more to say than the panel holds
        await pilot.pause()
        assert panel.max_scroll_y > 0
        await pilot.press("down")
        await pilot.pause()
        assert panel.scroll_y > 0
        assert "Vragen om te stellen" in screen_text(app)
        await pilot.press("up")
        await pilot.pause()
        assert panel.scroll_y == 0
        assert run_screen(app).session.state.index == 2  # the arrows left the phase alone
