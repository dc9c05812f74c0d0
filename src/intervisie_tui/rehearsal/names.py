"""Generated Dutch first names for the simulated participants of a rehearsal.

A chair rehearsing alone still needs a room: people with names who take turns, wait, and break
rules. The names come from a fixed pool shuffled by the seed, so the same seed brings the same
group back and a chair can repeat a drill exactly.
"""

from __future__ import annotations

import random

#: Common Dutch first names, short enough for a projected turn order. Unique, so a name
#: identifies one simulated person in a rehearsal.
NAME_POOL: tuple[str, ...] = (
    "Anouk",
    "Bart",
    "Bram",
    "Daan",
    "Eline",
    "Emma",
    "Esther",
    "Fleur",
    "Floor",
    "Gijs",
    "Hanna",
    "Ilse",
    "Iris",
    "Jasper",
    "Jeroen",
    "Joost",
    "Julia",
    "Karin",
    "Koen",
    "Lars",
    "Lieke",
    "Lisa",
    "Luuk",
    "Maaike",
    "Marieke",
    "Mark",
    "Martijn",
    "Mila",
    "Naima",
    "Niels",
    "Noor",
    "Pieter",
    "Priya",
    "Rik",
    "Roos",
    "Ruben",
    "Sanne",
    "Sem",
    "Sophie",
    "Stijn",
    "Thijs",
    "Tim",
    "Wouter",
    "Yara",
    "Youssef",
    "Zeynep",
)


def rehearsal_rng(seed: int, purpose: str) -> random.Random:
    """A random generator for one purpose of one rehearsal.

    Each purpose (names, schedule, option order) gets its own stream, so adding a draw in one
    place never reshuffles another: a seed keeps meaning the same rehearsal as the code grows.
    String seeds are hashed with SHA-512 by `random`, which is stable across runs and machines.
    """
    return random.Random(f"intervisie-rehearsal:{seed}:{purpose}")


def simulated_names(seed: int, count: int) -> list[str]:
    """`count` different first names for simulated participants, the same for the same seed."""
    if count < 0 or count > len(NAME_POOL):
        raise ValueError(f"count must be between 0 and {len(NAME_POOL)}, got {count}")
    return rehearsal_rng(seed, "names").sample(NAME_POOL, count)
