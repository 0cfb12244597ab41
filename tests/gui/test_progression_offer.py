"""The progression offer: plain words, Accept and Not now by mouse and keys, one answer each."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from backcoach.coach.progression import Direction, Proposal, Reason
from backcoach.coach.progression_flow import Offer, Outcome, OutcomeKind, ProgressionFlow
from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.model import Dose
from backcoach.store.history import (
    HistoryStore,
    ItemOutcome,
    ItemRecord,
    PainMoment,
    RoutineSnapshot,
    SessionStatus,
)
from backcoach.ui.coach.progression_offer import ProgressionOffer
from backcoach.ui.player.summary import SummaryPage


def offer(
    old: Dose,
    new: Dose,
    *,
    reason: Reason = Reason.LOW_PAIN,
    name: str = "Bridge",
    decision_id: int = 1,
    copy_is_new: bool = True,
) -> Offer:
    direction = Direction.UP if reason is Reason.LOW_PAIN else Direction.BACK
    proposal = Proposal("gentle", 0, "bridge", direction, old, new, reason, 7)
    return Offer(
        proposal,
        decision_id,
        name,
        3 if reason is Reason.LOW_PAIN else 1,
        "gentle-mine" if copy_is_new else "gentle",
        "Gentle (yours)" if copy_is_new else "Gentle",
        copy_is_new,
    )


STEP_UP = offer(Dose(reps=10), Dose(reps=12))
STEP_BACK = offer(
    Dose(sets=3, reps=10), Dose(sets=2, reps=10), reason=Reason.WORSE_NEXT_DAY, decision_id=2
)


class Host(QWidget):
    """Where the offer sits, as on the summary page; a window shortcut on Enter and Escape
    stands for the player's keys (start now, leave the floor view)."""

    def __init__(self) -> None:
        super().__init__()
        self.offer = ProgressionOffer(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offer)
        self.window_keys: list[str] = []
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, k=key: self.window_keys.append(k.name))
            self.addAction(action)


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[Host]:
    widget = Host()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    yield widget
    widget.close()


@pytest.fixture
def shown(host: Host) -> ProgressionOffer:
    host.offer.set_offers([STEP_UP, STEP_BACK])
    host.offer.setFocus()
    return host.offer


# --- words --------------------------------------------------------------------------------


def test_a_step_up_says_why_and_what_in_plain_words(shown: ProgressionOffer) -> None:
    assert shown.isVisible()
    assert shown.question.text() == (
        "Bridge went well in your last 3 sessions: try 12 reps instead of 10 reps?"
    )
    assert shown.detail.text() == (
        "Now: 10 repetitions. A yes saves the change in your own copy, “Gentle (yours)”; "
        "the original stays as it is."
    )
    assert shown.accessibleName() == shown.question.text()


@pytest.mark.parametrize(
    ("reason", "old", "new", "question"),
    [
        (
            Reason.WORSE_NEXT_DAY,
            Dose(sets=3, reps=10),
            Dose(sets=2, reps=10),
            "Your back was worse the next day: go down to 2 sets for Bridge?",
        ),
        (
            Reason.PAIN_AFTER,
            Dose(sets=2, reps=10),
            Dose(sets=1, reps=10),
            "Your back hurt after your last session: go down to 1 set for Bridge?",
        ),
        (
            Reason.HURT,
            Dose(reps=6),
            Dose(reps=4),
            "Bridge hurt during your last session: go down to 4 reps?",
        ),
        (
            Reason.PAIN_AFTER,
            Dose(reps=2),
            Dose(reps=1),
            "Your back hurt after your last session: go down to 1 rep for Bridge?",
        ),
        (
            Reason.HURT,
            Dose(reps=2, hold_s=20),
            Dose(reps=2, hold_s=15),
            "Bridge hurt during your last session: go down to holds of 15 seconds?",
        ),
        (
            Reason.LOW_PAIN,
            Dose(sets=2, reps=12),
            Dose(sets=3, reps=8),
            "Bridge went well in your last 3 sessions: try 3 sets of 8 instead of 2 sets of 12?",
        ),
        (
            Reason.LOW_PAIN,
            Dose(duration_s=900),
            Dose(duration_s=1200),
            "Bridge went well in your last 3 sessions: try 20 minutes instead of 15 minutes?",
        ),
    ],
)
def test_each_kind_of_change_reads_as_a_sentence(
    host: Host, reason: Reason, old: Dose, new: Dose, question: str
) -> None:
    host.offer.set_offers([offer(old, new, reason=reason)])
    assert host.offer.question.text() == question


def test_a_change_to_the_users_own_routine_says_where_it_goes(host: Host) -> None:
    host.offer.set_offers([offer(Dose(reps=10), Dose(reps=12), copy_is_new=False)])
    assert host.offer.detail.text().endswith("A yes saves the change in your routine “Gentle”.")


def test_no_offers_hide_it(host: Host) -> None:
    host.offer.set_offers([])
    assert not host.offer.isVisible()


# --- answering with the mouse -------------------------------------------------------------


def test_accept_answers_once_then_the_outcome_shows_and_the_next_offer_comes(
    qtbot: QtBot, shown: ProgressionOffer
) -> None:
    answers: list[Offer] = []
    shown.accepted.connect(answers.append)
    with qtbot.waitSignal(shown.accepted):
        qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)  # a double click
    shown.accept()
    assert answers == [STEP_UP]  # one answer until its outcome is shown

    shown.show_outcome(Outcome(OutcomeKind.APPLIED, STEP_UP))
    assert shown.result.text() == (
        "Saved: Bridge is now 12 repetitions. Start “Gentle (yours)” next time to use it."
    )
    assert shown.current == STEP_BACK
    assert shown.question.text().startswith("Your back was worse the next day")
    assert shown.accept_button.isEnabled()

    with qtbot.waitSignal(shown.declined) as declined:
        qtbot.mouseClick(shown.not_now_button, Qt.MouseButton.LeftButton)
    assert declined.args == [STEP_BACK]
    shown.show_outcome(Outcome(OutcomeKind.DECLINED, STEP_BACK))
    assert shown.result.text() == "Bridge stays as it is."
    assert shown.isVisible() and shown.result.isVisible()  # the last word stays readable
    assert not shown.question.isVisible()
    assert not shown.accept_button.isVisible()


@pytest.mark.parametrize(
    ("kind", "detail", "text"),
    [
        (
            OutcomeKind.STALE,
            "the dose of bridge changed since the proposal",
            "The routine changed since this was suggested, so nothing was changed.",
        ),
        (
            OutcomeKind.NOT_SAVED,
            "No space left on device",
            "Your routine could not be saved (No space left on device), so nothing was changed.",
        ),
    ],
)
def test_a_failure_says_that_nothing_changed(
    shown: ProgressionOffer, kind: OutcomeKind, detail: str, text: str
) -> None:
    shown.accept()
    shown.show_outcome(Outcome(kind, STEP_UP, detail=detail))
    assert shown.result.text() == text


# --- answering with the keys --------------------------------------------------------------


def test_enter_accepts_and_the_window_does_not_see_it(
    qtbot: QtBot, host: Host, shown: ProgressionOffer
) -> None:
    with qtbot.waitSignal(shown.accepted) as accepted:
        qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert accepted.args == [STEP_UP]
    assert host.window_keys == []


def test_escape_says_not_now_and_the_window_does_not_see_it(
    qtbot: QtBot, host: Host, shown: ProgressionOffer
) -> None:
    with qtbot.waitSignal(shown.declined) as declined:
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert declined.args == [STEP_UP]
    assert host.window_keys == []


def test_enter_on_a_focused_button_presses_that_button(
    qtbot: QtBot, shown: ProgressionOffer
) -> None:
    shown.not_now_button.setFocus()
    with qtbot.waitSignal(shown.declined):
        qtbot.keyClick(shown.not_now_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    shown.show_outcome(Outcome(OutcomeKind.DECLINED, STEP_UP))
    shown.accept_button.setFocus()
    with qtbot.waitSignal(shown.accepted):
        qtbot.keyClick(shown.accept_button, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("key", "signal"), [(Qt.Key.Key_P, "accepted"), (Qt.Key.Key_N, "declined")]
)
def test_mnemonics_answer_too(
    qtbot: QtBot, shown: ProgressionOffer, key: Qt.Key, signal: str
) -> None:
    with qtbot.waitSignal(getattr(shown, signal)):
        qtbot.keyClick(shown, key, Qt.KeyboardModifier.AltModifier)


def test_on_the_summary_page_its_keys_clash_with_none(qtbot: QtBot) -> None:
    page = SummaryPage()
    qtbot.addWidget(page)
    offer_widget = ProgressionOffer(page)  # where the wiring in the report puts it
    layout = page.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.indexOf(page.pain) + 1, offer_widget)
    offer_widget.set_offers([STEP_UP])
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    with qtbot.waitSignal(page.again):
        qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(offer_widget.accepted):
        qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    page.close()


def test_with_no_offer_the_keys_belong_to_the_window(qtbot: QtBot, host: Host) -> None:
    host.offer.set_offers([])
    host.setFocus()
    qtbot.keyClick(host, Qt.Key.Key_Escape)
    assert host.window_keys == ["Key_Escape"]


# --- with the real flow -------------------------------------------------------------------


def test_an_accepted_offer_goes_through_the_flow_into_the_users_file(
    qtbot: QtBot, host: Host, tmp_path: Path
) -> None:
    library = load_library([built_in_folder()])
    library = Library(exercises=library.exercises, routines=dict(library.routines))
    start = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)
    store = HistoryStore.in_memory_only(clock=lambda: start + timedelta(days=5))
    routine = library.routines["core-and-glutes"]
    for day in range(3):
        snapshot = RoutineSnapshot.from_routine(routine, library.exercises)
        session = store.start_session(snapshot, started_at=start + timedelta(days=day))
        for position, item in enumerate(snapshot.items):
            store.record_item(
                session,
                ItemRecord(
                    position,
                    item.exercise_id,
                    item.exercise_name,
                    ItemOutcome.COMPLETED,
                    item.dose.sets,
                    item.dose.reps,
                    item.dose.hold_s,
                    item.dose.duration_s,
                    item.dose.sets,
                    item.dose.sets * item.dose.reps,
                ),
            )
        store.finish_session(session, SessionStatus.COMPLETED, start + timedelta(days=day, hours=1))
        store.record_pain(session, PainMoment.AFTER, 1)
    flow = ProgressionFlow(store, library, tmp_path / "routines", copy_label="yours")
    # The wiring the main window gets (see the report): signals in, outcomes back.
    host.offer.accepted.connect(lambda o: host.offer.show_outcome(flow.accept(o)))
    host.offer.declined.connect(lambda o: host.offer.show_outcome(flow.decline(o)))
    host.offer.set_offers(flow.offers(routine))
    host.offer.setFocus()

    qtbot.keyClick(host.offer, Qt.Key.Key_Return)
    assert host.offer.result.text().startswith("Saved: Cat-cow is now 7 repetitions.")
    assert (tmp_path / "routines" / "core-and-glutes-mine.toml").is_file()
    assert not host.offer.accept_button.isVisible()
