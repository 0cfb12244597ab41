"""Before a session: what it holds, how long it takes, and the countdown to get onto the floor."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from backcoach.coach.cautions import cautions_first
from backcoach.session.plan import Timeline
from backcoach.store.history import SafetyProfile
from backcoach.ui.checkin.pain_scale import PainScale
from backcoach.ui.player.phase import PhasePanel, set_text, sized_font
from backcoach.ui.safety.caution_words import caution_text
from backcoach.ui.session.display import Display
from backcoach.ui.wording import dose_text, minutes_text, quoted


class IntroPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("routineTitle")
        self.title.setFont(sized_font(self, 2.4, bold=True))
        self.title.setWordWrap(True)
        self.plan = QLabel(self)
        self.plan.setObjectName("sessionPlan")
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setWordWrap(True)
        self.plan.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.plan.setFont(sized_font(self, 1.4))
        self.hint = QLabel(
            self.tr(
                "Put the screen where you can see it from the floor, then lie down. "
                "F shows the floor view; Space pauses the countdown; Enter starts at once."
            ),
            self,
        )
        self.hint.setObjectName("getReadyHint")
        self.hint.setWordWrap(True)
        self.hint.setFont(sized_font(self, 1.2))
        # The first-run answers: cautions that apply to this user, under each exercise.
        self.safety_profile: SafetyProfile | None = None
        # The check-in before: answered with one key while the countdown runs, or never.
        self.pain = PainScale(self.tr("Before you start: how is your back right now?"), self)
        self.pain.setObjectName("painBefore")
        self.panel = PhasePanel(big_scale=18.0, parent=self)
        self.panel.setMinimumWidth(340)
        self.caption = QLabel(self)
        self.caption.setObjectName("introCaption")
        self.caption.setWordWrap(True)
        self.caption.setFont(sized_font(self, 1.6))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        words = QVBoxLayout()
        words.setSpacing(14)
        words.addWidget(self.title)
        words.addWidget(self.plan, 1)
        words.addWidget(self.hint)
        words.addWidget(self.pain)
        countdown = QVBoxLayout()
        countdown.addWidget(self.panel, 1)
        countdown.addWidget(self.caption)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(28)
        layout.addLayout(words, 3)
        layout.addLayout(countdown, 2)

    def show_timeline(self, timeline: Timeline) -> None:
        self.title.setText(timeline.routine.title)
        self.pain.clear()
        rows = "".join(
            f"<li style='margin-bottom: 6px;'><b>{escape(item.exercise.name)}</b>"
            f" — {escape(dose_text(item.dose))}"
            + "".join(
                f"<br/>⚠ {escape(caution_text(c))}"
                for c in cautions_first(self.safety_profile, item.exercise)
            )
            + "</li>"
            for item in timeline.items
        )
        total = self.tr("About {length} in all").format(
            length=minutes_text(60 * max(1, round(timeline.total_s / 60)))
        )
        self.plan.setText(f"<ol>{rows}</ol><p><b>{escape(total)}</b></p>")

    def first_line(self, timeline: Timeline) -> str:
        if not timeline.items:
            return ""
        return self.tr("First: {name}").format(name=timeline.items[0].exercise.name)

    def show_display(self, display: Display, first: str) -> None:
        self.panel.show_display(display, first)

    def show_caption(self, text: str) -> None:
        set_text(self.caption, quoted(text) if text else "", keep_space=True)
