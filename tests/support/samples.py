"""Small builders of content files for tests."""

from __future__ import annotations

from pathlib import Path

GOOD_EXERCISE = """\
id = "test-lift"
name = "Test lift"
category = "strength"
position = "supine"
purpose = "A test exercise."
setup = ["Lie on your back."]

[dose]
sets = 2
reps = 3
hold_s = 4
rest_s = 10

[[phases]]
action = "Lift"
breath = "out"
seconds = 2

[[phases]]
action = "Hold"
breath = "natural"
hold = true

[[phases]]
action = "Lower"
breath = "in"
seconds = 2

[[sources]]
file = "000_080fa8705ae22a61.txt"
dose = "a test dose"
"""

GOOD_ROUTINE = """\
id = "test-routine"
title = "Test routine"
description = "For tests."
rest_between_s = 15

[[items]]
exercise = "test-lift"
reps = 5
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
