"""The key locator maps field paths to lines, falling back to the nearest known parent."""

from __future__ import annotations

from backcoach.content.toml_lines import KeyLocator

TEXT = """\
# comment
id = "x"
setup = [
    "one",
    "two",
]
[dose]
sets = 2

[[phases]]
action = "a"

[[phases]]
action = "b"
seconds = 3
"""


def test_keys_tables_and_arrays() -> None:
    locator = KeyLocator(TEXT)
    assert locator.line_of(("id",)) == 2
    assert locator.line_of(("setup",)) == 3
    assert locator.line_of(("setup", 1)) == 5
    assert locator.line_of(("dose", "sets")) == 8
    assert locator.line_of(("dose", "reps")) == 7  # missing key: its table's line
    assert locator.line_of(("phases", 0, "action")) == 11
    assert locator.line_of(("phases", 1, "seconds")) == 15
    assert locator.line_of(("phases", 1, "breath")) == 13
    assert locator.line_of(("nothing",)) == 1
