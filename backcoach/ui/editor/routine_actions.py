"""New, edit, duplicate and delete: opens the routine editor and keeps the library in step
with the user's routine folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from backcoach.content.fields import ID_PATTERN
from backcoach.content.library import BUILT_IN, Library, built_in_routine
from backcoach.content.routine_draft import (
    RoutineDraft,
    copy_id,
    duplicate_draft,
    new_draft,
)
from backcoach.content.routine_writer import file_name_for
from backcoach.model import Routine
from backcoach.ui.editor.editor_questions import DeleteRoutineQuestion
from backcoach.ui.editor.routine_editor import RoutineEditor


class RoutineActions(QObject):
    """What the routine list's buttons do; ``changed`` says which routine to show after."""

    changed = Signal(str)  # the routine id to choose in the refreshed list ("" for none)

    def __init__(
        self, library: Library, routines_dir: Path, parent: QWidget, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.routines_dir = routines_dir
        self.language = language
        self.window = parent
        self.editor: RoutineEditor | None = None

    def is_own(self, routine: Routine) -> bool:
        """A file of the user's routine folder (a built-in is copied, never changed)."""
        if routine.origin in ("", BUILT_IN):
            return False
        try:
            return Path(routine.origin).parent.resolve() == self.routines_dir.resolve()
        except (OSError, ValueError):
            return False

    def taken(self, routine_id: str) -> bool:
        if not ID_PATTERN.match(routine_id) or routine_id in self.library.routines:
            return True
        # A file that did not load (a typo, a bad dose) is still the user's: never replaced.
        return (self.routines_dir / file_name_for(routine_id)).exists()

    def new(self) -> RoutineEditor:
        return self._open(new_draft(self.tr("My routine"), ""), self.tr("New routine"))

    def edit(self, routine_id: str) -> RoutineEditor:
        """The user's own routine is edited in place; any other is copied first."""
        routine = self.library.routines[routine_id]
        if not self.is_own(routine):
            return self.duplicate(routine_id)
        return self._open(RoutineDraft.from_routine(routine), self.tr("Edit routine"))

    def duplicate(self, routine_id: str) -> RoutineEditor:
        routine = self.library.routines[routine_id]
        title = self.tr("{title} (mine)").format(title=routine.title)
        draft = duplicate_draft(routine, copy_id(routine.id, self.taken), title[:80])
        return self._open(draft, self.tr("New routine from a copy"))

    def delete(self, routine_id: str) -> bool:
        """Removes the user's file after asking; a built-in of that id shows again."""
        routine = self.library.routines.get(routine_id)
        if routine is None or not self.is_own(routine):
            return False
        if not DeleteRoutineQuestion.ask(self.window, routine.title):
            return False
        try:
            Path(routine.origin).unlink(missing_ok=True)
        except OSError:
            return False
        del self.library.routines[routine_id]
        restored = built_in_routine(routine_id, self.language)
        if restored is not None:
            self.library.routines[routine_id] = restored
        self.changed.emit(routine_id if restored is not None else "")
        return True

    def _open(self, draft: RoutineDraft, title: str) -> RoutineEditor:
        if self.editor is not None:
            self.editor.close()
        editor = RoutineEditor(
            draft, self.library.exercises, self.routines_dir, self.taken, self.window
        )
        editor.setWindowTitle(title)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.finished.connect(lambda _result: self._closed(editor))
        self.editor = editor
        editor.show()
        return editor

    def _closed(self, editor: RoutineEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def _saved(self, routine: Routine) -> None:
        self.library.routines[routine.id] = routine
        self.changed.emit(routine.id)
