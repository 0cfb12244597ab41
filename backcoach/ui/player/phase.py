"""The coloured block of the player: the phase in words, the big countdown or rep, set and side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from backcoach.ui.session.display import TEXT_COLOUR, Display

BIG_SHARE = 0.5  # the big number takes at most this share of the panel's height
SIDE_MARGIN = 24


def set_text(label: QLabel, text: str, *, keep_space: bool = False) -> None:
    """Only a real change: a label set to the same text still lays itself out again. An
    empty label is hidden, unless its space is kept so that nothing around it jumps."""
    if label.text() != text:
        label.setText(text)
    if not keep_space:
        label.setVisible(bool(text))


def sized_font(widget: QWidget, scale: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled from the desktop's size, so the user's choice still counts."""
    font = QFont(widget.font())
    font.setPointSizeF(max(1.0, font.pointSizeF()) * scale)
    font.setBold(bold)
    return font


class PhasePanel(QFrame):
    """Its background is the phase colour; white text on it has at least 7:1 contrast."""

    def __init__(self, big_scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phasePanel")
        self._colour = ""
        self.phase = self._label("phaseText", 2.0, bold=True)
        self.big = self._label("bigText", big_scale, bold=True)
        # Its size follows the panel's (see _fit_big), so it never holds the window open.
        self.big.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._big_px = QFontInfo(self.big.font()).pixelSize()
        self.big_label = self._label("bigLabel", 1.3)
        self.line = self._label("setText", 1.8)
        self.line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, 18, SIDE_MARGIN, 18)
        layout.setSpacing(4)
        for label in (self.phase, self.big, self.big_label, self.line):
            layout.addWidget(label, 1 if label is self.big else 0)

    def _label(self, name: str, scale: float, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(sized_font(self, scale, bold=bold))
        return label

    @property
    def colour(self) -> str:
        return self._colour

    def show_display(self, display: Display, line: str) -> None:
        if display.colour != self._colour:
            self._colour = display.colour
            # A style sheet only on change: re-polishing is the costly part of a redraw.
            self.setStyleSheet(
                f"#phasePanel {{ background-color: {display.colour}; border-radius: 14px; }}"
                f"#phasePanel QLabel {{ color: {TEXT_COLOUR}; background: transparent; }}"
            )
        set_text(self.phase, display.phase_text, keep_space=True)
        if self.big.text() != display.big:
            self.big.setText(display.big)
            self._fit_big()
        set_text(self.big_label, display.big_label, keep_space=True)
        set_text(self.line, line, keep_space=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_big()

    def _fit_big(self) -> None:
        """As large as designed, smaller only where the panel is too small for it."""
        size = max(12, min(self._big_px, round(self.height() * BIG_SHARE)))
        font = QFont(self.big.font())
        font.setPixelSize(size)
        room = self.width() - 2 * SIDE_MARGIN
        width = QFontMetrics(font).horizontalAdvance(self.big.text() or "0")
        if width > room > 0:
            font.setPixelSize(max(12, int(size * room / width)))
        if font != self.big.font():
            self.big.setFont(font)
