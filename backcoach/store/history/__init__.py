"""The history: sessions, pain, "this hurts" events, safety profile and decisions, in SQLite.

Qt-free; the window's first-run check, check-ins and history view build on this API.

Opening::

    store = HistoryStore.open(paths.history_file)       # never raises for a bad file/folder
    for notice in store.take_notices():                  # tell the user what happened
        show(notice.message)                             # (or phrase notice.kind yourself)

A session, written as it happens, each call one short transaction of its own, so a crash
or a kill loses at most the step that was running::

    snapshot = RoutineSnapshot.from_routine(routine, library.exercises)
    session_id = store.start_session(snapshot)           # the row exists from the start
    store.record_pain(session_id, PainMoment.BEFORE, 4)
    store.record_item(session_id, ItemRecord(...))       # each exercise item as it ends
    store.record_hurt(session_id, HurtEvent(...))        # "this hurts", with the answers
    store.finish_session(session_id, SessionStatus.COMPLETED)   # or STOPPED
    store.record_pain(session_id, PainMoment.AFTER, 3)
    store.record_pain(session_id, PainMoment.NEXT_DAY, 2)       # from the next day's check-in

Reading: ``sessions()``, ``session(id)``, ``awaiting_next_day_pain(today, tz)``.
Safety profile (append-only, so its history is kept): ``save_safety_profile``,
``safety_profile()``, ``safety_profile_history()``. Progression decisions:
``record_proposal``, ``decide``, ``decisions()``.

Robustness (docs/history.md): the file and a folder we create are private (0600/0700).
A file that is not SQLite, fails ``PRAGMA integrity_check`` or has a newer schema is
moved aside as ``*.bad`` (with its -wal and -shm) and a new one is started. When the
folder is read-only or full, at open or later, the store carries on in memory for this
run (keeping what it already had) and says so through a notice. A session left with no
end by a process that is gone is marked interrupted when the history is next opened.
All times are timezone-aware and stored as UTC ISO 8601; a naive datetime is refused.

Inside: records (the dataclasses and enums), store (HistoryStore), opening (the file, moved
aside or in memory), owner (which process records a session), sessions / safety /
decisions (their SQL), notices, times, schema (migrations); export (CSV) is imported on its
own as ``backcoach.store.history.export``.
"""

from __future__ import annotations

from backcoach.store.history.notices import NoticeKind, StoreNotice
from backcoach.store.history.opening import BUSY_TIMEOUT_MS, SQLITE_HEADER
from backcoach.store.history.owner import FOREIGN_OWNER_GRACE, owner_is_alive, this_process_owner
from backcoach.store.history.records import (
    Decision,
    DecisionRecord,
    HurtEvent,
    ItemOutcome,
    ItemRecord,
    PainMoment,
    ProposalFields,
    RoutineSnapshot,
    SafetyProfile,
    SessionRecord,
    SessionStatus,
    SnapshotItem,
    dose_from_dict,
    dose_to_dict,
)
from backcoach.store.history.store import HistoryStore
from backcoach.store.history.times import Clock, utc_now

__all__ = [
    "BUSY_TIMEOUT_MS",
    "FOREIGN_OWNER_GRACE",
    "SQLITE_HEADER",
    "Clock",
    "Decision",
    "DecisionRecord",
    "HistoryStore",
    "HurtEvent",
    "ItemOutcome",
    "ItemRecord",
    "NoticeKind",
    "PainMoment",
    "ProposalFields",
    "RoutineSnapshot",
    "SafetyProfile",
    "SessionRecord",
    "SessionStatus",
    "SnapshotItem",
    "StoreNotice",
    "dose_from_dict",
    "dose_to_dict",
    "owner_is_alive",
    "this_process_owner",
    "utc_now",
]
