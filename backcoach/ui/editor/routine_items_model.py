"""The routine's entries as a list model, and the exercises to pick from, both draggable."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from backcoach.content.routine_draft import RoutineDraft
from backcoach.model import Exercise, RestItem, RoutineEntry, RoutineItem
from backcoach.ui.wording import dose_text, seconds_text

ROWS_MIME = "application/x-backcoach-routine-rows"
EXERCISES_MIME = "application/x-backcoach-exercise-ids"
EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _decode(data: QMimeData, mime: str) -> list[object]:
    try:
        value = json.loads(bytes(data.data(mime).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return value if isinstance(value, list) else []


def exercises_mime(exercise_ids: Iterable[str]) -> QMimeData:
    data = QMimeData()
    data.setData(EXERCISES_MIME, json.dumps(list(exercise_ids)).encode("utf-8"))
    return data


class RoutineItemsModel(QAbstractListModel):
    """Shows a draft's entries; a drop only asks for a change, the editor makes it (so
    that it goes through the undo stack)."""

    moveRequested = Signal(list, int)  # noqa: N815 (Qt signal naming) -- rows, before row
    addRequested = Signal(list, int)  # noqa: N815 -- exercise ids, at row

    def __init__(self, exercises: Mapping[str, Exercise], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._exercises = exercises
        self.draft = RoutineDraft("", "", "")
        self._misplaced: set[int] = set()

    def set_draft(self, draft: RoutineDraft) -> None:
        self.beginResetModel()
        self.draft = draft
        self._misplaced = set(draft.misplaced_rests())
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.draft.entries)

    def entry(self, row: int) -> RoutineEntry:
        return self.draft.entries[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.draft.entries):
            return None
        entry = self.draft.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {self.entry_text(entry)}"
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self._misplaced:
            return self.misplaced_text()
        if role == EXERCISE_ID_ROLE and isinstance(entry, RoutineItem):
            return entry.exercise_id
        return None

    @staticmethod
    def misplaced_text() -> str:
        return QCoreApplication.translate(
            "RoutineEditor", "A rest must come between two exercises."
        )

    def entry_text(self, entry: RoutineEntry) -> str:
        if isinstance(entry, RestItem):
            return QCoreApplication.translate("RoutineEditor", "Rest {seconds} s").format(
                seconds=seconds_text(entry.seconds)
            )
        exercise = self._exercises.get(entry.exercise_id)
        if exercise is None:
            return entry.exercise_id
        text = f"{exercise.name} — {dose_text(entry.override.apply(exercise.dose))}"
        if entry.override.tempo is not None:
            text += ", " + QCoreApplication.translate("RoutineEditor", "tempo × {factor}").format(
                factor=f"{entry.override.tempo:g}"
            )
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between entries, not on one
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME, EXERCISES_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(ROWS_MIME, json.dumps(rows).encode("utf-8"))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:  # dropped on an entry: before it; on the empty space: at the end
            row = parent.row() if parent.isValid() else len(self.draft.entries)
        if data.hasFormat(ROWS_MIME):
            count = len(self.draft.entries)
            rows = [r for r in _decode(data, ROWS_MIME) if isinstance(r, int) and 0 <= r < count]
            if rows:
                self.moveRequested.emit(rows, row)
            # The move is made here, not by the view removing the dragged rows afterwards.
            return False
        if data.hasFormat(EXERCISES_MIME):
            ids = [i for i in _decode(data, EXERCISES_MIME) if i in self._exercises]
            if ids:
                self.addRequested.emit(ids, row)
                return True
        return False


class ExercisePickerModel(QAbstractListModel):
    """Every exercise by name; dragged out as its id."""

    def __init__(self, exercises: Iterable[Exercise], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.exercises = sorted(exercises, key=lambda e: e.name.casefold())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.exercises)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        exercise = self.exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{exercise.purpose}\n{dose_text(exercise.dose)}"
        if role == EXERCISE_ID_ROLE:
            return exercise.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [EXERCISES_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return exercises_mime(self.exercises[row].id for row in rows)
