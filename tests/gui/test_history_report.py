"""The clinician's PDF report: what it says, that it is a real PDF, and that it is never half-written."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from gui.test_history_view import (
    CET,
    FIRST_WEEK_TODAY,
    GENTLE,
    RISING_TODAY,
    answer_save,
    first_week_store,
    rising_store,
    unwritable_folder,
)
from pytestqt.qtbot import QtBot

from backcoach.coach.trends import AdviceKind
from backcoach.store.history import HistoryStore, SessionStatus
from backcoach.ui.history.report import ClinicianReport, ReportFacts
from backcoach.ui.history.view import HistoryView, SaveAs, SaveProblem


@pytest.fixture(autouse=True)
def no_history_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args} {kwargs}")

    monkeypatch.setattr(SaveAs, "ask", refuse)
    monkeypatch.setattr(SaveProblem, "show", refuse)


@pytest.fixture
def first_week(tmp_path: Path) -> Iterator[HistoryStore]:
    with first_week_store(tmp_path) as store:
        yield store


@pytest.fixture
def rising() -> Iterator[HistoryStore]:
    with rising_store() as store:
        yield store


def pdf_text(path: Path) -> str | None:
    """The PDF's text through pdftotext (poppler-utils), or None where it is missing: one
    line, ligatures (the "ﬁ" of "first") undone, so that wrapped sentences still match."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run(
        [tool, str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def test_the_facts_of_the_first_week(first_week: HistoryStore) -> None:
    facts = ReportFacts.gather(first_week.sessions(), FIRST_WEEK_TODAY, CET)
    assert len(facts.sessions) == 5
    assert [(r.title, r.sessions) for r in facts.routines] == [("Gentle start", 5)]
    assert facts.routines[0].items == GENTLE.items
    assert (facts.streaks.current, facts.streaks.longest) == (1, 4)
    assert [(str(w.week), round(w.minutes), w.sessions) for w in facts.weeks] == [
        ("2025-W10", 65, 5)
    ]
    # 5 sessions of 4 items; the interrupted one recorded 2, the hurt one a partial bridge.
    assert (facts.items_planned, facts.items_completed, facts.items_partial) == (20, 17, 1)
    assert facts.items_skipped == 0
    ((record, hurt),) = facts.hurts
    assert (record.started_at.astimezone(CET).day, hurt.exercise_id) == (6, "bridge")
    assert [s.status for s in facts.sessions].count(SessionStatus.INTERRUPTED) == 1
    assert facts.advice == ()
    assert [s.pain_next_day for s in facts.sessions] == [4, 4, None, 5, None]


def test_the_facts_of_rising_pain(rising: HistoryStore) -> None:
    facts = ReportFacts.gather(rising.sessions(), RISING_TODAY, CET)
    assert [a.kind for a in facts.advice] == [AdviceKind.PAIN_RISING, AdviceKind.NO_IMPROVEMENT]
    assert facts.items_completed == facts.items_planned == 84
    assert round(facts.minutes) == 420


def test_the_report_of_the_first_week_is_a_pdf_that_says_it_all(
    qtbot: QtBot, first_week: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    shown = answer_save(monkeypatch, target)
    view = HistoryView(first_week, lambda: FIRST_WEEK_TODAY, CET)
    qtbot.addWidget(view)
    assert view.save_report()
    assert shown == []
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 10_000  # text, tables, the chart and the fonts they use
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # health data
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    assert view.notice.text() == f"Saved the report as {target}."
    text = pdf_text(target)
    if text is None:
        pytest.skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")
    for expected in (
        "Back exercise report",
        "Period: 3 March 2025 to 8 March 2025.",
        "Gentle start: 5 sessions",
        "Current streak: 1 day; longest: 4 days.",
        "17 of 20 planned completed, 1 partly done",
        "Interrupted",
        "before sessions",  # the chart's legend: the chart is drawn into the PDF
        "3 Mar",
        "5.0",  # the week's mean pain before sessions
        "3.8",  # and after
        "Bridge",  # the "this hurts" press
        "page 1 of 1",
    ):
        assert expected in text, expected
    assert "Advice backcoach gave" not in text


def test_the_report_of_rising_pain_carries_the_advice(rising: HistoryStore, tmp_path: Path) -> None:
    target = tmp_path / "rising.pdf"
    ClinicianReport(ReportFacts.gather(rising.sessions(), RISING_TODAY, CET), CET).save(target)
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    if text is None:
        pytest.skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")
    assert "Advice backcoach gave: see a clinician" in text
    assert "keeps rising: from 3.3 in the week of 20 Jan to 6.3 in the week of 17 Feb" in text
    assert "meaningful rise from the first week (2 points or 30 %)" in text
    assert "+1.3" in text  # the mark on the chart
    assert "page 2 of 2" in text


def test_a_failed_write_keeps_the_old_report_and_leaves_no_partial_file(
    first_week: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF the report of last month")

    def full_disk(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    report = ClinicianReport(ReportFacts.gather(first_week.sessions(), FIRST_WEEK_TODAY, CET), CET)
    with pytest.raises(OSError, match="No space left"):
        report.save(target)
    assert target.read_bytes() == b"%PDF the report of last month"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


@pytest.mark.parametrize("where", ["read-only folder", "folder is a file"])
def test_an_unwritable_target_says_so_and_writes_nothing(
    qtbot: QtBot,
    first_week: HistoryStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    if where == "read-only folder":
        folder = unwritable_folder(tmp_path)
    else:
        folder = tmp_path / "not-a-folder"
        folder.write_text("a file where the folder should be\n", encoding="utf-8")
    shown = answer_save(monkeypatch, folder / "report.pdf")
    view = HistoryView(first_week, lambda: FIRST_WEEK_TODAY, CET)
    qtbot.addWidget(view)
    assert not view.save_report()
    (message,) = shown
    assert message.startswith(f"report.pdf could not be saved in {folder}: ")
    assert message.endswith("Nothing was written. Please choose another folder.")
    assert view.notice.text() == message
    if folder.is_dir():
        assert list(folder.iterdir()) == []
        folder.chmod(0o755)


def test_a_report_after_a_break_lists_the_empty_weeks(tmp_path: Path) -> None:
    """Weeks without practice are in the adherence table as zeros, not left out."""
    with rising_store() as store:
        facts = ReportFacts.gather(store.sessions(), RISING_TODAY + timedelta(days=14), CET)
    assert [round(w.minutes) for w in facts.weeks][-3:] == [60, 0, 0]
    target = tmp_path / "later.pdf"
    ClinicianReport(facts, CET).save(target)
    text = pdf_text(target)
    if text is not None:
        assert "Current streak: 0 days; longest: 1 day." in text
