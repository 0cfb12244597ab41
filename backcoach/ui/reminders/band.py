"""A reminder inside the window, where there is no system tray to show one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReminderBand(QFrame):
    """A band above the pages, like the morning-after question: one click starts."""

    startRequested = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, text: str, can_start: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBand")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.start = QPushButton(self.tr("&Start now"), self)
        self.start.setVisible(can_start)
        self.start.clicked.connect(self._start)
        self.later = QPushButton(self.tr("Not &now"), self)
        self.later.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.start)
        layout.addWidget(self.later)

    def _start(self) -> None:
        self.hide()
        self.startRequested.emit()
