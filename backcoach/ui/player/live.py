"""The player while a session runs: what to do now, what is being said, what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backcoach.figures.figure_view import FigureView
from backcoach.ui.player.phase import PhasePanel, set_text, sized_font
from backcoach.ui.session.display import Display
from backcoach.ui.wording import quoted

PROGRESS_STEPS = 1000


class LivePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self._label("exerciseName", 2.4, bold=True)
        self.progress_text = self._label("progressText", 1.3)
        self.progress_text.setWordWrap(False)
        self.progress_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.panel = PhasePanel(big_scale=18.0, parent=self)
        self.action = self._label("actionText", 1.7, bold=True)
        self.caption = self._label("captionText", 2.0)
        self.caption.setMinimumHeight(self.caption.fontMetrics().lineSpacing() * 2)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.caption.setAccessibleName(self.tr("What the coach says"))
        self.next_up = self._label("nextUpText", 1.5)
        # The figure moves with the voice (FigureAnimator drives it from the session).
        self.illustration = FigureView(self)
        self.illustration.setObjectName("illustrationArea")
        self.illustration.setMinimumSize(280, 280)
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.illustration.setAccessibleName(self.tr("Illustration"))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("sessionProgress")
        self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(14)
        self.bar.setAccessibleName(self.tr("Progress through the routine"))
        self._lay_out()

    def _label(self, name: str, scale: float, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setFont(sized_font(self, scale, bold=bold))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress_text)
        words = QVBoxLayout()
        words.setSpacing(10)
        words.addWidget(self.panel, 3)
        words.addWidget(self.action)
        words.addWidget(self.caption, 1)
        words.addWidget(self.next_up)
        body = QGridLayout()
        body.setHorizontalSpacing(24)
        body.addLayout(words, 0, 0)
        body.addWidget(self.illustration, 0, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 8)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.bar)

    def show_display(self, display: Display) -> None:
        set_text(self.title, display.title)
        set_text(self.progress_text, display.progress_text)
        line = " · ".join(part for part in (display.rep_text, display.set_text) if part)
        self.panel.show_display(display, line)
        set_text(self.action, display.action)
        next_up = self.tr("Next up: {what}").format(what=display.next_up)
        set_text(self.next_up, next_up if display.next_up else "")
        value = round(display.progress * PROGRESS_STEPS)
        if self.bar.value() != value:
            self.bar.setValue(value)

    def show_caption(self, text: str) -> None:
        # Typographic quotes mark it as speech, so it is not mistaken for a heading.
        set_text(self.caption, quoted(text) if text else "", keep_space=True)
