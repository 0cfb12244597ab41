"""Exercise writer: exact round-trips through the real loader, safe targets, ids, deletion."""

from __future__ import annotations

import io
import math
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach import cli
from backcoach.content.exercise_file import forbids_breath_hold, parse_exercise
from backcoach.content.exercise_writer import (
    ExerciseInUseError,
    ExerciseNotWritableError,
    check_exercise,
    delete_exercise,
    exercise_id_for,
    exercise_to_toml,
    problem_field,
    routines_using,
    target_path,
    write_exercise,
)
from backcoach.content.fields import ID_PATTERN
from backcoach.content.library import Library, built_in_folder, load_library, user_folder
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile, read_path
from backcoach.model import (
    Breath,
    Category,
    Condition,
    Dose,
    Equipment,
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineItem,
    Sides,
    SourceDose,
    Variant,
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([built_in_folder()])


def read_back(path: Path) -> Exercise:
    raw = read_path(path, str(path))
    assert isinstance(raw, RawFile), raw
    loaded = parse_exercise(raw)
    assert isinstance(loaded, Exercise), loaded
    return loaded


# --- strategies -------------------------------------------------------------------------

# Any character but braces (they would be {side} placeholders, checked apart below).
ANY_CHAR = st.characters(exclude_categories=["Cs"], exclude_characters="{}")


def text(limit: int) -> st.SearchStrategy[str]:
    # The loader trims texts and refuses empty ones and breath-holding: what it keeps is
    # what a file can hold.
    return (
        st.text(ANY_CHAR, min_size=1, max_size=limit)
        .map(str.strip)
        .filter(lambda t: bool(t) and not forbids_breath_hold(t))
    )


def texts(limit: int, low: int = 0, high: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(text(limit), min_size=low, max_size=high).map(tuple)


def seconds(low: float, high: float) -> st.SearchStrategy[float]:
    return st.one_of(
        st.integers(math.ceil(low), int(high)).map(float),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


MOVE = st.builds(
    Phase,
    action=text(120),
    breath=st.sampled_from(Breath),
    seconds=seconds(0.5, 120),
    detail=st.just("") | text(200),
)
HOLD = st.builds(
    Phase, action=text(120), breath=st.just(Breath.NATURAL), hold=st.just(True), detail=text(200)
)


@st.composite
def phased(draw: st.DrawFn) -> tuple[tuple[Phase, ...], Dose]:
    phases = draw(st.lists(MOVE, min_size=1, max_size=4))
    has_hold = draw(st.booleans())
    if has_hold:
        phases.insert(draw(st.integers(0, len(phases))), draw(HOLD))
    sides = draw(st.sampled_from(Sides))
    if sides is not Sides.NONE and draw(st.booleans()):
        phases[0] = replace(phases[0], action=phases[0].action[:100] + " {side}")
    dose = Dose(
        sets=draw(st.integers(1, 10)),
        reps=draw(st.integers(1, 50)),
        hold_s=draw(seconds(1, 600)) if has_hold else None,
        rest_s=draw(seconds(0, 600)),
        sides=sides,
    )
    return tuple(phases), dose


TIMED = st.builds(
    lambda sets, rest, duration: ((), Dose(sets=sets, rest_s=rest, duration_s=duration)),
    st.integers(1, 10),
    seconds(0, 600),
    seconds(60, 4 * 3600),
)


@st.composite
def exercises(draw: st.DrawFn) -> Exercise:
    phases, dose = draw(phased() | TIMED)
    return Exercise(
        id=draw(st.from_regex(ID_PATTERN, fullmatch=True)),
        name=draw(text(80)),
        category=draw(st.sampled_from(Category)),
        position=draw(st.sampled_from(Position)),
        purpose=draw(text(300)),
        setup=draw(texts(300, low=1)),
        phases=phases,
        dose=dose,
        sources=draw(st.lists(st.builds(SourceDose, text(80), text(80)), max_size=2).map(tuple)),
        aliases=draw(texts(80)),
        equipment=tuple(draw(st.lists(st.sampled_from(Equipment), unique=True, max_size=3))),
        areas=draw(texts(60)),
        cautions=draw(texts(300)),
        conditions=frozenset(draw(st.sets(st.sampled_from(Condition), max_size=3))),
        variants=draw(
            st.lists(
                st.builds(Variant, st.sampled_from(["easier", "harder"]), text(80), text(200)),
                max_size=2,
            ).map(tuple)
        ),
        tips=draw(texts(200)),
        origin="",
    )


def plain(**changes: object) -> Exercise:
    """A small exercise of the user's: a knee hug with a hold."""
    exercise = Exercise(
        id="knee-hug",
        name="Knee hug",
        category=Category.STRETCH,
        position=Position.SUPINE,
        purpose="Eases the lower back.",
        setup=("Lie on your back.", "Bend both knees."),
        phases=(
            Phase("Pull your knees in", Breath.OUT, 2.0),
            Phase("Stay there", Breath.NATURAL, hold=True),
            Phase("Let go slowly", Breath.IN, 3.0),
        ),
        dose=Dose(sets=2, reps=5, hold_s=10.0, rest_s=30.0),
        sources=(SourceDose("My physiotherapist", "2 x 5, hold 10 s"),),
        cautions=("Stop if it hurts.",),
        origin="",
    )
    return replace(exercise, **changes)  # type: ignore[arg-type]


# --- round trips ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(exercises())
def test_generated_exercises_round_trip_through_a_file(exercise: Exercise) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_exercise(exercise, Path(folder))
        assert path == Path(folder) / f"{exercise.id}.toml"
        assert replace(read_back(path), origin="") == exercise
        assert [p.name for p in Path(folder).iterdir()] == [path.name]  # no temporary file


def test_every_built_in_exercise_round_trips(library: Library, tmp_path: Path) -> None:
    for exercise in library.exercises.values():
        mine = replace(exercise, origin="")
        assert check_exercise(mine) == [], exercise.id
        assert parse_exercise_text(exercise_to_toml(mine)) == replace(exercise, origin="built-in")


def parse_exercise_text(text: str) -> Exercise:
    path = Path(tempfile.mkdtemp()) / "x.toml"
    path.write_text(text, encoding="utf-8")
    return read_back(path)


def test_backcoach_check_accepts_a_written_file(tmp_path: Path) -> None:
    path = write_exercise(plain(name='Knee hug "deep" \\ both'), tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["check", str(path)], out=out, err=err) == 0, out.getvalue()


def test_the_file_reads_like_the_documented_format() -> None:
    text = exercise_to_toml(plain())
    assert text.startswith("# ")
    assert 'id = "knee-hug"\nname = "Knee hug"\ncategory = "stretch"\n' in text
    assert '\n[dose]\nsets = 2\nreps = 5\nhold_s = 10\nrest_s = 30\nsides = "none"\n' in text
    assert '\n[[phases]]\naction = "Stay there"\nbreath = "natural"\nhold = true\n' in text
    timed = exercise_to_toml(plain(phases=(), dose=Dose(duration_s=600.0)))
    assert "reps" not in timed and "sides" not in timed and "duration_s = 600\n" in timed


def test_a_user_exercise_loads_with_the_library_and_a_routine_can_use_it(tmp_path: Path) -> None:
    from backcoach.session.plan import plan_routine  # noqa: PLC0415

    exercises_dir, routines_dir = tmp_path / "exercises", tmp_path / "routines"
    path = write_exercise(plain(), exercises_dir)
    routines_dir.mkdir()
    (routines_dir / "mine.toml").write_text(
        'id = "mine"\ntitle = "Mine"\ndescription = "Mine."\n'
        '[[items]]\nexercise = "knee-hug"\n[[items]]\nexercise = "bridge"\n',
        encoding="utf-8",
    )
    loaded = load_library([built_in_folder(), user_folder(exercises_dir, routines_dir)])
    assert loaded.problems == []
    assert loaded.exercises["knee-hug"] == plain(origin=str(path))
    timeline = plan_routine(loaded.routines["mine"], loaded.exercises)
    assert timeline.total_s > 0


# --- what the loader refuses, the writer refuses, naming the field ------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, ("name",)),
        ({"name": "x" * 81}, ("name",)),
        ({"setup": ()}, ("setup",)),
        ({"setup": ("Lie down.", "Hold your breath and bend.")}, ("setup", 1)),
        ({"cautions": ("  ",)}, ("cautions", 0)),
        (
            {"phases": (Phase("Pull", Breath.OUT, 2.0), Phase("Stay", Breath.IN, hold=True))},
            ("phases", 1, "breath"),
        ),
        ({"phases": (Phase("Pull your {side} knee", Breath.OUT, 2.0),), "dose": Dose()}, None),
        ({"phases": (Phase("Pull", Breath.OUT, 200.0),), "dose": Dose()}, None),
        ({"dose": Dose(sets=2, reps=5, rest_s=30.0)}, ("dose", "hold_s")),
        ({"dose": Dose(sets=11, reps=5, hold_s=10.0)}, ("dose", "sets")),
        ({"name": "  padded  "}, ()),
    ],
)
def test_a_bad_exercise_is_refused_at_its_field(
    changes: dict[str, object], field: tuple[str | int, ...] | None, tmp_path: Path
) -> None:
    exercise = plain(**changes)
    problems = check_exercise(exercise)
    assert problems
    if field is not None:
        assert field in [problem_field(problem)[0] for problem in problems], problems
    with pytest.raises(ExerciseNotWritableError):
        write_exercise(exercise, tmp_path / "exercises")
    assert not (tmp_path / "exercises").exists()


def test_problem_fields_are_read_back_from_the_loaders_messages() -> None:
    assert problem_field(Problem("f", 3, "phases[2].seconds: must be from 0.5 to 120")) == (
        ("phases", 1, "seconds"),
        "must be from 0.5 to 120",
    )
    assert problem_field(Problem("f", 1, "dose.hold_s: missing")) == (("dose", "hold_s"), "missing")
    assert problem_field(Problem("f", 1, "setup[1]: must not be empty")) == (
        ("setup", 0),
        "must not be empty",
    )
    assert problem_field(Problem("f", 1, "file is empty")) == ((), "file is empty")


def test_breath_holding_is_refused() -> None:
    exercise = plain(
        phases=(
            Phase("Pull and hold your breath", Breath.OUT, 2.0),
            Phase("Stay", Breath.NATURAL, hold=True),
        )
    )
    problems = check_exercise(exercise)
    assert [problem_field(p) for p in problems] == [
        (("phases", 0, "action"), "must not tell the user to hold their breath")
    ]


# --- ids ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Knee hug", (), "knee-hug"),
        ("  Knie zur Brust (beide!) ", (), "knie-zur-brust-beide"),
        ("Übung Straße", (), "ubung-strasse"),
        ("Bridge", ("bridge",), "bridge-2"),
        ("Bridge", ("bridge", "bridge-2"), "bridge-3"),
        ("😀 ✓", (), "my-exercise"),
        ("a" * 100, ("a" * 64,), "a" * 62 + "-2"),
    ],
)
def test_ids_come_from_the_name_and_are_unique(
    name: str, taken: tuple[str, ...], expected: str
) -> None:
    made = exercise_id_for(name, taken)
    assert made == expected
    assert ID_PATTERN.match(made)


def test_an_id_is_unique_against_the_whole_library(library: Library) -> None:
    made = exercise_id_for("Bridge", library.exercises)
    assert made not in library.exercises and made.startswith("bridge-")


# --- where it goes --------------------------------------------------------------------


def test_a_built_in_exercise_is_never_overwritten_or_hidden(
    library: Library, tmp_path: Path
) -> None:
    bridge = library.exercises["bridge"]
    with pytest.raises(ExerciseNotWritableError, match="already used"):
        write_exercise(
            replace(bridge, name="My bridge", origin=""), tmp_path, others=library.exercises
        )
    built_in_dir = built_in_folder().exercises
    if isinstance(built_in_dir, Path):  # a checkout: the built-in files are on disk
        before = (built_in_dir / "bridge.toml").read_bytes()
        with pytest.raises(ExerciseNotWritableError, match="built-in"):
            write_exercise(replace(bridge, origin=str(built_in_dir / "bridge.toml")), built_in_dir)
        assert (built_in_dir / "bridge.toml").read_bytes() == before
    assert list(tmp_path.iterdir()) == []


def test_editing_an_own_exercise_replaces_its_file(tmp_path: Path) -> None:
    first = write_exercise(plain(), tmp_path)
    own = read_back(first)
    others = {"knee-hug": replace(own, origin=str(first))}
    again = write_exercise(
        replace(own, name="Knee hug, deeper", origin=str(first)), tmp_path, others=others
    )
    assert again == first
    assert read_back(first).name == "Knee hug, deeper"
    assert [p.name for p in tmp_path.iterdir()] == ["knee-hug.toml"]


def test_a_bad_id_never_leaves_the_folder(tmp_path: Path) -> None:
    for bad in ("../../evil", ".hidden", "Caps"):
        with pytest.raises(ExerciseNotWritableError):
            target_path(plain(id=bad), tmp_path)
    assert not (tmp_path.parent / "evil.toml").exists()


def test_a_new_file_is_an_ordinary_readable_document(tmp_path: Path) -> None:
    path = write_exercise(plain(), tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


# --- deleting -------------------------------------------------------------------------

USES = Routine("mine", "Morning", "M.", (RoutineItem("bridge"), RoutineItem("knee-hug")))


def test_an_exercise_a_routine_uses_is_not_deleted(tmp_path: Path) -> None:
    path = write_exercise(plain(), tmp_path)
    other = Routine("other", "Evening", "E.", (RoutineItem("knee-hug"),))
    assert [r.title for r in routines_using("knee-hug", [USES, other])] == ["Evening", "Morning"]
    with pytest.raises(ExerciseInUseError) as raised:
        delete_exercise(plain(origin=str(path)), tmp_path, [USES, other])
    assert raised.value.titles == ["Evening", "Morning"]
    assert path.exists()


def test_an_unused_own_exercise_is_deleted(tmp_path: Path) -> None:
    path = write_exercise(plain(), tmp_path)
    unused = Routine("r", "R", "R.", (RoutineItem("bridge"),))
    assert delete_exercise(plain(origin=str(path)), tmp_path, [unused]) == path
    assert not path.exists()


def test_only_own_files_in_the_folder_are_deleted(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ExerciseNotWritableError):
        delete_exercise(library.exercises["bridge"], tmp_path, [])
    elsewhere = write_exercise(plain(), tmp_path / "elsewhere")
    with pytest.raises(ExerciseNotWritableError):
        delete_exercise(plain(origin=str(elsewhere)), tmp_path / "exercises", [])
    assert elsewhere.exists()


# --- its picture ----------------------------------------------------------------------


@pytest.mark.parametrize("position", list(Position))
def test_an_own_exercise_is_drawn_in_a_still_of_its_starting_position(
    position: Position,
) -> None:
    from backcoach.figures.catalog import FALLBACK, built_in_catalog  # noqa: PLC0415

    for exercise in (
        plain(position=position),
        plain(position=position, phases=(), dose=Dose(duration_s=600.0)),
    ):
        poses = built_in_catalog().for_exercise(exercise)
        assert poses is not None
        base_id, pose = FALLBACK[position]
        assert poses.exercise_id == "knee-hug"
        assert poses.start == pose
        assert poses.poses[pose] == built_in_catalog().poses[base_id].poses[pose]
        assert len(poses.phases) == len(exercise.phases)
        assert poses.shown()
