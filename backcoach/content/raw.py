"""Reads a content file as TOML, refusing what is not a small UTF-8 text file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

from backcoach.content.problems import Problem
from backcoach.content.toml_lines import KeyLocator

MAX_FILE_BYTES = 128 * 1024  # the longest exercise file is about 5 KiB


@dataclass(frozen=True)
class RawFile:
    name: str
    text: str
    data: dict[str, Any]
    locator: KeyLocator


def parse_bytes(name: str, payload: bytes) -> RawFile | Problem:
    """Turns a file's bytes into a parsed table, or the one problem that stops it."""
    if len(payload) > MAX_FILE_BYTES:
        return Problem(name, 1, f"file is {len(payload)} bytes; the limit is {MAX_FILE_BYTES}")
    if b"\0" in payload:
        return Problem(name, 1, "not a text file (it contains NUL bytes)")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as error:
        line = payload[: error.start].count(b"\n") + 1
        return Problem(name, line, "not UTF-8 text")
    text = text.removeprefix("\ufeff")  # editors on Windows may add a byte-order mark
    if not text.strip():
        return Problem(name, 1, "file is empty")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _syntax_problem(name, error)
    return RawFile(name, text, data, KeyLocator(text))


def _syntax_problem(name: str, error: tomllib.TOMLDecodeError) -> Problem:
    # tomllib puts the position into the message: "... (at line 3, column 7)"
    message = str(error)
    line = getattr(error, "lineno", None)
    if line is None and "(at line " in message:
        try:
            line = int(message.rsplit("(at line ", 1)[1].split(",", 1)[0])
        except ValueError:
            line = None
    if "(at " in message:
        message = message.rsplit(" (at ", 1)[0]
    return Problem(name, line or 1, f"TOML syntax error: {message}")
