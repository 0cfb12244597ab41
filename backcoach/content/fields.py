"""Typed, range-checked reads of fields from a parsed TOML table, collecting problems."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from backcoach.content.problems import Problem
from backcoach.content.toml_lines import KeyLocator, Path

E = TypeVar("E", bound=StrEnum)

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
MAX_TEXT = 600  # a spoken or displayed line longer than this is a mistake, not a cue


def show_key(key: str) -> str:
    """A key as TOML writes it: bare when it can be, else quoted (a key of spaces, a dot,
    a newline would otherwise be invisible or misleading in the message)."""
    return key if BARE_KEY.match(key) else json.dumps(key, ensure_ascii=False)


def show_path(path: Path) -> str:
    """("phases", 1, "seconds") -> "phases[2].seconds" (1-based, as people count)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{show_key(part)}" if out else show_key(part)
    return out


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


class FieldReader:
    """Reads one file's fields; every problem is recorded with its line, none raises."""

    def __init__(self, file: str, locator: KeyLocator) -> None:
        self.file = file
        self.locator = locator
        self.problems: list[Problem] = []

    def problem(self, path: Path, message: str) -> None:
        where = show_path(path)
        text = f"{where}: {message}" if where else message
        self.problems.append(Problem(self.file, self.locator.line_of(path), text))

    def unknown_keys(self, table: dict[str, Any], allowed: Iterable[str], path: Path) -> None:
        allowed_set = set(allowed)
        for key in table:
            if key not in allowed_set:
                known = ", ".join(sorted(allowed_set))
                self.problem((*path, key), f"unknown field (known fields: {known})")

    def table(self, table: dict[str, Any], key: str, path: Path) -> dict[str, Any] | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem((*path, key), f"must be a table, not {_describe(value)}")
            return None
        return value

    def tables(self, table: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(
                (*path, key), f"must be a list of tables ([[{key}]]), not {_describe(value)}"
            )
            return []
        return value

    def text(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        *,
        required: bool = True,
        limit: int = MAX_TEXT,
    ) -> str:
        if key not in table:
            if required:
                self.problem((*path, key), "missing required field")
            return ""
        value = table[key]
        if not isinstance(value, str):
            self.problem((*path, key), f"must be text, not {_describe(value)}")
            return ""
        stripped = value.strip()
        if not stripped:
            self.problem((*path, key), "must not be empty")
        elif len(stripped) > limit:
            self.problem((*path, key), f"is {len(stripped)} characters long; the limit is {limit}")
        return stripped

    def identifier(self, table: dict[str, Any], key: str, path: Path) -> str:
        value = self.text(table, key, path)
        if value and not ID_PATTERN.match(value):
            self.problem(
                (*path, key),
                f"{value!r} is not a valid id (lower-case letters, digits and '-', "
                "starting with a letter or digit, at most 64 characters)",
            )
        return value

    def texts(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        *,
        required: bool = False,
        limit: int = MAX_TEXT,
    ) -> tuple[str, ...]:
        if key not in table:
            if required:
                self.problem((*path, key), "missing required field")
            return ()
        value = table[key]
        if not isinstance(value, list):
            self.problem((*path, key), f"must be a list of text, not {_describe(value)}")
            return ()
        if required and not value:
            self.problem((*path, key), "must not be empty")
        out = []
        for index, item in enumerate(value):
            item_path = (*path, key, index)
            if not isinstance(item, str):
                self.problem(item_path, f"must be text, not {_describe(item)}")
            elif not item.strip():
                self.problem(item_path, "must not be empty")
            elif len(item.strip()) > limit:
                self.problem(
                    item_path, f"is {len(item.strip())} characters long; the limit is {limit}"
                )
            else:
                out.append(item.strip())
        return tuple(out)

    def choice(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        kind: type[E],
        *,
        default: E | None = None,
    ) -> E | None:
        if key not in table:
            if default is None:
                self.problem((*path, key), "missing required field")
            return default
        value = table[key]
        allowed = ", ".join(member.value for member in kind)
        if not isinstance(value, str) or value not in {m.value for m in kind}:
            self.problem((*path, key), f"must be one of {allowed}, not {_describe(value)}")
            return default
        return kind(value)

    def choices(self, table: dict[str, Any], key: str, path: Path, kind: type[E]) -> tuple[E, ...]:
        value = table.get(key, [])
        allowed = ", ".join(member.value for member in kind)
        if not isinstance(value, list):
            self.problem((*path, key), f"must be a list drawn from {allowed}")
            return ()
        out: list[E] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in {m.value for m in kind}:
                self.problem(
                    (*path, key, index), f"must be one of {allowed}, not {_describe(item)}"
                )
            elif kind(item) in out:
                self.problem((*path, key, index), f"{item!r} is listed twice")
            else:
                out.append(kind(item))
        return tuple(out)

    def integer(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        low: int,
        high: int,
        *,
        required: bool = False,
    ) -> int | None:
        if key not in table:
            if required:
                self.problem((*path, key), "missing required field")
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem((*path, key), f"must be a whole number, not {_describe(value)}")
            return None
        if not low <= value <= high:
            self.problem((*path, key), f"must be from {low} to {high}, not {value}")
            return None
        return value

    def seconds(
        self,
        table: dict[str, Any],
        key: str,
        path: Path,
        low: float,
        high: float,
        *,
        required: bool = False,
    ) -> float | None:
        if key not in table:
            if required:
                self.problem((*path, key), "missing required field")
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem((*path, key), f"must be a number of seconds, not {_describe(value)}")
            return None
        if not low <= value <= high:  # also rejects nan
            self.problem((*path, key), f"must be from {low:g} to {high:g} seconds, not {value:g}")
            return None
        return float(value)

    def flag(self, table: dict[str, Any], key: str, path: Path) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem((*path, key), f"must be true or false, not {_describe(value)}")
            return False
        return value
