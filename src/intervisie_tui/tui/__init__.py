"""The Textual app the chair projects: the only package that imports textual.

Screens live in `screens/`, reusable pieces of the run screen in `widgets/` (the rehearsal
screens build on them), the chosen language in `i18n.py` (the sentences are in the catalogue,
`intervisie_tui.messages`) and every key in `keys.py`. The CLI enters through `launch.launch_app`.
"""
