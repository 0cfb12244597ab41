"""A problem found in a content file, reported as FILE:LINE: message."""

from __future__ import annotations

from dataclasses import dataclass


def printable(text: str) -> str:
    """``text`` with control characters (a newline in a quoted key, a terminal escape in a
    file name) written as escapes: a problem is one line of plain text, whatever the file
    held, so it can neither forge another line of `backcoach check` nor drive a terminal."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{printable(self.file)}:{self.line}: {printable(self.message)}"
