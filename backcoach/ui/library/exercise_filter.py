"""Search-as-you-type and filters over the exercise list (which the model keeps sorted)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)

from backcoach.model import Category, Equipment, Exercise, Position
from backcoach.ui.library.exercise_list_model import ExerciseListModel, ExerciseRole, SearchKey

Index = QModelIndex | QPersistentModelIndex


class ExerciseFilter(QAbstractListModel):
    """Every criterion narrows the list; None (or empty text) means "any".

    Which rows pass is worked out in one Python loop over the model's search keys when a
    criterion changes, and the view is told through a layout change that keeps the
    selection where it still is. A QSortFilterProxyModel asked Python about each row on
    every keystroke (and sorted again, a Python call per comparison): 360 ms at p95 with
    10,000 exercises, 26 ms even with the answers worked out in advance. The model keeps
    its rows in the list's order, so nothing is sorted here.

    A list model rather than a QAbstractProxyModel: QListView asks for the index of every
    row on each layout change, and QAbstractListModel makes those in C++ (a Python
    index() took 12 ms a keystroke with 10,000 rows). It maps to the source all the same."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._category: Category | None = None
        self._position: Position | None = None
        self._equipment: Equipment | None = None
        self._source: str | None = None
        self._source_model: QAbstractItemModel | None = None
        self._rows: list[int] = []  # the source rows shown, in order
        self._row_of: dict[int, int] = {}  # source row -> row here

    # -- the criteria ----------------------------------------------------------------------

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
        setattr(self, attribute, value)
        self._refilter()

    def accepts(self, key: SearchKey) -> bool:
        return bool(self._passing([key]))

    def _passing(self, keys: Sequence[SearchKey]) -> list[int]:
        """The positions in ``keys`` that pass every criterion."""
        needle = self._text.strip().casefold()  # "" is in every text: no search, all pass
        category, position = self._category, self._position
        equipment, source = self._equipment, self._source
        return [
            row
            for row, key in enumerate(keys)
            if needle in key.text
            and category in (None, key.category)
            and position in (None, key.position)
            and (equipment is None or equipment in key.equipment)
            and (source is None or source in key.sources)
        ]

    def _keys(self) -> list[SearchKey]:
        model = self.sourceModel()
        return model.search_keys if isinstance(model, ExerciseListModel) else []

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows
        self._row_of = {source_row: row for row, source_row in enumerate(rows)}

    def _refilter(self) -> None:
        rows = self._passing(self._keys())
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        # The selection and current row are persistent indexes: each follows its exercise,
        # or becomes invalid when that exercise is filtered away.
        before = self.persistentIndexList()
        sources = [self._rows[index.row()] if index.isValid() else -1 for index in before]
        self._set_rows(rows)
        after = [
            self.index(self._row_of[source], index.column())
            if source in self._row_of
            else QModelIndex()
            for source, index in zip(sources, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- the source model ------------------------------------------------------------------

    def sourceModel(self) -> QAbstractItemModel | None:
        return self._source_model

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self._source_model
        self.beginResetModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self.beginResetModel)
            old.modelReset.disconnect(self._source_reset)
            old.dataChanged.disconnect(self._source_data_changed)
        self._source_model = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        self._set_rows(self._passing(self._keys()))
        self.endResetModel()

    def _source_reset(self) -> None:
        self._set_rows(self._passing(self._keys()))
        self.endResetModel()

    def _source_data_changed(
        self, first: QModelIndex, last: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        # A thumbnail drawn, say: the rows shown in that range, as one range here.
        shown = [
            self._row_of[row] for row in range(first.row(), last.row() + 1) if row in self._row_of
        ]
        if shown:
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), 0), roles)

    # -- the list -----------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or source_index.row() not in self._row_of:
            return QModelIndex()
        return self.index(self._row_of[source_index.row()], source_index.column())

    def data(self, index: Index, role: int = 0) -> Any:
        model = self.sourceModel()
        if model is None or not index.isValid():
            return None
        return model.data(self.mapToSource(index), role)

    def exercise(self, row: int) -> Exercise:
        """The exercise shown in row ``row`` of this (filtered) model."""
        exercise = self.data(self.index(row, 0), ExerciseRole)
        assert isinstance(exercise, Exercise)
        return exercise
