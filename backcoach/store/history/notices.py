"""What the history tells the user about itself: moved aside, in memory only, interrupted."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class NoticeKind(StrEnum):
    MOVED_ASIDE = "moved-aside"  # a bad file was renamed to moved_to; a new one started
    IN_MEMORY = "in-memory"  # nothing is saved to disk for the rest of this run
    INTERRUPTED_FOUND = "interrupted-found"  # sessions left unfinished were marked


@dataclass(frozen=True)
class StoreNotice:
    """Something the user should hear about the history; ``message`` is plain English."""

    kind: NoticeKind
    path: Path
    reason: str  # what was wrong, in English, e.g. "not an SQLite database"
    moved_to: Path | None = None
    count: int = 0  # sessions marked interrupted

    @property
    def message(self) -> str:
        if self.kind is NoticeKind.MOVED_ASIDE:
            return (
                f"The history file {self.path} could not be used ({self.reason}). "
                f"It was kept as {self.moved_to} and a new history was started."
            )
        if self.kind is NoticeKind.IN_MEMORY:
            return (
                f"The history cannot be saved in {self.path.parent} ({self.reason}). "
                "Your session still runs, but what you record now is kept only until "
                "you close backcoach."
            )
        return f"{self.count} session(s) ended unexpectedly and are marked as interrupted."
