"""Reminders in the window and the tray: a fake wall clock reaches the planned time, the
notification comes, its click starts the routine; the desk break from the tray; closing
keeps backcoach in the tray while a plan is on; the plan dialog by keyboard alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.app_window import acting_on_the_window

import backcoach.app as app_module
from backcoach import APP_ID
from backcoach.app import LanguageSwitch, app_icon
from backcoach.content.library import Library
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.autostart import autostart_file, set_autostart
from backcoach.store.paths import AppPaths
from backcoach.store.plan import Plan, PlanFile, ReminderLog, load_plan
from backcoach.ui.main_window import MainWindow
from backcoach.ui.reminders.band import ReminderBand
from backcoach.ui.reminders.coordinator import DESK_BREAK, Reminders
from backcoach.ui.reminders.keeper import PlanKeeper
from backcoach.ui.reminders.plan_dialog import PlanDialog
from backcoach.ui.reminders.tray import Tray
from backcoach.ui.session.services import SessionServices
from backcoach.ui.translators import Translators

from .conftest import TINY

# QSystemTrayIcon on the offscreen platform: it has no tray to watch, and says so.
# Nor can it raise a window.
pytestmark = pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "This plugin does not support raise", extend=True
)

ZONE = timezone(timedelta(hours=1))  # the user's, whatever the test machine's is
MONDAY = date(2026, 3, 2)


class LocalClock:
    """The user's wall clock: moves only when the test says so."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: date, hour: int, minute: int = 0) -> None:
        self.now = datetime.combine(day, time(hour, minute), ZONE)


class RecordingTray(Tray):
    """The tray with its notifications written down instead of shown."""

    def __init__(self) -> None:
        super().__init__(app_icon())
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.messages.append((title, text))


@dataclass
class Setup:
    window: MainWindow
    keeper: PlanKeeper
    reminders: Reminders
    clock: LocalClock
    tray: RecordingTray | None
    quits: list[bool]
    plan_file: Path


@pytest.fixture
def tiny_and_desk(tiny_library: Library) -> Library:
    desk = replace(TINY, id=DESK_BREAK, title="Quick desk break")
    return Library(tiny_library.exercises, {"tiny": TINY, DESK_BREAK: desk})


DAILY = Plan("tiny", frozenset(range(7)), time(18, 0), enabled=True, since=MONDAY)


@pytest.fixture
def build(
    open_window: Callable[[Library], MainWindow],
    services: SessionServices,
    tiny_and_desk: Library,
    paths: AppPaths,
) -> Iterator[Callable[..., Setup]]:
    made: list[Setup] = []

    def make(
        plan: Plan = DAILY, *, tray: bool = True, log: ReminderLog | None = None, hour: int = 17
    ) -> Setup:
        clock = LocalClock(datetime.combine(MONDAY, time(hour, 0), ZONE))
        keeper = PlanKeeper(PlanFile(plan, log or ReminderLog()), paths.plan_file, clock)
        services.plan = keeper
        services.wall_clock = lambda: clock().astimezone(UTC)  # the history's, the same time
        window = open_window(tiny_and_desk)
        quits: list[bool] = []
        recorder = RecordingTray() if tray else None
        reminders = Reminders(
            keeper, services.history, recorder, quit_app=lambda: quits.append(True)
        )
        reminders.attach(window)
        reminders.start()
        setup = Setup(window, keeper, reminders, clock, recorder, quits, paths.plan_file)
        made.append(setup)
        return setup

    yield make
    for setup in made:
        setup.reminders.close()
        setup.window.tray = None  # so that the fixture's close really closes it


def test_at_the_time_a_notification_whose_click_starts_the_routine(
    build: Callable[..., Setup],
) -> None:
    setup = build()
    assert setup.tray is not None
    assert setup.tray.messages == []  # 17:00: not yet
    assert setup.reminders.timer.timer.isActive()
    assert setup.reminders.timer.timer.interval() == 60_000  # looks again within a minute
    setup.clock.set(MONDAY, 17, 59)
    setup.clock.now += timedelta(seconds=30)
    setup.reminders.timer.check()
    assert setup.tray.messages == []
    assert setup.reminders.timer.timer.interval() == 30_000  # the next look: at 18:00
    setup.clock.set(MONDAY, 18, 0)
    setup.reminders.timer.check()  # what the QTimer calls then
    [(title, text)] = setup.tray.messages
    assert title == "Time for your back exercises"
    assert text == "“Tiny routine” is planned for now. Click here to start it."
    assert not setup.window.session_active
    setup.tray.messageClicked.emit()  # the user clicks the notification
    assert setup.window.session_active
    assert setup.window.session.timeline is not None
    assert setup.window.session.timeline.routine.id == "tiny"
    # Said once: a minute later, or a restart reading the saved log, says nothing more.
    setup.clock.set(MONDAY, 18, 1)
    setup.reminders.timer.check()
    assert len(setup.tray.messages) == 1
    saved, problems = load_plan(setup.plan_file)
    assert problems == [] and saved.log.reminded_on == MONDAY


def test_a_restart_after_the_reminder_says_nothing_again(build: Callable[..., Setup]) -> None:
    setup = build(log=ReminderLog(reminded_on=MONDAY), hour=19)
    assert setup.tray is not None and setup.tray.messages == []


def test_opened_late_one_catch_up_and_the_missed_days_in_one_message(
    build: Callable[..., Setup],
) -> None:
    thursday = MONDAY + timedelta(days=3)
    plan = replace(DAILY, weekdays=frozenset({0, 2, 3}))  # Monday, Wednesday, Thursday
    setup = build(plan)
    setup.clock.set(thursday, 21, 30)
    setup.reminders.timer.check()
    assert setup.tray is not None
    [(_title, text)] = setup.tray.messages
    assert text.startswith("“Tiny routine” was planned for 18:00 today.")
    assert "You missed 2 planned day(s)." in text
    setup.reminders.timer.check()
    assert len(setup.tray.messages) == 1


def test_no_reminder_once_a_session_was_done_today(
    build: Callable[..., Setup], services: SessionServices
) -> None:
    setup = build()
    setup.window.start_routine_id("tiny")  # at 17:00, recorded once it really begins
    setup.window.session.start_now()
    assert services.history.sessions()
    setup.window.session.stop()
    setup.clock.set(MONDAY, 18, 5)
    setup.reminders.timer.check()
    assert setup.tray is not None and setup.tray.messages == []


def test_the_desk_break_from_the_tray_menu(build: Callable[..., Setup]) -> None:
    setup = build(Plan(enabled=False))
    assert setup.tray is not None
    assert not setup.tray.start_action.isVisible()  # no plan: no planned routine to start
    setup.window.hide()
    setup.tray.desk_action.trigger()
    assert setup.window.isVisible()
    assert setup.window.session.timeline is not None
    assert setup.window.session.timeline.routine.id == DESK_BREAK


def test_the_planned_routine_from_the_tray_menu(build: Callable[..., Setup]) -> None:
    setup = build()
    assert setup.tray is not None
    assert setup.tray.start_action.text() == "&Start “Tiny routine”"
    setup.tray.start_action.trigger()
    assert setup.window.session_active


def test_closing_keeps_it_in_the_tray_said_once_and_quit_quits(
    build: Callable[..., Setup],
) -> None:
    setup = build()
    window, tray = setup.window, setup.tray
    assert tray is not None
    assert not window.close()  # refused: hidden instead
    assert not window.isVisible()
    assert len(tray.messages) == 1 and "Quit" in tray.messages[0][1]
    tray.show_action.trigger()
    assert window.isVisible()
    assert not window.close()
    assert len(tray.messages) == 1  # said once only
    assert setup.keeper.log.tray_told
    tray.quit_action.trigger()
    assert setup.quits == [True]
    assert not window.isVisible()


def test_without_a_plan_closing_closes(build: Callable[..., Setup]) -> None:
    setup = build(Plan(enabled=False))
    assert setup.window.close()


def test_file_quit_quits_even_with_a_plan(build: Callable[..., Setup]) -> None:
    setup = build()
    assert setup.window.quit_app()
    assert setup.tray is not None and setup.tray.messages == []


def test_without_a_tray_the_window_shows_the_reminder(build: Callable[..., Setup]) -> None:
    setup = build(tray=False)
    setup.window.showMinimized()
    setup.clock.set(MONDAY, 18, 0)
    setup.reminders.timer.check()
    band = setup.reminders.band
    assert isinstance(band, ReminderBand) and band.isVisible()
    assert not setup.window.isMinimized()
    assert band.label.text() == "“Tiny routine” is planned for now."
    band.start.click()
    assert setup.window.session_active
    assert not band.isVisible()


def test_the_plan_dialog_by_keyboard_alone(
    build: Callable[..., Setup], qtbot: QtBot, tmp_path: Path
) -> None:
    setup = build(Plan(enabled=False))
    entry = autostart_file({"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    setup.reminders._set_autostart = lambda on: set_autostart(
        entry, ["backcoach", "--tray"] if on else None
    )
    setup.clock.set(MONDAY, 9, 0)
    seen: list[str] = []

    def type_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanDialog)

        def key(k: Qt.Key) -> None:
            focus = dialog.focusWidget()
            assert focus is not None
            seen.append(type(focus).__name__)
            qtbot.keyClick(focus, k)

        key(Qt.Key.Key_Space)  # remind me: on
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_End)  # the routine: the last in the list, "Tiny routine"
        for _ in range(6):  # Monday .. Saturday
            key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_Space)  # Saturday: off
        key(Qt.Key.Key_Tab)  # Sunday
        key(Qt.Key.Key_Tab)  # the time, at its hours
        for _ in range(11):  # 18 -> 7 o'clock, one hour a key
            key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Tab)  # its minutes
        key(Qt.Key.Key_Tab)  # the autostart box
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Return)

    QTimer.singleShot(0, type_in_dialog)
    setup.window.edit_plan()
    plan = setup.keeper.plan
    assert seen[0] == "QCheckBox" and seen[-1] == "QCheckBox"  # the last: autostart
    assert plan.enabled and plan.autostart
    assert plan.routine_id == "tiny"
    assert plan.weekdays == frozenset({0, 1, 2, 3, 4, 6})
    assert plan.at == time(7, 0)
    assert plan.since == MONDAY  # missed days count from the day the plan was made
    assert load_plan(setup.plan_file)[0].plan == plan
    assert entry.name == f"{APP_ID}.desktop" and "--tray" in entry.read_text()


def test_the_plan_dialog_can_be_cancelled(build: Callable[..., Setup]) -> None:
    setup = build(Plan(enabled=False))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    setup.window.edit_plan()
    assert setup.keeper.plan == Plan(enabled=False)


def test_a_window_rebuilt_in_another_language_is_served_and_the_old_one_says_nothing(
    qtbot: QtBot,
    qapp: QApplication,
    paths: AppPaths,
    services: SessionServices,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(app_module, "attach_media", lambda _window: None)
    clock = LocalClock(datetime.combine(MONDAY, time(9, 0), ZONE))
    plan = replace(DAILY, routine_id="gentle-start")
    services.plan = PlanKeeper(PlanFile(plan), None, clock)
    tray = RecordingTray()
    reminders = Reminders(services.plan, services.history, tray, quit_app=lambda: None)
    switch = LanguageSwitch(qapp, paths, services)
    switch.windowOpened.connect(reminders.attach)
    try:
        old, _problems = switch.open("en")
        old.show()
        qtbot.waitExposed(old)
        assert reminders.window is old
        assert tray.start_action.text() == "&Start “Gentle start”"
        switch.switch("de")
        new = switch.window
        assert new is not None and new is not old and reminders.window is new
        assert not old.isVisible() and new.isVisible()
        assert tray.messages == []  # the old window went away; nothing to say about it
        german_title = new.library.routines["gentle-start"].title
        assert german_title != "Gentle start"
        assert german_title in tray.start_action.text()
    finally:
        reminders.close()
        if switch.window is not None:
            switch.window.tray = None
            switch.window.close()
            switch.window.deleteLater()
        switch.translators.install("en")
        switch.deleteLater()


def test_started_for_the_tray_without_one_it_opens_minimised(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The login start (--tray) on a desktop with no tray: the window, minimised."""
    from backcoach.cli import main  # noqa: PLC0415

    monkeypatch.setattr(app_module, "attach_media", lambda _window: None)
    monkeypatch.setattr(
        app_module, "open_speaker", lambda _paths, _settings, **_options: RecordingSpeaker()
    )
    seen: list[bool] = []
    saved = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName())

    def look_then_quit(window: MainWindow) -> None:
        seen.append(window.isMinimized())
        window.quit_app()

    try:
        with acting_on_the_window(qapp, look_then_quit):
            assert main(["--data-dir", str(paths.data_dir), "--tray"]) == 0
    finally:  # run_app names the application: the test run's names back
        qapp.setApplicationName(saved[0])
        qapp.setOrganizationName(saved[1])
        qapp.setDesktopFileName(saved[2])
    assert seen == [True]


def test_missed_days_alone_are_news_not_a_start(build: Callable[..., Setup]) -> None:
    setup = build()
    setup.clock.set(MONDAY + timedelta(days=1), 9, 0)  # Monday went by without a session
    setup.reminders.timer.check()
    assert setup.tray is not None
    assert setup.tray.messages == [
        (
            "backcoach",
            "You missed 1 planned day(s). No matter: today is a good day to start again.",
        )
    ]
    setup.window.hide()
    setup.tray.messageClicked.emit()
    assert setup.window.isVisible() and not setup.window.session_active


def test_a_signal_closes_for_good_even_with_the_tray_keeping_it(
    build: Callable[..., Setup],
) -> None:
    """At log-out (SIGTERM) the app ends: the window does not go into the tray then."""
    setup = build()
    hidden: list[bool] = []
    setup.window.hiddenToTray.connect(lambda: hidden.append(True))
    setup.window.close_without_asking()
    assert hidden == [] and not setup.window.isVisible()


def test_the_plan_from_the_tray_menu(
    build: Callable[..., Setup], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan can be changed from the tray, with the window hidden: it comes up with
    the plan dialog."""
    setup = build()
    assert setup.tray is not None
    asked: list[Plan] = []

    def ask(cls: type, parent: object, plan: Plan, /, *_args: object, **_kwargs: object) -> None:
        asked.append(plan)
        # cancelled

    monkeypatch.setattr(PlanDialog, "ask", classmethod(ask))
    setup.window.hide()
    setup.tray.plan_action.trigger()
    assert setup.window.isVisible()
    assert asked == [setup.keeper.plan]


def mnemonics(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].casefold() for text in texts if "&" in text]


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_tray_entry_has_its_own_key(qapp: QApplication, language: str) -> None:
    translators = Translators(qapp)
    assert translators.install(language) is None
    try:
        tray = Tray(app_icon())
        tray.set_planned("Tiny routine")
        texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
        tray.close()
    finally:
        translators.install("en")
    keys = mnemonics(texts)
    assert len(keys) == len(texts) == 5
    assert len(set(keys)) == len(keys), texts
