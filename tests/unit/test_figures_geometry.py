"""Shapes: capsules, hulls and arrows are sound, and a scene frames everything it draws."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.figures.animation import key_pose
from backcoach.figures.catalog import built_in_catalog
from backcoach.figures.drawing import shape_bounds
from backcoach.figures.geometry import arrow, bounds, capsule, convex_hull
from backcoach.figures.scene import build_scene

coordinate = st.floats(min_value=-100, max_value=100, allow_nan=False)
radius = st.floats(min_value=0.5, max_value=20, allow_nan=False)
circles = st.tuples(coordinate, coordinate, radius)


@given(circles, circles)
def test_a_capsule_holds_both_circles(
    first: tuple[float, float, float], second: tuple[float, float, float]
) -> None:
    (x1, y1, r1), (x2, y2, r2) = first, second
    outline = capsule(first, second)
    left, bottom, right, top = bounds([outline])
    slack = 0.02 * max(r1, r2)  # the arcs are polygons just inside the true circle
    for x, y, r in ((x1, y1, r1), (x2, y2, r2)):
        assert left <= x - r + slack and right >= x + r - slack
        assert bottom <= y - r + slack and top >= y + r - slack


def test_hull_is_convex_and_counter_clockwise() -> None:
    hull = convex_hull([(0, 0), (4, 0), (4, 3), (0, 3), (2, 1), (1, 2)])
    assert set(hull) == {(0, 0), (4, 0), (4, 3), (0, 3)}
    area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(hull, hull[1:] + hull[:1], strict=True))
    assert area > 0
    limb = capsule((0, 0, 10), (30, 0, 5))
    assert bounds([limb]) == pytest.approx((-10, -10, 35, 10), abs=0.1)


def test_arrow_ends_at_its_target_and_points_along() -> None:
    line, head = arrow((0, 0), (40, 0), 0.2, 6)
    tip = max(head, key=lambda point: point[0])
    assert tip[0] == pytest.approx(41.5, abs=0.5)
    assert math.dist(line[0], (0.0, 0.0)) < 1e-9
    assert max(y for _, y in line) > 3  # bowed to the left of travel


@pytest.mark.parametrize("exercise_id", sorted(built_in_catalog().poses))
def test_a_scene_frames_all_it_draws(exercise_id: str) -> None:
    poses = built_in_catalog().poses[exercise_id]
    names = poses.shown()
    for index, name in enumerate(names):
        ghost = key_pose(poses, names[(index + 1) % len(names)])
        scene = build_scene(poses, key_pose(poses, name), ghost=ghost, arrows=True, cues_of=name)
        left, bottom, right, top = scene.box
        for shape in scene.shapes:
            if shape.role.startswith("water") or shape.role == "floor":
                continue  # the water and the floor run off the edges on purpose
            x0, y0, x1, y1 = shape_bounds(shape)
            pad = shape.width
            assert left <= x0 - pad + 1e-6 and x1 + pad <= right + 1e-6, (name, shape.role)
            assert bottom <= y0 - pad + 1e-6 and y1 + pad <= top + 1e-6, (name, shape.role)
        roles = {shape.role for shape in scene.shapes}
        assert {"near", "far", "body"} <= roles
        assert all(math.isfinite(v) for v in scene.box)
