"""Writes illustrations to files: one exercise as SVG or PNG, or a contact sheet of all.

Run ``python -m backcoach.figures.export docs/illustrations.png`` to remake the sheet. This
module loads Qt: the command line imports it inside the command that needs it.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.figures.catalog import PoseCatalog, built_in_catalog
from backcoach.figures.exercise_poses import ExercisePoses
from backcoach.figures.painter import FigureStyle
from backcoach.figures.strip import paint_strip, strip_aspect
from backcoach.model import Exercise

PNG_WIDTH = 800
PNG_MAX_HEIGHT = 600
SHEET_COLUMNS = 3
SHEET_CELL = (760, 290)  # width, height of one exercise on the sheet
TITLE_SHARE = 0.14  # of a picture's height, for the exercise's name


def find_exercise(library: Library, wanted: str) -> Exercise | None:
    """By id, then by name or alias, ignoring case."""
    if wanted in library.exercises:
        return library.exercises[wanted]
    needle = wanted.strip().casefold()
    for exercise in library.exercises.values():
        if needle in (exercise.name.casefold(), *(a.casefold() for a in exercise.aliases)):
            return exercise
    return None


def _ensure_gui() -> None:
    """Fonts need a QGuiApplication; headless runs get the offscreen platform."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(sys.argv[:1])


def _paint_titled(
    painter: QPainter, rect: QRectF, exercise: Exercise, poses: ExercisePoses, style: FigureStyle
) -> None:
    title_height = rect.height() * TITLE_SHARE
    font = QFont(painter.font())
    font.setPixelSize(max(10, round(title_height * 0.6)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(style.colours["caption"])
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_height),
        Qt.AlignmentFlag.AlignCenter,
        exercise.name,
    )
    body = QRectF(
        rect.left(), rect.top() + title_height, rect.width(), rect.height() - title_height
    )
    paint_strip(painter, body, poses, style)


def _picture_size(poses: ExercisePoses) -> tuple[int, int]:
    count = len(poses.shown())
    panel_width = PNG_WIDTH / count
    height = panel_width / strip_aspect(poses) / (1 - 0.12) / (1 - TITLE_SHARE)
    return PNG_WIDTH, int(min(PNG_MAX_HEIGHT, max(260, math.ceil(height))))


def write_picture(exercise: Exercise, poses: ExercisePoses, out_path: Path) -> None:
    """SVG (vector, via QSvgGenerator) or PNG, by the file's extension."""
    _ensure_gui()
    style = FigureStyle.from_palette(QPalette())
    width, height = _picture_size(poses)
    rect = QRectF(8, 8, width - 16, height - 16)
    if out_path.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(out_path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(exercise.name)
        generator.setDescription(f"backcoach illustration of {exercise.name}")
        painter = QPainter(generator)
        painter.fillRect(QRectF(0, 0, width, height), style.background)
        _paint_titled(painter, rect, exercise, poses, style)
        painter.end()
        return
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(style.background)
    painter = QPainter(image)
    _paint_titled(painter, rect, exercise, poses, style)
    painter.end()
    if not image.save(str(out_path)):
        raise OSError(f"cannot write {out_path}")


def illustrate(
    exercise_id_or_name: str,
    out_path: str | Path,
    library: Library,
    catalog: PoseCatalog | None = None,
) -> int:
    """``backcoach illustrate EXERCISE OUT.svg|OUT.png``: 0 when written, else 1 with a
    message on stderr."""
    out = Path(out_path)
    if out.suffix.lower() not in (".svg", ".png"):
        print(f"backcoach illustrate: {out}: give a file ending in .svg or .png", file=sys.stderr)
        return 1
    exercise = find_exercise(library, exercise_id_or_name)
    if exercise is None:
        print(
            f"backcoach illustrate: no exercise called {exercise_id_or_name!r} "
            "(see `backcoach exercises` for the ids)",
            file=sys.stderr,
        )
        return 1
    poses = (catalog or built_in_catalog()).for_exercise(exercise)
    if poses is None:
        print(f"backcoach illustrate: {exercise.id} has no illustration", file=sys.stderr)
        return 1
    try:
        write_picture(exercise, poses, out)
    except OSError as error:
        print(f"backcoach illustrate: {error}", file=sys.stderr)
        return 1
    print(f"{out}: {exercise.name}, {len(poses.shown())} poses")
    return 0


def contact_sheet(
    library: Library,
    out_path: str | Path,
    catalog: PoseCatalog | None = None,
    columns: int = SHEET_COLUMNS,
) -> int:
    """Every exercise's key poses, name above, on one PNG; returns how many were drawn."""
    _ensure_gui()
    catalog = catalog or built_in_catalog()
    items = [
        (e, p) for e in library.exercises.values() if (p := catalog.for_exercise(e)) is not None
    ]
    rows = math.ceil(len(items) / columns)
    cell_width, cell_height = SHEET_CELL
    style = FigureStyle.from_palette(QPalette())
    image = QImage(cell_width * columns, cell_height * rows, QImage.Format.Format_ARGB32)
    image.fill(style.background)
    painter = QPainter(image)
    for index, (exercise, poses) in enumerate(items):
        row, column = divmod(index, columns)
        cell = QRectF(
            column * cell_width + 14, row * cell_height + 10, cell_width - 28, cell_height - 20
        )
        _paint_titled(painter, cell, exercise, poses, style)
    painter.end()
    if not image.save(str(out_path)):
        raise OSError(f"cannot write {out_path}")
    return len(items)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print(
            "usage: python -m backcoach.figures.export OUT.png  (the contact sheet)",
            file=sys.stderr,
        )
        return 2
    library = load_library([built_in_folder()])
    count = contact_sheet(library, args[0])
    print(f"{args[0]}: {count} exercises")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
