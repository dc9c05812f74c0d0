"""The meeting's sound: chimes written by the standard library, played by what the system has.

No textual here: the screens ask `Chimes.play` (in a worker thread) and ring the terminal
bell themselves when it answers that no player worked.
"""
