"""The session as an MPRIS media player on the D-Bus session bus, so media keys work from
anywhere: GNOME (gsd-media-keys) and KDE grab Play/Pause, Next and Previous for the whole
desktop and hand them to an MPRIS player, never to the focused window.

Two parts. ``MprisPlayer`` speaks D-Bus: the org.mpris.MediaPlayer2 and
org.mpris.MediaPlayer2.Player interfaces, at /org/mpris/MediaPlayer2 on a private
connection, fed a ``NowPlaying`` snapshot and calling a small ``MediaCommands`` object back.
It owns the bus name only while something is loaded, so the desktop shows (and sends keys
to) BackCoach only during a session. ``session_media.SessionMedia`` ties it to the app.

Qt exports the adaptors' slots and properties by itself (Get, GetAll and Set of
org.freedesktop.DBus.Properties included); PropertiesChanged is sent by hand, because Qt
never sends it for adaptor properties.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, TypeVar, cast

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from backcoach import APP_ID

SERVICE = "org.mpris.MediaPlayer2.backcoach"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
IDENTITY = "BackCoach"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"  # the spec's "no track" id
TRACK_PREFIX = "/io/github/backcoach/BackCoach/exercise"  # + "/<index in the routine>"

log = logging.getLogger(__name__)
_names = itertools.count(1)
_Adaptor = TypeVar("_Adaptor", bound=type)


def _dbus_interface(name: str) -> Callable[[_Adaptor], _Adaptor]:
    """Q_CLASSINFO("D-Bus Interface", name), as PySide documents it (its stubs disagree)."""
    class_info: Any = ClassInfo
    return cast("Callable[[_Adaptor], _Adaptor]", class_info({"D-Bus Interface": name}))


def _qt(type_name: str) -> type:
    """A property type by its Qt name, where the Python type would map to the wrong D-Bus
    type: QStringList is "as" (a list would be "av"), qlonglong "x" (an int would be "i")."""
    return cast(type, type_name)


class PlaybackStatus(StrEnum):
    PLAYING = "Playing"
    PAUSED = "Paused"
    STOPPED = "Stopped"


@dataclass(frozen=True)
class NowPlaying:
    """What the desktop is told: Stopped means nothing is loaded (and nothing published)."""

    status: PlaybackStatus = PlaybackStatus.STOPPED
    title: str = ""  # the exercise
    album: str = ""  # the routine
    track: int = -1  # the exercise's index in the routine; -1: none
    volume: float = 1.0  # 0..1

    @property
    def loaded(self) -> bool:
        return self.status is not PlaybackStatus.STOPPED

    def metadata(self) -> dict[str, Any]:
        track = f"{TRACK_PREFIX}/{self.track}" if self.loaded and self.track >= 0 else NO_TRACK
        data: dict[str, Any] = {"mpris:trackid": QDBusObjectPath(track)}
        if self.loaded:
            # The routine as the "artist" too: GNOME's media widget shows title and artist.
            data |= {
                "xesam:title": self.title,
                "xesam:album": self.album,
                "xesam:artist": [self.album],
            }
        return data


class MediaCommands(Protocol):
    """What a desktop's media controls may ask of the app."""

    def play_pause(self) -> None: ...
    def play(self) -> None: ...
    def pause(self) -> None: ...
    def next(self) -> None: ...
    def previous(self) -> None: ...
    def stop(self) -> None: ...
    def raise_window(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


# -- the two D-Bus interfaces (method and property names are the spec's) ------------------


@_dbus_interface(ROOT_INTERFACE)
class _RootAdaptor(QDBusAbstractAdaptor):
    def __init__(self, player: MprisPlayer) -> None:
        super().__init__(player)
        self._player = player

    @Slot()
    def Raise(self) -> None:
        self._player.commands.raise_window()

    @Slot()
    def Quit(self) -> None:
        """CanQuit is false: the user quits from the window (which may ask first)."""

    def _false(self) -> bool:
        return False

    def _true(self) -> bool:
        return True

    def _identity(self) -> str:
        return IDENTITY

    def _desktop_entry(self) -> str:
        return APP_ID

    def _none(self) -> list[str]:
        return []

    CanQuit = Property(bool, _false)
    CanRaise = Property(bool, _true)
    HasTrackList = Property(bool, _false)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    SupportedUriSchemes = Property(_qt("QStringList"), _none)
    SupportedMimeTypes = Property(_qt("QStringList"), _none)


@_dbus_interface(PLAYER_INTERFACE)
class _PlayerAdaptor(QDBusAbstractAdaptor):
    def __init__(self, player: MprisPlayer) -> None:
        super().__init__(player)
        self._player = player

    @Slot()
    def PlayPause(self) -> None:
        self._player.commands.play_pause()

    @Slot()
    def Play(self) -> None:
        self._player.commands.play()

    @Slot()
    def Pause(self) -> None:
        self._player.commands.pause()

    @Slot()
    def Next(self) -> None:
        self._player.commands.next()

    @Slot()
    def Previous(self) -> None:
        self._player.commands.previous()

    @Slot()
    def Stop(self) -> None:
        self._player.commands.stop()

    # CanSeek is false: the spec asks for these to be there and to do nothing.
    @Slot("qlonglong")
    def Seek(self, _offset: int) -> None:
        pass

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, _track: QDBusObjectPath, _position: int) -> None:
        pass

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        pass

    def _status(self) -> str:
        return self._player.state.status.value

    def _metadata(self) -> dict[str, Any]:
        return self._player.state.metadata()

    def _loaded(self) -> bool:
        return self._player.state.loaded

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _one(self) -> float:
        return 1.0

    def _position(self) -> int:
        return 0

    def _volume(self) -> float:
        return self._player.state.volume

    def _set_volume(self, volume: float) -> None:
        self._player.commands.set_volume(min(1.0, max(0.0, volume)))

    PlaybackStatus = Property(str, _status)
    Metadata = Property(_qt("QVariantMap"), _metadata)
    CanPlay = Property(bool, _loaded)
    CanPause = Property(bool, _loaded)
    CanGoNext = Property(bool, _loaded)
    CanGoPrevious = Property(bool, _loaded)
    # Not expected to change (the spec); the name is only on the bus while loaded anyway.
    CanControl = Property(bool, _true)
    CanSeek = Property(bool, _false)
    Rate = Property(float, _one)
    MinimumRate = Property(float, _one)
    MaximumRate = Property(float, _one)
    Position = Property(_qt("qlonglong"), _position)
    Volume = Property(float, _volume, _set_volume)


def _changed_properties(old: NowPlaying, new: NowPlaying) -> dict[str, Any]:
    """The Player properties whose value differs between two snapshots, with new values."""
    changed: dict[str, Any] = {}
    if old.status is not new.status:
        changed["PlaybackStatus"] = new.status.value
    if old.loaded != new.loaded:
        for name in ("CanPlay", "CanPause", "CanGoNext", "CanGoPrevious"):
            changed[name] = new.loaded
    if (old.loaded, old.title, old.album, old.track) != (
        new.loaded,
        new.title,
        new.album,
        new.track,
    ):
        changed["Metadata"] = new.metadata()
    if old.volume != new.volume:
        changed["Volume"] = new.volume
    return changed


def _no_strings() -> QDBusArgument:
    """An empty D-Bus "as": a plain Python list goes out as "av", which clients reject."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType(QMetaType.Type.QString))
    argument.endArray()
    return argument


class MprisPlayer(QObject):
    """org.mpris.MediaPlayer2[.backcoach] while something is loaded; silent without a bus.

    ``address`` is a bus address for tests; None means the user's session bus. The
    connection is private (as the screen keeper's) and open only while something is
    loaded: the name and the object go with it, so a window that goes away (or an app
    that dies) leaves nothing on the bus. No bus, or no name to be had, is said once in
    the log and not tried again.
    """

    def __init__(
        self, commands: MediaCommands, address: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.commands = commands
        self.state = NowPlaying()
        self.service: str | None = None  # the bus name, while published
        self._address = address
        self._connection_name = f"backcoach-mpris-{next(_names)}"
        self._root = _RootAdaptor(self)
        self._player = _PlayerAdaptor(self)
        self._bus: QDBusConnection | None = None
        self._gave_up = False

    @property
    def available(self) -> bool:
        """On the bus: connected, object registered and name owned."""
        return self.service is not None

    def update(self, state: NowPlaying) -> None:
        """Tells the desktop what changed; takes the bus name on loading, gives it back
        when nothing is loaded any more."""
        if state == self.state:
            return
        old, self.state = self.state, state
        if self.service is None:
            if state.loaded:
                self._publish()  # a new player: the desktop reads all of it by itself
            return
        changed = _changed_properties(old, state)
        if changed:
            self._properties_changed(changed)
        if not state.loaded:
            self._unpublish()

    def close(self) -> None:
        """Off the bus at once, whatever is loaded (the next update may publish again)."""
        self._unpublish()

    # -- plumbing -----------------------------------------------------------------------

    def _publish(self) -> None:
        bus = self._connect()
        if bus is None:
            return
        # A second BackCoach (or a stale one) may hold the plain name: the spec's way out.
        for name in (SERVICE, f"{SERVICE}.instance{os.getpid()}"):
            if bus.registerService(name):
                self._bus, self.service = bus, name
                return
        self._give_up(f"could not own {SERVICE} ({bus.lastError().message()})")
        bus.unregisterObject(OBJECT_PATH)
        QDBusConnection.disconnectFromBus(self._connection_name)

    def _connect(self) -> QDBusConnection | None:
        if self._gave_up:
            return None
        if self._address is None:
            bus = QDBusConnection.connectToBus(
                QDBusConnection.BusType.SessionBus, self._connection_name
            )
        else:
            bus = QDBusConnection.connectToBus(self._address, self._connection_name)
        if not bus.isConnected():
            self._give_up(f"no D-Bus session bus ({bus.lastError().message() or 'none'})")
        elif not bus.registerObject(
            OBJECT_PATH, self, QDBusConnection.RegisterOption.ExportAdaptors
        ):
            self._give_up(f"{OBJECT_PATH} is taken on the D-Bus session bus")
        else:
            return bus
        QDBusConnection.disconnectFromBus(self._connection_name)
        return None

    def _unpublish(self) -> None:
        if self._bus is not None:
            if self.service is not None:
                self._bus.unregisterService(self.service)
            self._bus.unregisterObject(OBJECT_PATH)
            QDBusConnection.disconnectFromBus(self._connection_name)
        self._bus, self.service = None, None

    def _properties_changed(self, changed: dict[str, Any]) -> None:
        assert self._bus is not None
        message = QDBusMessage.createSignal(OBJECT_PATH, PROPERTIES_INTERFACE, "PropertiesChanged")
        message.setArguments([PLAYER_INTERFACE, changed, _no_strings()])
        self._bus.send(message)

    def _give_up(self, why: str) -> None:
        self._gave_up = True
        log.warning("backcoach: media keys work only in the window: %s", why)
