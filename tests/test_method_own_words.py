"""The bundled methods say the seeds' facts in their own words, never in the seeds' sentences.

The method texts were written from Dutch source documents (../shared/seeds beside the clone).
The facts carry over (steps, minutes, roles, sources); the sentences must not: a library that
copies its sources is not ours to ship. The guard is the one the reviewing trainer used: no run of
eight or more words that a method text shares with a seed, after folding case, punctuation and
whitespace. A method's `source` is a citation and may name a book by its title.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from intervisie_tui.library import load_file

REPO = Path(__file__).resolve().parent.parent
METHODS_DIR = REPO / "methods"


def seed_dirs() -> list[Path]:
    """Where the seeds may be: ../shared/seeds beside the clone, or beside the main checkout.

    A git worktree lives apart from the clone it belongs to; its main checkout is the parent
    of the common .git folder, and the seeds sit beside that.
    """
    places = [REPO.parent / "shared" / "seeds"]
    common = subprocess.run(
        ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if common.returncode == 0 and common.stdout.strip():
        main_checkout = Path(common.stdout.strip()).parent
        places.append(main_checkout.parent / "shared" / "seeds")
    return list(dict.fromkeys(places))


#: Runs this long or longer count as copied text.
RUN = 8
#: Fields that are not prose of ours: ids and cross references, and the citation of the source.
NOT_PROSE = frozenset({"id", "step", "rule", "who", "source", "first", "last"})


def words(text: str) -> list[str]:
    """Lower-case words with punctuation and whitespace folded away (PDF hyphens included)."""
    return re.findall(r"[^\W_]+", text.lower())


def runs(text: str) -> Iterator[tuple[str, ...]]:
    """Every run of RUN consecutive words in `text`."""
    found = words(text)
    for start in range(len(found) - RUN + 1):
        yield tuple(found[start : start + RUN])


def prose(node: object, path: str) -> Iterator[tuple[str, str]]:
    """(field path, text) for every piece of text in a loaded method, citations left out."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list | tuple):
        for index, item in enumerate(node):
            yield from prose(item, f"{path}[{index}]")
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if name not in NOT_PROSE:
                yield from prose(getattr(node, name), f"{path}.{name}".lstrip("."))


@pytest.fixture(scope="module")
def seed_runs() -> set[tuple[str, ...]]:
    places = seed_dirs()
    found = [place for place in places if place.is_dir()]
    if not found:
        looked = ", ".join(str(place) for place in places)
        pytest.fail(
            f"the seed texts are not in {looked}: this test compares the method library with "
            f"them, so put the shared folder (with seeds/) beside the repository, as CI does"
        )
    seeds = sorted(found[0].glob("*.txt"))
    assert seeds, f"no seed texts (*.txt) in {found[0]}"
    return {run for seed in seeds for run in runs(seed.read_text(encoding="utf-8"))}


def test_runs_fold_case_punctuation_and_whitespace() -> None:
    seed = "De  inbrenger gaat buiten de kring\nzitten en bemoeit zich nergens mee."
    copied = "de inbrenger, gaat buiten de KRING zitten - en luistert"
    assert set(runs(seed)) & set(runs(copied)) == {
        ("de", "inbrenger", "gaat", "buiten", "de", "kring", "zitten", "en")
    }


def test_the_guard_catches_a_copied_sentence(seed_runs: set[tuple[str, ...]]) -> None:
    """A sentence taken from a seed is found, so a clean library result means something."""
    copied = "Hij luistert aandachtig en maakt notities over zaken die hem raken."
    assert set(runs(copied)) & seed_runs


@pytest.mark.parametrize("path", sorted(METHODS_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_method_text_shares_eight_words_with_a_seed(
    path: Path, seed_runs: set[tuple[str, ...]]
) -> None:
    result = load_file(path)
    loaded = result.method or result.ground_rules  # the group's ground rules are ours too
    assert loaded is not None, "\n".join(str(problem) for problem in result.problems)
    texts = dict(prose(loaded, ""))
    assert "title" in texts and any(".explanation" in field for field in texts), (
        "the walk over the file found none of its prose"
    )
    copied = [
        f"{field}: '{' '.join(run)}'"
        for field, text in texts.items()
        for run in runs(text)
        if run in seed_runs
    ]
    assert copied == [], "text taken word for word from a seed:\n" + "\n".join(copied)
