"""The routine editor: a routine's fields, its exercises and rests, their doses, undo and
redo, the length as it changes, and saving into the user's routine folder."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.routine_draft import (
    DEFAULT_REST_ITEM_S,
    DESCRIPTION_LIMIT,
    FREQUENCY_LIMIT,
    TITLE_LIMIT,
    Checked,
    Refusal,
    RoutineDraft,
    check_text,
    id_from_title,
    read_number,
    save_problems,
    shown_number,
    total_seconds,
)
from backcoach.content.routine_writer import RoutineNotWritableError, write_routine
from backcoach.model import Exercise, RestItem, Routine, RoutineItem
from backcoach.ui.editor.checked_field import REFUSED_STYLE, CheckedField
from backcoach.ui.editor.draft_change import DraftChange
from backcoach.ui.editor.editor_questions import DiscardChangesQuestion
from backcoach.ui.editor.item_fields import ItemFields
from backcoach.ui.editor.routine_items_model import (
    EXERCISE_ID_ROLE,
    ExercisePickerModel,
    RoutineItemsModel,
)
from backcoach.ui.wording import clock_text


class RoutineEditor(QDialog):
    saved = Signal(object)  # the Routine as written, its origin the file

    def __init__(
        self,
        draft: RoutineDraft,
        exercises: Mapping[str, Exercise],
        routines_dir: Path,
        taken: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setWindowTitle(self.tr("Edit routine"))
        self.exercises = exercises
        self.routines_dir = routines_dir
        self.taken = taken  # whether a new routine's id is in use already
        self.draft = draft
        self.row = -1
        self.undo_stack = QUndoStack(self)
        self._showing = False
        self._build()
        self._show(draft, 0 if draft.entries else -1, "")
        self.undo_stack.setClean()
        self.resize(1000, 640)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        columns = QHBoxLayout()
        columns.addWidget(self._picker_column(), 1)
        columns.addWidget(self._items_column(), 2)
        columns.addWidget(self._fields_column(), 2)
        self.problem = QLabel(self)
        self.problem.setObjectName("saveProblem")
        self.problem.setStyleSheet(REFUSED_STYLE)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.redo_button = QPushButton(self.tr("&Redo"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self._add_actions()

    def _picker_column(self) -> QWidget:
        box = QGroupBox(self.tr("Exercises"), self)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.picker_model = ExercisePickerModel(self.exercises.values(), self)
        self.picker_proxy = QSortFilterProxyModel(self)
        self.picker_proxy.setSourceModel(self.picker_model)
        self.picker_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.picker_proxy.setFilterFixedString)
        self.picker = QListView(box)
        self.picker.setObjectName("exercisePicker")
        self.picker.setAccessibleName(self.tr("Exercises to add"))
        self.picker.setModel(self.picker_proxy)
        self.picker.setDragEnabled(True)
        self.picker.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.picker.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.picker.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.picker.doubleClicked.connect(lambda _index: self.add_picked())
        self.add_button = QPushButton(self.tr("&Add to routine"), box)
        self.add_button.setObjectName("addExercise")
        self.add_button.setToolTip(self.tr("Or drag exercises into the routine"))
        self.add_button.clicked.connect(self.add_picked)
        layout = QVBoxLayout(box)
        layout.addWidget(self.search)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.add_button)
        return box

    def _items_column(self) -> QWidget:
        box = QGroupBox(self.tr("This routine"), self)
        self.items_model = RoutineItemsModel(self.exercises, self)
        self.items_model.moveRequested.connect(self.move_rows)
        self.items_model.addRequested.connect(self.add_exercises)
        self.items = QListView(box)
        self.items.setObjectName("routineItems")
        self.items.setAccessibleName(self.tr("Exercises and rests of the routine"))
        self.items.setModel(self.items_model)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setDragEnabled(True)
        self.items.setAcceptDrops(True)
        self.items.setDropIndicatorShown(True)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.selectionModel().currentRowChanged.connect(self._row_chosen)
        rest = QPushButton(self.tr("Add r&est"), box)
        rest.setObjectName("addRest")
        rest.clicked.connect(self.add_rest)
        up = QPushButton(self.tr("Up"), box)
        up.setToolTip(self.tr("Move up (Ctrl+Up)"))
        up.clicked.connect(lambda: self.move_current(-1))
        down = QPushButton(self.tr("Down"), box)
        down.setToolTip(self.tr("Move down (Ctrl+Down)"))
        down.clicked.connect(lambda: self.move_current(1))
        remove = QPushButton(self.tr("Remove"), box)
        remove.setToolTip(self.tr("Remove from the routine (Delete)"))
        remove.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        for button in (rest, up, down, remove):
            row.addWidget(button)
        self.duration = QLabel(box)
        self.duration.setObjectName("totalDuration")
        layout = QVBoxLayout(box)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        layout.addWidget(self.duration)
        return box

    def _fields_column(self) -> QWidget:
        column = QWidget(self)
        routine_box = QGroupBox(self.tr("Routine"), column)
        form = QFormLayout(routine_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.meta = {
            "title": CheckedField(
                lambda text: check_text(text, TITLE_LIMIT, required=True), "title", routine_box
            ),
            "description": CheckedField(
                lambda text: check_text(text, DESCRIPTION_LIMIT, required=True),
                "description",
                routine_box,
            ),
            "frequency": CheckedField(
                lambda text: check_text(text, FREQUENCY_LIMIT, required=False),
                "frequency",
                routine_box,
            ),
            "rest_between_s": CheckedField(_check_rest_between, "restBetween", routine_box),
        }
        labels = {
            "title": self.tr("Title"),
            "description": self.tr("What it is for"),
            "frequency": self.tr("How often"),
            "rest_between_s": self.tr("Rest between exercises (seconds)"),
        }
        self.meta["frequency"].edit.setPlaceholderText(self.tr("e.g. twice a day"))
        for name, field in self.meta.items():
            field.taken.connect(lambda value, name=name: self.set_meta(name, value))
            field.refusedChanged.connect(lambda _refused: self._update_save())
            form.addRow(labels[name], field)
        item_box = QGroupBox(self.tr("Chosen exercise or rest"), column)
        self.item_fields = ItemFields(item_box)
        self.item_fields.overrideChanged.connect(self.set_override)
        self.item_fields.noteChanged.connect(self.set_note)
        self.item_fields.restChanged.connect(self.set_rest)
        self.item_fields.refusedChanged.connect(self._update_save)
        QVBoxLayout(item_box).addWidget(self.item_fields)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(routine_box)
        layout.addWidget(item_box, 1)
        return column

    def _add_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
            made = QAction(text, self)
            made.setShortcuts(keys)
            made.triggered.connect(slot)
            return made

        # On the list only: in a text field these keys move the cursor or delete a letter.
        for made in (
            action(self.tr("Move up"), [QKeySequence("Ctrl+Up")], lambda: self.move_current(-1)),
            action(self.tr("Move down"), [QKeySequence("Ctrl+Down")], lambda: self.move_current(1)),
            action(
                self.tr("Remove"),
                [QKeySequence(QKeySequence.StandardKey.Delete)],
                self.remove_current,
            ),
        ):
            made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.items.addAction(made)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

    # -- edits: each one a command on the undo stack ---------------------------------------

    def _change(
        self,
        after: RoutineDraft,
        row: int,
        text: str,
        merge_key: tuple[object, ...] | None = None,
    ) -> None:
        if after == self.draft:
            return
        before = (self.draft, self.row)
        self.undo_stack.push(DraftChange(self._show, before, (after, row), text, merge_key))

    def add_picked(self) -> None:
        rows = sorted(index.row() for index in self.picker.selectionModel().selectedRows())
        ids = [str(self.picker_proxy.index(row, 0).data(EXERCISE_ID_ROLE)) for row in rows]
        if not ids and self.picker.currentIndex().isValid():
            ids = [str(self.picker.currentIndex().data(EXERCISE_ID_ROLE))]
        if ids:
            self.add_exercises(ids)

    def add_exercises(self, exercise_ids: list[str], at: int | None = None) -> None:
        """Adds the exercises after the chosen entry (or at ``at``, where one was dropped)."""
        if at is None:
            at = self.row + 1 if self.row >= 0 else len(self.draft.entries)
        new = [RoutineItem(exercise_id) for exercise_id in exercise_ids]
        after = self.draft.insert(at, *new)
        text = self.tr("Add {name}").format(name=self._name(exercise_ids[0]))
        self._change(after, min(at, len(after.entries) - 1), text)

    def add_rest(self) -> None:
        at = self.row + 1 if self.row >= 0 else len(self.draft.entries)
        self._change(self.draft.insert(at, RestItem(DEFAULT_REST_ITEM_S)), at, self.tr("Add rest"))

    def move_current(self, step: int) -> None:
        target = self.row + step
        if self.row < 0 or not 0 <= target < len(self.draft.entries):
            return
        # Moving down by one: before the entry after the next one.
        after = self.draft.move([self.row], target + 1 if step > 0 else target)
        self._change(after, target, self.tr("Move"))

    def move_rows(self, rows: list[int], to: int) -> None:
        after = self.draft.move(rows, to)
        moved = to - sum(1 for row in rows if row < to)
        self._change(after, max(0, min(moved, len(after.entries) - 1)), self.tr("Move"))

    def remove_current(self) -> None:
        if self.row < 0:
            return
        after = self.draft.remove(self.row)
        row = min(self.row, len(after.entries) - 1)
        self._change(after, row, self.tr("Remove"))

    def set_override(self, name: str, value: object) -> None:
        if self.row < 0 or not isinstance(self.draft.entries[self.row], RoutineItem):
            return
        after = self.draft.with_override(self.row, name, value)
        self._change(after, self.row, self.tr("Change"), ("item", self.row, name))

    def set_note(self, note: str) -> None:
        if self.row >= 0 and isinstance(self.draft.entries[self.row], RoutineItem):
            after = self.draft.with_note(self.row, note)
            self._change(after, self.row, self.tr("Change note"), ("item", self.row, "note"))

    def set_rest(self, seconds: float) -> None:
        if self.row >= 0 and isinstance(self.draft.entries[self.row], RestItem):
            after = self.draft.with_rest(self.row, seconds)
            self._change(after, self.row, self.tr("Change rest"), ("item", self.row, "rest"))

    def set_meta(self, name: str, value: object) -> None:
        after = replace(self.draft, **{name: value})  # type: ignore[arg-type]
        self._change(after, self.row, self.tr("Change"), ("meta", name))

    # -- showing a draft ---------------------------------------------------------------------

    def _show(self, draft: RoutineDraft, row: int, typing: str) -> None:
        """Shows ``draft`` with ``row`` chosen; the field named ``typing`` keeps its text."""
        self.draft = draft
        self._showing = True
        self.items_model.set_draft(draft)
        self.row = row if 0 <= row < len(draft.entries) else -1
        if self.row >= 0:
            index = self.items_model.index(self.row, 0)
            self.items.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._showing = False
        values = {
            "title": draft.title,
            "description": draft.description,
            "frequency": draft.frequency,
            "rest_between_s": shown_number(draft.rest_between_s),
        }
        for name, field in self.meta.items():
            if name != typing:
                field.set_text(values[name])
        self._show_item(typing)
        self.duration.setText(
            self.tr("Total: {length}").format(
                length=clock_text(total_seconds(draft, self.exercises))
            )
        )
        self._update_save()

    def _show_item(self, typing: str = "") -> None:
        entry = self.draft.entries[self.row] if self.row >= 0 else None
        exercise = self.exercises.get(entry.exercise_id) if isinstance(entry, RoutineItem) else None
        self.item_fields.show_entry(entry, exercise, keep=typing)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._showing:
            return
        self.row = current.row() if current.isValid() else -1
        self._show_item()  # what was typed and refused in the last entry is dropped
        self._update_save()

    def _name(self, exercise_id: str) -> str:
        exercise = self.exercises.get(exercise_id)
        return exercise.name if exercise is not None else exercise_id

    # -- saving ----------------------------------------------------------------------------

    def routine_id(self) -> str:
        return self.draft.id or id_from_title(self.draft.title, self.taken)

    def blocker(self) -> str:
        """Why the routine cannot be saved now; empty when it can."""
        if any(field.refused for field in self.meta.values()) or self.item_fields.refused:
            return self.tr("A value is refused: correct the field marked in red.")
        if not self.draft.title.strip() or not self.draft.description.strip():
            return self.tr("Give the routine a title and say what it is for.")
        if self.draft.exercise_count == 0:
            return self.tr("Add at least one exercise.")
        if self.draft.misplaced_rests():
            return RoutineItemsModel.misplaced_text()
        problems = save_problems(self.draft, self.routine_id(), self.exercises)
        return problems[0] if problems else ""

    def _update_save(self) -> None:
        blocker = self.blocker()
        self.problem.setText(blocker)
        self.save_button.setEnabled(not blocker)

    def save(self) -> Routine | None:
        """Writes the routine into the user's folder; None (and why, shown) if it cannot."""
        if self.blocker():
            return None
        routine = self.draft.to_routine(self.routine_id())
        try:
            path = write_routine(routine, self.routines_dir, exercises=self.exercises)
        except RoutineNotWritableError as error:
            self.problem.setText(str(error))
            return None
        except OSError as error:
            self.problem.setText(
                self.tr("Not saved: {reason}").format(reason=error.strerror or str(error))
            )
            return None
        saved = replace(routine, origin=str(path))
        self.draft = replace(self.draft, id=saved.id, origin=saved.origin)
        self.undo_stack.setClean()
        self.saved.emit(saved)
        self.accept()
        return saved

    def reject(self) -> None:
        if not self.undo_stack.isClean() and not DiscardChangesQuestion.ask(self):
            return
        super().reject()


def _check_rest_between(text: str) -> Checked:
    checked = read_number("rest_between_s", text)
    if checked.ok and checked.value is None:
        return Checked(None, Refusal.EMPTY)
    return checked
