"""A read-only text view whose lines stay a readable length however wide the window is."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

MAX_LINE_CHARACTERS = 110
"""Beyond about this many characters a line gets hard to follow back to its start."""


class ReadableText(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # nothing shown here leads out of the app
        self.document().setDocumentMargin(12)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self._fit_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        # Wrap at the view's width, but never wider than a comfortable line.
        longest = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARACTERS
        self.setLineWrapColumnOrWidth(max(1, min(self.viewport().width(), longest)))
