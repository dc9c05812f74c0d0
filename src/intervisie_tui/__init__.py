"""intervisie-tui: walk a chair through an intervision meeting on a projected terminal."""

__version__ = "0.1.0"
