"""The routine editor's questions, each a classmethod that tests answer instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    # Keeping is the default: a stray Enter must not lose anything.
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is confirm


class DeleteRoutineQuestion:
    """ "Delete this routine?" before a file of the user's is removed."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> bool:
        return _ask(
            parent,
            QCoreApplication.translate("RoutineEditor", "Delete the routine?"),
            QCoreApplication.translate(
                "RoutineEditor", "Delete “{title}”? Its file is removed; your history keeps it."
            ).format(title=title),
            QCoreApplication.translate("RoutineEditor", "Delete"),
            QCoreApplication.translate("RoutineEditor", "Keep it"),
        )


class DiscardChangesQuestion:
    """Closing the editor with changes that were not saved."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        return _ask(
            parent,
            QCoreApplication.translate("RoutineEditor", "Discard the changes?"),
            QCoreApplication.translate(
                "RoutineEditor", "The routine has changes that are not saved."
            ),
            QCoreApplication.translate("RoutineEditor", "Discard them"),
            QCoreApplication.translate("RoutineEditor", "Keep editing"),
        )
