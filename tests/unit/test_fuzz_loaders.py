"""Generated files for the exercise and routine loaders and `backcoach check`: never an
exception, never a traceback, every problem one line of FILE:LINE: message.

Random bytes and text, truncations and byte edits of the real built-in files, their
structure with any field given a value of the wrong type or shape, and deep nesting.
A few hundred examples each by default; thousands under ``-m soak``.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.samples import GOOD_EXERCISE, GOOD_ROUTINE

from backcoach.content.checking import check_paths
from backcoach.content.crosscheck import check_routine
from backcoach.content.exercise_file import parse_exercise
from backcoach.content.library import Library, built_in_folder, load_library, user_folder
from backcoach.content.problems import Problem
from backcoach.content.raw import parse_bytes
from backcoach.content.routine_file import parse_routine
from backcoach.model import Exercise, Routine

NAME = "fuzzed.toml"
FAST = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SOAK = settings(FAST, max_examples=4000)
_PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>[1-9][0-9]*): (?P<message>\S.*)$")


def _built_in(kind: str) -> list[str]:
    folder = getattr(built_in_folder(), kind)
    assert folder is not None
    return sorted(
        item.read_text(encoding="utf-8") for item in folder.iterdir() if item.name.endswith(".toml")
    )


BUILT_IN_EXERCISES = _built_in("exercises")
BUILT_IN_ROUTINES = _built_in("routines")
LIBRARY: Library = load_library([built_in_folder()])


# -- what must hold for every file --------------------------------------------------------


def assert_well_formed(problems: list[Problem], text_lines: int, name: str = NAME) -> None:
    """Each problem names the file and a line inside it (or just past its end), and reads
    as one line of FILE:LINE: message."""
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.file == name
        assert 1 <= problem.line <= max(1, text_lines + 1), (problem, text_lines)
        shown = str(problem)
        assert "\n" not in shown and "\r" not in shown, shown
        assert "Traceback" not in shown
        found = _PROBLEM_LINE.match(shown)
        assert found is not None, shown
        assert found["file"] == name and int(found["line"]) == problem.line


def lines_of(payload: bytes) -> int:
    return payload.count(b"\n") + 1


def load_exercise(payload: bytes) -> Exercise | list[Problem]:
    raw = parse_bytes(NAME, payload)
    if isinstance(raw, Problem):
        return [raw]
    return parse_exercise(raw)


def load_routine(payload: bytes) -> Routine | list[Problem]:
    raw = parse_bytes(NAME, payload)
    if isinstance(raw, Problem):
        return [raw]
    routine = parse_routine(raw)
    if isinstance(routine, list):
        return routine
    problems = check_routine(raw, routine, LIBRARY.exercises)
    return problems or routine


def check_exercise_loader(payload: bytes) -> None:
    result = load_exercise(payload)
    if isinstance(result, list):
        assert result, "a file that fails must say why"
        assert_well_formed(result, lines_of(payload))
    else:
        assert isinstance(result, Exercise)


def check_routine_loader(payload: bytes) -> None:
    result = load_routine(payload)
    if isinstance(result, list):
        assert result, "a file that fails must say why"
        assert_well_formed(result, lines_of(payload))
    else:
        assert isinstance(result, Routine)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    # Module-scoped: hypothesis runs many examples in one test call.
    with tempfile.TemporaryDirectory(prefix="backcoach-fuzz-") as name:
        yield Path(name)


def check_command(folder: Path, payload: bytes) -> None:
    """What `backcoach check FILE` does with the file, and the library with a user folder."""
    path = folder / NAME
    path.write_bytes(payload)
    problems = check_paths([path], LIBRARY.exercises)
    assert_well_formed(problems, lines_of(payload), str(path))
    # The same bytes as the user's own exercise, and as their routine: skipped with a
    # problem, or loaded; the rest of the library is untouched.
    for kind in ("exercises", "routines"):
        exercises, routines = folder / "exercises", folder / "routines"
        for sub in (exercises, routines):
            sub.mkdir(exist_ok=True)
            for old in sub.iterdir():
                old.unlink()
        (folder / kind / NAME).write_bytes(payload)
        library = load_library([user_folder(exercises, routines)])
        assert_well_formed(library.problems, lines_of(payload), str(folder / kind / NAME))
        assert len(library.exercises) + len(library.routines) + len(library.problems) >= 1


# -- generating files ---------------------------------------------------------------------

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_string(text: str) -> str:
    escaped = []
    for char in text:
        if char in '"\\':
            escaped.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else toml_string(key)


def toml_value(value: Any) -> str:  # noqa: PLR0911 (one case per TOML type)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:  # noqa: PLR0124 (NaN)
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(data: dict[str, Any]) -> str:
    """One key a line, tables inline: unusual for a person, valid TOML all the same."""
    return "".join(f"{toml_key(key)} = {toml_value(value)}\n" for key, value in data.items())


scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=40),
    st.sampled_from(["", "left", "right", "each", "alternate", "{side}", "{other}", "x" * 400]),
    st.dates(),
    st.datetimes(),
    st.times(),
)
toml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(min_size=1, max_size=12), inner, max_size=4),
    ),
    max_leaves=12,
)


@st.composite
def wrong_fields(draw: st.DrawFn, texts: list[str]) -> bytes:
    """A real built-in file, with one to three values replaced anywhere in its tree by
    values of any type (or keys added or removed)."""
    import tomllib  # noqa: PLC0415 (only to take the real file apart)

    data: dict[str, Any] = tomllib.loads(draw(st.sampled_from(texts)))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        node: Any = data
        while True:
            if isinstance(node, dict) and node:
                key = draw(st.sampled_from(sorted(node)))
                child = node[key]
                if isinstance(child, dict | list) and child and draw(st.booleans()):
                    node = child
                    continue
                action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
                if action == "replace":
                    node[key] = draw(toml_values)
                elif action == "delete":
                    del node[key]
                else:
                    node[draw(st.text(min_size=1, max_size=12))] = draw(toml_values)
                break
            if isinstance(node, list) and node:
                index = draw(st.integers(min_value=0, max_value=len(node) - 1))
                child = node[index]
                if isinstance(child, dict | list) and child and draw(st.booleans()):
                    node = child
                    continue
                node[index] = draw(toml_values)
                break
            break
    return toml_document(data).encode("utf-8")


@st.composite
def truncated(draw: st.DrawFn, texts: list[str]) -> bytes:
    payload = draw(st.sampled_from(texts)).encode("utf-8")
    return payload[: draw(st.integers(min_value=0, max_value=len(payload)))]


@st.composite
def edited(draw: st.DrawFn, texts: list[str]) -> bytes:
    """A real file with a few bytes changed, removed or inserted."""
    payload = bytearray(draw(st.sampled_from(texts)).encode("utf-8"))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(payload)))
        action = draw(st.sampled_from(["set", "delete", "insert"]))
        byte = draw(st.sampled_from([*b"[]{}=\"'\n#.,\\", 0, 0xFF, 0xC3, ord("x")]))
        if action == "insert" or at == len(payload):
            payload[at:at] = bytes([byte])
        elif action == "delete":
            del payload[at]
        else:
            payload[at] = byte
    return bytes(payload)


@st.composite
def deeply_nested(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(min_value=1, max_value=3000))
    opener, closer = draw(st.sampled_from([("[", "]"), ("{a = ", "}"), ("[{b = ", "}]")]))
    closed = draw(st.booleans())
    prefix = draw(st.sampled_from(["", 'id = "deep"\n', 'id = "deep"\nitems = []\n']))
    key = draw(st.sampled_from(["phases", "items", "dose", "x"]))
    text = f"{prefix}{key} = {opener * depth}1{closer * depth if closed else ''}\n"
    return text.encode("utf-8")


def files_for(texts: list[str]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=600),
        st.text(max_size=600).map(lambda text: text.encode("utf-8")),
        truncated(texts),
        edited(texts),
        wrong_fields(texts),
        deeply_nested(),
    )


EXERCISE_FILES = files_for(BUILT_IN_EXERCISES)
ROUTINE_FILES = files_for(BUILT_IN_ROUTINES)
ANY_FILES = files_for(BUILT_IN_EXERCISES + BUILT_IN_ROUTINES)


# -- the serializer itself: wrong_fields must make files tomllib reads back --------------


def test_the_generated_toml_reads_back_as_the_data_it_came_from() -> None:
    import tomllib  # noqa: PLC0415

    for text in BUILT_IN_EXERCISES + BUILT_IN_ROUTINES:
        data = tomllib.loads(text)
        assert tomllib.loads(toml_document(data)) == data


def test_the_unchanged_built_in_files_load_through_the_same_checks() -> None:
    for text in BUILT_IN_EXERCISES:
        assert isinstance(load_exercise(text.encode()), Exercise)
    for text in BUILT_IN_ROUTINES:
        assert isinstance(load_routine(text.encode()), Routine)


# -- what the fuzzing found, kept as plain examples --------------------------------------


def test_a_key_with_a_newline_or_a_terminal_escape_is_shown_escaped_on_one_line() -> None:
    # In TOML, \n and \u001b in a quoted key are a newline and ESC.
    payload = ('"evil\\nfuzzed.toml:1: all good\\u001b[2J" = 1\n' + GOOD_EXERCISE).encode()
    problems = load_exercise(payload)
    assert isinstance(problems, list)
    shown = [str(problem) for problem in problems]
    assert shown == [
        'fuzzed.toml:1: "evil\\nfuzzed.toml:1: all good\\u001b[2J": unknown field (known fields: '
        "aliases, areas, category, cautions, conditions, dose, equipment, id, name, phases, "
        "position, purpose, setup, sources, tips, variants)"
    ]


@pytest.mark.parametrize(
    ("key", "shown"),
    [(" ", '" "'), ("a.b", '"a.b"'), ("Übung", '"Übung"'), ("\u2028", '"\\u2028"')],
)
def test_a_key_that_is_not_bare_is_shown_quoted(key: str, shown: str) -> None:
    """As TOML writes it: a key of spaces is visible, a dot in a key is not a dotted key."""
    payload = (f"{toml_key(key)} = 1\n" + GOOD_EXERCISE).encode()
    problems = load_exercise(payload)
    assert isinstance(problems, list)
    assert [str(problem).split(": ", 2)[1] for problem in problems] == [shown]


@pytest.mark.parametrize("separator", ["\u0085", "\u2028", "\u2029"])
def test_line_breaks_that_toml_does_not_count_do_not_shift_the_lines(separator: str) -> None:
    """str.splitlines() breaks at these; TOML (and so the user's editor) does not."""
    text = GOOD_ROUTINE.replace("For tests.", f"a{separator}b{separator}c").replace(
        "reps = 5", 'reps = "5"'
    )
    problems = load_routine(text.encode())
    assert isinstance(problems, list)
    assert [(problem.line, problem.message) for problem in problems] == [
        (8, "items[1].reps: must be a whole number, not '5'")
    ]


# -- the fuzzing: fast by default ---------------------------------------------------------

Check = Callable[[bytes], None]


@FAST
@given(EXERCISE_FILES)
def test_the_exercise_loader_never_raises(payload: bytes) -> None:
    check_exercise_loader(payload)


@FAST
@given(ROUTINE_FILES)
def test_the_routine_loader_never_raises(payload: bytes) -> None:
    check_routine_loader(payload)


@FAST
@given(payload=ANY_FILES)
def test_backcoach_check_and_the_user_folder_never_raise(folder: Path, payload: bytes) -> None:
    check_command(folder, payload)


# -- and thousands under -m soak ------------------------------------------------------------


@pytest.mark.soak
@SOAK
@given(EXERCISE_FILES)
def test_soak_the_exercise_loader(payload: bytes) -> None:
    check_exercise_loader(payload)


@pytest.mark.soak
@SOAK
@given(ROUTINE_FILES)
def test_soak_the_routine_loader(payload: bytes) -> None:
    check_routine_loader(payload)


@pytest.mark.soak
@SOAK
@given(payload=ANY_FILES)
def test_soak_backcoach_check(folder: Path, payload: bytes) -> None:
    check_command(folder, payload)
