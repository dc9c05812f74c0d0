"""Mutated method files never raise and never point outside the file (seeded, repeatable)."""

from __future__ import annotations

import random
from pathlib import Path

from intervisie_tui.library import load_file

VALID = Path(__file__).resolve().parent.parent / "data" / "valid"
INSERTS = [b"-5 ", b"[", b"{", b"&a ", b"*a ", b"!!binary ", b"'", b'"', b"? ", b"|", b"~ ", b"\t"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        j = rng.randrange(len(lines))
        match rng.randrange(6):
            case 0:
                del lines[j]
            case 1:
                lines.insert(j, lines[rng.randrange(len(lines))])
            case 2:
                pos = rng.randrange(len(lines[j]) + 1)
                lines[j] = lines[j][:pos] + bytes([rng.randrange(256)]) + lines[j][pos:]
            case 3:
                lines[j] = lines[j].replace(b": ", b": " + rng.choice(INSERTS), 1)
            case 4:
                lines[j] = b" " * rng.randrange(1, 6) + lines[j]
            case _:
                lines[j] = lines[j][: rng.randrange(len(lines[j]) + 1)]
        if not lines:
            lines = [b""]
    return b"\n".join(lines)


def test_mutated_files_give_problems_inside_the_file(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    sources = [path.read_bytes() for path in sorted(VALID.glob("*.yaml"))]
    path = tmp_path / "m.yaml"
    located = 0
    for _ in range(300):
        data = mutate(rng.choice(sources), rng)
        path.write_bytes(data)
        result = load_file(path)  # must not raise
        lines = data.decode("utf-8", errors="replace").split("\n")
        for problem in result.problems:
            assert 1 <= problem.line <= len(lines), (problem, data)
            assert 1 <= problem.col <= len(lines[problem.line - 1]) + 1, (problem, data)
            located += problem.line > 1
    assert located > 100  # most mutations are found at their own line, not at the top
