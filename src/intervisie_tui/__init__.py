"""intervisie-tui: walk a chair through an intervision meeting on a projected terminal."""

__version__ = "0.1.0"

#: The name of the user's config, cache and data folders (platformdirs), one for every layer.
APP_NAME = "intervisie-tui"
