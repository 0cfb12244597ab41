"""Small per-user files written whole and privately: atomic, mode 0600, folder synced."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


def write_private_text(path: Path, text: str) -> None:
    """A crash or a full disk leaves the old file or the new one, never half of one.
    mkstemp creates the file 0600: health data is never readable by others, not even for
    a moment."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Makes a rename durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def move_aside(path: Path) -> Path:
    """Renames a bad ``path`` to ``NAME.bad`` (replacing an older one, file or folder)."""
    bad = path.with_name(path.name + ".bad")
    try:
        path.replace(bad)
    except OSError:
        if bad.is_dir() and not bad.is_symlink():
            shutil.rmtree(bad)
        elif bad.exists() or bad.is_symlink():
            bad.unlink()
        else:
            raise
        path.replace(bad)
    return bad
