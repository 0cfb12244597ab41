"""The 0-10 pain scale: a row of buttons, and one key press (0-9; 1 then 0 for 10)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# A 0 this soon after a 1 makes the 1 a 10: two keys in a row, as people type "10".
TEN_WITHIN_S = 1.5
BUTTON_SIZE = 32  # eleven in a row still fit beside the countdown in an 800 px window


class PainScale(QWidget):
    """Emits ``chosen`` with every score given, a corrected 1 -> 10 included (the last one
    counts: whoever records it overwrites the score)."""

    chosen = Signal(int)

    def __init__(
        self,
        question: str,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.value: int | None = None
        self._one_at: float | None = None  # when a 1 was pressed: a 0 next makes it 10
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question = QLabel(question, self)
        self.question.setObjectName("painQuestion")
        self.question.setWordWrap(True)
        font = self.question.font()  # the question stands out from the hint below it
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.question.setFont(font)
        self.setAccessibleName(question)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(2)
        for score in range(11):
            button = QPushButton(str(score), self)
            button.setObjectName(f"pain{score}")
            button.setCheckable(True)
            button.setFixedSize(BUTTON_SIZE, BUTTON_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the scale
            button.setAccessibleName(self.tr("Pain {score} of 10").format(score=score))
            self.group.addButton(button, score)
            row.addWidget(button)
        row.addStretch(1)
        self.group.idClicked.connect(self.choose)
        self.ends = QLabel(
            self.tr("0: no pain · 10: the worst you can imagine · keys 0-9, 1 then 0 for 10"),
            self,
        )
        self.ends.setObjectName("painEnds")
        self.ends.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.ends)

    def press_digit(self, digit: int) -> None:
        """A digit key: its score, or 10 when a 0 comes just after a 1."""
        now = self.clock()
        if digit == 0 and self._one_at is not None and now - self._one_at <= TEN_WITHIN_S:
            self._one_at = None
            self.choose(10)
            return
        self._one_at = now if digit == 1 else None
        self.choose(digit)

    def choose(self, score: int) -> None:
        if not 0 <= score <= 10:
            raise ValueError(f"a pain score is 0-10, not {score}")
        self.value = score
        button = self.group.button(score)
        if not button.isChecked():
            button.setChecked(True)
        self.chosen.emit(score)

    def clear(self) -> None:
        """Back to no answer (a new session asks again)."""
        self.value = None
        self._one_at = None
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)

    def event(self, event: QEvent) -> bool:
        # Focused, the scale takes its digits before any window shortcut does (the
        # player's own check-in keys would otherwise score the wrong question).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isdigit():
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.press_digit(int(text))
            return
        super().keyPressEvent(event)
