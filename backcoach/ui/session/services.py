"""What the main window needs to run sessions, built by the composition root (or a test)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from backcoach.speech.speaker import Speaker
from backcoach.ui.desktop.screensaver import ScreenKeeper
from backcoach.ui.player.settings import SettingsKeeper


@dataclass
class SessionServices:
    speaker: Speaker
    settings: SettingsKeeper
    screen: ScreenKeeper
    clock: Callable[[], float] = time.monotonic  # the session's clock; tests pass a fake one
    full_screen: bool = True  # the floor view fills the screen (tests use a plain window)
    language: str = "en"  # of the content and the spoken cues, as loaded at start
