"""Progression decisions in SQL: a proposal as shown, the user's answer, and reading them back."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from backcoach.store.history.records import (
    Decision,
    DecisionRecord,
    ProposalFields,
    dose_from_dict,
    dose_to_dict,
)
from backcoach.store.history.times import from_text


def insert_proposal(connection: sqlite3.Connection, proposal: ProposalFields, proposed: str) -> int:
    cursor = connection.execute(
        """INSERT INTO progression_decisions (proposed_at, routine_id, item_position,
               exercise_id, direction, old_dose_json, new_dose_json, reason,
               based_on_session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            proposed,
            proposal.routine_id,
            proposal.item_position,
            proposal.exercise_id,
            str(proposal.direction),
            json.dumps(dose_to_dict(proposal.old_dose), sort_keys=True),
            json.dumps(dose_to_dict(proposal.new_dose), sort_keys=True),
            str(proposal.reason),
            proposal.based_on_session_id,
        ),
    )
    return int(cursor.lastrowid or 0)


def answer_proposal(
    connection: sqlite3.Connection,
    decision_id: int,
    *,
    accepted: bool,
    applied_routine_id: str | None,
    decided: str,
) -> None:
    cursor = connection.execute(
        """UPDATE progression_decisions SET decision = ?, decided_at = ?,
               applied_routine_id = ? WHERE id = ? AND decision = 'proposed'""",
        (
            Decision.ACCEPTED if accepted else Decision.DECLINED,
            decided,
            applied_routine_id if accepted else None,
            decision_id,
        ),
    )
    if cursor.rowcount != 1:
        raise KeyError(f"no open proposal {decision_id}")


def select_decisions(
    connection: sqlite3.Connection, routine_id: str | None
) -> tuple[DecisionRecord, ...]:
    """Proposals and their answers, oldest first."""
    sql = """SELECT id, proposed_at, routine_id, item_position, exercise_id, direction,
                    old_dose_json, new_dose_json, reason, based_on_session_id, decision,
                    decided_at, applied_routine_id FROM progression_decisions"""
    arguments: tuple[str, ...] = ()
    if routine_id is not None:
        sql += " WHERE routine_id = ? OR applied_routine_id = ?"
        arguments = (routine_id, routine_id)
    rows = connection.execute(sql + " ORDER BY id", arguments).fetchall()
    return tuple(
        DecisionRecord(
            id=row[0],
            proposed_at=datetime.fromisoformat(row[1]),
            routine_id=row[2],
            item_position=row[3],
            exercise_id=row[4],
            direction=row[5],
            old_dose=dose_from_dict(json.loads(row[6])),
            new_dose=dose_from_dict(json.loads(row[7])),
            reason=row[8],
            based_on_session_id=row[9],
            decision=Decision(row[10]),
            decided_at=from_text(row[11]),
            applied_routine_id=row[12],
        )
        for row in rows
    )
