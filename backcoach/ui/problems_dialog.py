"""Lists the content files that were skipped, one "FILE:LINE: message" per line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.problems import Problem


class ProblemsDialog(QDialog):
    """The skipped content files by default; with ``title`` and ``intro`` any list of
    problems (an import's)."""

    def __init__(
        self,
        problems: Sequence[Problem],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        intro: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Content problems"))
        intro_label = QLabel(
            intro
            or self.tr(
                "These files were skipped; everything else loaded. Fix a file and restart "
                "backcoach, or check it with “backcoach check FILE”."
            ),
            self,
        )
        intro_label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # Fixed width keeps FILE:LINE columns aligned, as in a terminal.
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText("\n".join(str(problem) for problem in problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 320)
