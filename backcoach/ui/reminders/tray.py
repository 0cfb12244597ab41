"""The icon in the system tray: its menu (the planned routine, a quick desk break, the
window, the plan, quit) and the notifications it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backcoach.ui.wording import quoted

MESSAGE_MS = 30_000  # a reminder stays a while; many desktops keep it in a list anyway


class Tray(QObject):
    """Only built where QSystemTrayIcon.isSystemTrayAvailable(); else reminders come as a
    band in the window (see coordinator). Its actions are signals, so tests trigger them."""

    startPlanned = Signal()  # noqa: N815 (Qt signal naming)
    deskBreak = Signal()  # noqa: N815
    showWindow = Signal()  # noqa: N815
    editPlan = Signal()  # noqa: N815
    quitRequested = Signal()  # noqa: N815
    messageClicked = Signal()  # noqa: N815

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("backcoach")
        # No parent widget: the menu belongs to the tray, which outlives any window.
        self.menu = QMenu()
        self.start_action = self.menu.addAction("")
        self.start_action.triggered.connect(self.startPlanned)
        self.desk_action = self.menu.addAction("")
        self.desk_action.triggered.connect(self.deskBreak)
        self.menu.addSeparator()
        self.show_action = self.menu.addAction("")
        self.show_action.triggered.connect(self.showWindow)
        self.plan_action = self.menu.addAction("")
        self.plan_action.triggered.connect(self.editPlan)
        self.quit_action = self.menu.addAction("")
        self.quit_action.triggered.connect(self.quitRequested)
        self.retranslate()
        self.icon.setContextMenu(self.menu)
        self.icon.messageClicked.connect(self.messageClicked)
        self.icon.activated.connect(self._activated)
        self.set_planned(None)

    def retranslate(self) -> None:
        """The menu in the language of the moment (the window is rebuilt on a change;
        the tray stays)."""
        self.desk_action.setText(self.tr("Quick &desk break (2-3 minutes)"))
        self.show_action.setText(self.tr("S&how backcoach"))
        self.plan_action.setText(self.tr("&Plan and reminders..."))
        self.quit_action.setText(self.tr("&Quit"))

    def set_planned(self, title: str | None) -> None:
        """The planned routine's title for the first entry; None hides it (no plan)."""
        self.start_action.setVisible(title is not None)
        if title is not None:
            self.start_action.setText(self.tr("&Start {title}").format(title=quoted(title)))

    def show(self) -> None:
        self.icon.show()

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:  # a plain click on the icon
            self.showWindow.emit()

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
