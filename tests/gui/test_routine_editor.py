"""The routine editor: a programme entered by keyboard and by drag and drop, undo and
redo of every edit, the length as it changes, values refused at the field, saving into
the user's folder, copies of built-ins and deleting (which asks)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backcoach.content.library import (
    BUILT_IN,
    ContentFolder,
    Library,
    built_in_folder,
    load_library,
    user_folder,
)
from backcoach.content.routine_draft import RoutineDraft, new_draft
from backcoach.content.routine_writer import write_routine
from backcoach.model import DoseOverride, RestItem, Routine, RoutineItem
from backcoach.session.plan import plan_routine
from backcoach.ui.editor.editor_questions import DeleteRoutineQuestion
from backcoach.ui.editor.routine_editor import RoutineEditor
from backcoach.ui.editor.routine_items_model import EXERCISE_ID_ROLE
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.services import SessionServices
from backcoach.ui.wording import clock_text

Open = Callable[..., RoutineEditor]


@pytest.fixture
def routines_dir(tmp_path: Path) -> Path:
    return tmp_path / "routines"


@pytest.fixture
def open_editor(qtbot: QtBot, small_library: Library, routines_dir: Path) -> Iterator[Open]:
    editors: list[RoutineEditor] = []

    def build(draft: RoutineDraft | None = None) -> RoutineEditor:
        draft = draft or new_draft("Physio plan", "What my physiotherapist gave me.")
        editor = RoutineEditor(
            draft, small_library.exercises, routines_dir, small_library.routines.__contains__
        )
        editors.append(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    yield build
    for editor in editors:
        editor.undo_stack.setClean()  # what a test left unsaved is not asked about
        editor.close()


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Shortcuts need an active window, as a user's clicked window is."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def pick(qtbot: QtBot, editor: RoutineEditor, exercise_id: str) -> None:
    """Chooses an exercise in the picker and presses Add."""
    proxy = editor.picker_proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(EXERCISE_ID_ROLE) == exercise_id
    )
    editor.picker.setCurrentIndex(proxy.index(row, 0))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)


def choose(editor: RoutineEditor, row: int) -> None:
    editor.items.setCurrentIndex(editor.items_model.index(row, 0))


def type_into(qtbot: QtBot, editor: RoutineEditor, field: str, text: str) -> None:
    fields = editor.item_fields
    target = fields.rest if field == "rest" else fields.fields[field]
    target.edit.clear()
    qtbot.keyClicks(target.edit, text)


def ids(editor: RoutineEditor) -> list[str]:
    return [
        entry.exercise_id if isinstance(entry, RoutineItem) else f"rest {entry.seconds:g}"
        for entry in editor.draft.entries
    ]


def planned_total(editor: RoutineEditor, library: Library) -> str:
    routine = editor.draft.to_routine("x")
    return clock_text(plan_routine(routine, library.exercises).total_s)


def test_a_programme_is_entered_by_keyboard_and_every_edit_undoes_and_redoes(
    qtbot: QtBot, open_editor: Open, small_library: Library
) -> None:
    editor = open_editor()
    assert not editor.save_button.isEnabled()  # nothing in it yet
    seen: list[RoutineDraft] = [editor.draft]
    lengths: list[str] = [editor.duration.text()]

    def step() -> None:
        seen.append(editor.draft)
        lengths.append(editor.duration.text())
        # The length shown is the plan's, after every edit.
        assert editor.duration.text() == f"Total: {planned_total(editor, small_library)}"

    for exercise_id in ("bridge", "cat-cow", "hamstring-stretch"):
        pick(qtbot, editor, exercise_id)
        step()
    assert ids(editor) == ["bridge", "cat-cow", "hamstring-stretch"]
    choose(editor, 0)
    qtbot.mouseClick(editor.findChild(QWidget, "addRest"), Qt.MouseButton.LeftButton)
    step()
    assert ids(editor) == ["bridge", "rest 60", "cat-cow", "hamstring-stretch"]
    type_into(qtbot, editor, "rest", "90")
    step()
    choose(editor, 0)
    type_into(qtbot, editor, "sets", "2")
    step()
    type_into(qtbot, editor, "tempo", "1.5")  # typed "1", ".", "5": one merged edit
    step()
    choose(editor, 3)
    type_into(qtbot, editor, "hold_s", "20")
    step()
    assert editor.draft.entries[0] == RoutineItem("bridge", DoseOverride(sets=2, tempo=1.5))
    assert editor.draft.entries[1] == RestItem(90.0)
    assert editor.draft.entries[3] == RoutineItem("hamstring-stretch", DoseOverride(hold_s=20.0))
    assert len(set(lengths)) > 4  # the length really moved with the edits

    # Reorder by keyboard on the list: the hamstring stretch up two places, then down one.
    activate(qtbot, editor)
    editor.items.setFocus()
    choose(editor, 3)
    qtbot.keyClick(editor.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    step()
    qtbot.keyClick(editor.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    step()
    assert ids(editor) == ["bridge", "hamstring-stretch", "rest 90", "cat-cow"]
    assert editor.items.currentIndex().row() == 1  # the moved entry stays chosen
    qtbot.keyClick(editor.items, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    step()
    assert ids(editor) == ["bridge", "rest 90", "hamstring-stretch", "cat-cow"]
    qtbot.keyClick(editor.items, Qt.Key.Key_Delete)
    step()
    assert ids(editor) == ["bridge", "rest 90", "cat-cow"]

    # Undo walks back through every state, Ctrl+Shift+Z forward again.
    editor.items.setFocus()
    for expected, length in zip(reversed(seen[:-1]), reversed(lengths[:-1]), strict=True):
        qtbot.keyClick(editor.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert editor.draft == expected
        assert editor.duration.text() == length
    assert not editor.undo_stack.canUndo()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for expected in seen[1:]:
        qtbot.keyClick(editor.items, Qt.Key.Key_Z, shift_ctrl)
        assert editor.draft == expected
    assert editor.save_button.isEnabled()


def test_undo_shows_the_value_again_in_its_field(qtbot: QtBot, open_editor: Open) -> None:
    editor = open_editor()
    pick(qtbot, editor, "bridge")
    type_into(qtbot, editor, "reps", "12")
    field = editor.item_fields.fields["reps"].edit
    editor.undo_stack.undo()
    assert field.text() == ""  # back to the exercise's own dose
    assert field.placeholderText() == "15"
    editor.undo_stack.redo()
    assert field.text() == "12"


def test_exercises_are_dragged_in_and_entries_dragged_around(
    qtbot: QtBot, open_editor: Open, small_library: Library
) -> None:
    editor = open_editor()
    picker, items = editor.picker_model, editor.items_model
    rows = {e.id: picker.index(r, 0) for r, e in enumerate(picker.exercises)}
    # Model path: what a drag from the picker carries, dropped into the list.
    data = picker.mimeData([rows["bridge"], rows["walking"]])
    assert items.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert items.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert ids(editor) == ["bridge", "walking"]
    assert items.dropMimeData(
        picker.mimeData([rows["cat-cow"]]), Qt.DropAction.CopyAction, 1, 0, QModelIndex()
    )
    assert ids(editor) == ["bridge", "cat-cow", "walking"]
    # Within the list: "walking" dragged before "bridge" (the model makes the move, so
    # the view has nothing to remove afterwards).
    moving = items.mimeData([items.index(2, 0)])
    items.dropMimeData(moving, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert ids(editor) == ["walking", "bridge", "cat-cow"]
    assert editor.duration.text() == f"Total: {planned_total(editor, small_library)}"

    # The view's own drop handling: a drop just inside the top of row 2 lands above it.
    target = editor.items.visualRect(items.index(2, 0))
    dragged = picker.mimeData([rows["hamstring-stretch"]])  # kept: the event does not own it
    event = QDropEvent(
        QPointF(target.left() + 5, target.top() + 1),
        Qt.DropAction.CopyAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.items.dropEvent(event)
    assert ids(editor) == ["walking", "bridge", "hamstring-stretch", "cat-cow"]
    # Each drop was one undoable edit.
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert ids(editor) == ["bridge", "cat-cow", "walking"]


def test_refused_values_are_explained_at_the_field_and_never_saved(
    qtbot: QtBot, open_editor: Open, routines_dir: Path
) -> None:
    editor = open_editor()
    pick(qtbot, editor, "bridge")
    pick(qtbot, editor, "cat-cow")
    choose(editor, 0)
    assert editor.save_button.isEnabled()
    reps = editor.item_fields.fields["reps"]
    type_into(qtbot, editor, "reps", "0")
    assert reps.reason.isVisible()
    assert reps.reason.text() == "Must be from 1 to 50."
    assert editor.draft.entries[0] == RoutineItem("bridge")  # the draft never took it
    assert not editor.save_button.isEnabled()
    assert editor.save() is None
    assert not routines_dir.exists()
    type_into(qtbot, editor, "reps", "2.5")  # "2" was taken on the way, "2.5" is not
    assert reps.reason.text() == "A whole number, please (1 to 50)."
    assert editor.draft.entries[0] == RoutineItem("bridge", DoseOverride(reps=2))
    type_into(qtbot, editor, "reps", "ten")
    assert reps.reason.text() == "Not a number: type one from 1 to 50."
    type_into(qtbot, editor, "tempo", "3")
    assert editor.item_fields.fields["tempo"].reason.text() == "Must be from 0.5 to 2."
    type_into(qtbot, editor, "reps", "12")
    type_into(qtbot, editor, "tempo", "")
    assert not reps.reason.isVisible()
    assert editor.save_button.isEnabled()
    assert editor.draft.entries[0] == RoutineItem("bridge", DoseOverride(reps=12))
    # Fields that do not apply to the exercise cannot be typed in at all.
    assert not editor.item_fields.fields["duration_s"].isEnabled()
    # The routine's own fields, and a rest out of place.
    title = editor.meta["title"]
    title.edit.clear()
    assert title.reason.text() == "Must not be empty."
    assert not editor.save_button.isEnabled()
    qtbot.keyClicks(title.edit, "Physio plan")
    choose(editor, 0)
    qtbot.mouseClick(editor.findChild(QWidget, "addRest"), Qt.MouseButton.LeftButton)
    assert ids(editor) == ["bridge", "rest 60", "cat-cow"]
    choose(editor, 2)
    qtbot.mouseClick(editor.findChild(QWidget, "addRest"), Qt.MouseButton.LeftButton)
    assert ids(editor)[-1] == "rest 60"
    assert editor.problem.text() == "A rest must come between two exercises."
    assert not editor.save_button.isEnabled()
    type_into(qtbot, editor, "rest", "2")
    assert editor.item_fields.rest.reason.text() == "Must be from 5 to 600."


def test_the_saved_file_loads_back_equal_through_the_real_loader(
    qtbot: QtBot,
    open_editor: Open,
    routines_dir: Path,
    content_folder: ContentFolder,
    tmp_path: Path,
) -> None:
    editor = open_editor()
    for exercise_id in ("bridge", "hamstring-stretch", "walking"):
        pick(qtbot, editor, exercise_id)
    choose(editor, 0)
    qtbot.mouseClick(editor.findChild(QWidget, "addRest"), Qt.MouseButton.LeftButton)
    type_into(qtbot, editor, "rest", "45")
    choose(editor, 0)
    type_into(qtbot, editor, "sets", "2")
    type_into(qtbot, editor, "tempo", "0.75")
    editor.item_fields.note.edit.setText("Squeeze first.")
    choose(editor, 3)
    type_into(qtbot, editor, "duration_s", "900")
    editor.meta["frequency"].edit.setText("twice a day")
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    routine = saved.args[0]
    assert isinstance(routine, Routine)
    assert routine.id == "physio-plan"
    assert not editor.isVisible()
    assert Path(routine.origin) == routines_dir / "physio-plan.toml"
    loaded = load_library([content_folder, user_folder(tmp_path / "no-exercises", routines_dir)])
    assert not loaded.problems, loaded.problems
    assert loaded.routines["physio-plan"] == routine
    assert routine.entries == (
        RoutineItem("bridge", DoseOverride(sets=2, tempo=0.75), "Squeeze first."),
        RestItem(45.0, 1),
        RoutineItem("hamstring-stretch"),
        RoutineItem("walking", DoseOverride(duration_s=900.0)),
    )
    assert routine.frequency == "twice a day"


# -- in the window: new, copy of a built-in, delete ---------------------------------------


@pytest.fixture
def window_with_folder(
    open_window: Callable[[Library], MainWindow],
    services: SessionServices,
    paths_routines: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[Library], MainWindow]:
    def build(library: Library) -> MainWindow:
        monkeypatch.setattr(services, "routines_dir", paths_routines)
        return open_window(library)

    return build


@pytest.fixture
def paths_routines(tmp_path: Path) -> Path:
    return tmp_path / "my-routines"


def test_a_built_in_is_copied_never_changed(
    qtbot: QtBot,
    window_with_folder: Callable[[Library], MainWindow],
    paths_routines: Path,
) -> None:
    library = load_library([built_in_folder()])
    original = library.routines["gentle-start"]
    window = window_with_folder(library)
    page = window.routine_list
    page.select_routine("gentle-start")
    assert not page.new_button.isHidden()
    assert page.edit_button.text() == "Copy and &edit…"
    assert not page.delete_button.isEnabled()  # a built-in cannot be deleted
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = window.routine_actions.editor
    assert editor is not None
    assert editor.draft.id == "gentle-start-mine"
    assert editor.draft.entries == original.entries
    pick(qtbot, editor, "walking")
    editor.save()
    assert library.routines["gentle-start"] == original
    assert original.origin == BUILT_IN
    written = sorted(p.name for p in paths_routines.iterdir())
    assert written == ["gentle-start-mine.toml"]
    copy = library.routines["gentle-start-mine"]
    assert copy.title == "Gentle start (mine)"
    # The list was built again and shows the copy, chosen.
    page = window.routine_list
    assert page.current_routine() == copy
    assert page.edit_button.text() == "&Edit…"
    assert page.delete_button.isEnabled()


def test_delete_asks_and_only_a_yes_removes_the_file(
    qtbot: QtBot,
    window_with_folder: Callable[[Library], MainWindow],
    paths_routines: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    library = load_library([built_in_folder()])
    window = window_with_folder(library)
    page = window.routine_list
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = window.routine_actions.editor
    assert editor is not None
    editor.meta["description"].edit.setText("Mine.")
    pick(qtbot, editor, "bridge")
    saved = editor.save()
    assert saved is not None
    assert saved.id == "my-routine"
    file = paths_routines / "my-routine.toml"
    assert file.exists()
    asked: list[str] = []
    answer = False

    def ask(cls: type, parent: QWidget | None, title: str) -> bool:
        asked.append(title)
        return answer

    monkeypatch.setattr(DeleteRoutineQuestion, "ask", classmethod(ask))
    page = window.routine_list
    assert page.current_routine() == saved
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["My routine"]
    assert file.exists()
    assert "my-routine" in library.routines
    answer = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["My routine", "My routine"]
    assert not file.exists()
    assert "my-routine" not in library.routines
    assert all(r.id != "my-routine" for r in window.routine_list.routines)


def test_editing_the_users_own_routine_writes_the_same_file(
    qtbot: QtBot,
    window_with_folder: Callable[[Library], MainWindow],
    paths_routines: Path,
) -> None:
    library = load_library([built_in_folder()])
    paths_routines.mkdir()
    mine = replace(library.routines["gentle-start"], id="mine", title="Mine", origin="")
    path = write_routine(mine, paths_routines, exercises=library.exercises)
    library.routines["mine"] = replace(mine, origin=str(path))
    window = window_with_folder(library)
    window.routine_list.select_routine("mine")
    window.routine_list.edit_button.click()
    editor = window.routine_actions.editor
    assert editor is not None
    editor.meta["title"].edit.setText("Mine, renamed")
    editor.save()
    assert sorted(p.name for p in paths_routines.iterdir()) == ["mine.toml"]
    assert library.routines["mine"].title == "Mine, renamed"
