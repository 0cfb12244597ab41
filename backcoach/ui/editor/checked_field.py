"""A line edit whose text is read by a checker: a good value is passed on, a bad one is
refused with its reason shown right under the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from backcoach.content.routine_draft import Checked
from backcoach.ui.editor.refusal_text import refusal_text

REFUSED_STYLE = "color: #b3261e;"  # the red of an error, readable on light and dark


class CheckedField(QWidget):
    taken = Signal(object)  # the value read (None: left empty)
    refusedChanged = Signal(bool)  # noqa: N815 (Qt signal naming)

    def __init__(
        self, check: Callable[[str], Checked], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.check = check
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{name}Edit")
        self.reason = QLabel(self)
        self.reason.setObjectName(f"{name}Reason")
        self.reason.setStyleSheet(REFUSED_STYLE)
        self.reason.setWordWrap(True)
        self.reason.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.reason)
        self.refused = False
        self.edit.textChanged.connect(self._changed)

    def set_text(self, text: str) -> None:
        """Shows a value of the draft: nothing is refused any more, nothing is signalled."""
        blocked = self.edit.blockSignals(True)
        if self.edit.text() != text:
            self.edit.setText(text)
        self.edit.blockSignals(blocked)
        self._show(Checked(None))

    def _changed(self, text: str) -> None:
        checked = self.check(text)
        self._show(checked)
        if checked.ok:
            self.taken.emit(checked.value)

    def _show(self, checked: Checked) -> None:
        message = refusal_text(checked)
        self.reason.setText(message)
        self.reason.setVisible(bool(message))
        self.edit.setAccessibleDescription(message)
        if self.refused != (not checked.ok):
            self.refused = not checked.ok
            self.refusedChanged.emit(self.refused)
