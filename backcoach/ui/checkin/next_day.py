"""The morning-after question: how the back is the day after a session, asked once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from backcoach.store.history import SessionRecord
from backcoach.ui.checkin.pain_scale import PainScale
from backcoach.ui.wording import quoted


class NextDayCheckIn(QFrame):
    """A band above the pages, never in the way: the first time the app opens the day
    after a session (pain that is worse the next day means step back: CONTENT.md)."""

    answered = Signal(int)  # the score, for every session in ``sessions``
    dismissed = Signal()

    def __init__(self, sessions: Sequence[SessionRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextDayCheckIn")
        self.sessions = tuple(sessions)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        titles = sorted({record.snapshot.title for record in self.sessions})
        # Each title in the language's own quotation marks (quoted), not in English ones.
        question = self.tr("Yesterday you did {routines}. How is your back today?").format(
            routines=", ".join(quoted(title) for title in titles)
        )
        self.scale = PainScale(question, self)
        self.later = QPushButton(self.tr("Not &now"), self)
        self.later.clicked.connect(self._dismiss)
        self.scale.chosen.connect(self.answered)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.scale, 1)
        layout.addWidget(self.later)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
