"""Writes a file atomically, and only where it was meant to go: the place is never read from
the file, a symbolic link is never written through, and nothing is left half written."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from backcoach.content.toml_writing import sync_folder

# A programme and the exercises in it are health data: only the user reads them.
FILE_MODE = 0o600
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]{0,120}\.toml$")


class UnsafeTargetError(OSError):
    """The file would land outside its folder, or on a symbolic link."""


def file_name_for(item_id: str, number: int = 1) -> str:
    """``<id>.toml``, or ``<id>-<number>.toml`` when that name is taken; the id must be a
    valid id, so the name holds no separator, no "..", and is not hidden."""
    name = f"{item_id}.toml" if number == 1 else f"{item_id}-{number}.toml"
    if not _SAFE_NAME.match(name) or ".." in name:
        raise UnsafeTargetError(f"{item_id!r} cannot be a file name")
    return name


def inside(folder: Path, file_name: str) -> Path:
    """``folder/file_name`` with the folder resolved; raises UnsafeTargetError when the
    result would not lie directly in that folder or is a symbolic link."""
    if not _plain_name(file_name):
        raise UnsafeTargetError(f"{file_name!r} is not a plain file name")
    real = folder.resolve()
    target = real / file_name
    if target.parent != real:
        raise UnsafeTargetError(f"{target} is not inside {real}")
    if target.is_symlink():
        raise UnsafeTargetError(f"{target} is a symbolic link; it is not written through")
    return target


def _plain_name(name: str) -> bool:
    """A name of a .toml file in a folder, never a path: a user's own files may have any
    such name (their own spelling), ours are made by file_name_for."""
    return (
        name.endswith(".toml")
        and not name.startswith(".")
        and "\0" not in name
        and "/" not in name
        and "\\" not in name
        and Path(name).name == name
    )


def write_atomically(target: Path, payload: bytes, *, replace: bool) -> Path:
    """Writes ``payload`` to a hidden temporary file beside ``target``, flushed to disk,
    then moves it into place. Without ``replace`` an existing entry is never overwritten
    (FileExistsError): a hard link makes "only if absent" one step. A symbolic link at the
    target is replaced as an entry, never followed."""
    folder = target.parent
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(payload)
            file.flush()
            if hasattr(os, "fchmod"):  # not on Windows, where modes mean little
                os.fchmod(file.fileno(), FILE_MODE)
            os.fsync(file.fileno())
        if replace:
            Path(temporary).replace(target)
        else:
            _link_if_absent(Path(temporary), target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    sync_folder(folder)
    return target


def _link_if_absent(temporary: Path, target: Path) -> None:
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except (OSError, NotImplementedError):  # no hard links here: check, then rename
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        temporary.replace(target)
        return
    temporary.unlink()
