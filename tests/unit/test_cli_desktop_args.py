"""The desktop start's options, read without the parser, agree with the parser's reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.cli import desktop_start_args, parsed_args

WORDS = st.sampled_from(
    [
        "--tray",
        "--data-dir",
        "--lang",
        "de",
        "en",
        "fr",
        "/tmp/data",
        "",
        "-x",
        "--data-dir=/tmp/d",
        "--data",
        "--",
        "exercises",
        "play",
        "--last",
        "--version",
        "-h",
    ]
)
FIELDS = ("command", "data_dir", "lang", "tray")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"command": None, "data_dir": None, "lang": None, "tray": False}),
        (["--tray"], {"command": None, "data_dir": None, "lang": None, "tray": True}),
        (
            ["--data-dir", "/tmp/d", "--lang", "de"],
            {"command": None, "data_dir": "/tmp/d", "lang": "de", "tray": False},
        ),
    ],
)
def test_a_plain_start_is_read_without_the_parser(
    argv: list[str], expected: dict[str, object]
) -> None:
    found = desktop_start_args(argv)
    assert found is not None and vars(found) == expected


@pytest.mark.parametrize(
    "argv",
    [["exercises"], ["play", "x"], ["--lang", "fr"], ["--data-dir"], ["--data"], ["-h"]],
)
def test_anything_else_is_left_to_the_parser(argv: list[str]) -> None:
    assert desktop_start_args(argv) is None


@given(st.lists(WORDS, max_size=5))
def test_both_readings_agree(argv: list[str]) -> None:
    """Where the quick reading answers, the parser reads the same (and does not fail)."""
    quick = desktop_start_args(argv)
    if quick is None:
        return
    parsed = parsed_args(argv)
    assert {name: getattr(parsed, name) for name in FIELDS} == vars(quick)
