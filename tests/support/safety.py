"""The first-run safety check passed, for tests of the window that are not about it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from backcoach.store.history import HistoryStore, SafetyProfile


def checked_history() -> HistoryStore:
    """A history (never saved) whose first-run check is done, with nothing in the way."""
    history = HistoryStore.in_memory_only()
    pass_safety_check(history)
    return history


def pass_safety_check(store: HistoryStore, *_args: object, **_kwargs: object) -> SafetyProfile:
    """Stands in for FirstRunDialog.ask: the user read page 1 and answered no to all."""
    return store.save_safety_profile(SafetyProfile(disclaimer_acknowledged_at=datetime.now(UTC)))


def seed_checked_profile(data_dir: Path) -> None:
    """For runs of the real app in ``data_dir`` that start a session: the first-run check
    is already done there, so no dialog waits for an answer no one will give."""
    with HistoryStore.open(data_dir / "history.sqlite3") as store:
        pass_safety_check(store)
