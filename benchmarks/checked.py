"""A history whose first-run safety check is done: benchmarks measure sessions, not the check."""

from __future__ import annotations

from backcoach.store.history import HistoryStore, SafetyProfile, utc_now


def checked_history() -> HistoryStore:
    """Never saved; the user read the first page and answered no to every red flag."""
    history = HistoryStore.in_memory_only()
    history.save_safety_profile(SafetyProfile(disclaimer_acknowledged_at=utc_now()))
    return history
