"""Window geometry and splitter positions, kept in one small JSON file between runs."""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray

STATE_VERSION = 1


def read_window_state(path: Path) -> dict[str, QByteArray]:
    """The saved blobs by name; {} when the file is missing, unreadable or corrupt.

    Losing the state only resets the window's size, so a bad file is never an error.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return {}
    blobs = data.get("blobs")
    if not isinstance(blobs, dict):
        return {}
    state = {}
    for name, text in blobs.items():
        if not isinstance(text, str):
            continue
        try:
            state[name] = QByteArray(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError):
            continue
    return state


def write_window_state(path: Path, state: dict[str, QByteArray]) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half a new one."""
    blobs = {name: base64.b64encode(blob.data()).decode("ascii") for name, blob in state.items()}
    payload = json.dumps({"version": STATE_VERSION, "blobs": blobs}, indent=2)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as temp:
            temp.write(payload)
            temp.flush()
            os.fsync(temp.fileno())
        Path(temp_name).replace(path)  # atomic on POSIX and Windows
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
