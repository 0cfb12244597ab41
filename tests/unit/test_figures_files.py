"""Pose files: one per exercise and back, checked against the exercise, clear messages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from backcoach.content.library import built_in_folder, load_library
from backcoach.content.raw import RawFile, parse_bytes
from backcoach.figures.catalog import (
    PoseCatalog,
    built_in_catalog,
    check_catalog,
    load_catalog,
    poses_folder,
)
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.pose_file import parse_poses
from backcoach.model import Position

LIBRARY = load_library([built_in_folder()])
GOOD = """\
exercise = "test-lift"
phases = ["up", "up", "down"]

[[props]]
kind = "mat"

[poses.down]
trunk = 180
knee = [100, 90]

[poses.up]
like = "down"
y = 30
hip = -10
touches = ["feet"]
arrows = [[0, 10, 0, 0]]
"""


def parse(text: str, name: str = "poses/test-lift.toml") -> ExercisePoses | list[str]:
    raw = parse_bytes(name, text.encode())
    assert isinstance(raw, RawFile)
    result = parse_poses(raw)
    return [str(problem) for problem in result] if isinstance(result, list) else result


def test_every_exercise_has_poses_and_every_pose_file_an_exercise() -> None:
    catalog = built_in_catalog()
    assert not catalog.problems
    assert set(catalog.poses) == set(LIBRARY.exercises)
    assert check_catalog(catalog, LIBRARY.exercises) == []
    assert len(catalog.poses) == 21


def test_the_folder_holds_only_pose_files() -> None:
    names = sorted(item.name for item in poses_folder().iterdir())
    assert names == sorted(f"{exercise_id}.toml" for exercise_id in LIBRARY.exercises)


def test_a_good_file() -> None:
    poses = parse(GOOD)
    assert isinstance(poses, ExercisePoses)
    assert poses.start == "down"
    assert poses.shown() == ("down", "up")
    assert poses.pose("up").angle("knee_near") == 100  # inherited with like
    assert poses.pose("up").angle("knee_far") == 90
    assert poses.pose("up").angle("hip_far") == -10  # one number sets both sides
    assert poses.pose("up").y == 30 and poses.pose("down").grounded
    assert poses.poses["up"].arrows == ((0.0, 10.0, 0.0, 0.0, 0.0),)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("knee = [100, 90]", "knee = [100, -5]"),
            "poses/test-lift.toml:9: poses.down.knee: -5 is outside the human range 0 to 160",
        ),
        (
            ("knee = [100, 90]", "knee = [1, 2, 3]"),
            "poses/test-lift.toml:9: poses.down.knee: must be one angle, or [near, far]",
        ),
        (
            ("trunk = 180", "trunk = 180\nelbo = 3"),
            "poses/test-lift.toml:9: poses.down.elbo: unknown",
        ),
        (
            ('like = "down"', 'like = "later"'),
            "poses/test-lift.toml:12: poses.up.like: 'later' must be a pose defined above",
        ),
        (
            ('phases = ["up", "up", "down"]', 'phases = ["up", "top"]'),
            "poses/test-lift.toml:2: phases[2]: no pose is called 'top'",
        ),
        (
            ('touches = ["feet"]', 'touches = ["toes"]'),
            "poses/test-lift.toml:15: poses.up.touches[1]: 'toes' is not a body part",
        ),
        (
            ('kind = "mat"', 'kind = "trampoline"'),
            "poses/test-lift.toml:5: props[1].kind: must be one of mat, wall, step",
        ),
        (
            ("arrows = [[0, 10, 0, 0]]", "arrows = [[0, 10]]"),
            "poses/test-lift.toml:16: poses.up.arrows[1]: must be [x1, y1, x2, y2] or",
        ),
        (
            ('phases = ["up", "up", "down"]', "cycle_seconds = 2"),
            "poses/test-lift.toml:1: give either phases (one pose per exercise phase) or a cycle",
        ),
    ],
)
def test_problems_name_file_line_and_field(change: tuple[str, str], expected: str) -> None:
    problems = parse(GOOD.replace(*change))
    assert isinstance(problems, list)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_syntax_errors_and_file_names(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("exercise = \n", encoding="utf-8")
    (tmp_path / "bridge.toml").write_text(GOOD, encoding="utf-8")  # names test-lift
    catalog = load_catalog(tmp_path, "poses")
    messages = [str(problem) for problem in catalog.problems]
    assert messages[0].startswith("poses/bridge.toml:1: exercise: 'test-lift' must match")
    assert messages[1].startswith("poses/broken.toml:1: TOML syntax error")
    assert catalog.poses == {}


def test_cross_check_against_the_exercise(tmp_path: Path) -> None:
    (tmp_path / "bridge.toml").write_text(
        GOOD.replace('"test-lift"', '"bridge"').replace(
            '["up", "up", "down"]', '["up", "down", "down"]'
        ),
        encoding="utf-8",
    )
    (tmp_path / "ghost.toml").write_text(GOOD.replace('"test-lift"', '"ghost"'), encoding="utf-8")
    catalog = load_catalog(tmp_path, "poses")
    messages = [str(p) for p in check_catalog(catalog, LIBRARY.exercises)]
    assert (
        "poses/bridge.toml:2: phase 2 is a hold: it must stay in 'up', not move to 'down'"
        in messages
    )
    assert "poses/ghost.toml:1: exercise: no exercise has the id 'ghost'" in messages
    assert (
        "resources/poses/walking.toml:1: missing: exercise 'walking' has no pose file" in messages
    )


def test_an_exercise_without_poses_gets_a_still_of_its_position() -> None:
    catalog = built_in_catalog()
    own = replace(LIBRARY.exercise("bridge"), id="my-own-lift")
    still = catalog.for_exercise(own)
    assert still is not None and still.exercise_id == "my-own-lift"
    assert set(still.phases) == {"start"} and len(still.phases) == len(own.phases)
    for position in Position:
        other = replace(own, position=position)
        assert catalog.for_exercise(other) is not None, position
    # Its own poses when its phases no longer match them (a user's edited copy).
    edited = replace(LIBRARY.exercise("bridge"), phases=LIBRARY.exercise("bridge").phases[:2])
    assert catalog.for_exercise(edited) is not catalog.poses["bridge"]
    assert PoseCatalog().for_exercise(own) is None
