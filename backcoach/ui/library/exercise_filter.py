"""Search-as-you-type and filters over the exercise list, sorted by name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from backcoach.model import Category, Equipment, Exercise, Position
from backcoach.ui.library.exercise_list_model import ExerciseRole, SortKeyRole


class ExerciseFilter(QSortFilterProxyModel):
    """Every criterion narrows the list; None (or empty text) means "any"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._category: Category | None = None
        self._position: Position | None = None
        self._equipment: Equipment | None = None
        self._source: str | None = None
        # By a key made in Python (case and accents folded), compared as plain strings:
        # no ICU collator (see name_sort_key).
        self.setSortRole(SortKeyRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.setSortLocaleAware(False)
        self.sort(0, Qt.SortOrder.AscendingOrder)

    @property
    def search_text(self) -> str:
        return self._text

    def set_search_text(self, text: str) -> None:
        self._change("_text", text)

    def set_category(self, category: Category | None) -> None:
        self._change("_category", category)

    def set_position(self, position: Position | None) -> None:
        self._change("_position", position)

    def set_equipment(self, equipment: Equipment | None) -> None:
        self._change("_equipment", equipment)

    def set_source(self, source_file: str | None) -> None:
        self._change("_source", source_file)

    def _change(self, attribute: str, value: object) -> None:
        if getattr(self, attribute) == value:
            return  # typing the same text again must not reset the view
        self.beginFilterChange()
        setattr(self, attribute, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, exercise: Exercise) -> bool:
        return (
            exercise.matches(self._text)
            and self._category in (None, exercise.category)
            and self._position in (None, exercise.position)
            and (self._equipment is None or self._equipment in exercise.equipment)
            and (self._source is None or self._source in exercise.source_files)
        )

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        exercise = model.data(model.index(source_row, 0, source_parent), ExerciseRole)
        return isinstance(exercise, Exercise) and self.accepts(exercise)

    def exercise(self, row: int) -> Exercise:
        """The exercise shown in row ``row`` of this (filtered, sorted) model."""
        exercise = self.data(self.index(row, 0), ExerciseRole)
        assert isinstance(exercise, Exercise)
        return exercise
