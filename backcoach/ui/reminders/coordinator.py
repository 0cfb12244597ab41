"""Reminders at work: the timer's news shown in the tray (or the window), one click to
start, the tray's menu, and the window kept in the tray while a plan is on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from backcoach.coach.reminders import MissedStretch, Reminder
from backcoach.store.plan import Plan
from backcoach.ui.reminders.band import ReminderBand
from backcoach.ui.reminders.keeper import PlanKeeper
from backcoach.ui.reminders.timer import ReminderTimer
from backcoach.ui.reminders.tray import Tray
from backcoach.ui.session.media import raise_window
from backcoach.ui.wording import quoted

if TYPE_CHECKING:
    from backcoach.store.history import HistoryStore
    from backcoach.ui.main_window import MainWindow

DESK_BREAK = "quick-desk-break"
STATUS_MS = 30_000


class Reminders(QObject):
    """Serves whichever main window is current (a language switch builds a new one)."""

    def __init__(
        self,
        keeper: PlanKeeper,
        history: HistoryStore,
        tray: Tray | None,
        *,
        set_autostart: Callable[[bool], None] | None = None,
        quit_app: Callable[[], None] = QCoreApplication.quit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.tray = tray
        self.window: MainWindow | None = None
        self.band: ReminderBand | None = None
        self._set_autostart = set_autostart
        self._quit = quit_app
        self._message_starts = False  # the tray's last message was a reminder
        self.timer = ReminderTimer(keeper, history, self)
        self.timer.due.connect(self._due)
        keeper.changed.connect(self._plan_changed)
        if tray is not None:
            tray.startPlanned.connect(self.start_planned)
            tray.deskBreak.connect(self.desk_break)
            tray.showWindow.connect(self.show_window)
            tray.editPlan.connect(self.edit_plan)
            tray.quitRequested.connect(self.quit)
            tray.messageClicked.connect(self._message_clicked)

    def attach(self, window: MainWindow) -> None:
        """``window`` is the main window from now on."""
        self.window = window
        window.tray = self.tray
        window.hiddenToTray.connect(lambda: self._hidden(window))
        if self.tray is not None:
            self.tray.retranslate()
        self._show_plan_in_tray()

    def start(self) -> None:
        """Shows the tray icon and takes the first look (a reminder missed today while
        the app was closed comes now, once)."""
        if self.tray is not None:
            self.tray.show()
        self.timer.check()

    def close(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.close()

    # -- what the timer says ------------------------------------------------------------

    def _due(self, reminder: Reminder | None, missed: MissedStretch | None) -> None:
        lines = []
        if reminder is not None:
            lines.append(self._reminder_text(reminder))
        if missed is not None:
            lines.append(
                self.tr(
                    "You missed %n planned day(s). No matter: today is a good day to start again.",
                    "",
                    missed.count,
                )
            )
        text = " ".join(lines)
        if self.tray is not None:
            self._message_starts = reminder is not None
            if reminder is not None and self._routine_title() is not None:
                text += " " + self.tr("Click here to start it.")
            title = self.tr("Time for your back exercises") if reminder else "backcoach"
            self.tray.notify(title, text)
        elif reminder is not None:
            self._show_band(text)
        elif self.window is not None:
            self.window.statusBar().showMessage(text, STATUS_MS)

    def _reminder_text(self, reminder: Reminder) -> str:
        title = self._routine_title()
        routine = quoted(title) if title is not None else self.tr("Your routine")
        if reminder.late:
            return self.tr("{routine} was planned for {time} today.").format(
                routine=routine, time=reminder.at.strftime("%H:%M")
            )
        return self.tr("{routine} is planned for now.").format(routine=routine)

    def _show_band(self, text: str) -> None:
        window = self.window
        if window is None:
            return
        if self.band is not None:
            self.band.deleteLater()
        self.band = ReminderBand(text, self._routine_title() is not None, window)
        self.band.startRequested.connect(self.start_planned)
        window.add_band(self.band)
        raise_window(window)

    # -- one click to start -------------------------------------------------------------

    def _message_clicked(self) -> None:
        if self._message_starts:
            self.start_planned()
        else:
            self.show_window()

    def start_planned(self) -> bool:
        return self._start(self.keeper.plan.routine_id)

    def desk_break(self) -> bool:
        return self._start(DESK_BREAK)

    def _start(self, routine_id: str) -> bool:
        window = self.show_window()
        if window is None:
            return False
        if routine_id not in window.library.routines:  # a routine of the user's, deleted
            window.show_page(window.routine_list)
            window.statusBar().showMessage(
                self.tr("The planned routine is gone; choose another in the plan."), STATUS_MS
            )
            return False
        return window.start_routine_id(routine_id)

    def show_window(self) -> MainWindow | None:
        if self.window is not None:
            raise_window(self.window)
        return self.window

    def edit_plan(self) -> None:
        """The tray's "Plan and reminders...": the window comes up with the plan dialog,
        so the plan can be changed without looking for the window first."""
        window = self.show_window()
        if window is not None:
            window.edit_plan()

    def quit(self) -> None:
        """The tray's Quit: really quits (unless the user keeps a session under way)."""
        if self.window is None or self.window.quit_app():
            self._quit()

    # -- the plan and the tray ----------------------------------------------------------

    def _routine_title(self) -> str | None:
        plan = self.keeper.plan
        if self.window is None or plan.routine_id not in self.window.library.routines:
            return None
        return self.window.library.routines[plan.routine_id].title

    def _show_plan_in_tray(self) -> None:
        if self.tray is not None:
            title = self._routine_title() if self.keeper.plan.enabled else None
            self.tray.set_planned(title)

    def _plan_changed(self, plan: Plan) -> None:
        self._show_plan_in_tray()
        if self._set_autostart is not None:
            try:
                self._set_autostart(plan.autostart)
            except OSError as error:
                if self.window is not None:
                    reason = error.strerror or str(error)
                    self.window.statusBar().showMessage(
                        self.tr("Could not set backcoach to start at login: {error}").format(
                            error=reason
                        ),
                        STATUS_MS,
                    )
        self.timer.check()

    def _hidden(self, window: MainWindow) -> None:
        """Closing only hid ``window``: said once, the first time."""
        if window is not self.window or self.tray is None or self.keeper.log.tray_told:
            return
        self.keeper.update_log(replace(self.keeper.log, tray_told=True))
        self._message_starts = False
        self.tray.notify(
            "backcoach",
            self.tr(
                "backcoach keeps running here to remind you of your plan. "
                "To end it, choose Quit in this icon's menu."
            ),
        )
