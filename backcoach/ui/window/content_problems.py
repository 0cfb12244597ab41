"""Content files skipped for their problems: the status bar's notice and the list of why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow
    from backcoach.ui.problems_dialog import ProblemsDialog


def announce_problems(window: MainWindow) -> None:
    """Say once, without blocking, that some files were skipped, and where to see why;
    sets ``window.problems_notice``, or leaves it None when nothing was skipped."""
    if not window.library.problems:
        return
    files = len({problem.file for problem in window.library.problems})
    text = window._skipped_files_text(files)
    link = QCoreApplication.translate("MainWindow", "Show problems")
    notice = window.problems_notice = QLabel(f'{text} <a href="#problems">{link}</a>', window)
    notice.setObjectName("problemsNotice")
    notice.linkActivated.connect(window.show_problems)
    window.statusBar().addWidget(notice)


def withdraw_notice(window: MainWindow) -> None:
    """Takes the notice away (the content was loaded again: its count may be wrong)."""
    if window.problems_notice is not None:
        window.statusBar().removeWidget(window.problems_notice)
        window.problems_notice.deleteLater()
        window.problems_notice = None


def show_problems(window: MainWindow) -> ProblemsDialog:
    """Non-modal, so the user can keep the list open while fixing the file."""
    if window.problems_dialog is None:
        from backcoach.ui.problems_dialog import ProblemsDialog  # noqa: PLC0415

        window.problems_dialog = ProblemsDialog(window.library.problems, window)
    if window.problems_dialog.isVisible():  # already open, perhaps behind: bring it up
        window.problems_dialog.raise_()
        window.problems_dialog.activateWindow()
    else:
        window.problems_dialog.show()
    return window.problems_dialog
