"""A list model over the library's exercises, for the views and the filter proxy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from backcoach.model import Exercise

ExerciseRole = Qt.ItemDataRole.UserRole + 1
"""The role under which each row gives its Exercise object."""


class ExerciseListModel(QAbstractListModel):
    def __init__(self, exercises: Iterable[Exercise], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exercises = list(exercises)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        # A list has children only under the invisible root.
        if parent is not None and parent.isValid():
            return 0
        return len(self._exercises)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return exercise.purpose
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(exercise)
        if role == ExerciseRole:
            return exercise
        return None

    def thumbnail(self, exercise: Exercise) -> QIcon | None:
        """No picture yet: the illustrations issue returns an icon of the pose here."""
        del exercise
        return None

    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]
