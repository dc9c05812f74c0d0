"""The Textual app the chair projects: the only package that imports textual.

Screens live in `screens/`, reusable pieces of the run screen in `widgets/` (the rehearsal
screens build on them), every UI string in `i18n.py` and every key in `keys.py`. The CLI enters
through `launch.launch_app`.
"""
