"""The exercise library page's widgets and layout, before any exercise is loaded into them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backcoach.ui.look import ROOMY_ITEMS

SOURCE_BOX_CHARACTERS = 18  # the source box's width; its list shows whole titles
THUMBNAIL_SIZE = QSize(64, 48)
"""Logical pixels; a pixmap decoration is shown at its own size whatever the view's icon size."""

# No enum of Qt's namespace (Qt.AlignmentFlag and the like) is used here, nor anywhere
# the first frame needs: the first use of any of them makes PySide build all 94 of
# them, 15 ms, which the first frame would wait for. Hence the stretches beside labels
# instead of an alignment, and a splitter's default orientation.


class LibraryPaneFrame(QWidget):
    """Search field, filters, list, an empty detail and the start button, laid out as the
    library page shows them. It imports nothing of the content, so the window can show it
    at once; LibraryPane (its subclass) fills it with the library's exercises.

    show_names() puts names in the list with nothing behind them: the window's first frame,
    drawn before the content is loaded (see docs/architecture.md, "Start-up")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            QCoreApplication.translate("LibraryPane", "Search exercises: name, alias or body area")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("LibraryPane", "Search exercises"))
        self.category = self._any_combo()
        self.position = self._any_combo()
        self.equipment = self._any_combo()
        self.source = self._any_combo()
        # Titles are long: the box shows the start of one (all of it in its tooltip) and
        # its list opens wide enough for whole titles, so the window can stay small.
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source.setMinimumContentsLength(SOURCE_BOX_CHARACTERS)
        self.source.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count = QLabel(self)
        self.count.setObjectName("exerciseCount")

        self.list = QListView(self)
        self.list.setIconSize(THUMBNAIL_SIZE)  # the first frame's blanks are icons
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet(ROOMY_ITEMS)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(QCoreApplication.translate("LibraryPane", "Exercises"))
        self.splitter = QSplitter()  # side by side (horizontal), as made; parented by the layout
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.list)
        # The exercise's detail goes here (LibraryPane puts its ExerciseDetail in its place):
        # an empty text view of the same frame meanwhile.
        self.splitter.addWidget(QTextBrowser(self))
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 640])
        self.start = QPushButton(
            QCoreApplication.translate("LibraryPane", "Start &this exercise"), self
        )
        self.start.setObjectName("startExercise")
        self.start.setToolTip(
            QCoreApplication.translate(
                "LibraryPane", "A guided session of this exercise alone, at its usual dose"
            )
        )
        self.start.setMinimumHeight(40)
        self._lay_out()

    def put_detail(self, detail: QWidget) -> None:
        """``detail`` in place of the empty text view, taking the room the window gains
        (a splitter keeps its stretch in the widget's size policy: the new one needs it)."""
        empty = self.splitter.replaceWidget(1, detail)
        self.splitter.setStretchFactor(1, 1)
        if empty is not None:
            empty.deleteLater()

    def _any_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(QCoreApplication.translate("LibraryPane", "Any"), "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 8)
        for column, (text, combo) in enumerate(
            [
                (QCoreApplication.translate("LibraryPane", "&Category"), self.category),
                (QCoreApplication.translate("LibraryPane", "&Position"), self.position),
                (QCoreApplication.translate("LibraryPane", "E&quipment"), self.equipment),
            ]
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addLayout(_at_right(label), 1, 2 * column)
            filters.addWidget(combo, 1, 2 * column + 1)
        # Sources go by their articles' titles: a row of their own gives them the width.
        source_label = QLabel(QCoreApplication.translate("LibraryPane", "S&ource"), self)
        source_label.setBuddy(self.source)
        filters.addLayout(_at_right(source_label), 2, 0)
        filters.addWidget(self.source, 2, 1, 1, 5)
        filters.setColumnStretch(6, 1)
        filters.addLayout(_at_right(self.count), 1, 7)
        # Others may add buttons before the stretch (the editor of one's own exercises).
        buttons = self.buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search, self.category)
        QWidget.setTabOrder(self.category, self.position)
        QWidget.setTabOrder(self.position, self.equipment)
        QWidget.setTabOrder(self.equipment, self.source)
        QWidget.setTabOrder(self.source, self.list)

    def show_names(
        self, names: Sequence[str], filters: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        """The list as it will look, with the first row chosen: ``names`` in list order,
        each beside a blank the size of the thumbnails it will get; ``filters``, each box's
        entries after "Any" by its name (category, position, equipment, source), so that
        the boxes are as wide as they will be."""
        for key, entries in (filters or {}).items():
            combo = {
                "category": self.category,
                "position": self.position,
                "equipment": self.equipment,
                "source": self.source,
            }.get(key)
            if combo is not None:
                combo.addItems(list(entries))
        blank = QPixmap(THUMBNAIL_SIZE)
        blank.fill(QColor(0, 0, 0, 0))
        icon = QIcon(blank)
        model = QStandardItemModel(self)
        for name in names:
            model.appendRow(QStandardItem(icon, name))
        self.list.setModel(model)
        if names:
            self.list.setCurrentIndex(model.index(0, 0))  # chosen, as LibraryPane's first row
        total = len(names)
        if not total:
            return  # not known yet (see first_frame_text): no count rather than a false one
        # In the library page's context: the same texts as LibraryPane's count.
        text = (
            QCoreApplication.translate("LibraryPane", "{shown} of 1 exercise")
            if total == 1
            else QCoreApplication.translate("LibraryPane", "{shown} of {total} exercises")
        )
        self.count.setText(text.format(shown=total, total=total))


def _at_right(widget: QWidget) -> QHBoxLayout:
    """``widget`` at the right of its grid cell (see the note on enums above)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(widget)
    return row
