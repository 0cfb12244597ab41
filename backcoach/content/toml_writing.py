"""What every content writer shares: TOML strings and numbers, safe names, atomic writes."""

from __future__ import annotations

import contextlib
import math
import os
import stat
import tempfile
from pathlib import Path

from backcoach.content.fields import ID_PATTERN

NEW_FILE_MODE = 0o644  # an ordinary document of the user's, like one made in an editor
# TOML basic strings: these have a short escape; every other control character and DEL
# needs \uXXXX (the spec forbids them raw).
_SHORT_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string, quotes included; raises ValueError for a lone surrogate."""
    out = []
    for char in text:
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        elif 0xD800 <= ord(char) <= 0xDFFF:
            raise ValueError("a lone surrogate cannot be written as UTF-8")
        else:
            out.append(char)  # the file is UTF-8: any other character is written as itself
    return '"' + "".join(out) + '"'


def toml_strings(texts: tuple[str, ...] | list[str]) -> str:
    """A TOML array of basic strings, one line."""
    return "[" + ", ".join(toml_string(text) for text in texts) + "]"


def toml_number(value: float) -> str:
    """Whole seconds as integers ("45"), as people write them; others as Python's repr,
    which is valid TOML and reads back as the same float."""
    if isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def is_safe_id(item_id: str) -> bool:
    """An id that makes a safe file name: no folder separator, no "..", nothing hidden."""
    return bool(ID_PATTERN.match(item_id))


def target_in(folder: Path, item_id: str, origin: str) -> Path:
    """Where an item is written: the file it was loaded from when that file lies directly
    in ``folder`` (so no second file with the same id appears), else ``folder/<id>.toml``.
    Only a name inside ``folder`` is ever used; the caller has checked ``item_id``."""
    file_name = f"{item_id}.toml"
    source = Path(origin) if origin not in ("", "built-in") else None
    if (
        source is not None
        and source.name.endswith(".toml")
        and not source.name.startswith(".")
        and same_folder(source.parent, folder)
    ):
        file_name = source.name
    return folder / file_name


def same_folder(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except (OSError, ValueError):
        return False


def write_atomically(text: str, target: Path) -> None:
    """Writes ``text`` to ``target`` (its folder created if missing) so that a crash leaves
    the old file or the new one, never half of one: a hidden temporary file beside it,
    flushed to disk, renamed over it. Raises OSError."""
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    mode = _mode_to_keep(target)
    # Hidden and not ending in .toml: the loader never picks up a leftover temporary file.
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(text.encode("utf-8"))
            file.flush()
            if hasattr(os, "fchmod"):  # not on Windows, where modes mean little
                os.fchmod(file.fileno(), mode)
            os.fsync(file.fileno())
        # A rename replaces the entry itself: a symlink at the target is replaced, never
        # followed, so nothing outside the folder is written.
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    sync_folder(folder)


def _mode_to_keep(target: Path) -> int:
    """An existing regular file keeps its permissions; a new one gets NEW_FILE_MODE."""
    try:
        status = target.lstat()
    except OSError:
        return NEW_FILE_MODE
    return stat.S_IMODE(status.st_mode) if stat.S_ISREG(status.st_mode) else NEW_FILE_MODE


def sync_folder(folder: Path) -> None:
    """Makes a rename or removal in ``folder`` durable."""
    # The change is durable only once the folder's entry is on disk (POSIX); Windows
    # cannot open a folder this way and has no need to.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
