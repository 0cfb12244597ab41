"""The questions of an import: which files, what to do with each id already there, and why
nothing was imported. Each has a classmethod that tests answer instead."""

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
    QLabel,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.problems import Problem
from backcoach.content.sharing.applying import Resolution
from backcoach.content.sharing.incoming import Clash, Incoming
from backcoach.content.sharing.kinds import Kind
from backcoach.ui.problems_dialog import ProblemsDialog


class ImportFiles:
    """The open dialog: any number of exercise and routine files."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path] | None:
        names, _filter = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("ImportFiles", "Import routines and exercises"),
            str(Path.home()),
            QCoreApplication.translate("ImportFiles", "Routine and exercise files (*.toml)"),
        )
        return [Path(name) for name in names] or None


class ClashDialog(QDialog):
    """One row per id already there: rename (keep both), replace, or skip."""

    def __init__(self, clashing: Sequence[Incoming], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Already there"))
        intro = QLabel(
            self.tr(
                "You already have these. Import each under a new name (both kept), use the "
                "new one instead, or keep yours and leave the new one out."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: dict[tuple[Kind, str], QComboBox] = {}
        for incoming in clashing:
            clash = incoming.clash
            assert clash is not None
            box = QComboBox(self)
            box.addItem(self.tr("Import as a copy with a new name"), Resolution.RENAME.value)
            if clash.built_in:
                box.addItem(self.tr("Use it instead of the built-in one"), Resolution.REPLACE.value)
            else:
                box.addItem(self.tr("Replace mine with it"), Resolution.REPLACE.value)
            box.addItem(self.tr("Keep mine, leave it out"), Resolution.SKIP.value)
            box.setAccessibleName(self._label(clash, incoming.source))
            form.addRow(self._label(clash, incoming.source), box)
            self.choices[(clash.kind, clash.item_id)] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _label(self, clash: Clash, source: str) -> str:
        if clash.kind is Kind.ROUTINE:
            text = self.tr("Routine “{0}” from {1}")
        else:
            text = self.tr("Exercise “{0}” from {1}")
        return text.format(clash.item_id, Path(source).name)

    def decisions(self) -> dict[tuple[Kind, str], Resolution]:
        return {key: Resolution(box.currentData()) for key, box in self.choices.items()}

    @classmethod
    def ask(
        cls, parent: QWidget | None, clashing: Sequence[Incoming]
    ) -> dict[tuple[Kind, str], Resolution] | None:
        """The choice per (kind, id), or None when the user cancels the import."""
        dialog = cls(clashing, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.decisions()
            return None
        finally:
            dialog.deleteLater()


class ImportProblemsDialog(ProblemsDialog):
    """Why nothing (or not everything) was imported: one FILE:LINE: message per line."""

    def __init__(
        self, problems: Sequence[Problem], parent: QWidget | None = None, *, partly: bool = False
    ) -> None:
        if partly:
            intro = QCoreApplication.translate(
                "ImportProblemsDialog",
                "The import stopped here; the files listed before were imported.",
            )
        else:
            intro = QCoreApplication.translate(
                "ImportProblemsDialog",
                "Nothing was imported: every file must be valid. Fix these and import again, "
                "or check a file with “backcoach check FILE”.",
            )
        title = QCoreApplication.translate("ImportProblemsDialog", "Not imported")
        super().__init__(problems, parent, title=title, intro=intro)

    @classmethod
    def show_problems(
        cls, parent: QWidget | None, problems: Sequence[Problem], *, partly: bool = False
    ) -> None:
        dialog = cls(problems, parent, partly=partly)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
