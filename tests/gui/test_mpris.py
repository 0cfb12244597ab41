"""The session as an MPRIS player, against a private session bus and the desktop's own
command-line client (dbus-send), as gsd-media-keys or Plasma would drive it."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SLOT, QObject, QProcess, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backcoach import APP_ID
from backcoach.session.plan import StepKind
from backcoach.ui.desktop.mpris import (
    NO_TRACK,
    OBJECT_PATH,
    PLAYER_INTERFACE,
    ROOT_INTERFACE,
    SERVICE,
    MprisPlayer,
    NowPlaying,
    PlaybackStatus,
    _changed_properties,
)
from backcoach.ui.session.control import Stage
from backcoach.ui.session.media import SessionMedia
from backcoach.ui.session.messages import StopSessionQuestion

PROPERTIES = "org.freedesktop.DBus.Properties"
LOADED = NowPlaying(PlaybackStatus.PLAYING, "Lift", "Tiny routine", 0)


@pytest.fixture(autouse=True)
def needs_dbus_send() -> None:
    """The tests' D-Bus client (the bus itself is conftest's ``bus``)."""
    if shutil.which("dbus-send") is None:
        pytest.skip("dbus-send is not installed (Debian: apt-get install dbus-bin)")


# -- a client: dbus-send, read back -----------------------------------------------------

_TOKEN = re.compile(
    r'string "(?P<string>[^"]*)"|object path "(?P<path>[^"]*)"'
    r"|boolean (?P<bool>true|false)|(?:double|u?int\d+|byte) (?P<num>\S+)"
    r"|(?P<variant>variant)|(?P<array>array \[)|(?P<entry>dict entry\()"
    r"|(?P<close>[\])])"
)


_SCALARS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "path": lambda text: ("path", text),
    "bool": lambda text: text == "true",
    "num": lambda text: float(text) if "." in text or "e" in text else int(text),
}


def parse_reply(text: str) -> list[Any]:
    """dbus-send --print-reply's values (after its header line) as Python ones; an array of
    dict entries is a dict, an object path a ("path", ...) pair, "double 1" the int 1."""
    tokens = list(_TOKEN.finditer(text.split("\n", 1)[1]))
    position = 0

    def value() -> Any:
        nonlocal position
        token = tokens[position]
        position += 1
        kind = token.lastgroup
        assert kind is not None
        if kind in _SCALARS:
            return _SCALARS[kind](token[kind])
        if kind == "variant":
            return value()
        if kind == "entry":
            key, item = value(), value()
            position += 1  # its ")"
            return ("entry", key, item)
        assert kind == "array", token[0]
        items = []
        while tokens[position].lastgroup != "close":
            items.append(value())
        position += 1
        if items and all(isinstance(i, tuple) and i[0] == "entry" for i in items):
            return {key: item for _entry, key, item in items}
        return items

    values = []
    while position < len(tokens):
        values.append(value())
    return values


class Client:
    """A desktop's side of the bus. Every call goes through a child process while this
    one's event loop runs on: the player answering lives in this very process."""

    def __init__(self, qtbot: QtBot, address: str) -> None:
        self.qtbot = qtbot
        self.address = address
        self.service = SERVICE

    def run(self, program: str, *arguments: str) -> str:
        process = QProcess()
        process.start(program, list(arguments))
        assert process.waitForStarted(5000)
        self.qtbot.waitUntil(
            lambda: process.state() is QProcess.ProcessState.NotRunning, timeout=15_000
        )
        output = bytes(process.readAllStandardOutput().data()).decode()
        error = bytes(process.readAllStandardError().data()).decode()
        assert process.exitCode() == 0, error
        return output

    def send(self, destination: str, path: str, method: str, *arguments: str) -> list[Any]:
        return parse_reply(
            self.run(
                "dbus-send",
                f"--bus={self.address}",
                "--print-reply",
                f"--dest={destination}",
                path,
                method,
                *arguments,
            )
        )

    def call(self, interface: str, method: str, *arguments: str) -> None:
        self.send(self.service, OBJECT_PATH, f"{interface}.{method}", *arguments)

    def get(self, prop: str, interface: str = PLAYER_INTERFACE) -> Any:
        [value] = self.send(
            self.service, OBJECT_PATH, f"{PROPERTIES}.Get", f"string:{interface}", f"string:{prop}"
        )
        return value

    def get_all(self, interface: str) -> dict[str, Any]:
        [values] = self.send(
            self.service, OBJECT_PATH, f"{PROPERTIES}.GetAll", f"string:{interface}"
        )
        return values  # type: ignore[no-any-return]

    def owned(self, name: str) -> bool:
        [owned] = self.send(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        )
        return owned  # type: ignore[no-any-return]


@pytest.fixture
def client(qtbot: QtBot, bus: str) -> Client:
    return Client(qtbot, bus)


class FakeCommands:
    """Records what the desktop asked, in order."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.volume: float | None = None

    def play_pause(self) -> None:
        self.calls.append("play_pause")

    def play(self) -> None:
        self.calls.append("play")

    def pause(self) -> None:
        self.calls.append("pause")

    def next(self) -> None:
        self.calls.append("next")

    def previous(self) -> None:
        self.calls.append("previous")

    def stop(self) -> None:
        self.calls.append("stop")

    def raise_window(self) -> None:
        self.calls.append("raise")

    def set_volume(self, volume: float) -> None:
        self.volume = volume


@pytest.fixture
def commands() -> FakeCommands:
    return FakeCommands()


@pytest.fixture
def player(bus: str, commands: FakeCommands) -> Iterator[MprisPlayer]:
    player = MprisPlayer(commands, bus)
    yield player
    player.close()


# -- on the bus -----------------------------------------------------------------------


def test_on_the_bus_only_while_something_is_loaded(player: MprisPlayer, client: Client) -> None:
    assert (player.service, player.available) == (None, False)  # not even connected yet
    assert not client.owned(SERVICE)
    player.update(LOADED)
    assert (player.service, player.available) == (SERVICE, True)
    assert client.get("Identity", ROOT_INTERFACE) == "BackCoach"
    assert client.owned(SERVICE)
    player.update(NowPlaying())
    assert (player.service, player.available) == (None, False)
    assert not client.owned(SERVICE)
    player.update(LOADED)  # the next session
    assert client.owned(SERVICE)
    player.close()
    assert not client.owned(SERVICE)


def test_media_commands_reach_the_app(
    player: MprisPlayer, client: Client, commands: FakeCommands
) -> None:
    player.update(LOADED)
    for method in ("PlayPause", "Next", "Previous", "Play", "Pause", "Stop"):
        client.call(PLAYER_INTERFACE, method)
    client.call(ROOT_INTERFACE, "Raise")
    client.call(ROOT_INTERFACE, "Quit")  # CanQuit is false: nothing
    client.call(PLAYER_INTERFACE, "Seek", "int64:5000000")  # CanSeek is false: nothing
    assert commands.calls == ["play_pause", "next", "previous", "play", "pause", "stop", "raise"]


def test_properties_say_what_is_playing(player: MprisPlayer, client: Client) -> None:
    player.update(LOADED)
    assert client.get("PlaybackStatus") == "Playing"
    assert client.get("Metadata") == {
        "mpris:trackid": ("path", "/io/github/backcoach/BackCoach/exercise/0"),
        "xesam:title": "Lift",
        "xesam:album": "Tiny routine",
        "xesam:artist": ["Tiny routine"],
    }
    player.update(NowPlaying(PlaybackStatus.PAUSED, "Reach", "Tiny routine", 1))
    assert client.get("PlaybackStatus") == "Paused"
    assert client.get("Metadata")["xesam:title"] == "Reach"
    assert client.get_all(PLAYER_INTERFACE) | {"Metadata": None} == {
        "PlaybackStatus": "Paused",
        "Metadata": None,
        "CanPlay": True,
        "CanPause": True,
        "CanGoNext": True,
        "CanGoPrevious": True,
        "CanControl": True,
        "CanSeek": False,
        "Rate": 1.0,
        "MinimumRate": 1.0,
        "MaximumRate": 1.0,
        "Position": 0,
        "Volume": 1.0,
    }
    assert client.get_all(ROOT_INTERFACE) == {
        "CanQuit": False,
        "CanRaise": True,
        "HasTrackList": False,
        "Identity": "BackCoach",
        "DesktopEntry": APP_ID,
        "SupportedUriSchemes": [],
        "SupportedMimeTypes": [],
    }


def test_volume_can_be_set(player: MprisPlayer, client: Client, commands: FakeCommands) -> None:
    player.update(LOADED)
    client.call(
        PROPERTIES, "Set", f"string:{PLAYER_INTERFACE}", "string:Volume", "variant:double:0.5"
    )
    assert commands.volume == 0.5
    client.call(
        PROPERTIES, "Set", f"string:{PLAYER_INTERFACE}", "string:Volume", "variant:double:3"
    )
    assert commands.volume == 1.0  # kept within 0..1


class Signals(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    @Slot(QDBusMessage)
    def changed(self, message: QDBusMessage) -> None:
        self.seen.append((message.signature(), message.arguments()[0]))


def test_changes_are_announced(player: MprisPlayer, bus: str, qtbot: QtBot) -> None:
    listener = QDBusConnection.connectToBus(bus, "test-mpris-listener")
    try:
        signals = Signals()
        # PySide6's stubs list no overload with a receiver and a slot signature, which
        # is the form that delivers the whole message; it works at run time.
        assert listener.connect(  # type: ignore[call-overload]
            "", OBJECT_PATH, PROPERTIES, "PropertiesChanged", signals, SLOT("changed(QDBusMessage)")
        )
        player.update(LOADED)  # newly on the bus: the desktop reads it all by itself
        player.update(LOADED)  # no change: nothing to say
        player.update(NowPlaying(PlaybackStatus.PAUSED, "Lift", "Tiny routine", 0))
        player.update(NowPlaying(PlaybackStatus.PAUSED, "Reach", "Tiny routine", 1))
        qtbot.waitUntil(lambda: len(signals.seen) >= 2)
        # "as" for the invalidated list: GLib-based desktops drop "av" (a plain Python list).
        assert signals.seen == [("sa{sv}as", PLAYER_INTERFACE)] * 2
    finally:
        QDBusConnection.disconnectFromBus("test-mpris-listener")


def test_what_changed() -> None:
    paused = NowPlaying(PlaybackStatus.PAUSED, "Lift", "Tiny routine", 0)
    assert _changed_properties(LOADED, paused) == {"PlaybackStatus": "Paused"}
    assert list(
        _changed_properties(paused, NowPlaying(PlaybackStatus.PAUSED, "Reach", "Tiny routine", 1))
    ) == ["Metadata"]
    loaded = _changed_properties(NowPlaying(), LOADED)
    assert loaded["CanPlay"] is loaded["CanGoNext"] is True
    assert set(loaded) == {
        "PlaybackStatus",
        "CanPlay",
        "CanPause",
        "CanGoNext",
        "CanGoPrevious",
        "Metadata",
    }
    assert NowPlaying().metadata()["mpris:trackid"].path() == NO_TRACK


def test_a_second_backcoach_gets_a_name_of_its_own(
    player: MprisPlayer, bus: str, client: Client
) -> None:
    other = QDBusConnection.connectToBus(bus, "test-mpris-other")
    try:
        assert other.registerService(SERVICE)
        player.update(LOADED)
        assert player.service == f"{SERVICE}.instance{os.getpid()}"
        client.service = player.service
        assert client.get("PlaybackStatus") == "Playing"
    finally:
        QDBusConnection.disconnectFromBus("test-mpris-other")


# -- without a bus --------------------------------------------------------------------


def test_without_a_bus_it_says_so_once_and_carries_on(
    commands: FakeCommands, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        player = MprisPlayer(commands, f"unix:path={tmp_path / 'no-bus'}")
        player.update(LOADED)
        player.update(NowPlaying())
        player.update(LOADED)  # the next session: not tried, nor said, again
        player.close()
        player.close()
    assert not player.available
    assert player.service is None
    [record] = caplog.records
    assert "media keys work only in the window: no D-Bus session bus" in record.getMessage()


def test_without_a_session_bus_the_app_starts_anyway(tmp_path: Path) -> None:
    """The user's session bus (not a test address), in a process of its own: libdbus reads
    the bus address once per process."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from backcoach.ui.desktop.mpris import MprisPlayer, NowPlaying, PlaybackStatus\n"
        "app = QCoreApplication([])\n"
        "player = MprisPlayer(object())\n"  # never called without a bus
        "player.update(NowPlaying(PlaybackStatus.PLAYING, 'Lift', 'Tiny', 0))\n"
        "player.close()\n"
        "print('ok', player.available)\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "DISPLAY"}
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus'}"
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "ok False\n"
    [line] = done.stderr.splitlines()
    assert line.startswith("backcoach: media keys work only in the window: no D-Bus")


# -- the session, published -----------------------------------------------------------


@pytest.fixture
def media(running: Any, bus: str) -> Iterator[SessionMedia]:
    raised: list[bool] = []
    media = SessionMedia(running.window.keys, lambda: raised.append(True), bus)
    media.raised = raised  # type: ignore[attr-defined]
    yield media
    media.close()


def test_the_session_answers_media_keys_from_the_desktop(
    running: Any, media: SessionMedia, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = running.window.session
    assert client.get("PlaybackStatus") == "Playing"
    metadata = client.get("Metadata")
    assert (metadata["xesam:title"], metadata["xesam:album"]) == ("Lift", "Tiny routine")

    client.call(PLAYER_INTERFACE, "PlayPause")
    assert session.stage is Stage.PAUSED
    assert client.get("PlaybackStatus") == "Paused"
    client.call(PLAYER_INTERFACE, "Play")
    assert session.stage is Stage.RUNNING

    machine = session.machine
    assert machine is not None
    client.call(PLAYER_INTERFACE, "Next")
    assert machine.step.index == 1
    client.call(PLAYER_INTERFACE, "Previous")
    assert machine.step.index == 0

    [transition] = [s for s in machine.timeline.steps if s.kind is StepKind.TRANSITION]
    running.walk_to(transition.index)  # the next exercise is named already
    assert machine.step.exercise_id == "reach"
    assert client.get("Metadata")["xesam:title"] == "Reach"

    client.call(ROOT_INTERFACE, "Raise")
    assert media.raised == [True]

    asked: list[tuple[Stage, str]] = []

    def ask(_parent: QWidget | None, reason: str) -> bool:
        asked.append((session.stage, reason))
        return True  # "Stop the session"

    monkeypatch.setattr(StopSessionQuestion, "ask", ask)
    client.call(PLAYER_INTERFACE, "Stop")
    assert asked == [(Stage.PAUSED, "The summary will show how much you did.")]  # as its key
    assert session.stage is Stage.ENDED
    assert not client.owned(SERVICE)  # the desktop's media controls let go of us


def test_published_from_the_get_ready_countdown(running: Any, bus: str, client: Client) -> None:
    window = running.window
    window.session.stop()
    media = SessionMedia(window.keys, lambda: None, bus)
    try:
        assert media.player.service is None
        assert window.start_routine_id("tiny")
        assert window.session.stage is Stage.GETTING_READY
        assert client.get("PlaybackStatus") == "Playing"
        assert client.get("Metadata")["xesam:title"] == "Lift"  # the first exercise
        client.call(PLAYER_INTERFACE, "Previous")  # nothing to go back to: as its key
        assert window.session.stage is Stage.GETTING_READY
        assert not window.session.paused
        client.call(PLAYER_INTERFACE, "PlayPause")
        assert window.session.paused
        assert client.get("PlaybackStatus") == "Paused"
        client.call(PLAYER_INTERFACE, "Play")
        client.call(PLAYER_INTERFACE, "Next")  # starts now, as the Right key would
        window.session.tick()
        assert window.session.stage is Stage.RUNNING
        assert client.get("PlaybackStatus") == "Playing"
    finally:
        media.close()


# The offscreen platform cannot raise a window; Qt says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_raise_brings_a_minimised_floor_view_back_full_screen(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMainWindow  # noqa: PLC0415

    from backcoach.ui.session.media import raise_window  # noqa: PLC0415

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showFullScreen()
    window.showMinimized()
    assert window.isMinimized()
    raise_window(window)
    assert not window.isMinimized() and window.isFullScreen()
