"""The routines: a list with each one's length, and the chosen routine's plan in words."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.library import BUILT_IN
from backcoach.content.sources import built_in_sources
from backcoach.model import Exercise, RestItem, Routine
from backcoach.session.plan import plan_routine
from backcoach.ui.look import ROOMY_ITEMS, heading, item_list, muted_colour, paragraph
from backcoach.ui.readable_text import ReadableText
from backcoach.ui.wording import clock_text, dose_text, minutes_text, seconds_text, source_title


class RoutineList(QWidget):
    startRequested = Signal(str)  # noqa: N815 (Qt signal naming) -- the routine id
    newRequested = Signal()  # noqa: N815
    editRequested = Signal(str)  # noqa: N815 -- edited if the user's, else copied first
    deleteRequested = Signal(str)  # noqa: N815

    def __init__(
        self,
        routines: Mapping[str, Routine],
        exercises: Mapping[str, Exercise],
        parent: QWidget | None = None,
        *,
        editable: bool = False,  # the user has a routine folder: new, edit and delete
    ) -> None:
        super().__init__(parent)
        self.editable = editable
        self.routines = list(routines.values())
        self._exercises = exercises
        # Planned once: the length is what the session player will really take.
        self.durations = {r.id: plan_routine(r, exercises).total_s for r in self.routines}

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setStyleSheet(ROOMY_ITEMS)
        self.table.setHeaderLabels([self.tr("Routine"), self.tr("Length")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Routines"))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.table.headerItem().setTextAlignment(1, right)  # over the right-aligned times
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items = []
        for routine in self.routines:
            item = QTreeWidgetItem([routine.title, clock_text(self.durations[routine.id])])
            item.setTextAlignment(1, right)
            item.setToolTip(0, routine.description)
            self.table.addTopLevelItem(item)
            self._items.append(item)

        self._lay_out()

        self.table.currentItemChanged.connect(self._show_current)
        # Not itemActivated: where the desktop activates on a single click, merely choosing
        # a routine would start it.
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.start_current())
        self.table.installEventFilter(self)
        self.start.clicked.connect(self.start_current)
        self.start.setEnabled(bool(self.routines))
        if self.routines:
            self.table.setCurrentItem(self._items[0])
        else:
            self.detail.setHtml(paragraph(self.tr("No routines yet.")))

    def _lay_out(self) -> None:
        self.detail = ReadableText(self)
        self.detail.setAccessibleName(self.tr("Routine details"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("routineSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 580])
        self.start = QPushButton(self.tr("&Start this routine"), self)
        self.start.setObjectName("startRoutine")
        self.start.setToolTip(
            self.tr("Start a guided session (Enter or a double click on a routine does the same)")
        )
        self.start.setMinimumHeight(40)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New routine…"), self)
        self.new_button.setObjectName("newRoutine")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editRoutine")
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("deleteRoutine")
        self.new_button.clicked.connect(self.newRequested)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(self.editable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        layout.addLayout(buttons)

    def current_routine(self) -> Routine | None:
        item = self.table.currentItem()
        return self.routines[self.table.indexOfTopLevelItem(item)] if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.start_current()
                return True
        return super().eventFilter(watched, event)

    def start_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.startRequested.emit(routine.id)

    def select_routine(self, routine_id: str) -> None:
        row = [r.id for r in self.routines].index(routine_id)
        self.table.setCurrentItem(self._items[row])

    def _edit_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.editRequested.emit(routine.id)

    def _delete_current(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.deleteRequested.emit(routine.id)

    def _show_current(self, current: QTreeWidgetItem | None) -> None:
        own = False
        if current is not None:
            routine = self.routines[self.table.indexOfTopLevelItem(current)]
            self.detail.setHtml(self._routine_html(routine))
            own = routine.origin != BUILT_IN
        # A built-in routine is a starting point: it is copied, never changed or deleted.
        self.edit_button.setText(self.tr("&Edit…") if own else self.tr("Copy and &edit…"))
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(own)

    def _routine_html(self, routine: Routine) -> str:
        muted = f"color: {muted_colour(self.palette())};"
        parts = [heading(routine.title, 2), paragraph(routine.description)]
        facts = [
            self.tr("Takes about {length}").format(
                length=minutes_text(60 * max(1, round(self.durations[routine.id] / 60)))
            )
        ]
        if routine.frequency:
            facts.append(self.tr("How often: {frequency}").format(frequency=routine.frequency))
        if routine.rest_between_s:
            facts.append(
                self.tr("{seconds} s rest between exercises").format(
                    seconds=seconds_text(routine.rest_between_s)
                )
            )
        parts.append("<p>" + "<br/>".join(escape(fact) for fact in facts) + "</p>")
        parts.append(heading(self.tr("Exercises")))
        rows = []
        for item in routine.entries:
            if isinstance(item, RestItem):
                rows.append(
                    escape(self.tr("Rest {seconds} s").format(seconds=seconds_text(item.seconds)))
                )
                continue
            exercise = self._exercises[item.exercise_id]
            dose = dose_text(item.override.apply(exercise.dose))
            # The dose this routine uses, its own changes applied: what the session will do.
            row = f"<b>{escape(exercise.name)}</b>: {escape(dose)}"
            if item.note:
                row += f"<br/><i>{escape(item.note)}</i>"
            rows.append(row)
        parts.append(item_list(rows, ordered=True))
        if routine.sources:
            parts.append(heading(self.tr("Sources")))
            parts.append(
                item_list(
                    escape(source_title(source, built_in_sources())) for source in routine.sources
                )
            )
        if routine.origin != BUILT_IN:
            parts.append(
                paragraph(
                    self.tr("Your own routine, from {file}").format(file=routine.origin), muted
                )
            )
        return "".join(parts)
