"""What a player tells the live speaker, as Qt signals: the one contract of both players."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PlayerSignals(QObject):
    """Emitted on the audio thread; receivers on the GUI thread get them queued."""

    opened = Signal()  # the sound output is ready: a session may start
    started = Signal(int, float)  # token, when its first sample is heard
    ended = Signal(int, float, bool)  # token, when it went quiet, whether it played to the end
    dropped = Signal(int)  # token: not played (a more important one played, or too late)
    failed = Signal(str)  # why there is no sound output (the speaker falls back to captions)
