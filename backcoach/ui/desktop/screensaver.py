"""Keeps the screen from blanking or locking during a session, where the desktop allows it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, QObject, Qt

if TYPE_CHECKING:
    # Imported where used: loading QtDBus took 17 ms, which the window's first showing
    # need not wait for (the screen is only kept awake once a session starts).
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
CALL_TIMEOUT_MS = 2000
_names = itertools.count(1)

# (kept awake?, what to tell the user): called once for each keep_awake().
Report = Callable[[bool, str], None]


class ScreenKeeper(Protocol):
    def keep_awake(self, reason: str, report: Report) -> None:
        """Asks the desktop not to blank the screen; ``report`` hears whether it will."""

    def allow_sleep(self) -> None:
        """Gives the screen back to the desktop's own settings (harmless when not held)."""

    def close(self) -> None: ...


def cannot_keep_awake(why: str) -> str:
    return QCoreApplication.translate(
        "ScreenKeeper",
        "The screen may blank during the session: {why}. Turn off screen blanking "
        "in your desktop's settings, or touch a key now and then.",
    ).format(why=why)


class DBusScreenKeeper(QObject):
    """org.freedesktop.ScreenSaver Inhibit / UnInhibit on a private session-bus connection.

    The connection is ours alone, so if the app dies the desktop sees it close and drops
    the inhibition by itself. Inhibit is asynchronous (a slow desktop never stalls the
    player); UnInhibit goes through an introspected interface, because only that sends
    the cookie as the unsigned int the desktop expects (a Python int goes out as int32).
    """

    def __init__(
        self, app_name: str = "backcoach", address: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._address = address  # a bus address for tests; None: the user's session bus
        self._bus_name = f"backcoach-screen-{next(_names)}"
        self._bus: QDBusConnection | None = None
        self._cookie: int | None = None
        self._pending: QDBusPendingCallWatcher | None = None
        self._wanted = False  # whether the screen should be held once the reply comes

    @property
    def holding(self) -> bool:
        return self._cookie is not None

    def keep_awake(self, reason: str, report: Report) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher  # noqa: PLC0415

        self._wanted = True
        if self._cookie is not None or self._pending is not None:
            return
        bus = self._connect()
        if not bus.isConnected():
            why = QCoreApplication.translate("ScreenKeeper", "no D-Bus session bus")
            if bus.lastError().message():
                why += f" ({bus.lastError().message()})"
            report(False, cannot_keep_awake(why))
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        message.setArguments([self._app_name, reason])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._pending = watcher
        watcher.finished.connect(lambda done: self._on_reply(done, report))

    def allow_sleep(self) -> None:
        from PySide6.QtDBus import QDBusInterface  # noqa: PLC0415

        self._wanted = False
        if self._cookie is None:
            return  # a pending reply is released as soon as it comes
        cookie, self._cookie = self._cookie, None
        assert self._bus is not None
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus)
        interface.setTimeout(CALL_TIMEOUT_MS)
        if interface.isValid():
            QMetaObject.invokeMethod(
                interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
            )

    def close(self) -> None:
        self.allow_sleep()
        if self._bus is not None:
            from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415

            # Closing our own connection also ends any inhibition the desktop still holds.
            QDBusConnection.disconnectFromBus(self._bus_name)
            self._bus = None

    def _connect(self) -> QDBusConnection:
        from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415

        if self._bus is None:
            if self._address is None:
                self._bus = QDBusConnection.connectToBus(
                    QDBusConnection.BusType.SessionBus, self._bus_name
                )
            else:
                self._bus = QDBusConnection.connectToBus(self._address, self._bus_name)
        return self._bus

    def _on_reply(self, watcher: QDBusPendingCallWatcher, report: Report) -> None:
        self._pending = None
        watcher.deleteLater()
        if watcher.isError():
            report(False, cannot_keep_awake(watcher.error().message()))
            return
        arguments = watcher.reply().arguments()
        if not arguments or not isinstance(arguments[0], int):
            report(
                False,
                cannot_keep_awake(
                    QCoreApplication.translate(
                        "ScreenKeeper", "the desktop gave an unexpected answer"
                    )
                ),
            )
            return
        self._cookie = arguments[0]
        if not self._wanted:  # the session ended while we waited for the answer
            self.allow_sleep()
            return
        report(
            True,
            QCoreApplication.translate("ScreenKeeper", "The screen stays on during the session."),
        )


class NoScreenKeeper:
    """For platforms without the D-Bus service, and for tests: says so, holds nothing."""

    def __init__(self, why: str) -> None:
        self.why = why

    def keep_awake(self, reason: str, report: Report) -> None:
        report(False, cannot_keep_awake(self.why))

    def allow_sleep(self) -> None:
        pass

    def close(self) -> None:
        pass


class RecordingScreenKeeper:
    """For tests: keeps count of what it was asked, and answers as told (like RecordingSpeaker)."""

    def __init__(self, works: bool = True, why: str = "no D-Bus session bus") -> None:
        self.works = works
        self.why = why
        self.holding = False
        self.requests = 0
        self.releases = 0
        self.closed = False

    def keep_awake(self, reason: str, report: Report) -> None:
        self.requests += 1
        if not self.works:
            report(False, cannot_keep_awake(self.why))
        elif not self.holding:
            self.holding = True
            report(
                True,
                QCoreApplication.translate(
                    "ScreenKeeper", "The screen stays on during the session."
                ),
            )

    def allow_sleep(self) -> None:
        if self.holding:
            self.releases += 1
        self.holding = False

    def close(self) -> None:
        self.allow_sleep()
        self.closed = True
