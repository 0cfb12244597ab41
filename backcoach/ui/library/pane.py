"""The exercise library: search, filters, the list and the selected exercise side by side."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from backcoach.content.sources import built_in_sources
from backcoach.model import Category, Equipment, Exercise, Position
from backcoach.session.phrasebook import Phrasebook
from backcoach.ui.library.exercise_detail import ExerciseDetail
from backcoach.ui.library.exercise_filter import ExerciseFilter
from backcoach.ui.library.exercise_list_model import ExerciseListModel, ExerciseRole
from backcoach.ui.library.pane_frame import LibraryPaneFrame
from backcoach.ui.wording import category_label, equipment_label, position_label, source_title


class LibraryPane(LibraryPaneFrame):
    """The library page: the frame's widgets filled with the exercises, and what they do."""

    startRequested = Signal(str)  # noqa: N815 (Qt signal naming) -- the exercise id

    def __init__(
        self,
        exercises: Iterable[Exercise],
        parent: QWidget | None = None,
        phrases: Phrasebook | None = None,
        *,
        defer_pictures: bool = False,
    ) -> None:
        """With ``defer_pictures`` the thumbnails and the detail's pictures wait for
        draw_pictures() (the main window calls it once it is on screen)."""
        super().__init__(parent)
        self.exercises = list(exercises)
        self.model = ExerciseListModel(self.exercises, self, defer_thumbnails=defer_pictures)
        self.proxy = ExerciseFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.installEventFilter(self)
        self._fill_filters()
        self.list.setModel(self.proxy)
        self.detail = ExerciseDetail(self, phrases=phrases, defer_pictures=defer_pictures)
        self.put_detail(self.detail)
        QWidget.setTabOrder(self.list, self.detail)
        QWidget.setTabOrder(self.detail, self.start)
        self.start.clicked.connect(self.start_current)

        self.search.textChanged.connect(self.proxy.set_search_text)
        for combo in (self.category, self.position, self.equipment, self.source):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.proxy.layoutChanged.connect(self._after_filter_change)
        self.proxy.rowsRemoved.connect(self._after_filter_change)
        self.proxy.rowsInserted.connect(self._after_filter_change)
        self.proxy.modelReset.connect(self._after_filter_change)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self._after_filter_change()

    def _fill(self, combo: QComboBox, entries: list[tuple[str, str, str]]) -> None:
        """The combo's entries anew, keeping the value chosen when it is still there."""
        chosen = combo.currentData() or ""
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any"), "")
        for label, value, tooltip in entries:
            combo.addItem(label, value)
            if tooltip:
                combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(blocked)

    def _fill_filters(self) -> None:
        """Each filter offers only what some exercise has."""
        self._fill(
            self.category,
            [
                (category_label(c), c.value, "")
                for c in Category
                if any(e.category is c for e in self.exercises)
            ],
        )
        self._fill(
            self.position,
            [
                (position_label(p), p.value, "")
                for p in Position
                if any(e.position is p for e in self.exercises)
            ],
        )
        self._fill(
            self.equipment,
            [
                (equipment_label(q), q.value, "")
                for q in Equipment
                if any(q in e.equipment for e in self.exercises)
            ],
        )
        files = sorted({file for e in self.exercises for file in e.source_files})
        sources = built_in_sources()
        titles = [(source_title(f, sources), f) for f in files]
        self._fill(self.source, [(title, f, f"{title}\n{f}") for title, f in titles])
        self.source.view().setMinimumWidth(self.source.view().sizeHintForColumn(0) + 24)

    def set_exercises(self, exercises: Iterable[Exercise], select: str = "") -> None:
        """Shows these exercises instead (the library was loaded again), then selects
        ``select`` if it is shown, else keeps the exercise that was selected."""
        keep = select or (self.detail.exercise.id if self.detail.exercise is not None else "")
        self.exercises = list(exercises)
        self._fill_filters()
        self.model.set_exercises(self.exercises)
        self._apply_filters()
        if not (keep and self.select_exercise(keep)) and self.proxy.rowCount():
            self._select_row(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.category, self.position, self.equipment, self.source):
            combo.setCurrentIndex(0)

    def select_exercise(self, exercise_id: str) -> bool:
        """Select the exercise if it is shown; False when it is filtered out or unknown."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.exercise(row).id == exercise_id:
                self._select_row(row)
                return True
        return False

    def start_current(self) -> None:
        if self.detail.exercise is not None:
            self.startRequested.emit(self.detail.exercise.id)

    def shown_exercises(self) -> list[Exercise]:
        return [self.proxy.exercise(row) for row in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._search_key(event.key())
        return super().eventFilter(watched, event)

    def _search_key(self, key: int) -> bool:
        """Keys typed in the search field that steer the list; True when handled."""
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -10,
            Qt.Key.Key_PageDown: 10,
        }
        if key in steps:
            self._move_selection(steps[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def _move_selection(self, step: int) -> None:
        rows = self.proxy.rowCount()
        if rows:
            current = self.list.currentIndex().row()
            self._select_row(min(max(current + step, 0), rows - 1))

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)

    def _apply_filters(self) -> None:
        category = self.category.currentData()
        position = self.position.currentData()
        equipment = self.equipment.currentData()
        self.proxy.set_category(Category(category) if category else None)
        self.proxy.set_position(Position(position) if position else None)
        self.proxy.set_equipment(Equipment(equipment) if equipment else None)
        self.proxy.set_source(self.source.currentData() or None)

    def _after_filter_change(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("{shown} of 1 exercise")
            if total == 1
            else self.tr("{shown} of {total} exercises")
        )
        self.count.setText(text.format(shown=shown, total=total))
        self.start.setEnabled(shown > 0)
        if shown == 0:
            self.detail.show_no_match()
        elif not self.list.currentIndex().isValid():
            # The selection was filtered away (or it is the start): never show an empty detail.
            self._select_row(0)

    def draw_pictures(self) -> None:
        """The thumbnails and the detail's pictures, drawn now."""
        self.model.draw_thumbnails()
        self.detail.draw_pictures()

    def _show_current(self, current: QModelIndex) -> None:
        exercise = current.data(ExerciseRole) if current.isValid() else None
        if isinstance(exercise, Exercise):
            self.detail.show_exercise(exercise)
