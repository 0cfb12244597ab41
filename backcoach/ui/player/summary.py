"""After a session: how much of each exercise was done, what was skipped, how long it took."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backcoach.session.machine import SessionSummary
from backcoach.session.plan import Timeline
from backcoach.session.tally import ItemTally, Outcome
from backcoach.ui.checkin.pain_scale import PainScale
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
        self.pain = PainScale(self.tr("How is your back now, after the session?"), self)
        self.pain.setObjectName("painAfter")
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(18)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.pain)
        layout.addLayout(buttons)

    def show_summary(self, summary: SessionSummary, timeline: Timeline) -> None:
        """How it went, honestly: "complete" only when nothing was skipped or cut short."""
        if summary.complete:
            heading = self.tr("Session complete. Well done!")
        elif summary.finished:
            heading = self.tr("Session over, some of it skipped")
        else:
            heading = self.tr("Stopped after {time}").format(time=clock_text(summary.active_s))
        self.heading.setText(heading)
        self.pain.clear()
        names = [item.exercise.name for item in timeline.items]
        rows = "".join(
            f"<li>{escape(self._item_line(names[t.item], t))}</li>" for t in summary.items
        )
        time_line = self.tr("Time: {active} (planned {planned})").format(
            active=clock_text(summary.active_s), planned=clock_text(summary.planned_s)
        )
        self.body.setText(
            f"<p><b>{escape(timeline.routine.title)}</b></p><ul>{rows}</ul>"
            f"<p>{escape(time_line)}</p>"
        )

    def _item_line(self, name: str, done: ItemTally) -> str:
        """One exercise: done, how much of it, skipped, or not reached."""
        whole = {
            Outcome.COMPLETED: self.tr("{name}: done"),
            Outcome.SKIPPED: self.tr("{name}: skipped"),
            Outcome.NOT_STARTED: self.tr("{name}: not reached"),
        }
        if done.outcome in whole:
            return whole[done.outcome].format(name=name)
        return self._part_line(name, done)

    def _part_line(self, name: str, done: ItemTally) -> str:
        """How much of an exercise partly done: time, sets, reps or seconds held."""
        if done.timed:
            return self.tr("{name}: {done} of {planned}").format(
                name=name,
                done=clock_text(done.done_work_s),
                planned=clock_text(done.planned_work_s),
            )
        if done.planned_sets > 1:
            return self.tr("{name}: {done} of {planned} sets ({reps} of {all_reps} reps)").format(
                name=name,
                done=done.done_sets,
                planned=done.planned_sets,
                reps=done.done_reps,
                all_reps=done.planned_reps,
            )
        if done.planned_reps > 1:
            return self.tr("{name}: {done} of {planned} reps").format(
                name=name, done=done.done_reps, planned=done.planned_reps
            )
        if done.planned_hold_s > 0:
            return self.tr("{name}: held {done} of {planned} s").format(
                name=name, done=round(done.done_hold_s), planned=round(done.planned_hold_s)
            )
        return self.tr("{name}: partly done").format(name=name)
