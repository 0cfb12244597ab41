"""The own-exercise form as a user with a physio's sheet meets it: typed in by keyboard,
every bad value refused at its field, saved in the documented format, then in the list,
usable in a routine, drawn in its starting position, edited and deleted."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.own_exercise import KNEE_HUG

from backcoach.content.exercise_writer import write_exercise
from backcoach.content.library import BUILT_IN, Library, load_content
from backcoach.model import (
    Breath,
    Dose,
    Exercise,
    Position,
    Routine,
    RoutineItem,
    SourceDose,
)
from backcoach.session.plan import plan_routine
from backcoach.store.paths import AppPaths
from backcoach.ui.editor.exercise_form import DeleteExerciseQuestion, ExerciseForm, FormOutcome
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.services import SessionServices


@pytest.fixture(autouse=True)
def no_unexpected_delete_question(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> bool:
        raise AssertionError(f"unexpected dialog: {args}")

    monkeypatch.setattr(DeleteExerciseQuestion, "ask", refuse)


@pytest.fixture
def services(services: SessionServices, paths: AppPaths) -> SessionServices:
    """The conftest's, with the user's folders: the window then offers New exercise."""
    return replace(services, exercises_dir=paths.exercises_dir, routines_dir=paths.routines_dir)


@pytest.fixture
def library(paths: AppPaths) -> Library:
    return load_content(paths)


@pytest.fixture
def open_form(
    qtbot: QtBot, paths: AppPaths
) -> Iterator[Callable[[Library, Exercise | None], ExerciseForm]]:
    forms: list[ExerciseForm] = []

    def build(library: Library, exercise: Exercise | None = None) -> ExerciseForm:
        form = ExerciseForm(library, paths.exercises_dir, exercise)
        forms.append(form)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        return form

    yield build
    for form in forms:
        form.close()
        form.deleteLater()


def type_in(qtbot: QtBot, text: str) -> None:
    """Typed into the focused field, Return between lines."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.keyClicks(focused(), line)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def fill_knee_to_chest(qtbot: QtBot, form: ExerciseForm) -> None:
    """A physio's "knee to chest, each side, 3 x hold 20 s" entered without the mouse."""
    assert focused() is form.name
    type_in(qtbot, "Knee hug, one leg")
    tab(qtbot)
    assert focused() is form.category
    tab(qtbot)
    assert focused() is form.position  # lying on the back: the default
    tab(qtbot, 2)
    assert focused() is form.setup
    type_in(qtbot, "Lie on your back with both knees bent.\nFeet flat on the floor.")
    tab(qtbot, 2)  # past the first phase's kind
    assert focused() is form.phases.rows[0].action
    type_in(qtbot, "Pull your {side} knee towards your chest")
    tab(qtbot, 5)  # breath, seconds, remove, the next kind, its action
    assert focused() is form.phases.rows[1].action
    type_in(qtbot, "Hold it there")
    tab(qtbot, 4)  # a hold has no seconds of its own: its box is skipped
    assert focused() is form.phases.rows[2].action
    type_in(qtbot, "Lower your {side} leg")
    tab(qtbot, 5)  # breath, seconds, remove, Add a phase, sets
    assert focused() is form.sets
    qtbot.keyClick(form.sets, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in(qtbot, "1")
    tab(qtbot)
    qtbot.keyClick(form.reps, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in(qtbot, "3")
    tab(qtbot)
    qtbot.keyClick(form.hold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in(qtbot, "20")
    tab(qtbot, 2)
    assert focused() is form.sides
    qtbot.keyClick(form.sides, Qt.Key.Key_Down)  # each side in turn
    tab(qtbot, 2)  # the minutes of a timed activity are off: skipped
    assert focused() is form.cautions
    type_in(qtbot, "Stop if pain spreads down a leg.")
    tab(qtbot)
    assert focused() is form.source
    type_in(qtbot, "Physio sheet, March")


def test_filled_by_keyboard_it_saves_and_loads_back_the_same(
    qtbot: QtBot,
    open_form: Callable[[Library, Exercise | None], ExerciseForm],
    library: Library,
    paths: AppPaths,
) -> None:
    form = open_form(library, None)
    assert not form.save_button.isEnabled()  # nothing typed yet
    fill_knee_to_chest(qtbot, form)
    assert form.problems == {}
    assert form.save_button.isEnabled()
    form.name.setFocus()
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Save is the default button
    assert form.outcome == FormOutcome(
        "knee-hug-one-leg", paths.exercises_dir / "knee-hug-one-leg.toml"
    )
    assert form.result() == form.DialogCode.Accepted
    loaded = load_content(paths)
    assert loaded.problems == []
    saved = loaded.exercises["knee-hug-one-leg"]
    expected_source = SourceDose("Physio sheet, March", saved.sources[0].dose)
    assert saved == replace(KNEE_HUG, sources=(expected_source,), origin=str(form.outcome.path))
    assert "3" in expected_source.dose  # the dose, said in words


def test_invalid_values_are_refused_at_their_field_and_nothing_is_saved(
    qtbot: QtBot,
    open_form: Callable[[Library, Exercise | None], ExerciseForm],
    library: Library,
    paths: AppPaths,
) -> None:
    form = open_form(library, None)
    fill_knee_to_chest(qtbot, form)
    form.name.setText("x" * 81)
    assert form.labels["name"].isVisible()
    assert form.labels["name"].text() == "Too long: 81 characters, at most 80."
    assert not form.save_button.isEnabled()

    form.name.setText("Knee hug")
    form.setup.setPlainText("Lie on your back.\nHold your breath and pull.")
    assert form.labels["setup"].text() == (
        "line 2: Must not tell anyone to hold their breath: say “keep breathing” instead."
    )
    form.setup.setPlainText("Lie on your back.")

    form.sides.setCurrentIndex(0)  # no sides, but the phases say {side}
    assert (
        "phase 1: Names a side ({side}), so choose how the sides are done under “How much”."
        in form.labels["phases"].text()
    )
    assert form.phases.rows[0].action.toolTip()  # the row itself is marked
    form.sides.setCurrentIndex(1)

    form.phases.rows[1].set_breath(Breath.OUT)  # a hold must keep breathing
    assert "phase 2: A hold keeps breathing" in form.labels["phases"].text()
    assert not form.save_button.isEnabled()
    form.save()  # even forced, nothing is written
    assert not paths.exercises_dir.exists() or list(paths.exercises_dir.iterdir()) == []
    assert form.outcome is None

    form.phases.rows[1].set_breath(Breath.NATURAL)
    assert form.problems == {}
    assert form.save_button.isEnabled()


def test_a_hold_phase_keeps_breathing_and_its_length_comes_from_the_dose(
    qtbot: QtBot, open_form: Callable[[Library, Exercise | None], ExerciseForm], library: Library
) -> None:
    form = open_form(library, None)
    row = form.phases.add_after_last()
    assert Breath(row.breath.currentData()) is Breath.OUT  # after "breathe in"
    row.kind.setCurrentIndex(1)
    assert Breath(row.breath.currentData()) is Breath.NATURAL
    assert not row.seconds.isEnabled()
    form.phases.remove_row(form.phases.rows[1])
    form.phases.remove_row(row)
    assert not form.hold.isEnabled()  # no hold phase: no hold in the dose
    assert form.exercise().dose.hold_s is None


def test_a_timed_activity_has_no_phases(
    qtbot: QtBot, open_form: Callable[[Library, Exercise | None], ExerciseForm], library: Library
) -> None:
    form = open_form(library, None)
    form.name.setText("Evening walk")
    form.position.setCurrentIndex(form.position.findData(Position.STANDING.value))
    form.setup.setPlainText("Wear comfortable shoes.")
    form.timed.setChecked(True)
    form.minutes.setValue(20)
    assert not form.phases.isEnabled()
    exercise = form.exercise()
    assert exercise.phases == () and exercise.dose == Dose(duration_s=1200.0)
    assert form.problems == {}


@pytest.mark.parametrize("position", list(Position))
def test_the_preview_falls_back_to_a_generic_pose_of_each_position(
    qtbot: QtBot,
    open_form: Callable[[Library, Exercise | None], ExerciseForm],
    library: Library,
    position: Position,
) -> None:
    form = open_form(library, None)
    form.position.setCurrentIndex(form.position.findData(position.value))
    assert form.figure.pose is not None
    form.figure.grab()  # painted without error


# -- in the window ------------------------------------------------------------------------


def save_by_form(qtbot: QtBot) -> Callable[..., FormOutcome | None]:
    """Stands in for ExerciseForm.ask: the real form, filled by keyboard and saved."""

    def ask(
        parent: QWidget | None, library: Library, folder: Path, exercise: Exercise | None = None
    ) -> FormOutcome | None:
        form = ExerciseForm(library, folder, exercise, parent)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        if exercise is None:
            fill_knee_to_chest(qtbot, form)
        else:
            form.name.setText("Knee hug, deeper")
        form.save()
        form.close()
        return form.outcome

    return ask


def test_a_saved_exercise_is_listed_and_can_be_used_in_a_routine_at_once(
    qtbot: QtBot,
    open_window: Callable[[Library], MainWindow],
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(library)
    own = window.own_exercises
    assert not own.edit_action.isEnabled()  # a built-in exercise is shown
    monkeypatch.setattr(ExerciseForm, "ask", save_by_form(qtbot))
    before = len(window.library.exercises)
    own.new_action.trigger()

    assert len(window.library.exercises) == before + 1
    exercise = window.library.exercises["knee-hug-one-leg"]
    assert exercise.origin != BUILT_IN
    pane = window.library_pane
    assert "Knee hug, one leg" in [e.name for e in pane.shown_exercises()]
    assert pane.detail.exercise == exercise  # selected and shown
    assert own.edit_action.isEnabled()
    pane.draw_pictures()  # its thumbnail: the generic pose, drawn without error
    assert pane.model.thumbnail(exercise) is not None

    routine = Routine("mine", "Mine", "Mine.", (RoutineItem("knee-hug-one-leg"),))
    timeline = plan_routine(routine, window.library.exercises)
    assert timeline.total_s > 0
    assert window.start_exercise_id("knee-hug-one-leg")  # a session of it starts


def test_an_own_exercise_is_edited_in_place(
    qtbot: QtBot,
    open_window: Callable[[Library], MainWindow],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_exercise(replace(KNEE_HUG, origin=""), paths.exercises_dir)
    window = open_window(load_content(paths))
    assert window.library_pane.select_exercise(KNEE_HUG.id)
    monkeypatch.setattr(ExerciseForm, "ask", save_by_form(qtbot))
    window.own_exercises.edit_action.trigger()
    assert window.library.exercises[KNEE_HUG.id].name == "Knee hug, deeper"
    assert window.library.exercises[KNEE_HUG.id].sources == KNEE_HUG.sources  # kept
    assert sorted(p.name for p in paths.exercises_dir.iterdir()) == [path.name]


def test_the_form_opens_prefilled_for_an_own_exercise(
    open_form: Callable[[Library, Exercise | None], ExerciseForm], paths: AppPaths
) -> None:
    path = write_exercise(replace(KNEE_HUG, origin=""), paths.exercises_dir)
    library = load_content(paths)
    form = open_form(library, library.exercises[KNEE_HUG.id])
    assert form.name.text() == KNEE_HUG.name
    assert [row.action.text() for row in form.phases.rows] == [p.action for p in KNEE_HUG.phases]
    assert form.sides.currentData() == "each"
    assert form.hold.value() == 20
    assert form.source.text() == "Physio sheet, March"
    assert form.exercise() == replace(KNEE_HUG, origin=str(path))  # nothing changed
    assert form.delete_button is not None


def test_deleting_is_refused_while_a_routine_uses_it_and_asks_otherwise(
    open_form: Callable[[Library, Exercise | None], ExerciseForm],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_exercise(replace(KNEE_HUG, origin=""), paths.exercises_dir)
    paths.routines_dir.mkdir()
    (paths.routines_dir / "mornings.toml").write_text(
        'id = "mornings"\ntitle = "My mornings"\ndescription = "Mine."\n'
        '[[items]]\nexercise = "knee-hug-one-leg"\n',
        encoding="utf-8",
    )
    library = load_content(paths)
    form = open_form(library, library.exercises[KNEE_HUG.id])
    assert form.delete_button is not None
    form.delete_button.click()  # no question: it is refused outright
    assert "“My mornings”" in form.general.text()
    assert path.exists() and form.outcome is None

    (paths.routines_dir / "mornings.toml").unlink()
    library = load_content(paths)
    form = open_form(library, library.exercises[KNEE_HUG.id])
    asked: list[str] = []

    def answer_yes(_parent: QWidget | None, name: str) -> bool:
        asked.append(name)
        return True

    monkeypatch.setattr(DeleteExerciseQuestion, "ask", answer_yes)
    assert form.delete_button is not None
    form.delete_button.click()
    assert asked == ["Knee hug, one leg"]
    assert not path.exists()
    assert form.outcome == FormOutcome(KNEE_HUG.id, path, deleted=True)
