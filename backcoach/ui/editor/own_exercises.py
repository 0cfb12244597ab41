"""The window's way to one's own exercises: New and Edit in the File menu and under the
library, and the library loaded again after a save so the exercise can be used at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from backcoach.content.library import BUILT_IN, Library, load_with_user_folders
from backcoach.model import Exercise

if TYPE_CHECKING:
    from backcoach.ui.editor.exercise_form import FormOutcome
    from backcoach.ui.main_window import MainWindow

STATUS_MS = 15_000


class OwnExercises(QObject):
    """Adds "New exercise..." and "Edit this exercise..." to the window; after a save or a
    deletion the library is loaded again from disk and shown."""

    def __init__(
        self,
        window: MainWindow,
        exercises_dir: Path,
        load: Callable[[], Library],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.exercises_dir = exercises_dir
        self.load = load
        self.new_action = QAction(self.tr("&New exercise..."), window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_exercise)
        self.edit_action = QAction(self.tr("E&dit this exercise..."), window)
        self.edit_action.setToolTip(self.tr("Change or delete the exercise of yours shown"))
        self.edit_action.triggered.connect(self.edit_exercise)
        pane = window.library_pane
        self.new_button = QPushButton(self.tr("New e&xercise..."), pane)
        self.new_button.setToolTip(self.tr("Enter an exercise of your own, e.g. from your physio"))
        self.new_button.clicked.connect(self.new_action.trigger)
        self.edit_button = QPushButton(self.tr("E&dit this exercise..."), pane)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        pane.buttons.insertWidget(0, self.new_button)
        pane.buttons.insertWidget(1, self.edit_button)
        pane.list.selectionModel().currentChanged.connect(self._selection_changed)
        self._selection_changed()

    @classmethod
    def attach(cls, window: MainWindow, exercises_dir: Path, routines_dir: Path) -> OwnExercises:
        """Wired to the user's folders, in the window's language; its actions go at the top
        of ``window.file_menu``."""
        language = window.services.language
        own = cls(
            window,
            exercises_dir,
            lambda: load_with_user_folders(exercises_dir, routines_dir, language),
        )
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [own.new_action, own.edit_action])  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return own

    def current_own(self) -> Exercise | None:
        """The exercise shown in the library when it is one of the user's files."""
        exercise = self.window.library_pane.detail.exercise
        if exercise is None or exercise.origin == BUILT_IN:
            return None
        return exercise

    def _selection_changed(self, *_args: object) -> None:
        own = self.current_own() is not None
        self.edit_action.setEnabled(own)
        self.edit_button.setEnabled(own)

    def new_exercise(self) -> FormOutcome | None:
        from backcoach.ui.editor.exercise_form import ExerciseForm  # noqa: PLC0415

        outcome = ExerciseForm.ask(self.window, self.window.library, self.exercises_dir)
        if outcome is not None:
            self.reload(outcome)
        return outcome

    def edit_exercise(self) -> FormOutcome | None:
        from backcoach.ui.editor.exercise_form import ExerciseForm  # noqa: PLC0415

        exercise = self.current_own()
        if exercise is None:
            return None
        outcome = ExerciseForm.ask(self.window, self.window.library, self.exercises_dir, exercise)
        if outcome is not None:
            self.reload(outcome)
        return outcome

    def reload(self, outcome: FormOutcome) -> None:
        """The library from disk again, shown by the window (MainWindow.show_library,
        which also builds the routine page again), the saved exercise chosen."""
        fresh = self.load()
        self.window.library_pane.clear_filters()  # so that the new exercise is not filtered away
        self.window.show_library(fresh, select=outcome.exercise_id)
        library = self.window.library
        self._selection_changed()
        if outcome.deleted:
            text = self.tr("Your exercise was deleted.")
        elif (saved := library.exercises.get(outcome.exercise_id)) is not None:
            name = saved.name
            text = self.tr("Saved “{name}”: it is in the list and can go into routines.").format(
                name=name
            )
        else:  # saved, but another file of the user's broke the loading of it
            text = self.tr("Saved, but it did not load: see Help > Content problems.")
        self.window.statusBar().showMessage(text, STATUS_MS)
