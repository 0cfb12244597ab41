"""What the machine itself must provide, checked at start-up (no Qt, nothing slow).

Today that is one thing: on Linux, pyttsx3 speaks through espeak-ng, which it loads with
ctypes from the system package ``libespeak-ng1``. Neither a wheel nor the PyInstaller
bundle ships it. Without it the app still works: the speaker falls back to captions
(see docs/speech.md); this check only says so up front, in words, with the fix.
"""

from __future__ import annotations

import _ctypes
import ctypes
import sys
from collections.abc import Callable

# The names pyttsx3 2.99 tries on Linux, in its order (pyttsx3/drivers/_espeak.py).
ESPEAK_LIBRARIES = ("libespeak-ng.so.1", "/usr/local/lib/libespeak-ng.so.1", "libespeak.so.1")

ESPEAK_PACKAGE_HINT = (
    "Speech needs the system package libespeak-ng1 (Debian/Ubuntu: sudo apt install "
    "libespeak-ng1; Fedora: espeak-ng; Arch: espeak-ng)."
)
NO_ESPEAK_LIBRARY = f"{ESPEAK_PACKAGE_HINT} BackCoach will show captions instead of speaking."


def unload(library: object) -> None:
    """Lets a library loaded only to check it go again: the speech worker process uses
    espeak-ng, not the app's, and kept mapped with its dependencies it cost the app 0.6 MiB
    of resident memory (measured)."""
    handle = getattr(library, "_handle", None)
    dlclose = getattr(_ctypes, "dlclose", None)  # POSIX only
    if isinstance(handle, int) and dlclose is not None:
        dlclose(handle)


def can_load(name: str, load: Callable[[str], object] = ctypes.CDLL) -> bool:
    """Whether the dynamic library ``name`` loads, exactly as pyttsx3 will load it."""
    try:
        library = load(name)
    except Exception:  # OSError as a rule; never worth crashing the app over
        return False
    unload(library)
    return True


def speech_library_problem(
    platform: str | None = None, finder: Callable[[str], bool] = can_load
) -> str | None:
    """None when the speech engine's system library is there, else the message for the app
    (NO_ESPEAK_LIBRARY; a command that cannot fall back to captions says ESPEAK_PACKAGE_HINT).

    ``finder(name)`` says whether one library loads (injected by tests). Only Linux is
    checked: there is no system package to name elsewhere, and pyttsx3's default drivers
    on Windows and macOS are the system's own voices (SAPI5, NSSpeechSynthesizer).
    Loading is the exact test (a missing dependency fails too) and takes about 3 ms here:
    libespeak-ng brings libpulse and libsndfile along, and the app's playback maps
    libpulse into the process anyway.
    """
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    if any(finder(name) for name in ESPEAK_LIBRARIES):
        return None
    return NO_ESPEAK_LIBRARY
