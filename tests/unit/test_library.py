"""Loading built-in and user folders: overrides, duplicates, bad files skipped, routines checked."""

from __future__ import annotations

from pathlib import Path

from support.samples import GOOD_EXERCISE, GOOD_ROUTINE, write

from backcoach.content.library import (
    ContentFolder,
    Library,
    built_in_folder,
    load_library,
    user_folder,
)


def load_user(root: Path) -> Library:
    return load_library([user_folder(root / "exercises", root / "routines")])


def test_good_user_files_load(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "lift.toml", GOOD_EXERCISE)
    write(tmp_path / "routines", "r.toml", GOOD_ROUTINE)
    library = load_user(tmp_path)
    assert library.problems == []
    assert list(library.exercises) == ["test-lift"]
    assert library.exercises["test-lift"].origin == str(tmp_path / "exercises" / "lift.toml")
    assert library.routines["test-routine"].items[0].override.reps == 5


def test_missing_user_folders_are_fine(tmp_path: Path) -> None:
    library = load_user(tmp_path / "nothing-here")
    assert library.problems == []
    assert library.exercises == {}


def test_bad_file_is_skipped_and_the_good_ones_still_load(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "a-good.toml", GOOD_EXERCISE)
    write(tmp_path / "exercises", "b-broken.toml", 'id = "x"\nname = = 1\n')
    write(tmp_path / "exercises", "c-binary.toml", b"\0\1\2")
    write(tmp_path / "exercises", "notes.txt", "not toml, not looked at")
    library = load_user(tmp_path)
    assert list(library.exercises) == ["test-lift"]
    messages = [str(p) for p in library.problems]
    assert len(messages) == 2
    assert messages[0].startswith(
        f"{tmp_path / 'exercises' / 'b-broken.toml'}:2: TOML syntax error"
    )
    assert (
        messages[1]
        == f"{tmp_path / 'exercises' / 'c-binary.toml'}:1: not a text file (it contains NUL bytes)"
    )


def test_duplicate_id_in_one_folder_keeps_the_first(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "a.toml", GOOD_EXERCISE)
    write(
        tmp_path / "exercises",
        "b.toml",
        GOOD_EXERCISE.replace('name = "Test lift"', 'name = "Other"'),
    )
    library = load_user(tmp_path)
    assert library.exercises["test-lift"].name == "Test lift"
    assert [str(p) for p in library.problems] == [
        f"{tmp_path / 'exercises' / 'b.toml'}:1: id: 'test-lift' is already used by "
        f"{tmp_path / 'exercises' / 'a.toml'}"
    ]


def test_user_file_overrides_a_built_in_one(tmp_path: Path) -> None:
    built_in = load_library([built_in_folder()])
    assert "bridge" in built_in.exercises
    mine = GOOD_EXERCISE.replace('id = "test-lift"', 'id = "bridge"').replace(
        "Test lift", "My bridge"
    )
    write(tmp_path / "exercises", "bridge.toml", mine)
    library = load_library(
        [built_in_folder(), user_folder(tmp_path / "exercises", tmp_path / "routines")]
    )
    assert library.exercises["bridge"].name == "My bridge"
    assert library.exercises["bridge"].origin.endswith("bridge.toml")
    assert len(library.exercises) == len(built_in.exercises)


def test_routine_with_unknown_exercise_is_skipped_with_the_items_line(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "lift.toml", GOOD_EXERCISE)
    text = GOOD_ROUTINE + '\n[[items]]\nexercise = "no-such-move"\n'
    path = write(tmp_path / "routines", "r.toml", text)
    library = load_user(tmp_path)
    assert library.routines == {}
    assert [str(p) for p in library.problems] == [
        f"{path}:11: items[2].exercise: unknown exercise id 'no-such-move'"
    ]


def test_routine_override_must_fit_the_exercise(tmp_path: Path) -> None:
    write(
        tmp_path / "exercises",
        "lift.toml",
        GOOD_EXERCISE.replace("hold = true", "seconds = 1").replace("hold_s = 4\n", ""),
    )
    path = write(tmp_path / "routines", "r.toml", GOOD_ROUTINE + "hold_s = 5\nduration_s = 600\n")
    library = load_user(tmp_path)
    assert [str(p) for p in sorted(library.problems)] == [
        f"{path}:9: items[1].hold_s: 'test-lift' has no hold phase",
        f"{path}:10: items[1].duration_s: 'test-lift' is not a timed activity",
    ]


def test_routine_checks_fields(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "lift.toml", GOOD_EXERCISE)
    path = write(
        tmp_path / "routines",
        "r.toml",
        GOOD_ROUTINE.replace("rest_between_s = 15", "rest_between_s = -1").replace(
            "reps = 5", "reps = 0\nlaps = 2"
        ),
    )
    library = load_user(tmp_path)
    assert library.routines == {}
    messages = [str(p) for p in library.problems]
    assert f"{path}:4: rest_between_s: must be from 0 to 600 seconds, not -1" in messages
    assert f"{path}:8: items[1].reps: must be from 1 to 50, not 0" in messages
    assert any(m.startswith(f"{path}:9: items[1].laps: unknown field") for m in messages)


def test_empty_routine_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path / "routines", "r.toml", 'id = "r"\ntitle = "R"\ndescription = "D"\nitems = []\n'
    )
    library = load_user(tmp_path)
    assert [str(p) for p in library.problems] == [f"{path}:4: items: must not be empty"]


def test_folder_without_education_is_allowed() -> None:
    folder = ContentFolder("user", None, None, None, "")
    assert load_library([folder]).topics == []


def test_education_order_zero_comes_first(tmp_path: Path) -> None:
    topic = 'id = "{id}"\ntitle = "{id}"\nsummary = "s"\nparagraphs = ["p"]\n{order}'
    write(tmp_path / "education", "a.toml", topic.format(id="later", order=""))
    write(tmp_path / "education", "b.toml", topic.format(id="first", order="order = 0\n"))
    folder = ContentFolder("user", None, None, tmp_path / "education", "")
    assert [t.id for t in load_library([folder]).topics] == ["first", "later"]
