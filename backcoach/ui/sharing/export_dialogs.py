"""The questions of an export: what to export, where, and whether to replace files there.
Each has a classmethod that tests answer instead."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.library import Library
from backcoach.content.sharing.kinds import Kind


class ExportChoiceDialog(QDialog):
    """A routine or an exercise, from the library as the user sees it."""

    def __init__(
        self, library: Library, current: tuple[Kind, str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.item = QComboBox(self)
        self.item.setAccessibleName(self.tr("Routine or exercise to export"))
        for routine in library.routines.values():
            self.item.addItem(
                self.tr("Routine: {0}").format(routine.title), f"{Kind.ROUTINE.value}:{routine.id}"
            )
        for exercise in library.exercises.values():
            self.item.addItem(
                self.tr("Exercise: {0}").format(exercise.name),
                f"{Kind.EXERCISE.value}:{exercise.id}",
            )
        if current is not None:
            index = self.item.findData(f"{current[0].value}:{current[1]}")
            if index >= 0:
                self.item.setCurrentIndex(index)
        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose a file..."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[Kind, str] | None:
        data = self.item.currentData()
        if not isinstance(data, str):
            return None
        kind, _, item_id = data.partition(":")  # ids hold no ":"
        return Kind(kind), item_id

    @classmethod
    def ask(
        cls, parent: QWidget | None, library: Library, current: tuple[Kind, str] | None
    ) -> tuple[Kind, str] | None:
        dialog = cls(library, current, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class ExportFile:
    """The save dialog. It does not ask about replacing: ReplaceFiles asks once, about
    every file the export would replace (a routine's own exercises go beside it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportFile", "Export to a file"),
            str(suggested),
            QCoreApplication.translate("ExportFile", "Routine and exercise files (*.toml)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None


class ReplaceFiles:
    @classmethod
    def ask(cls, parent: QWidget | None, paths: Sequence[Path]) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ReplaceFiles", "Replace files?"))
        box.setText(QCoreApplication.translate("ReplaceFiles", "These files are already there:"))
        box.setInformativeText("\n".join(str(path) for path in paths))
        replace = box.addButton(
            QCoreApplication.translate("ReplaceFiles", "Replace them"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace


class ExportFailed:
    @classmethod
    def show(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ExportFailed", "Not exported"), message
        )
