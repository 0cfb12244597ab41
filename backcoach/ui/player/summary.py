"""After a session: what was done, what was skipped, and how long it took."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backcoach.session.machine import SessionSummary
from backcoach.session.plan import Timeline
from backcoach.ui.player.phase import sized_font
from backcoach.ui.wording import clock_text


class SummaryPage(QWidget):
    again = Signal()  # the same routine once more
    chooseAnother = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("summaryHeading")
        self.heading.setFont(sized_font(self, 2.6, bold=True))
        self.body = QLabel(self)
        self.body.setObjectName("summaryText")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setFont(sized_font(self, 1.5))
        self.again_button = QPushButton(self.tr("Do it &again"), self)
        self.again_button.setObjectName("againButton")
        self.choose_button = QPushButton(self.tr("&Choose another routine"), self)
        for button in (self.again_button, self.choose_button):
            button.setFont(sized_font(self, 1.3))
            button.setMinimumHeight(44)
        self.again_button.clicked.connect(self.again)
        self.choose_button.clicked.connect(self.chooseAnother)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(18)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

    def show_summary(self, summary: SessionSummary, timeline: Timeline) -> None:
        self.heading.setText(
            self.tr("Session complete. Well done!")
            if summary.finished
            else self.tr("Session stopped")
        )
        names = [item.exercise.name for item in timeline.items]
        done = [names[i] for i in summary.completed_items]
        skipped = [names[i] for i in summary.skipped_items]
        parts = [f"<p><b>{escape(timeline.routine.title)}</b></p>"]
        parts.append(self._list(self.tr("Completed"), done, self.tr("Nothing completed.")))
        if skipped:
            parts.append(self._list(self.tr("Skipped"), skipped, ""))
        time_line = self.tr("Time: {active} (planned {planned})").format(
            active=clock_text(summary.active_s), planned=clock_text(summary.planned_s)
        )
        parts.append(f"<p>{escape(time_line)}</p>")
        self.body.setText("".join(parts))

    def _list(self, title: str, names: list[str], empty: str) -> str:
        if not names:
            return f"<p>{escape(title)}: {escape(empty)}</p>"
        rows = "".join(f"<li>{escape(name)}</li>" for name in names)
        return f"<p>{escape(title)} ({len(names)}):</p><ul>{rows}</ul>"
