"""The main window: library, routines and reading in tabs, menus, and remembered layout."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from backcoach.content.library import Library
from backcoach.ui.about import show_about
from backcoach.ui.education_view import EducationView
from backcoach.ui.library_pane import LibraryPane
from backcoach.ui.problems_dialog import ProblemsDialog
from backcoach.ui.routine_list import RoutineList
from backcoach.ui.window_state import read_window_state, write_window_state


class MainWindow(QMainWindow):
    def __init__(self, library: Library, state_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("backcoach")
        self.library = library
        self.state_file = state_file
        self.problems_dialog: ProblemsDialog | None = None

        # Tabs leave room for the session player, which becomes one more page.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.library_pane = LibraryPane(library.exercises.values(), self)
        self.routine_list = RoutineList(library.routines, library.exercises, self)
        self.education = EducationView(library.topics, self)
        self.tabs.addTab(self.library_pane, self.tr("&Exercises"))
        self.tabs.addTab(self.routine_list, self.tr("&Routines"))
        self.tabs.addTab(self.education, self.tr("&Learn"))
        self.setCentralWidget(self.tabs)

        self.problems_notice: QLabel | None = None
        self._build_menus()
        self._announce_problems()
        self.resize(1100, 720)
        self._restore_state()
        self.library_pane.search.setFocus()

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "library_splitter": self.library_pane.splitter,
            "routine_splitter": self.routine_list.splitter,
            "education_splitter": self.education.splitter,
        }

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, (text, page) in enumerate([
            (self.tr("&Exercises"), self.library_pane),
            (self.tr("&Routines"), self.routine_list),
            (self.tr("&Learn about your back"), self.education),
        ], start=1):
            action = view_menu.addAction(text)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, page=page: self.show_page(page))
        view_menu.addSeparator()
        self.find_action = view_menu.addAction(self.tr("&Search exercises"))
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.search_exercises)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        if self.library.problems:
            problems_action = help_menu.addAction(self.tr("Content &problems..."))
            problems_action.triggered.connect(self.show_problems)
        about_action = help_menu.addAction(self.tr("&About backcoach"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(lambda: show_about(self))
        about_qt = help_menu.addAction(self.tr("About &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)

    def _announce_problems(self) -> None:
        """Say once, without blocking, that some files were skipped, and where to see why."""
        if not self.library.problems:
            return
        files = len({problem.file for problem in self.library.problems})
        text = (self.tr("1 content file had problems and was skipped.") if files == 1 else
                self.tr("%n content files had problems and were skipped.", None, files))
        link = self.tr("Show problems")
        self.problems_notice = QLabel(f'{text} <a href="#problems">{link}</a>', self)
        self.problems_notice.setObjectName("problemsNotice")
        self.problems_notice.linkActivated.connect(self.show_problems)
        self.statusBar().addWidget(self.problems_notice)

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    def search_exercises(self) -> None:
        self.show_page(self.library_pane)
        self.library_pane.focus_search()

    def show_problems(self) -> ProblemsDialog:
        """Non-modal, so the user can keep the list open while fixing the file."""
        if self.problems_dialog is None:
            self.problems_dialog = ProblemsDialog(self.library.problems, self)
        if self.problems_dialog.isVisible():  # already open, perhaps behind: bring it up
            self.problems_dialog.raise_()
            self.problems_dialog.activateWindow()
        else:
            self.problems_dialog.show()
        return self.problems_dialog

    def _restore_state(self) -> None:
        state = read_window_state(self.state_file)
        if "geometry" in state:
            self.restoreGeometry(state["geometry"])
        if "window" in state:
            self.restoreState(state["window"])
        for name, splitter in self._splitters().items():
            if name in state:
                splitter.restoreState(state[name])

    def save_state(self) -> None:
        state = {"geometry": self.saveGeometry(), "window": self.saveState()}
        state |= {name: splitter.saveState() for name, splitter in self._splitters().items()}
        # A read-only config folder costs only the window's size next time.
        with contextlib.suppress(OSError):
            write_window_state(self.state_file, state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.problems_dialog is not None:
            self.problems_dialog.close()  # it belongs to this window; do not leave it behind
        super().closeEvent(event)
