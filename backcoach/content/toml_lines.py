"""Finds the line of a key in TOML text, since tomllib reports no positions."""

from __future__ import annotations

import re

_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=\s*(.*)$")

Path = tuple[str | int, ...]


class KeyLocator:
    """Maps a field path such as ("phases", 1, "seconds") to a 1-based line number.

    It understands what content files use: tables, arrays of tables, keys and one
    value per line inside multi-line arrays. Anything else falls back to the nearest
    enclosing path it knows, and finally to line 1.
    """

    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        self._scan(text)

    def _scan(self, text: str) -> None:
        table: Path = ()
        counts: dict[str, int] = {}
        open_array: Path | None = None
        index = 0
        # Lines as TOML counts them (LF or CRLF): str.splitlines() also breaks at form
        # feeds, U+0085 and U+2028 inside strings, which would shift every line after.
        for number, raw in enumerate(text.split("\n"), start=1):
            line = raw.strip()
            if open_array is not None:
                if line.startswith("]"):
                    open_array = None
                elif line and not line.startswith("#"):
                    self._lines.setdefault((*open_array, index), number)
                    index += 1
                    if line.rstrip(",").endswith("]") and not line.startswith(("'", '"')):
                        open_array = None
                continue
            if match := _ARRAY_TABLE.match(line):
                name = match.group(1)
                position = counts.get(name, 0)
                counts[name] = position + 1
                table = (*name.split("."), position)
                self._lines.setdefault(table, number)
                self._lines.setdefault(table[:-1], number)
            elif match := _TABLE.match(line):
                table = tuple(match.group(1).split("."))
                self._lines.setdefault(table, number)
            elif match := _KEY.match(line):
                key_path = (*table, match.group(1))
                self._lines.setdefault(key_path, number)
                value = match.group(2).split("#", 1)[0].strip()
                if value.startswith("[") and not value.endswith("]"):
                    open_array, index = key_path, 0

    def line_of(self, path: Path) -> int:
        for end in range(len(path), 0, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return 1
