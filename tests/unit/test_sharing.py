"""Importing and exporting content files: checked like `backcoach check`, written only into
the user's folders, clashes renamed, replaced or skipped, and an export that imports back."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from support.samples import GOOD_EXERCISE, GOOD_ROUTINE, write

from backcoach.content.library import BUILT_IN, Library, built_in_folder, load_content
from backcoach.content.sharing.applying import (
    ImportNotReadyError,
    Resolution,
    apply_import,
    decide_all,
)
from backcoach.content.sharing.exporting import (
    ExportError,
    ExportExistsError,
    companion_path,
    export_item,
)
from backcoach.content.sharing.files import UnsafeTargetError, file_name_for, inside
from backcoach.content.sharing.incoming import plan_import
from backcoach.content.sharing.kinds import Kind
from backcoach.store.paths import AppPaths, resolve_paths

BUILT_IN_ROUTINE = """\
id = "mine-with-bridge"
title = "Mine, with the bridge"
description = "A routine of built-in exercises."

[[items]]
exercise = "bridge"
reps = 5
"""


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir, {})


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    """Where files from someone else arrive (not the data folder)."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if not path.is_dir()}


def import_files(
    paths: AppPaths, files: list[Path], resolution: Resolution | None = None
) -> tuple[Library, list[str]]:
    """Imports, then loads the library again as the app would: (library, actions)."""
    library = load_content(paths)
    plan = plan_import(files, library)
    assert plan.ok, [str(problem) for problem in plan.problems]
    decisions = decide_all(plan, resolution) if resolution is not None else {}
    result = apply_import(plan, paths, library, decisions)
    assert not result.problems, result.problems
    reloaded = load_content(paths)
    # No file of the import fails to load (the user's own broken files may stay broken).
    assert reloaded.problems == library.problems, [str(p) for p in reloaded.problems]
    return reloaded, [f"{i.kind} {i.original_id}->{i.item_id} {i.action}" for i in result.imported]


# -- good files ------------------------------------------------------------------------


def test_a_routine_of_built_in_exercises_is_imported(paths: AppPaths, incoming: Path) -> None:
    source = write(incoming, "from-my-physio.toml", BUILT_IN_ROUTINE)
    library, actions = import_files(paths, [source])
    assert actions == ["routine mine-with-bridge->mine-with-bridge added"]
    routine = library.routines["mine-with-bridge"]
    written = paths.routines_dir / "mine-with-bridge.toml"  # named from the id, not the source
    assert routine.origin == str(written)
    assert written.read_text(encoding="utf-8") == BUILT_IN_ROUTINE  # as it came
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600  # a programme is health data
    assert source.read_text(encoding="utf-8") == BUILT_IN_ROUTINE  # the source left alone


def test_a_routine_and_its_own_exercise_come_together(paths: AppPaths, incoming: Path) -> None:
    # The routine is named first: exercises are still checked before routines.
    routine = write(incoming, "routine.toml", GOOD_ROUTINE)
    exercise = write(incoming, "exercise.toml", GOOD_EXERCISE)
    library, actions = import_files(paths, [routine, exercise])
    assert sorted(actions) == [
        "exercise test-lift->test-lift added",
        "routine test-routine->test-routine added",
    ]
    assert library.routines["test-routine"].exercise_ids == ("test-lift",)
    assert library.exercises["test-lift"].origin == str(paths.exercises_dir / "test-lift.toml")


# -- bad files: a problem each, and nothing written --------------------------------------


def assert_refused(paths: AppPaths, files: list[Path], expected: list[str]) -> None:
    plan = plan_import(files, load_content(paths))
    assert not plan.ok
    assert [str(problem) for problem in plan.problems] == expected
    with pytest.raises(ImportNotReadyError):
        apply_import(plan, paths, load_content(paths), {})
    assert not paths.data_dir.exists() or not files_under(paths.data_dir)


def test_bad_toml_names_its_line(paths: AppPaths, incoming: Path) -> None:
    source = write(incoming, "bad.toml", 'id = "x"\ntitle = "T"\ndescription = oops\n')
    assert_refused(paths, [source], [f"{source}:3: TOML syntax error: Invalid value"])


def test_a_routine_naming_an_exercise_nobody_has(paths: AppPaths, incoming: Path) -> None:
    source = write(incoming, "r.toml", GOOD_ROUTINE)  # test-lift is not coming with it
    assert_refused(
        paths, [source], [f"{source}:7: items[1].exercise: unknown exercise id 'test-lift'"]
    )


def test_one_bad_file_stops_the_whole_import(paths: AppPaths, incoming: Path) -> None:
    good = write(incoming, "good.toml", BUILT_IN_ROUTINE)
    empty = write(incoming, "empty.toml", "")
    assert_refused(paths, [good, empty], [f"{empty}:1: file is empty"])


def test_a_huge_file_is_refused_by_its_size_before_reading(paths: AppPaths, incoming: Path) -> None:
    huge = incoming / "huge.toml"
    with huge.open("wb") as file:
        file.truncate(1 << 34)  # 16 GiB, sparse: reading it would take minutes and the memory
    # The exact size in the message comes from stat(), before a byte is read.
    assert_refused(paths, [huge], [f"{huge}:1: file is {1 << 34} bytes; the limit is 131072"])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting(paths: AppPaths, incoming: Path) -> None:
    fifo = incoming / "pipe.toml"
    os.mkfifo(fifo)
    assert_refused(paths, [fifo], [f"{fifo}:1: is a pipe (FIFO), not a regular file"])


def test_a_folder_and_a_missing_file(paths: AppPaths, incoming: Path) -> None:
    assert_refused(
        paths,
        [incoming, incoming / "gone.toml"],
        [f"{incoming}:1: is a folder, not a file", f"{incoming / 'gone.toml'}:1: no such file"],
    )


@pytest.mark.parametrize("evil_id", ["../../evil", "a/b", "..", "/etc/passwd", "x\\y", ".hidden"])
def test_an_id_that_is_a_path_is_refused(
    paths: AppPaths, incoming: Path, tmp_path: Path, evil_id: str
) -> None:
    text = BUILT_IN_ROUTINE.replace('"mine-with-bridge"', f"'{evil_id}'")
    source = write(incoming, "evil.toml", text)
    before = files_under(tmp_path)
    plan = plan_import([source], load_content(paths))
    assert not plan.ok
    assert "is not a valid id" in str(plan.problems[0])
    assert files_under(tmp_path) == before


def test_paths_inside_a_file_are_never_followed(
    paths: AppPaths, incoming: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    exercise = GOOD_EXERCISE.replace("000_080fa8705ae22a61.txt", str(outside / "exercise.toml"))
    routine = GOOD_ROUTINE.replace(
        "rest_between_s = 15", f'rest_between_s = 15\nsources = ["{outside / "routine.toml"}"]'
    )
    sources = [write(incoming, "e.toml", exercise), write(incoming, "r.toml", routine)]
    before = files_under(tmp_path)
    library, _ = import_files(paths, sources)
    assert library.routines["test-routine"].sources == (str(outside / "routine.toml"),)
    assert not outside.exists()
    assert files_under(tmp_path) - before == {
        paths.exercises_dir / "test-lift.toml",
        paths.routines_dir / "test-routine.toml",
    }


def test_an_education_topic_is_not_imported(paths: AppPaths, incoming: Path) -> None:
    source = write(incoming, "t.toml", 'id = "t"\ntitle = "T"\nparagraphs = ["x"]\n')
    assert_refused(paths, [source], [f"{source}:1: education topics cannot be imported"])


def test_the_same_id_twice_in_one_import(paths: AppPaths, incoming: Path) -> None:
    first = write(incoming, "a.toml", BUILT_IN_ROUTINE)
    second = write(incoming, "b.toml", BUILT_IN_ROUTINE)
    assert_refused(
        paths, [first, second], [f"{second}:1: id: 'mine-with-bridge' is also in {first}"]
    )


# -- clashes ---------------------------------------------------------------------------


@pytest.fixture
def own_exercise(paths: AppPaths) -> Path:
    """The user already has test-lift, in a file named their way."""
    return write(paths.exercises_dir, "My Lift.toml", GOOD_EXERCISE)


CHANGED_EXERCISE = GOOD_EXERCISE.replace(
    'id = "test-lift"', 'id = "test-lift"  # from Anna'
).replace('name = "Test lift"', 'name = "Anna\'s lift"')


def test_a_clash_is_found_and_says_whose(
    paths: AppPaths, incoming: Path, own_exercise: Path
) -> None:
    plan = plan_import([write(incoming, "e.toml", CHANGED_EXERCISE)], load_content(paths))
    assert plan.ok
    assert [(c.kind, c.item_id, c.existing, c.built_in) for c in plan.clashes] == [
        (Kind.EXERCISE, "test-lift", str(own_exercise), False)
    ]
    with pytest.raises(ImportNotReadyError, match="no decision"):
        apply_import(plan, paths, load_content(paths), {})


def test_rename_keeps_both(paths: AppPaths, incoming: Path, own_exercise: Path) -> None:
    library, actions = import_files(
        paths, [write(incoming, "e.toml", CHANGED_EXERCISE)], Resolution.RENAME
    )
    assert actions == ["exercise test-lift->test-lift-2 renamed"]
    assert library.exercises["test-lift"].name == "Test lift"
    assert library.exercises["test-lift-2"].name == "Anna's lift"  # the title is kept
    assert own_exercise.read_text(encoding="utf-8") == GOOD_EXERCISE
    written = (paths.exercises_dir / "test-lift-2.toml").read_text(encoding="utf-8")
    assert written == CHANGED_EXERCISE.replace(
        'id = "test-lift"  # from Anna', 'id = "test-lift-2"'
    )


def test_replace_overwrites_the_users_own_file_in_place(
    paths: AppPaths, incoming: Path, own_exercise: Path
) -> None:
    library, actions = import_files(
        paths, [write(incoming, "e.toml", CHANGED_EXERCISE)], Resolution.REPLACE
    )
    assert actions == ["exercise test-lift->test-lift replaced"]
    assert library.exercises["test-lift"].name == "Anna's lift"
    assert sorted(p.name for p in paths.exercises_dir.iterdir()) == [
        "My Lift.toml"
    ]  # no second file
    assert own_exercise.read_text(encoding="utf-8") == CHANGED_EXERCISE


def test_skip_writes_nothing(paths: AppPaths, incoming: Path, own_exercise: Path) -> None:
    library, actions = import_files(
        paths, [write(incoming, "e.toml", CHANGED_EXERCISE)], Resolution.SKIP
    )
    assert actions == ["exercise test-lift->test-lift skipped"]
    assert library.exercises["test-lift"].name == "Test lift"
    assert sorted(p.name for p in paths.exercises_dir.iterdir()) == ["My Lift.toml"]


def test_replacing_a_built_in_one_writes_a_user_file_that_overrides_it(
    paths: AppPaths, incoming: Path
) -> None:
    text = CHANGED_EXERCISE.replace('"test-lift"', '"bridge"')
    assert load_content(paths).exercises["bridge"].origin == BUILT_IN
    library, actions = import_files(paths, [write(incoming, "e.toml", text)], Resolution.REPLACE)
    assert actions == ["exercise bridge->bridge overrides-built-in"]
    assert library.exercises["bridge"].origin == str(paths.exercises_dir / "bridge.toml")
    assert library.exercises["bridge"].name == "Anna's lift"


def test_a_renamed_exercise_is_renamed_in_the_routine_that_came_with_it(
    paths: AppPaths, incoming: Path, own_exercise: Path
) -> None:
    sources = [write(incoming, "r.toml", GOOD_ROUTINE), write(incoming, "e.toml", CHANGED_EXERCISE)]
    library, actions = import_files(paths, sources, Resolution.RENAME)
    assert sorted(actions) == [
        "exercise test-lift->test-lift-2 renamed",
        "routine test-routine->test-routine added",
    ]
    assert library.routines["test-routine"].exercise_ids == ("test-lift-2",)


def test_a_routine_clash_renamed_keeps_its_title(paths: AppPaths, incoming: Path) -> None:
    write(paths.routines_dir, "mine-with-bridge.toml", BUILT_IN_ROUTINE)
    write(paths.routines_dir, "mine-with-bridge-2.toml", "not loaded: a file of the user's")
    library, actions = import_files(
        paths, [write(incoming, "r.toml", BUILT_IN_ROUTINE)], Resolution.RENAME
    )
    assert actions == ["routine mine-with-bridge->mine-with-bridge-3 renamed"]
    assert library.routines["mine-with-bridge-3"].title == "Mine, with the bridge"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_symlink_in_the_users_folder_is_never_written_through(
    paths: AppPaths, incoming: Path, tmp_path: Path
) -> None:
    outside = write(tmp_path / "outside", "lift.toml", GOOD_EXERCISE)
    paths.exercises_dir.mkdir(parents=True)
    (paths.exercises_dir / "test-lift.toml").symlink_to(outside)
    library = load_content(paths)
    assert library.exercises["test-lift"].origin == str(paths.exercises_dir / "test-lift.toml")
    plan = plan_import([write(incoming, "e.toml", CHANGED_EXERCISE)], library)
    result = apply_import(plan, paths, library, decide_all(plan, Resolution.REPLACE))
    assert "symbolic link" in str(result.problems[0])
    assert outside.read_text(encoding="utf-8") == GOOD_EXERCISE
    # A dangling link does not load; the new file goes beside it, the link's target untouched.
    (paths.routines_dir).mkdir(parents=True)
    (paths.routines_dir / "mine-with-bridge.toml").symlink_to(tmp_path / "outside" / "new.toml")
    _, actions = import_files(paths, [write(incoming, "r.toml", BUILT_IN_ROUTINE)])
    assert actions == ["routine mine-with-bridge->mine-with-bridge added"]
    assert (paths.routines_dir / "mine-with-bridge-2.toml").is_file()
    assert not (tmp_path / "outside" / "new.toml").exists()


def test_a_skipped_exercise_leaves_the_routine_checked_against_the_users_one(
    paths: AppPaths, incoming: Path
) -> None:
    # The user's test-lift has no hold; the routine overrides hold_s: it no longer fits.
    no_hold = GOOD_EXERCISE.replace("hold_s = 4\n", "").replace(
        'action = "Hold"\nbreath = "natural"\nhold = true',
        'action = "Hold"\nbreath = "natural"\nseconds = 2',
    )
    write(paths.exercises_dir, "lift.toml", no_hold)
    routine = GOOD_ROUTINE.replace("reps = 5", "reps = 5\nhold_s = 3")
    sources = [write(incoming, "e.toml", GOOD_EXERCISE), write(incoming, "r.toml", routine)]
    library = load_content(paths)
    assert not library.problems
    plan = plan_import(sources, library)
    assert plan.ok  # against the incoming exercise it fits
    result = apply_import(plan, paths, library, decide_all(plan, Resolution.SKIP))
    assert [problem.message for problem in result.problems] == [
        "items[1].hold_s: 'test-lift' has no hold phase"
    ]
    assert not result.imported
    assert not (paths.routines_dir).exists()


# -- export ----------------------------------------------------------------------------


def test_export_then_import_elsewhere_gives_the_same_routine(
    paths: AppPaths, tmp_path: Path
) -> None:
    write(paths.exercises_dir, "lift.toml", "# Anna's notes\n" + GOOD_EXERCISE)
    write(
        paths.routines_dir, "r.toml", GOOD_ROUTINE.replace("reps = 5", 'reps = 5\nnote = "Slowly"')
    )
    here = load_content(paths)
    out = tmp_path / "send" / "programme.toml"
    out.parent.mkdir()
    written = export_item(here, "test-routine", out)
    assert [(f.kind, f.item_id, f.path) for f in written] == [
        (Kind.ROUTINE, "test-routine", out),
        (Kind.EXERCISE, "test-lift", companion_path(out, "test-lift")),
    ]
    assert companion_path(out, "test-lift").name == "programme.test-lift.toml"
    assert companion_path(out, "test-lift").read_text(encoding="utf-8").startswith("# Anna's")

    elsewhere = resolve_paths(tmp_path / "other-machine", {})
    there, _ = import_files(elsewhere, [f.path for f in written])
    assert replace(there.routines["test-routine"], origin="") == replace(
        here.routines["test-routine"], origin=""
    )
    assert replace(there.exercises["test-lift"], origin="") == replace(
        here.exercises["test-lift"], origin=""
    )


def test_export_of_a_built_in_routine_is_its_file(paths: AppPaths, tmp_path: Path) -> None:
    out = tmp_path / "gentle.toml"
    written = export_item(load_content(paths), "gentle-start", out, kind=Kind.ROUTINE)
    assert [f.path for f in written] == [out]  # built-in exercises stay behind
    folder = built_in_folder().routines
    assert folder is not None
    assert out.read_bytes() == (folder / "gentle-start.toml").read_bytes()


def test_export_of_an_exercise_in_another_language_is_the_english_file(
    paths: AppPaths, tmp_path: Path
) -> None:
    out = tmp_path / "bridge.toml"
    export_item(load_content(paths, "de"), "bridge", out)
    folder = built_in_folder().exercises
    assert folder is not None
    assert out.read_bytes() == (folder / "bridge.toml").read_bytes()


def test_export_never_clobbers_unless_told(paths: AppPaths, tmp_path: Path) -> None:
    out = write(tmp_path, "gentle.toml", "mine")
    library = load_content(paths)
    with pytest.raises(ExportExistsError) as caught:
        export_item(library, "gentle-start", out)
    assert caught.value.paths == [out]
    assert out.read_text(encoding="utf-8") == "mine"
    export_item(library, "gentle-start", out, overwrite=True)
    folder = built_in_folder().routines
    assert folder is not None
    assert out.read_bytes() == (folder / "gentle-start.toml").read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_export_of_an_unknown_id_or_into_a_missing_folder(paths: AppPaths, tmp_path: Path) -> None:
    library = load_content(paths)
    with pytest.raises(ExportError, match="no routine or exercise with the id 'nothing'"):
        export_item(library, "nothing", tmp_path / "x.toml")
    with pytest.raises(ExportError, match="no such folder"):
        export_item(library, "bridge", tmp_path / "missing" / "x.toml")
    with pytest.raises(ExportError, match="is a folder"):
        export_item(library, "bridge", tmp_path)


def test_export_refuses_a_users_file_changed_into_nonsense(paths: AppPaths, tmp_path: Path) -> None:
    own = write(paths.exercises_dir, "lift.toml", GOOD_EXERCISE)
    library = load_content(paths)
    own.write_text("garbage = [", encoding="utf-8")
    with pytest.raises(ExportError, match="no longer holds a valid exercise 'test-lift'"):
        export_item(library, "test-lift", tmp_path / "x.toml")
    assert not (tmp_path / "x.toml").exists()


def test_sharing_imports_no_code_runner() -> None:
    # TOML only: nothing in the sharing package can unpickle, eval or import what it reads.
    import backcoach.content.sharing.applying as applying_module  # noqa: PLC0415

    folder = Path(applying_module.__file__).parent
    text = "".join(path.read_text(encoding="utf-8") for path in folder.glob("*.py"))
    for word in ("pickle", "eval(", "exec(", "importlib.import_module", "__import__", "marshal"):
        assert word not in text


@pytest.mark.parametrize("name", ["../x.toml", "a/b.toml", ".x.toml", "x.txt", "/etc/x.toml", ""])
def test_a_target_name_is_never_a_path(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnsafeTargetError):
        inside(tmp_path, name)


@pytest.mark.parametrize("item_id", ["../x", "a/b", ".x", "", "X"])
def test_a_file_name_is_made_only_from_a_valid_id(item_id: str) -> None:
    with pytest.raises(UnsafeTargetError):
        file_name_for(item_id)
    assert file_name_for("lift", 3) == "lift-3.toml"
