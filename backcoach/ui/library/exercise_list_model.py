"""A list model over the library's exercises, for the views and the filter proxy."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette, QPixmap

from backcoach.model import Category, Equipment, Exercise, Position
from backcoach.ui.library.pane_frame import THUMBNAIL_SIZE as PANE_THUMBNAIL_SIZE

if TYPE_CHECKING:
    from backcoach.figures.catalog import PoseCatalog

ExerciseRole = Qt.ItemDataRole.UserRole + 1
"""The role under which each row gives its Exercise object."""

SortKeyRole = Qt.ItemDataRole.UserRole + 2
"""The role under which each row gives the key its name sorts by (name_sort_key)."""

# The first frame's blank rows are this size too (LibraryPaneFrame.show_names).
THUMBNAIL_SIZE = PANE_THUMBNAIL_SIZE

_PALETTE_ROLES = (QPalette.ColorRole.Base, QPalette.ColorRole.Text, QPalette.ColorRole.Highlight)


def name_sort_key(name: str) -> str:
    """Sorts names as a dictionary does: case and accents aside ("Übung" with "Ubung",
    "ß" as "ss"; German dictionary order). Instead of Qt's locale-aware sorting, which
    opens an ICU collator: about 2 MiB of resident memory for a list of 21 names."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def sorted_by_name(exercises: Iterable[Exercise]) -> list[Exercise]:
    """In the order the list shows them. Sorted here once rather than by the filter proxy,
    which sorted again on every keystroke through a Python call per comparison (with
    10,000 exercises a keystroke took 360 ms at p95)."""
    return sorted(exercises, key=lambda exercise: name_sort_key(exercise.name))


@dataclass(frozen=True)
class SearchKey:
    """An exercise as the filter sees it: the searched text folded once, and the facets."""

    text: str  # name, id, aliases and areas, case-folded, NUL between them
    category: Category
    position: Position
    equipment: frozenset[Equipment]
    sources: frozenset[str]


def search_key(exercise: Exercise) -> SearchKey:
    fields = (exercise.name, exercise.id, *exercise.aliases, *exercise.areas)
    return SearchKey(
        "\0".join(field.casefold() for field in fields),
        exercise.category,
        exercise.position,
        frozenset(exercise.equipment),
        frozenset(exercise.source_files),
    )


class ExerciseListModel(QAbstractListModel):
    def __init__(
        self,
        exercises: Iterable[Exercise],
        parent: QObject | None = None,
        catalog: PoseCatalog | None = None,
        *,
        defer_thumbnails: bool = False,
    ) -> None:
        super().__init__(parent)
        self._exercises = sorted_by_name(exercises)
        self._search_keys = [search_key(exercise) for exercise in self._exercises]
        self._catalog = catalog  # None: the built-in poses, read on the first thumbnail
        # Until draw_thumbnails(), rows show a blank of the same size: reading the poses and
        # drawing the pictures cost more than the rest of the list, and the window's first
        # showing need not wait for them.
        self._blank: QPixmap | None = None
        self._deferred = defer_thumbnails
        self._thumbnails: dict[
            tuple[str, str, int, int, float, tuple[str, ...]], QPixmap | None
        ] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        # A list has children only under the invisible root.
        if parent is not None and parent.isValid():
            return 0
        return len(self._exercises)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(exercise)
        if role == SortKeyRole:
            return name_sort_key(exercise.name)
        plain = {
            Qt.ItemDataRole.DisplayRole: exercise.name,
            Qt.ItemDataRole.ToolTipRole: exercise.purpose,
            ExerciseRole: exercise,
        }
        return plain.get(role)

    def thumbnail(self, exercise: Exercise) -> QPixmap | None:
        """A small picture of the exercise's telling pose, drawn the first time a row is
        shown and kept per exercise, size, screen scale and palette (a theme change draws
        it again in the new colours). A blank of the same size while deferred."""
        if self._deferred:
            if self._blank is None:
                self._blank = QPixmap(THUMBNAIL_SIZE)
                self._blank.fill(Qt.GlobalColor.transparent)
            return self._blank
        palette = QGuiApplication.palette()
        colours = tuple(palette.color(role).name() for role in _PALETTE_ROLES)
        screen = QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio() if screen is not None else 1.0
        size = THUMBNAIL_SIZE
        key = (exercise.id, exercise.origin, size.width(), size.height(), ratio, colours)
        if key not in self._thumbnails:
            # The figure code loads with the first thumbnail, after the first showing.
            from backcoach.figures.catalog import built_in_catalog  # noqa: PLC0415
            from backcoach.figures.painter import FigureStyle, thumbnail_image  # noqa: PLC0415

            catalog = self._catalog or built_in_catalog()
            poses = catalog.for_exercise(exercise)
            self._thumbnails[key] = (
                None
                if poses is None
                else QPixmap.fromImage(
                    thumbnail_image(poses, size, FigureStyle.from_palette(palette), ratio)
                )
            )
        return self._thumbnails[key]

    def draw_thumbnails(self) -> None:
        """Ends the deferral: the views ask again, and get the pictures."""
        if self._deferred:
            self._deferred = False
            self._blank = None
            if self._exercises:
                last = self.index(len(self._exercises) - 1, 0)
                self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DecorationRole])

    def set_exercises(self, exercises: Iterable[Exercise]) -> None:
        """Shows these exercises instead (the library was loaded again)."""
        self.beginResetModel()
        self._exercises = sorted_by_name(exercises)
        self._search_keys = [search_key(exercise) for exercise in self._exercises]
        # An edited exercise keeps its id and file but may have changed its position.
        self._thumbnails.clear()
        self.endResetModel()

    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]

    @property
    def search_keys(self) -> list[SearchKey]:
        """Per row, what the filter compares, made once per exercise."""
        return self._search_keys
