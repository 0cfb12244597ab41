"""One undoable edit of the routine draft: the draft before and after, and what to select."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from backcoach.content.routine_draft import RoutineDraft

MERGING = 1  # the id of commands that may merge: typing into one field is one edit

Show = Callable[[RoutineDraft, int, str], None]  # draft, row to select, field being typed


class DraftChange(QUndoCommand):
    def __init__(
        self,
        show: Show,
        before: tuple[RoutineDraft, int],
        after: tuple[RoutineDraft, int],
        text: str,
        merge_key: tuple[object, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self._show = show
        self.before, self.after = before, after
        self.merge_key = merge_key
        self.typing = str(merge_key[-1]) if merge_key else ""
        self._pushed = False

    def redo(self) -> None:
        # The first redo is the push itself: the field typed in keeps its text.
        self._show(*self.after, "" if self._pushed else self.typing)
        self._pushed = True

    def undo(self) -> None:
        self._show(*self.before, "")

    def id(self) -> int:
        return MERGING if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftChange) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
