"""Shared look of the views: HTML snippets (escaped), palette colours, row spacing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ROOMY_ITEMS = "QAbstractItemView::item { padding: 4px 6px; }"
"""Style sheet for item views: a little air between rows makes them easier to hit and read."""
# The window's first frame takes ROOMY_ITEMS from here: html (2 ms to import) and QPalette
# (its enums, 0.5 ms) are imported where first used, after that frame is on screen.


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``second`` blended into ``first``; keeps the palette's contrast."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def muted_colour(palette: QPalette) -> str:
    """Secondary text: between text and background, so it reads in light and dark themes."""
    from PySide6.QtGui import QPalette  # noqa: PLC0415 (see ROOMY_ITEMS)

    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return mix(text, base, 0.35).name()


def callout_colour(palette: QPalette) -> str:
    """A tinted background that stands out from the page but keeps the text readable."""
    from PySide6.QtGui import QPalette  # noqa: PLC0415 (see ROOMY_ITEMS)

    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    return mix(base, accent, 0.16).name()


def heading(text: str, level: int = 3) -> str:
    from html import escape  # noqa: PLC0415 (see ROOMY_ITEMS)

    return f"<h{level}>{escape(text)}</h{level}>"


def paragraph(text: str, style: str = "") -> str:
    attribute = f' style="{style}"' if style else ""
    from html import escape  # noqa: PLC0415 (see ROOMY_ITEMS)

    return f"<p{attribute}>{escape(text)}</p>"


def item_list(items: Iterable[str], ordered: bool = False) -> str:
    """Items are already HTML (escaped by the caller), so they may carry markup."""
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<{tag}>{rows}</{tag}>" if rows else ""
