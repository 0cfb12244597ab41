"""Keeps PySide6's import hook from holding the source of every module imported after it.

PySide6 (6.4 to at least 6.11) wraps ``__import__`` and, for each module loaded after it,
decides whether the module uses ``__feature__`` with ``inspect.getsource(module)``: that
reads the whole file into ``linecache``, which keeps it for good (for this app about 1.5 MB
of source, 4.4 MiB of resident memory, measured). The same test, without the cache.
No Qt import here: it only replaces a function of an already loaded PySide6 module.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    """What PySide's own test asks, "does the source mention PySide6", read and dropped."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        return "PySide6" in Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def spare_linecache() -> bool:
    """Call right after PySide6 is first imported, before the app's own Qt modules. True if
    the hook was replaced; False (nothing done) when PySide6 is not loaded or its hook is
    not the one this works around, as in a PySide6 that fixed it."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
