"""The session as the desktop's media player: MPRIS commands become the player's own
actions (a disabled one does nothing, as its key would not), and the session's state is
what the desktop shows. The D-Bus side is ``mpris.MprisPlayer``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    # The rest where used: the app imports this module before its window is shown, and
    # the D-Bus side (QtDBus, 17 ms to load) is only built once the window is on screen.
    from backcoach.ui.desktop.mpris import NowPlaying
    from backcoach.ui.player.keys import PlayerKeys


def raise_window(window: QWidget) -> None:
    """Brings a window up, as the desktop's "show the player" asks (a Wayland compositor
    may only flash it in the task bar: focus-stealing prevention)."""
    if window.isMinimized():
        # Un-minimised only: a window full screen for the floor view stays full screen.
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class SessionMedia(QObject):
    """The session, published: its commands are the player's actions (so a media key from
    the desktop does what the same key does in the window), its state the session's."""

    def __init__(
        self,
        keys: PlayerKeys,
        raise_player: Callable[[], None],
        address: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        from backcoach.ui.desktop.mpris import MprisPlayer  # noqa: PLC0415

        super().__init__(parent)
        self.keys = keys
        self._raise = raise_player
        self.player = MprisPlayer(self, address, self)
        # Bound methods: Qt drops the connections should this object go first.
        keys.control.stageChanged.connect(self._follow)
        keys.control.displayChanged.connect(self._follow)
        keys.settings.changed.connect(self._follow)
        self.refresh()

    def now_playing(self) -> NowPlaying:
        from backcoach.ui.desktop.mpris import NowPlaying, PlaybackStatus  # noqa: PLC0415
        from backcoach.ui.session.control import Stage  # noqa: PLC0415

        control = self.keys.control
        volume = self.keys.settings.settings.volume
        timeline = control.timeline
        if timeline is None or control.stage in (Stage.IDLE, Stage.ENDED):
            return NowPlaying(volume=volume)
        machine = control.machine
        # While getting ready, the first exercise; in a transition, the one coming.
        track = machine.step.item if machine is not None else 0
        inside = 0 <= track < len(timeline.items)
        return NowPlaying(
            status=PlaybackStatus.PAUSED if control.paused else PlaybackStatus.PLAYING,
            title=timeline.items[track].exercise.name if inside else timeline.routine.title,
            album=timeline.routine.title,
            track=track if inside else -1,
            volume=volume,
        )

    def refresh(self) -> None:
        self.player.update(self.now_playing())

    def _follow(self, _news: object) -> None:
        self.refresh()

    def close(self) -> None:
        """Off the bus now (it also goes off by itself when the session ends)."""
        self.player.close()

    # -- MediaCommands ------------------------------------------------------------------

    def play_pause(self) -> None:
        self.keys.pause.trigger()

    def play(self) -> None:
        self.keys.play_key.trigger()

    def pause(self) -> None:
        self.keys.pause_key.trigger()

    def next(self) -> None:
        self.keys.skip.trigger()

    def previous(self) -> None:
        self.keys.back.trigger()

    def stop(self) -> None:
        self.keys.stop.trigger()

    def raise_window(self) -> None:
        self._raise()

    def set_volume(self, volume: float) -> None:
        settings = self.keys.settings
        if settings.settings.volume != volume:
            settings.update(replace(settings.settings, volume=volume))
