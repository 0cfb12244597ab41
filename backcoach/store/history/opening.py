"""Opening the history file: private files, bad files moved aside, in memory when we must."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

from backcoach.store.history.notices import NoticeKind, StoreNotice
from backcoach.store.history.schema import CURRENT_VERSION, migrate, schema_version

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000  # another instance's write is a few ms; wait rather than fail


class _BadFileError(Exception):
    """The file is not a history we can use; the message says why, for the notice."""


def _private_folder(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask


def _check_header(path: Path) -> None:
    # A pipe in its place would block the first read for ever, a device never end.
    if not stat.S_ISREG(path.stat().st_mode):
        raise _BadFileError("not a regular file")
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if not header:
        raise _BadFileError("the file is empty")
    if header != SQLITE_HEADER:
        raise _BadFileError("not an SQLite database")


def connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(target, isolation_level=None, uri=uri, check_same_thread=True)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _check_existing(connection: sqlite3.Connection) -> None:
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        version = schema_version(connection)
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and _is_storage_problem(error):
            raise
        raise _BadFileError(f"damaged: {error}") from error
    if [tuple(row) for row in rows] != [("ok",)]:
        raise _BadFileError(f"damaged: integrity check says {rows[0][0]}")
    if version > CURRENT_VERSION:
        raise _BadFileError(
            f"made by a newer backcoach (schema {version}, this one knows {CURRENT_VERSION})"
        )


def _is_storage_problem(error: sqlite3.OperationalError) -> bool:
    # The folder, not the file: read-only, full, or not there. These must not move a
    # good history aside.
    text = str(error).lower()
    return any(
        phrase in text
        for phrase in ("readonly", "read-only", "disk is full", "unable to open", "disk i/o")
    )


def _aside_name(path: Path) -> Path:
    candidate = path.with_name(path.name + ".bad")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{number}.bad")
        number += 1
    return candidate


def _move_aside(path: Path) -> Path:
    target = _aside_name(path)
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def _create_new(path: Path) -> None:
    # Built beside the real name and renamed into place: a kill during creation leaves
    # no half-made history (and no empty file that would later look damaged).
    fresh = path.with_name(path.name + ".new")
    for leftover in (
        fresh,
        fresh.with_name(fresh.name + "-wal"),
        fresh.with_name(fresh.name + "-shm"),
    ):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    descriptor = os.open(fresh, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.fchmod(descriptor, 0o600)
    os.close(descriptor)
    connection = connect(str(fresh))
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        migrate(connection)
    finally:
        connection.close()
    fresh.replace(path)


def open_file(path: Path, notices: list[StoreNotice]) -> sqlite3.Connection:
    """Opens (or creates) the history file; raises OSError/sqlite3.Error for a bad folder."""
    _private_folder(path.parent)
    if path.exists():
        try:
            _check_header(path)
            connection = connect(str(path))
            try:
                _check_existing(connection)
            except BaseException:
                connection.close()
                raise
        except _BadFileError as problem:
            moved_to = _move_aside(path)
            notices.append(StoreNotice(NoticeKind.MOVED_ASIDE, path, str(problem), moved_to))
        else:
            connection.execute("PRAGMA journal_mode = WAL")
            migrate(connection)
            return connection
    _create_new(path)
    connection = connect(str(path))
    connection.execute("PRAGMA journal_mode = WAL")
    return connection


def in_memory_copy(path: Path) -> sqlite3.Connection:
    """A memory database holding what the file has, if it can at least be read."""
    memory = connect(":memory:")
    if path.is_file():
        with contextlib.suppress(sqlite3.Error, OSError, _BadFileError):
            _check_header(path)
            # immutable: a read-only folder cannot hold the -shm file WAL mode wants.
            source = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
            try:
                _check_existing(source)
                source.backup(memory)
            finally:
                source.close()
    if schema_version(memory) > CURRENT_VERSION:
        memory.close()
        memory = connect(":memory:")
    migrate(memory)
    return memory


def describe(error: BaseException, folder: Path) -> str:
    """The cause in plain words: SQLite says "unable to open", the folder says why."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return _folder_problem(folder) or str(error)


def _folder_problem(folder: Path) -> str:
    probe = folder / f".backcoach-probe-{os.getpid()}"
    try:
        descriptor = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            os.write(descriptor, b"\0" * 4096)  # a full disk may still take an empty file
        finally:
            os.close(descriptor)
            probe.unlink()
    except OSError as error:
        return (error.strerror or str(error)).lower()
    return ""
