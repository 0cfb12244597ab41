"""A panel over the player or the floor view that lists every key, shown and hidden with "?"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

# Solid, not see-through: over the moving figure and the big timer, text on a veil was
# hard to read. White on this grey has a contrast of 16:1.
BACKGROUND = "#1c1c1c"


class KeyHelp(QFrame):
    """Covers its host entirely and follows its size; a click anywhere closes it."""

    # True when it shows, False when it hides: the session waits while it is read.
    shownChanged = Signal(bool)  # noqa: N815 (Qt signal naming)

    def __init__(self, rows: list[tuple[str, str]], host: QWidget, point_size: float) -> None:
        super().__init__(host)
        self.setObjectName("keyHelp")
        self.setStyleSheet(
            f"#keyHelp {{ background-color: {BACKGROUND}; }}#keyHelp QLabel {{ color: white; }}"
        )
        self.label = QLabel(self)
        self.label.setObjectName("keyHelpText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setPointSizeF(point_size)
        self.label.setFont(font)
        self.label.setText(self._html(rows))
        self.setAccessibleName(self.tr("Keys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.hide()

    def _html(self, rows: list[tuple[str, str]]) -> str:
        title = escape(self.tr("Keys"))
        closing = escape(self.tr("Press ? or Esc, or click, to close this list."))
        body = "".join(
            f"<tr><td align='right' style='padding: 4px 18px;'><b>{escape(keys)}</b></td>"
            f"<td style='padding: 4px 18px;'>{escape(what)}</td></tr>"
            for keys, what in rows
        )
        return (
            f"<h2>{title}</h2><table cellspacing='0'>{body}</table>"
            f"<p style='margin-top: 18px;'>{closing}</p>"
        )

    def toggle(self) -> None:
        self.set_shown(not self.isVisible())

    def set_shown(self, shown: bool) -> None:
        if shown:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            assert parent is not None
            self.setGeometry(parent.rect())
        return super().eventFilter(watched, event)

    def setVisible(self, visible: bool) -> None:
        # Shown or hidden by the user only (show, hide, toggle, a click): not when a tab
        # change or a minimised window hides it with its host, so no showEvent/hideEvent.
        was_shown = not self.isHidden()
        super().setVisible(visible)
        if visible != was_shown:
            self.shownChanged.emit(visible)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()
