"""The session's questions and errors, each a classmethod that tests can answer instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class StopSessionQuestion:
    """ "Stop the session?" before closing the window or starting another routine."""

    @classmethod
    def ask(cls, parent: QWidget | None, reason: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("SessionMessages", "Stop the session?"))
        box.setText(QCoreApplication.translate("SessionMessages", "A session is under way."))
        box.setInformativeText(reason)
        stop = box.addButton(
            QCoreApplication.translate("SessionMessages", "Stop the session"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("SessionMessages", "Keep going"),
            QMessageBox.ButtonRole.RejectRole,
        )
        # Keep going is the default: a stray Enter from the floor must not end the session.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop


class PlayError:
    """A routine that cannot be played (unknown id, bad file), said plainly."""

    @classmethod
    def show(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("SessionMessages", "Cannot start the session"),
            message,
        )
