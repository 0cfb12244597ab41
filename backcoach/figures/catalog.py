"""Loads the built-in pose files and checks them against the exercises they illustrate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile, parse_bytes
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.pose_file import parse_poses
from backcoach.model import Exercise, Position

FALLBACK = {
    # A picture of the starting position for an exercise with no pose file of its own.
    Position.SUPINE: ("bridge", "start"),
    Position.PRONE: ("prone-back-extension", "start"),
    Position.SIDE_LYING: ("side-lying-leg-lift", "start"),
    Position.ALL_FOURS: ("bird-dog", "start"),
    Position.KNEELING: ("childs-pose", "start"),
    Position.HALF_KNEELING: ("hip-flexor-stretch", "start"),
    Position.SEATED: ("seated-spinal-twist", "start"),
    Position.STANDING: ("quadriceps-stretch", "start"),
}


@dataclass
class PoseCatalog:
    poses: dict[str, ExercisePoses] = field(default_factory=dict)
    raws: dict[str, RawFile] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def for_exercise(self, exercise: Exercise) -> ExercisePoses | None:
        """Its own poses when they fit its phases, else a still of its starting position."""
        own = self.poses.get(exercise.id)
        if own is not None and fits(own, exercise):
            return own
        exercise_id, pose = FALLBACK[exercise.position]
        base = self.poses.get(exercise_id)
        if base is None or pose not in base.poses:
            return None
        return ExercisePoses(
            exercise_id=exercise.id,
            poses={pose: base.poses[pose]},
            start=pose,
            phases=(pose,) * len(exercise.phases),
            cycle=() if exercise.phases else (pose,),
            props=base.props,
            near=base.near,
            camera=base.camera,
            source=base.source,
        )


def fits(poses: ExercisePoses, exercise: Exercise) -> bool:
    if exercise.phases:
        return len(poses.phases) == len(exercise.phases)
    return bool(poses.cycle)


def poses_folder() -> Traversable:
    return resources.files("backcoach.resources") / "poses"


def load_catalog(folder: Traversable | None = None, label: str = "resources/poses") -> PoseCatalog:
    """Every pose file in the folder; a bad file is reported and skipped, never fatal."""
    folder = folder or poses_folder()
    catalog = PoseCatalog()
    items = sorted((i for i in folder.iterdir() if i.name.endswith(".toml")), key=lambda i: i.name)
    for item in items:
        name = f"{label}/{item.name}"
        raw = parse_bytes(name, item.read_bytes())
        if not isinstance(raw, RawFile):
            catalog.problems.append(raw)
            continue
        result = parse_poses(raw)
        if isinstance(result, list):
            catalog.problems.extend(result)
            continue
        expected = item.name.removesuffix(".toml")
        if result.exercise_id != expected:
            line = raw.locator.line_of(("exercise",))
            catalog.problems.append(
                Problem(
                    name,
                    line,
                    f"exercise: {result.exercise_id!r} must match the file name ({expected}.toml)",
                )
            )
            continue
        catalog.poses[result.exercise_id] = result
        catalog.raws[result.exercise_id] = raw
    return catalog


@cache
def built_in_catalog() -> PoseCatalog:
    """Read once, on the first picture asked for (not at start-up)."""
    return load_catalog()


def check_catalog(catalog: PoseCatalog, exercises: Mapping[str, Exercise]) -> list[Problem]:
    """Every exercise has a pose file, every pose file names an exercise, and each file's
    phases match its exercise's (a hold phase keeps the pose it starts in)."""
    problems = list(catalog.problems)
    for exercise_id, poses in catalog.poses.items():
        raw = catalog.raws[exercise_id]
        exercise = exercises.get(exercise_id)
        if exercise is None:
            problems.append(
                Problem(
                    raw.name,
                    raw.locator.line_of(("exercise",)),
                    f"exercise: no exercise has the id {exercise_id!r}",
                )
            )
        else:
            problems.extend(check_against(raw, poses, exercise))
    for exercise_id in exercises:
        if exercise_id not in catalog.poses:
            problems.append(
                Problem(
                    f"resources/poses/{exercise_id}.toml",
                    1,
                    f"missing: exercise {exercise_id!r} has no pose file",
                )
            )
    return sorted(problems)


def check_against(raw: RawFile, poses: ExercisePoses, exercise: Exercise) -> list[Problem]:
    def problem(path: tuple[str | int, ...], message: str) -> Problem:
        return Problem(raw.name, raw.locator.line_of(path), message)

    if not exercise.phases:
        if not poses.cycle:
            return [problem(("phases",), f"{exercise.id} is a timed activity: give a cycle")]
        return []
    if len(poses.phases) != len(exercise.phases):
        return [
            problem(
                ("phases",),
                f"lists {len(poses.phases)} poses but {exercise.id} has "
                f"{len(exercise.phases)} phases: one pose per phase, in order",
            )
        ]
    out = []
    for index, phase in enumerate(exercise.phases):
        before = poses.phases[index - 1] if index else poses.start
        if phase.hold and poses.phases[index] != before:
            out.append(
                problem(
                    ("phases", index),
                    f"phase {index + 1} is a hold: it must stay "
                    f"in {before!r}, not move to {poses.phases[index]!r}",
                )
            )
    return out
