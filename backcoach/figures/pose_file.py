"""Reads a pose file (resources/poses/<exercise-id>.toml) into ExercisePoses, or problems."""

from __future__ import annotations

import math
from typing import Any

from backcoach.content.fields import ID_PATTERN, FieldReader
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile
from backcoach.content.toml_lines import Path
from backcoach.figures.body import JOINT_RANGES, SINGLE_JOINTS
from backcoach.figures.exercise_poses import TOUCH_PARTS, ExercisePoses, KeyPose, Prop, PropKind
from backcoach.figures.pose import Pose

FILE_FIELDS = (
    "exercise",
    "near",
    "camera",
    "start",
    "phases",
    "cycle",
    "cycle_seconds",
    "key_poses",
    "thumbnail",
    "props",
    "poses",
)
POSE_FIELDS = ("label", "like", "x", "y", "touches", "arrows", *JOINT_RANGES)
PROP_FIELDS = ("kind", "x", "y", "width", "height")
PLACE = (-400.0, 400.0)  # any position or size in figure units (about cm)
CAMERA = (0.0, 90.0)
CYCLE_SECONDS = (0.2, 10.0)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def number(
    reader: FieldReader, table: dict[str, Any], key: str, path: Path, limits: tuple[float, float]
) -> float | None:
    if key not in table:
        return None
    value = table[key]
    if not _is_number(value):
        reader.problem((*path, key), f"must be a number, not {value!r}")
        return None
    if not limits[0] <= value <= limits[1]:
        reader.problem((*path, key), f"must be from {limits[0]:g} to {limits[1]:g}, not {value:g}")
        return None
    return float(value)


def _names(
    reader: FieldReader, table: dict[str, Any], key: str, known: dict[str, Any]
) -> tuple[str, ...]:
    names = reader.texts(table, key, ())
    for index, name in enumerate(names):
        if name not in known:
            reader.problem((key, index), f"no pose is called {name!r} (poses: {', '.join(known)})")
    return tuple(name for name in names if name in known)


def _angles(reader: FieldReader, table: dict[str, Any], path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for joint, limits in JOINT_RANGES.items():
        if joint not in table:
            continue
        value = table[joint]
        where = (*path, joint)
        if joint in SINGLE_JOINTS:
            pairs = [(joint, value)]
        elif not isinstance(value, list):
            pairs = [(f"{joint}_near", value), (f"{joint}_far", value)]
        elif len(value) == 2:
            pairs = [(f"{joint}_near", value[0]), (f"{joint}_far", value[1])]
        else:
            reader.problem(where, "must be one angle, or [near, far]: a list of two angles")
            continue
        for name, angle in pairs:
            if not _is_number(angle):
                reader.problem(where, f"must be an angle in degrees, not {angle!r}")
                break  # one message for both sides
            if not limits.low <= angle <= limits.high:
                reader.problem(
                    where,
                    f"{angle:g} is outside the human range "
                    f"{limits.low:g} to {limits.high:g} ({limits.meaning})",
                )
                break
            out[name] = float(angle)
    return out


def _arrows(
    reader: FieldReader, table: dict[str, Any], path: Path
) -> tuple[tuple[float, float, float, float, float], ...]:
    value = table.get("arrows", [])
    out = []
    if not isinstance(value, list):
        value = [value]
    for index, item in enumerate(value):
        if isinstance(item, list) and len(item) in (4, 5) and all(_is_number(v) for v in item):
            bend = float(item[4]) if len(item) == 5 else 0.0
            out.append((float(item[0]), float(item[1]), float(item[2]), float(item[3]), bend))
        else:
            reader.problem(
                (*path, "arrows", index),
                "must be [x1, y1, x2, y2] or [x1, y1, x2, y2, bend]: numbers",
            )
    return tuple(out)


def _pose(
    reader: FieldReader, name: str, table: dict[str, Any], done: dict[str, KeyPose]
) -> KeyPose | None:
    path: Path = ("poses", name)
    reader.unknown_keys(table, POSE_FIELDS, path)
    base = Pose()
    if "like" in table:
        like = reader.text(table, "like", path)
        if like in done:
            base = done[like].pose
        elif like:
            reader.problem((*path, "like"), f"{like!r} must be a pose defined above this one")
    x = number(reader, table, "x", path, PLACE)
    y = number(reader, table, "y", path, PLACE)
    pose = Pose(
        base.x if x is None else x, base.y if y is None and "like" in table else y, base.angles
    ).with_angles(_angles(reader, table, path))
    touches = reader.texts(table, "touches", path)
    for index, part in enumerate(touches):
        if part not in TOUCH_PARTS:
            reader.problem(
                (*path, "touches", index),
                f"{part!r} is not a body part (known: {', '.join(TOUCH_PARTS)})",
            )
    label = reader.text(table, "label", path, required=False, limit=40)
    return KeyPose(name, pose, label, touches, _arrows(reader, table, path))


def _prop(reader: FieldReader, table: dict[str, Any], index: int) -> Prop | None:
    path: Path = ("props", index)
    reader.unknown_keys(table, PROP_FIELDS, path)
    kind = reader.choice(table, "kind", path, PropKind)
    sizes = {key: number(reader, table, key, path, PLACE) for key in PROP_FIELDS[1:]}
    if kind is None:
        return None
    return Prop(kind, *(sizes[key] or 0.0 for key in PROP_FIELDS[1:]))


def parse_poses(raw: RawFile) -> ExercisePoses | list[Problem]:
    """Every problem at once, each with its line; the poses only when there are none."""
    reader = FieldReader(raw.name, raw.locator)
    data = raw.data
    reader.unknown_keys(data, FILE_FIELDS, ())
    exercise = reader.identifier(data, "exercise", ())
    near = reader.text(data, "near", (), required=False) or "right"
    if near not in ("right", "left"):
        reader.problem(("near",), f"must be 'right' or 'left', not {near!r}")
    camera = number(reader, data, "camera", (), CAMERA) or 0.0
    poses: dict[str, KeyPose] = {}
    table = reader.table(data, "poses", ()) or {}
    if not table:
        reader.problem(("poses",), "needs at least one pose: [poses.NAME]")
    for name, item in table.items():
        if not ID_PATTERN.match(name):
            reader.problem(("poses", name), f"{name!r} is not a valid pose name")
        elif not isinstance(item, dict):
            reader.problem(("poses", name), "must be a table: [poses.NAME]")
        elif (pose := _pose(reader, name, item, poses)) is not None:
            poses[name] = pose
    start = reader.text(data, "start", (), required=False) or next(iter(poses), "")
    if start and start not in poses:
        reader.problem(("start",), f"no pose is called {start!r}")
    phases = _names(reader, data, "phases", poses)
    cycle = _names(reader, data, "cycle", poses)
    if bool(phases) == bool(cycle):
        reader.problem((), "give either phases (one pose per exercise phase) or a cycle")
    seconds = number(reader, data, "cycle_seconds", (), CYCLE_SECONDS) or 1.0
    props = [_prop(reader, item, i) for i, item in enumerate(reader.tables(data, "props", ()))]
    key_poses = _names(reader, data, "key_poses", poses)
    thumbnail = reader.text(data, "thumbnail", (), required=False)
    if thumbnail and thumbnail not in poses:
        reader.problem(("thumbnail",), f"no pose is called {thumbnail!r}")
    if reader.problems:
        return reader.problems
    return ExercisePoses(
        exercise_id=exercise,
        poses=poses,
        start=start,
        phases=phases,
        cycle=cycle,
        cycle_seconds=seconds,
        key_poses=key_poses,
        props=tuple(prop for prop in props if prop is not None),
        near=near,
        camera=camera,
        source=raw.name,
        thumbnail=thumbnail,
    )
