"""The Session page of the main window: get ready, follow the session, see how it went."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from backcoach.session.machine import SessionSummary
from backcoach.ui.player.controls import ControlsBar
from backcoach.ui.player.figure import FigureAnimator
from backcoach.ui.player.intro import IntroPage
from backcoach.ui.player.key_help import KeyHelp
from backcoach.ui.player.keys import PlayerKeys
from backcoach.ui.player.live import LivePage
from backcoach.ui.player.phase import sized_font
from backcoach.ui.player.summary import SummaryPage
from backcoach.ui.session.control import SessionControl, Stage
from backcoach.ui.session.display import Display


class PlayerPane(QWidget):
    sessionFinished = Signal(object)  # noqa: N815 (Qt signal naming) -- a SessionSummary

    def __init__(
        self, control: SessionControl, keys: PlayerKeys, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playerPane")
        self.control = control
        self.keys = keys
        self.last_summary: SessionSummary | None = None
        self.notice = QLabel(self)
        self.notice.setObjectName("speechNotice")
        self.notice.setWordWrap(True)
        self.notice.setFont(sized_font(self, 1.2))
        # Amber on dark text: a notice, not an error; readable in light and dark themes.
        self.notice.setStyleSheet(
            "#speechNotice { background-color: #ffe8a3; color: #222222;"
            " padding: 8px 14px; border-radius: 6px; }"
        )
        self.notice.hide()
        self.idle = QLabel(
            self.tr(
                "No session yet. Choose a routine under Routines and press Start, or an exercise "
                "under Exercises and press “Start this exercise”."
            ),
            self,
        )
        self.idle.setObjectName("idleText")
        self.idle.setWordWrap(True)
        self.idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle.setFont(sized_font(self, 1.5))
        self.intro = IntroPage(self)
        self.live = LivePage(self)
        self.summary = SummaryPage(self)
        self.pages = QStackedWidget(self)
        for page in (self.idle, self.intro, self.live, self.summary):
            self.pages.addWidget(page)
        self.figure = FigureAnimator(self.live.illustration, control.clock, parent=self)
        self.controls = ControlsBar(keys, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        notice_row = QVBoxLayout()
        notice_row.setContentsMargins(24, 0, 24, 0)
        notice_row.addWidget(self.notice)
        layout.addLayout(notice_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.controls)
        keys.attach(self)
        self.help = KeyHelp(keys.help_rows(), self, point_size=sized_font(self, 1.3).pointSizeF())
        self.help.shownChanged.connect(control.set_covered)  # the session waits while read

        control.stageChanged.connect(self._on_stage)
        control.displayChanged.connect(self._on_display)
        control.captionChanged.connect(self._on_caption)
        control.notice.connect(self.show_notice)
        control.sessionFinished.connect(self._on_finished)
        self.summary.again.connect(self._again)
        keys.painKey.connect(self._pain_key)
        self._on_stage(control.stage.value)

    def show_notice(self, message: str) -> None:
        """Stays in view, never in the way: the session carries on under it."""
        lines = self.notice.text().splitlines() if self.notice.isVisibleTo(self) else []
        if message not in lines:
            self.notice.setText("\n".join([*lines, message]))
        self.notice.show()

    def _on_stage(self, stage: str) -> None:
        current = Stage(stage)
        if current is Stage.GETTING_READY and self.control.timeline is not None:
            self.intro.show_timeline(self.control.timeline)
        pages: dict[Stage, QWidget] = {
            Stage.IDLE: self.idle,
            Stage.GETTING_READY: self.intro,
            Stage.RUNNING: self.live,
            Stage.PAUSED: self.live,
            Stage.ENDED: self.summary,
        }
        self.pages.setCurrentWidget(pages[current])
        if current in (Stage.RUNNING, Stage.PAUSED):
            if self.figure.machine is not self.control.machine:
                self.figure.follow(self.control.machine)
            self.figure.set_running(current is Stage.RUNNING)
        else:
            self.figure.follow(None)
        self.controls.setVisible(current is not Stage.IDLE and current is not Stage.ENDED)

    def _on_display(self, display: Display) -> None:
        timeline = self.control.timeline
        if self.control.stage is Stage.GETTING_READY and timeline is not None:
            self.intro.show_display(display, self.intro.first_line(timeline))
        else:
            self.live.show_display(display)

    def _on_caption(self, text: str) -> None:
        if self.control.stage is Stage.GETTING_READY:
            self.intro.show_caption(text)
        else:
            self.live.show_caption(text)

    def _on_finished(self, summary: SessionSummary) -> None:
        self.last_summary = summary
        if self.control.timeline is not None:
            self.summary.show_summary(summary, self.control.timeline)
        self.sessionFinished.emit(summary)

    def _pain_key(self, digit: int) -> None:
        """0-9 answer the check-in of the page shown: before, or after the session."""
        stage = self.control.stage
        if stage is Stage.GETTING_READY:
            self.intro.pain.press_digit(digit)
        elif stage is Stage.ENDED:
            self.summary.pain.press_digit(digit)

    def _again(self) -> None:
        if self.control.timeline is not None:
            self.control.load(self.control.timeline)
