"""Keeping the screen awake through D-Bus, against a private bus with a stand-in desktop."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcoach.ui.desktop.screensaver import DBusScreenKeeper

# A desktop's org.freedesktop.ScreenSaver, as small as it gets: it prints each call.
SERVICE = """
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class Saver(QDBusAbstractAdaptor):
    @Slot(str, str, result="uint")
    def Inhibit(self, app, reason):
        print("Inhibit", app, reason, flush=True)
        return 7

    @Slot("uint")
    def UnInhibit(self, cookie):
        print("UnInhibit", cookie, flush=True)

app = QCoreApplication(sys.argv)
holder = QObject()
saver = Saver(holder)
bus = QDBusConnection.connectToBus(sys.argv[1], "service")
assert bus.registerObject("/org/freedesktop/ScreenSaver", holder)
assert bus.registerService("org.freedesktop.ScreenSaver")
print("ready", flush=True)
app.exec()
"""


@pytest.fixture
def desktop(qtbot: QtBot, bus: str, tmp_path: Path) -> Iterator[Path]:
    """The stand-in screen saver on ``bus``; its calls are logged to the returned file."""
    script, log = tmp_path / "saver.py", tmp_path / "saver.log"
    script.write_text(SERVICE, encoding="utf-8")
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [sys.executable, str(script), bus],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={"QT_QPA_PLATFORM": "offscreen"},
        )
        try:
            qtbot.waitUntil(lambda: "ready" in log.read_text(encoding="utf-8"), timeout=20_000)
            yield log
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_inhibit_and_uninhibit_with_the_cookie(qtbot: QtBot, bus: str, desktop: Path) -> None:
    keeper = DBusScreenKeeper(address=bus)
    reports: list[tuple[bool, str]] = []
    keeper.keep_awake("A guided exercise session", lambda ok, text: reports.append((ok, text)))
    qtbot.waitUntil(lambda: bool(reports))
    assert reports == [(True, "The screen stays on during the session.")]
    assert keeper.holding
    keeper.keep_awake("again", lambda ok, text: reports.append((ok, text)))  # held: no call
    keeper.allow_sleep()
    assert not keeper.holding
    keeper.close()
    qtbot.waitUntil(lambda: "UnInhibit 7" in desktop.read_text(encoding="utf-8"))
    assert desktop.read_text(encoding="utf-8").splitlines()[1:] == [
        "Inhibit backcoach A guided exercise session",
        "UnInhibit 7",
    ]
    assert len(reports) == 1


def test_a_session_that_ends_before_the_answer_still_lets_go(
    qtbot: QtBot, bus: str, desktop: Path
) -> None:
    keeper = DBusScreenKeeper(address=bus)
    keeper.keep_awake("A guided exercise session", lambda _ok, _text: None)
    keeper.allow_sleep()  # before the desktop answered
    qtbot.waitUntil(lambda: "UnInhibit 7" in desktop.read_text(encoding="utf-8"))
    assert not keeper.holding
    keeper.close()


def test_no_screen_saver_on_the_bus_is_reported(qtbot: QtBot, bus: str) -> None:
    keeper = DBusScreenKeeper(address=bus)
    reports: list[tuple[bool, str]] = []
    keeper.keep_awake("A guided exercise session", lambda ok, text: reports.append((ok, text)))
    qtbot.waitUntil(lambda: bool(reports))
    [(held, text)] = reports
    assert not held and text.startswith("The screen may blank during the session: ")
    assert "org.freedesktop.ScreenSaver" in text
    keeper.close()


def test_no_bus_at_all_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    keeper = DBusScreenKeeper(address=f"unix:path={tmp_path / 'nothing-here'}")
    reports: list[tuple[bool, str]] = []
    keeper.keep_awake("A guided exercise session", lambda ok, text: reports.append((ok, text)))
    [(held, text)] = reports
    assert not held and "no D-Bus session bus" in text
    keeper.close()
