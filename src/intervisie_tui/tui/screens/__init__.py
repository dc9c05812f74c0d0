"""The app's screens: library, set-up, run, end, and the small dialogs on top of them."""
