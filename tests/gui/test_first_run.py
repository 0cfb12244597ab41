"""The first-run safety check: each red-flag path, the conditions, review, keyboard only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backcoach.coach.cautions import cautions_first
from backcoach.coach.red_flags import (
    RED_FLAGS,
    FlagLevel,
    Gate,
    advice_for,
    session_gate,
)
from backcoach.content.library import built_in_folder, load_library
from backcoach.store.history import HistoryStore, SafetyProfile
from backcoach.ui.safety.caution_words import caution_text
from backcoach.ui.safety.first_run import (
    CONDITIONS,
    HELP_NOW,
    INTRO,
    QUESTIONS,
    FirstRunDialog,
    advice_heading,
    advice_steps,
    advice_why,
    flag_question,
    gate_text,
)

START = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


class Ticking:
    """The dialog's clock: each reading a minute after the last, so times tell steps apart."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def store() -> HistoryStore:
    return HistoryStore.in_memory_only(clock=lambda: START)


OpenDialog = Callable[..., FirstRunDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, store: HistoryStore) -> OpenDialog:
    """Shows the dialog without blocking (open(), not exec()); closed however the test ends."""

    def build(*, review: bool = False) -> FirstRunDialog:
        dialog = FirstRunDialog(store, review=review, clock=Ticking())
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return build


def shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def to_questions(dialog: FirstRunDialog) -> None:
    assert dialog.page == INTRO
    dialog.next_button.click()
    assert dialog.page == QUESTIONS


def activate(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def press(qtbot: QtBot, key: Qt.Key, text: str = "") -> None:
    target = QApplication.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key)


# -- the paths ---------------------------------------------------------------------------


def test_page_one_says_plainly_what_backcoach_is_not(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    text = dialog.intro_text.text()
    assert "does not replace a doctor" in text
    assert "look after your back yourself" in text
    assert dialog.next_button.text() == "I &understand"
    assert not shown(dialog.back_button)


def test_no_red_flag_allows_sessions(open_dialog: OpenDialog, store: HistoryStore) -> None:
    dialog = open_dialog()
    saved: list[object] = []
    dialog.profileSaved.connect(saved.append)
    to_questions(dialog)
    assert not any(box.isChecked() for box in dialog.flag_boxes.values())  # unanswered = no
    assert not shown(dialog.emergency_note) and not shown(dialog.doctor_note)
    dialog.next_button.click()
    assert dialog.page == CONDITIONS
    assert dialog.gate_status.text() == "All set: you can start sessions."
    dialog.next_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    profile = store.safety_profile()
    assert profile is not None and saved == [profile] and dialog.saved == profile
    assert session_gate(profile) is Gate.ALLOWED
    assert profile.red_flags == {flag.id: False for flag in RED_FLAGS}  # every answer kept
    assert profile.disclaimer_acknowledged_at == START + timedelta(minutes=1)
    assert profile.clinician_checked_at is None


@pytest.mark.parametrize(
    "flag_id", [flag.id for flag in RED_FLAGS if flag.level is FlagLevel.EMERGENCY]
)
def test_an_emergency_answer_says_what_to_do_now_and_blocks_sessions(
    open_dialog: OpenDialog, store: HistoryStore, flag_id: str
) -> None:
    dialog = open_dialog()
    to_questions(dialog)
    dialog.flag_boxes[flag_id].setChecked(True)
    assert shown(dialog.emergency_note)  # at once, before Next
    assert "Get medical help now" in dialog.emergency_note.text()
    assert "emergency department (A&amp;E)" in dialog.emergency_note.text()
    assert not shown(dialog.doctor_note)
    dialog.next_button.click()
    assert dialog.page == HELP_NOW
    assert dialog.help_heading.text() == "⚠ Get medical help now"
    steps = dialog.help_steps.text()
    assert "Call your emergency number now" in steps and "Do not do any exercises" in steps
    assert flag_question(flag_id) in dialog.help_answers.text()
    assert dialog.next_button.text() == "&Close"
    assert not shown(dialog.cancel_button)
    # Saved on reaching this page, so no way of closing it lets a session start.
    profile = store.safety_profile()
    assert profile is not None and profile.red_flags[flag_id]
    assert session_gate(profile) is Gate.EMERGENCY
    dialog.next_button.click()
    assert not dialog.isVisible() and dialog.saved == profile


def test_an_emergency_answer_stays_saved_when_the_dialog_is_escaped(
    open_dialog: OpenDialog, store: HistoryStore, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    to_questions(dialog)
    dialog.flag_boxes["chest-pain"].setChecked(True)
    dialog.next_button.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert session_gate(store.safety_profile()) is Gate.EMERGENCY


def test_changing_the_emergency_answer_on_the_way_back_allows_sessions(
    open_dialog: OpenDialog, store: HistoryStore
) -> None:
    dialog = open_dialog()
    to_questions(dialog)
    dialog.flag_boxes["serious-fall"].setChecked(True)
    dialog.next_button.click()
    dialog.back_button.click()
    assert dialog.page == QUESTIONS
    dialog.flag_boxes["serious-fall"].setChecked(False)
    assert not shown(dialog.emergency_note)
    dialog.next_button.click()
    assert dialog.page == CONDITIONS
    dialog.next_button.click()
    assert session_gate(store.safety_profile()) is Gate.ALLOWED
    assert len(store.safety_profile_history()) == 2  # both answers are in the history


def test_a_see_doctor_answer_blocks_until_the_check_is_confirmed(
    open_dialog: OpenDialog, store: HistoryStore
) -> None:
    dialog = open_dialog()
    to_questions(dialog)
    assert not shown(dialog.checked_by_doctor)
    dialog.flag_boxes["night-pain"].setChecked(True)
    assert shown(dialog.doctor_note) and shown(dialog.checked_by_doctor)
    assert not shown(dialog.emergency_note)
    note = dialog.doctor_note.text()
    assert "See a doctor in the next few days" in note
    assert "such as an infection or a fracture" in note  # why
    dialog.next_button.click()
    assert "sessions start only once a doctor has checked you" in dialog.gate_status.text()
    dialog.next_button.click()
    first = store.safety_profile()
    assert session_gate(first) is Gate.SEE_DOCTOR_FIRST

    later = open_dialog(review=True)  # after the doctor's visit, from the menu
    assert later.page == QUESTIONS
    assert later.flag_boxes["night-pain"].isChecked() and not later.checked_by_doctor.isChecked()
    assert later.gate() is Gate.SEE_DOCTOR_FIRST
    later.checked_by_doctor.setChecked(True)
    assert later.gate() is Gate.ALLOWED
    later.next_button.click()
    later.next_button.click()
    profile = store.safety_profile()
    assert profile is not None and session_gate(profile) is Gate.ALLOWED
    assert profile.clinician_checked_at == START + timedelta(minutes=1)
    assert profile.disclaimer_acknowledged_at == first.disclaimer_acknowledged_at  # type: ignore[union-attr]


def test_a_new_see_doctor_answer_clears_an_earlier_confirmation(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    to_questions(dialog)
    dialog.flag_boxes["fever"].setChecked(True)
    dialog.checked_by_doctor.setChecked(True)
    assert dialog.gate() is Gate.ALLOWED
    dialog.flag_boxes["cancer"].setChecked(True)  # the check covered the fever, not this
    assert not dialog.checked_by_doctor.isChecked()
    assert dialog.gate() is Gate.SEE_DOCTOR_FIRST


def test_the_conditions_are_saved(open_dialog: OpenDialog, store: HistoryStore) -> None:
    dialog = open_dialog()
    to_questions(dialog)
    dialog.next_button.click()
    dialog.osteoporosis.setChecked(True)
    dialog.back_surgery.setChecked(True)
    dialog.next_button.click()
    profile = store.safety_profile()
    assert profile is not None
    assert profile.osteoporosis_fracture_steroids and profile.recent_back_surgery
    assert not profile.pregnancy
    assert session_gate(profile) is Gate.ALLOWED  # conditions never block


def test_cancel_saves_nothing(open_dialog: OpenDialog, store: HistoryStore) -> None:
    dialog = open_dialog()
    to_questions(dialog)
    dialog.flag_boxes["fever"].setChecked(True)
    dialog.cancel_button.click()
    assert store.safety_profile() is None and dialog.saved is None
    assert session_gate(store.safety_profile()) is Gate.FIRST_RUN_NEEDED


def test_review_is_prefilled_with_the_latest_profile(
    open_dialog: OpenDialog, store: HistoryStore
) -> None:
    store.save_safety_profile(
        SafetyProfile(
            disclaimer_acknowledged_at=START,
            red_flags={"fever": True, "cancer": False, "from-a-newer-version": True},
            clinician_checked_at=START,
            pregnancy=True,
        )
    )
    dialog = open_dialog(review=True)
    assert dialog.windowTitle() == "Review your safety answers"
    assert dialog.page == QUESTIONS and not shown(dialog.back_button)
    assert dialog.flag_boxes["fever"].isChecked()
    assert not dialog.flag_boxes["cancer"].isChecked()
    assert dialog.checked_by_doctor.isChecked() and shown(dialog.checked_by_doctor)
    assert dialog.pregnancy.isChecked() and not dialog.osteoporosis.isChecked()
    dialog.next_button.click()
    assert dialog.next_button.text() == "&Save"
    dialog.next_button.click()
    profile = store.safety_profile()
    assert profile is not None
    assert profile.clinician_checked_at == START  # kept: the same check still stands
    assert profile.pregnancy and profile.red_flags["fever"]
    assert profile.red_flags["from-a-newer-version"]  # not dropped by an older version
    assert len(store.safety_profile_history()) == 2


def test_review_without_a_profile_is_the_first_run(open_dialog: OpenDialog) -> None:
    dialog = open_dialog(review=True)
    assert dialog.page == INTRO and dialog.windowTitle() == "Safety check"


# -- keyboard only -------------------------------------------------------------------------


def test_completed_with_the_keyboard_only(
    open_dialog: OpenDialog, store: HistoryStore, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.next_button
    press(qtbot, Qt.Key.Key_Return)  # I understand
    assert dialog.page == QUESTIONS
    assert QApplication.focusWidget() is dialog.flag_boxes["bladder-bowel"]
    # N answers no and moves on; Y answers yes and moves on.
    for _ in range(5):
        press(qtbot, Qt.Key.Key_N, "n")
    assert QApplication.focusWidget() is dialog.flag_boxes["unsteady-walking"]
    press(qtbot, Qt.Key.Key_N, "n")
    press(qtbot, Qt.Key.Key_Y, "y")  # fever
    assert dialog.flag_boxes["fever"].isChecked()
    for _ in range(3):
        press(qtbot, Qt.Key.Key_N, "n")
    assert QApplication.focusWidget() is dialog.checked_by_doctor
    press(qtbot, Qt.Key.Key_Space)  # Space ticks, as on any checkbox
    assert dialog.checked_by_doctor.isChecked()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.page == CONDITIONS
    assert QApplication.focusWidget() is dialog.osteoporosis
    press(qtbot, Qt.Key.Key_Y, "y")
    press(qtbot, Qt.Key.Key_Return)  # Finish
    assert not dialog.isVisible()
    profile = store.safety_profile()
    assert profile is not None and session_gate(profile) is Gate.ALLOWED
    assert profile.red_flags["fever"] and profile.clinician_checked_at is not None
    assert profile.osteoporosis_fracture_steroids


def test_the_emergency_path_with_the_keyboard_only(
    open_dialog: OpenDialog, store: HistoryStore, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Y, "y")  # bladder or bowels
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.page == HELP_NOW
    assert QApplication.focusWidget() is dialog.next_button
    assert "Call your emergency number" in dialog.next_button.accessibleDescription()
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert session_gate(store.safety_profile()) is Gate.EMERGENCY


def test_tab_goes_through_the_questions_in_order_then_the_buttons(
    open_dialog: OpenDialog, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    activate(qtbot, dialog)
    to_questions(dialog)
    seen = [QApplication.focusWidget()]
    for _ in range(len(RED_FLAGS) + 2):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        *dialog.flag_boxes.values(),
        dialog.back_button,
        dialog.next_button,
        dialog.cancel_button,
    ]


def test_every_answer_has_an_accessible_name(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    boxes = [*dialog.flag_boxes.values(), dialog.checked_by_doctor]
    boxes += [dialog.osteoporosis, dialog.pregnancy, dialog.back_surgery]
    for box in boxes:
        assert box.accessibleName() or box.text()
        assert box.accessibleDescription()


# -- the window's words are the domain's words (in English) ----------------------------------


def test_the_questions_and_advice_match_the_domain() -> None:
    for flag in RED_FLAGS:
        assert flag_question(flag.id) == flag.question
    for level in FlagLevel:
        advice = advice_for(level)
        assert advice_heading(level) == advice.heading
        assert advice_steps(level) == list(advice.steps)
        assert advice_why(level) == advice.why
    assert all(gate_text(gate) for gate in Gate)


def test_the_caution_wording_matches_the_domain() -> None:
    exercises = load_library([built_in_folder()]).exercises.values()
    everything = SafetyProfile(
        osteoporosis_fracture_steroids=True, pregnancy=True, recent_back_surgery=True
    )
    checked = 0
    for exercise in exercises:
        for caution in cautions_first(everything, exercise):
            assert caution_text(caution) == caution.text
            checked += 1
    assert checked > 10
