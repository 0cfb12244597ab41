"""Skip markers for tests that need the real speech engine."""

from __future__ import annotations

import ctypes

import pytest


def espeak_missing() -> bool:
    try:
        ctypes.CDLL("libespeak-ng.so.1")
    except OSError:
        return True
    return False


needs_espeak = pytest.mark.skipif(
    espeak_missing(), reason="libespeak-ng1 is not installed (apt install libespeak-ng1)"
)
