"""Routine writer: correct TOML, atomic writes inside the folder, and exact round-trips."""

from __future__ import annotations

import io
import os
import stat
import tempfile
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach import cli
from backcoach.content.fields import ID_PATTERN
from backcoach.content.library import Library, built_in_folder, load_library, user_folder
from backcoach.content.raw import RawFile, read_path
from backcoach.content.routine_file import parse_routine
from backcoach.content.routine_writer import (
    RoutineNotWritableError,
    routine_to_toml,
    target_path,
    toml_number,
    toml_string,
    write_routine,
)
from backcoach.model import DoseOverride, Routine, RoutineItem, Sides


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def read_back(path: Path) -> Routine:
    raw = read_path(path, str(path))
    assert isinstance(raw, RawFile), raw
    loaded = parse_routine(raw)
    assert isinstance(loaded, Routine), loaded
    return loaded


def same(first: Routine, second: Routine) -> bool:
    return replace(first, origin="") == replace(second, origin="")


# --- strategies -------------------------------------------------------------------------

# Any character a Python str can hold and UTF-8 can carry: control characters, quotes,
# backslashes, line breaks, DEL, emoji, right-to-left text.
ANY_CHAR = st.characters(exclude_categories=["Cs"])


def stripped_text(limit: int) -> st.SearchStrategy[str]:
    # The loader trims texts and refuses empty ones: what it keeps is what a file can hold.
    return st.text(ANY_CHAR, min_size=1, max_size=limit).map(str.strip).filter(bool)


IDS = st.from_regex(ID_PATTERN, fullmatch=True)
ODD_TITLES = st.one_of(
    stripped_text(80),
    st.sampled_from(
        ['Say "hi"', "back\\slash", "a\nb", "tab\there", "x\x7fy", "Übung 😀 \u200fעברית", "'''"]
    ),
)


def seconds(low: float, high: float) -> st.SearchStrategy[float]:
    return st.one_of(
        st.integers(int(low), int(high)).map(float),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


OVERRIDES = st.builds(
    DoseOverride,
    sets=st.none() | st.integers(1, 10),
    reps=st.none() | st.integers(1, 50),
    hold_s=st.none() | seconds(1, 600),
    rest_s=st.none() | seconds(0, 600),
    sides=st.none() | st.sampled_from(Sides),
    duration_s=st.none() | seconds(60, 4 * 3600),
)
ITEMS = st.builds(
    RoutineItem,
    exercise_id=IDS,
    override=OVERRIDES,
    note=st.just("") | stripped_text(600),
)
ROUTINES = st.builds(
    Routine,
    id=IDS,
    title=ODD_TITLES,
    description=stripped_text(600),
    # 20, not the 40 allowed: 40 notes of 600 escaped control characters pass 128 KiB.
    items=st.lists(ITEMS, min_size=1, max_size=20).map(tuple),
    sources=st.lists(stripped_text(120), max_size=4).map(tuple),
    rest_between_s=seconds(0, 600),
    frequency=st.just("") | stripped_text(120),
    origin=st.just("built-in"),
)


# --- text and numbers -------------------------------------------------------------------


@given(st.text(ANY_CHAR))
def test_any_text_reads_back_from_its_toml_string(text: str) -> None:
    assert tomllib.loads(f"x = {toml_string(text)}\n")["x"] == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('say "hi"', r'"say \"hi\""'),
        ("C:\\temp", r'"C:\\temp"'),
        ("one\ntwo\r\n", r'"one\ntwo\r\n"'),
        ("bell\x07 del\x7f", r'"bell\u0007 del\u007F"'),
        ("Übung „gut“ 😀", '"Übung „gut“ 😀"'),
    ],
)
def test_strings_are_escaped_as_toml_wants(text: str, written: str) -> None:
    assert toml_string(text) == written


def test_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        toml_string("a\ud800b")


@given(seconds(0, 4 * 3600))
def test_seconds_read_back_as_the_same_number(value: float) -> None:
    assert tomllib.loads(f"x = {toml_number(value)}\n")["x"] == value


def test_whole_seconds_are_written_as_people_write_them() -> None:
    assert [toml_number(v) for v in (45.0, 2.5, 0.0, 7)] == ["45", "2.5", "0", "7"]


# --- round trips ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(ROUTINES)
def test_generated_routines_round_trip_through_a_file(routine: Routine) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_routine(routine, Path(folder))
        assert path == Path(folder) / f"{routine.id}.toml"
        assert read_back(path) == routine  # origin too: parse_routine leaves the default
        assert [p.name for p in Path(folder).iterdir()] == [
            path.name
        ]  # no temporary file left behind


def test_every_built_in_routine_round_trips(library: Library, tmp_path: Path) -> None:
    routines_dir = tmp_path / "routines"
    for routine in library.routines.values():
        write_routine(routine, routines_dir, exercises=library.exercises)
    mine = load_library([built_in_folder(), user_folder(tmp_path / "exercises", routines_dir)])
    assert mine.problems == []
    assert sorted(p.name for p in routines_dir.iterdir()) == sorted(
        f"{routine_id}.toml" for routine_id in library.routines
    )
    for routine_id, routine in library.routines.items():
        loaded = mine.routines[routine_id]
        assert loaded.origin == str(routines_dir / f"{routine_id}.toml")  # the user's now
        assert same(loaded, routine)


def users_copy(library: Library) -> Routine:
    """A built-in routine changed as an accepted proposal changes it, with odd text."""
    built_in = library.routines["core-and-glutes"]
    items = list(built_in.items)
    items[2] = replace(items[2], override=replace(items[2].override, reps=12))
    return replace(
        built_in,
        id="core-and-glutes-mine",
        title='Core and glutes (yours) — "Tuesday" \\ plan',
        frequency="every other day\nmornings",
        items=tuple(items),
    )


def test_backcoach_check_accepts_a_written_file(library: Library, tmp_path: Path) -> None:
    path = write_routine(users_copy(library), tmp_path, exercises=library.exercises)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["check", str(path)], out=out, err=err) == 0, out.getvalue()
    assert out.getvalue() == ""


def test_the_file_reads_like_the_documented_format(library: Library) -> None:
    text = routine_to_toml(users_copy(library))
    assert text.startswith("# ")  # says where it came from
    assert 'id = "core-and-glutes-mine"\n' in text
    assert (
        '\n\n[[items]]\nexercise = "bridge"\nsets = 2\nreps = 12\nhold_s = 3\nrest_s = 45\n' in text
    )
    assert 'frequency = "every other day\\nmornings"\n' in text


# --- refusals: nothing that would not load back is written ------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"id": "../../evil"},
        {"id": "Has-Capitals"},
        {"id": "a" * 65},
        {"title": ""},
        {"title": "  padded  "},  # the loader would trim it: not the same routine
        {"title": "x" * 81},
        {"description": ""},
        {"items": ()},
        {"sources": ("",)},
        {"rest_between_s": 601.0},
        {"items": (RoutineItem("bridge", DoseOverride(sets=0)),)},
        {"title": "lone \ud800 surrogate"},
        {"rest_between_s": float("inf")},
    ],
)
def test_a_routine_that_would_not_load_back_is_not_written(
    change: dict[str, object], tmp_path: Path
) -> None:
    routine = replace(
        Routine("fine", "Fine", "Fine.", (RoutineItem("bridge"),)),
        **change,  # type: ignore[arg-type]
    )
    with pytest.raises(RoutineNotWritableError):
        write_routine(routine, tmp_path / "routines")
    assert not (tmp_path / "routines").exists() or not list((tmp_path / "routines").iterdir())
    assert not (tmp_path / "evil.toml").exists()


def test_with_exercises_it_refuses_what_backcoach_check_would(
    library: Library, tmp_path: Path
) -> None:
    unknown = Routine("r", "R", "R.", (RoutineItem("no-such-exercise"),))
    timed_with_reps = Routine("r", "R", "R.", (RoutineItem("walking", DoseOverride(reps=3)),))
    for routine in (unknown, timed_with_reps):
        with pytest.raises(RoutineNotWritableError) as raised:
            write_routine(routine, tmp_path, exercises=library.exercises)
        assert raised.value.problems
    assert list(tmp_path.iterdir()) == []


# --- where it goes, and how ---------------------------------------------------------------


def small(origin: str = "built-in") -> Routine:
    return Routine("plan", "Plan", "A plan.", (RoutineItem("bridge"),), origin=origin)


def test_the_file_it_was_loaded_from_is_replaced_not_doubled(tmp_path: Path) -> None:
    own = tmp_path / "My plan.toml"
    own.write_text("old", encoding="utf-8")
    assert write_routine(small(str(own)), tmp_path) == own
    assert read_back(own) == small()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["My plan.toml"]


def test_an_origin_outside_the_folder_is_never_followed(tmp_path: Path) -> None:
    folder, elsewhere = tmp_path / "routines", tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = elsewhere / "plan.toml"
    outside.write_text("keep me", encoding="utf-8")
    for origin in (str(outside), str(folder / ".." / "elsewhere" / "plan.toml"), "../plan.toml"):
        assert target_path(small(origin), folder) == folder / "plan.toml"
    write_routine(small(str(outside)), folder)
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert (folder / "plan.toml").is_file()


def test_a_symlink_at_the_target_is_replaced_not_written_through(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    outside = tmp_path / "outside.toml"
    outside.write_text("keep me", encoding="utf-8")
    (folder / "plan.toml").symlink_to(outside)
    path = write_routine(small(), folder)
    assert not path.is_symlink()
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert read_back(path) == small()


def test_a_new_file_is_readable_and_an_old_one_keeps_its_mode(tmp_path: Path) -> None:
    path = write_routine(small(), tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    path.chmod(0o600)
    write_routine(replace(small(), title="Plan two"), tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_back(path).title == "Plan two"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_routine(small(), tmp_path)
    before = path.read_bytes()

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_routine(replace(small(), title="Plan two"), tmp_path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.toml"]


def test_the_folder_is_made_when_missing(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "routines"
    assert write_routine(small(), folder) == folder / "plan.toml"
