"""Reads a small regular file, refusing pipes, devices, folders and anything too large."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotReadableError(Exception):
    """Why a file was not read, in words for the user ("is a folder, not a file")."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Raises FileNotFoundError when there is nothing there, NotReadableError otherwise. The
    kind and size are checked before reading and again on the open file: a pipe would block
    for ever and /dev/zero never ends. O_NONBLOCK makes even opening a pipe return at once.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        raise
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the name
        raise NotReadableError(f"cannot read file: {why(error)}") from error
    _check(status, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise
    except OSError as error:
        raise NotReadableError(f"cannot read file: {why(error)}") from error
    with os.fdopen(descriptor, "rb", buffering=0) as file:
        _check(os.fstat(file.fileno()), limit)  # replaced between stat and open?
        try:
            payload = file.read(limit + 1)
        except OSError as error:
            raise NotReadableError(f"cannot read file: {why(error)}") from error
    if payload is None:  # only a non-blocking stream gives None; a regular file never does
        raise NotReadableError("is not a regular file")
    if len(payload) > limit:  # it grew after the check
        raise NotReadableError(f"file is over {limit} bytes, the limit")
    return payload


def _check(status: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise NotReadableError(_kind(status.st_mode))
    if status.st_size > limit:
        raise NotReadableError(f"file is {status.st_size} bytes; the limit is {limit}")


def why(error: BaseException) -> str:
    return (error.strerror if isinstance(error, OSError) else None) or str(error)
