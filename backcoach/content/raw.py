"""Reads a content file as TOML, refusing what is not a small UTF-8 text file."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backcoach.content.problems import Problem
from backcoach.content.toml_lines import KeyLocator
from backcoach.regular_file import NotReadableError, read_regular_file

MAX_FILE_BYTES = 128 * 1024  # the longest exercise file is about 5 KiB
# Content nests three levels at most; tomllib recurses once or more per level and would
# raise RecursionError somewhere past 300. The line reported is where this depth is passed.
REPORTED_DEPTH = 50
# tomllib takes time quadratic in the parts of a dotted key (20000 parts: 14 s here); ours
# have two or three.
MAX_KEY_PARTS = 64
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')[ \t]*\.[ \t]*"""
_LONG_DOTTED_KEY = re.compile(f"(?:{_KEY_PART}){{{MAX_KEY_PARTS}}}")


@dataclass(frozen=True)
class RawFile:
    name: str
    text: str
    data: dict[str, Any]
    locator: KeyLocator


def read_path(path: Path, name: str) -> RawFile | Problem:
    """A content file the user controls, read only if it is a small regular file."""
    try:
        payload = read_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        return Problem(name, 1, "no such file")
    except NotReadableError as error:
        return Problem(name, 1, str(error))
    return parse_bytes(name, payload)


def parse_bytes(name: str, payload: bytes) -> RawFile | Problem:
    """Turns a file's bytes into a parsed table, or the one problem that stops it."""
    text = _text(name, payload)
    if isinstance(text, Problem):
        return text
    if long_key := _LONG_DOTTED_KEY.search(text):
        line = text.count("\n", 0, long_key.start()) + 1
        return Problem(name, line, f"a dotted key has more than {MAX_KEY_PARTS} parts")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _syntax_problem(name, error)
    except RecursionError:
        return Problem(name, _deep_line(text), "arrays or tables are nested too deeply")
    return RawFile(name, text, data, KeyLocator(text))


def _text(name: str, payload: bytes) -> str | Problem:
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
    return text


def _deep_line(text: str) -> int:
    """The line where brackets first nest deeper than REPORTED_DEPTH (strings not told
    apart: this only points the user at the place), else 1."""
    depth = 0
    line = 1
    for char in text:
        if char in "[{":
            depth += 1
            if depth > REPORTED_DEPTH:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "\n":
            line += 1
    return 1


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
