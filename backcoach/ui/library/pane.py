"""The exercise library: search, filters, the list and the selected exercise side by side."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.sources import built_in_sources
from backcoach.model import Category, Equipment, Exercise, Position
from backcoach.session.phrasebook import Phrasebook
from backcoach.ui.library.exercise_detail import ExerciseDetail
from backcoach.ui.library.exercise_filter import ExerciseFilter
from backcoach.ui.library.exercise_list_model import ExerciseListModel, ExerciseRole
from backcoach.ui.look import ROOMY_ITEMS
from backcoach.ui.wording import category_label, equipment_label, position_label, source_title

SOURCE_BOX_CHARACTERS = 18  # the source box's width; its list shows whole titles


class LibraryPane(QWidget):
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

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search exercises: name, alias or body area"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.installEventFilter(self)
        self.category = self._combo([])
        self.position = self._combo([])
        self.equipment = self._combo([])
        self.source = self._combo([])
        self._fill_filters()
        # Titles are long: the box shows the start of one (all of it in its tooltip) and
        # its list opens wide enough for whole titles, so the window can stay small.
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source.setMinimumContentsLength(SOURCE_BOX_CHARACTERS)
        self.source.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count = QLabel(self)
        self.count.setObjectName("exerciseCount")

        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet(ROOMY_ITEMS)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Exercises"))
        self.detail = ExerciseDetail(self, phrases=phrases, defer_pictures=defer_pictures)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 640])
        self.start = QPushButton(self.tr("Start &this exercise"), self)
        self.start.setObjectName("startExercise")
        self.start.setToolTip(self.tr("A guided session of this exercise alone, at its usual dose"))
        self.start.setMinimumHeight(40)
        self.start.clicked.connect(self.start_current)

        self._lay_out()
        self.search.textChanged.connect(self.proxy.set_search_text)
        for combo in (self.category, self.position, self.equipment, self.source):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.proxy.layoutChanged.connect(self._after_filter_change)
        self.proxy.rowsRemoved.connect(self._after_filter_change)
        self.proxy.rowsInserted.connect(self._after_filter_change)
        self.proxy.modelReset.connect(self._after_filter_change)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self._after_filter_change()

    def _combo(self, entries: list[tuple[str, str, str]]) -> QComboBox:
        """(label, value, tooltip) entries after an "Any" entry whose value is ""."""
        combo = QComboBox(self)
        self._fill(combo, entries)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

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

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 8)
        for column, (text, combo) in enumerate(
            [
                (self.tr("&Category"), self.category),
                (self.tr("&Position"), self.position),
                (self.tr("E&quipment"), self.equipment),
            ]
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label, 1, 2 * column, Qt.AlignmentFlag.AlignRight)
            filters.addWidget(combo, 1, 2 * column + 1)
        # Sources go by their articles' titles: a row of their own gives them the width.
        source_label = QLabel(self.tr("S&ource"), self)
        source_label.setBuddy(self.source)
        filters.addWidget(source_label, 2, 0, Qt.AlignmentFlag.AlignRight)
        filters.addWidget(self.source, 2, 1, 1, 5)
        filters.setColumnStretch(6, 1)
        filters.addWidget(self.count, 1, 7, Qt.AlignmentFlag.AlignRight)
        # Others may add buttons before the stretch (the editor of one's own exercises).
        buttons = self.buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search, self.category)
        QWidget.setTabOrder(self.category, self.position)
        QWidget.setTabOrder(self.position, self.equipment)
        QWidget.setTabOrder(self.equipment, self.source)
        QWidget.setTabOrder(self.source, self.list)
        QWidget.setTabOrder(self.list, self.detail)
        QWidget.setTabOrder(self.detail, self.start)

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
