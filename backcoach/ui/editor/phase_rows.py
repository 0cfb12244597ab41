"""The phases of one repetition as a small table of rows: kind, what to do, breath, seconds."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.exercise_file import PHASE_SECONDS
from backcoach.model import Breath, Phase
from backcoach.ui.wording import breath_text

MOVE_SECONDS = 2.0  # a calm movement; people write "slowly, 2 seconds" most often
MAX_PHASES = 8  # more than any exercise has; the row count stays readable


class PhaseRow:
    """The widgets of one phase; a hold takes its length from the dose, so it has none.
    Its texts are in the context of PhaseRows, whose tr() the table's own texts use."""

    def __init__(self, parent: QWidget) -> None:
        self.kind = QComboBox(parent)
        self.kind.addItem(QCoreApplication.translate("PhaseRows", "Move"), False)
        self.kind.addItem(QCoreApplication.translate("PhaseRows", "Hold"), True)
        self.kind.setAccessibleName(QCoreApplication.translate("PhaseRows", "Kind of phase"))
        self.action = QLineEdit(parent)
        self.action.setPlaceholderText(
            QCoreApplication.translate("PhaseRows", "What to do, as it is said aloud")
        )
        self.action.setAccessibleName(QCoreApplication.translate("PhaseRows", "What to do"))
        self.action.setMaxLength(200)  # the loader's limit is 120: over it gets its reason
        self.breath = QComboBox(parent)
        for breath in (Breath.OUT, Breath.IN, Breath.NATURAL):
            self.breath.addItem(breath_text(breath), breath.value)
        self.breath.setAccessibleName(QCoreApplication.translate("PhaseRows", "Breath"))
        self.seconds = QDoubleSpinBox(parent)
        self.seconds.setRange(*PHASE_SECONDS)
        self.seconds.setDecimals(1)
        self.seconds.setSingleStep(0.5)
        self.seconds.setSuffix(QCoreApplication.translate("PhaseRows", " s"))
        self.seconds.setValue(MOVE_SECONDS)
        self.seconds.setAccessibleName(QCoreApplication.translate("PhaseRows", "Seconds"))
        # In the seconds' place for a hold, whose length is the dose's "Hold".
        self.hold_note = QLabel(QCoreApplication.translate("PhaseRows", "as Hold"), parent)
        self.hold_note.setToolTip(
            QCoreApplication.translate("PhaseRows", "A hold lasts as long as the dose's Hold says")
        )
        self.hold_note.hide()
        self.remove = QToolButton(parent)
        self.remove.setText("−")
        self.remove.setToolTip(QCoreApplication.translate("PhaseRows", "Remove this phase"))
        self.remove.setAccessibleName(QCoreApplication.translate("PhaseRows", "Remove this phase"))
        self.detail = ""  # a fuller instruction from the file, kept while the action stays
        self.detail_for = ""
        self.kind.currentIndexChanged.connect(self._kind_changed)

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.kind, self.action, self.breath, self.seconds, self.remove)

    @property
    def is_hold(self) -> bool:
        return bool(self.kind.currentData())

    def set_breath(self, breath: Breath) -> None:
        self.breath.setCurrentIndex(self.breath.findData(breath.value))

    def _kind_changed(self) -> None:
        # A hold means keep breathing (holding the breath under effort raises blood
        # pressure); its length is the dose's hold, so the seconds box rests.
        if self.is_hold:
            self.set_breath(Breath.NATURAL)
        self.seconds.setEnabled(not self.is_hold)
        self.seconds.setVisible(not self.is_hold)
        self.hold_note.setVisible(self.is_hold)

    def phase(self) -> Phase:
        action = self.action.text().strip()
        return Phase(
            action=action,
            breath=Breath(self.breath.currentData()),
            seconds=None if self.is_hold else self.seconds.value(),
            hold=self.is_hold,
            detail=self.detail if action == self.detail_for else "",
        )

    def show_phase(self, phase: Phase) -> None:
        self.kind.setCurrentIndex(1 if phase.hold else 0)
        self.action.setText(phase.action)
        self.set_breath(phase.breath)
        if phase.seconds is not None:
            self.seconds.setValue(phase.seconds)
        self.detail, self.detail_for = phase.detail, phase.action


class PhaseRows(QWidget):
    """Rows with an Add button; ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PhaseRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate(
            [self.tr("Kind"), self.tr("What to do"), self.tr("Breath"), self.tr("Length")]
        ):
            self.grid.addWidget(QLabel(f"<small>{text}</small>", self), 0, column)
        self.grid.setColumnStretch(1, 1)
        self.add = QPushButton(self.tr("&Add a phase"), self)
        self.add.setToolTip(self.tr("Another part of the repetition, after the last one"))
        self.add.clicked.connect(self.add_after_last)
        # As tall as its rows: the dialog's spare height goes below the form, not in here.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)

    def phases(self) -> tuple[Phase, ...]:
        return tuple(row.phase() for row in self.rows)

    def set_phases(self, phases: tuple[Phase, ...]) -> None:
        while self.rows:
            self._remove(self.rows[-1])
        for phase in phases:
            self.add_row().show_phase(phase)
        self.changed.emit()

    def add_row(self) -> PhaseRow:
        row = PhaseRow(self)
        self.rows.append(row)
        self._place(row, len(self.rows))
        row.kind.currentIndexChanged.connect(self.changed)
        row.action.textChanged.connect(self.changed)
        row.breath.currentIndexChanged.connect(self.changed)
        row.seconds.valueChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self._order_tabs()
        self.add.setEnabled(len(self.rows) < MAX_PHASES)
        return row

    def add_after_last(self) -> PhaseRow:
        """A movement, breathing the other way from the movement before it."""
        moves = [row for row in self.rows if not row.is_hold]
        row = self.add_row()
        if moves and Breath(moves[-1].breath.currentData()) is Breath.OUT:
            row.set_breath(Breath.IN)
        row.action.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return row

    def remove_row(self, row: PhaseRow) -> None:
        index = self.rows.index(row)
        self._remove(row)
        # The grid keeps its old cells: lay the rows out again so no gap is left.
        for number, kept in enumerate(self.rows, start=1):
            self._place(kept, number)
        self._order_tabs()
        self.add.setEnabled(True)
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].action.setFocus()
        else:
            self.add.setFocus()
        self.changed.emit()

    def _place(self, row: PhaseRow, number: int) -> None:
        for column, widget in enumerate(row.widgets):
            self.grid.addWidget(widget, number, column)
        self.grid.addWidget(row.hold_note, number, 3)  # one of the two shows

    def _remove(self, row: PhaseRow) -> None:
        self.rows.remove(row)
        for widget in (*row.widgets, row.hold_note):
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab goes through, row by row, then the Add button."""
        return [widget for row in self.rows for widget in row.widgets] + [self.add]

    def _order_tabs(self) -> None:
        for first, second in itertools.pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)

    def show_problems(self, problems: dict[int, str]) -> None:
        """Marks the rows with a problem (by index) with its reason as their tooltip."""
        for index, row in enumerate(self.rows):
            reason = problems.get(index, "")
            row.action.setToolTip(reason)
            row.action.setProperty("problem", bool(reason))
            row.action.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if reason else "")
