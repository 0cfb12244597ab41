"""The library pane as a user meets it: typing, filters, count, selection and keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.ui.library.pane import LibraryPane
from backcoach.ui.main_window import MainWindow


def make_pane(qtbot: QtBot, library: Library) -> LibraryPane:
    pane = LibraryPane(library.exercises.values())
    qtbot.addWidget(pane)  # closed and deleted at teardown
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def names(pane: LibraryPane) -> list[str]:
    return [exercise.name for exercise in pane.shown_exercises()]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_starts_with_everything_listed_and_the_first_exercise_shown(
    qtbot: QtBot, small_library: Library
) -> None:
    pane = make_pane(qtbot, small_library)
    assert pane.count.text() == "5 of 5 exercises"
    assert pane.list.currentIndex().row() == 0
    assert pane.detail.exercise is not None
    assert pane.detail.exercise.id == "bridge"
    assert "Strengthens the buttocks" in pane.detail.toPlainText()
    assert pane.search.placeholderText() == "Search exercises: name, alias or body area"


def test_search_as_you_type(qtbot: QtBot, small_library: Library) -> None:
    pane = make_pane(qtbot, small_library)
    qtbot.keyClicks(pane.search, "glute")
    assert names(pane) == ["Bridge"]
    assert pane.count.text() == "1 of 5 exercises"
    pane.search.clear()
    qtbot.keyClicks(pane.search, "cat-camel")  # an alias
    assert names(pane) == ["Cat-cow"]
    assert pane.detail.exercise is not None
    assert pane.detail.exercise.id == "cat-cow"  # the selection followed the filter


def test_nonsense_matches_nothing_and_says_so(qtbot: QtBot, small_library: Library) -> None:
    pane = make_pane(qtbot, small_library)
    qtbot.keyClicks(pane.search, "xqzw")
    assert names(pane) == []
    assert pane.count.text() == "0 of 5 exercises"
    assert pane.detail.exercise is None
    assert "No exercise matches" in pane.detail.toPlainText()
    pane.search.clear()
    assert pane.count.text() == "5 of 5 exercises"
    assert "Strengthens the buttocks" in pane.detail.toPlainText()


# The articles of seeds 000-003 as the source box names them: by title and site.
SOURCE_TITLES = [
    "“Exercise Will Help You Relieve Lower Back Pain”",
    "“Lower Back Pain Relief Exercises (Step by Step)”",
    "“Exercises to relieve lower back pain”, Hello Doctor",
    "“Effective Exercises for Back Pain Relief”",
]


def test_filter_boxes_list_what_the_library_has(qtbot: QtBot, small_library: Library) -> None:
    pane = make_pane(qtbot, small_library)
    items = {
        combo: [combo.itemText(i) for i in range(combo.count())]
        for combo in (pane.category, pane.position, pane.equipment, pane.source)
    }
    assert items[pane.category] == ["Any", "Stretch", "Strength", "Mobility", "Cardio"]
    assert items[pane.position] == ["Any", "Lying on your back", "On hands and knees", "Standing"]
    assert items[pane.equipment] == ["Any", "Mat", "Wall", "Step", "Towel"]
    assert items[pane.source] == ["Any", *SOURCE_TITLES]
    assert pane.source.itemData(1, Qt.ItemDataRole.ToolTipRole) == (
        f"{SOURCE_TITLES[0]}\n000_080fa8705ae22a61.txt"
    )


def test_each_filter_box_narrows_the_list(qtbot: QtBot, small_library: Library) -> None:
    pane = make_pane(qtbot, small_library)
    choose(pane.category, "Stretch")
    assert names(pane) == ["Hamstring stretch", "Quadriceps stretch"]
    assert pane.count.text() == "2 of 5 exercises"
    pane.clear_filters()
    choose(pane.position, "On hands and knees")
    assert names(pane) == ["Cat-cow"]
    pane.clear_filters()
    choose(pane.equipment, "Mat")
    assert names(pane) == ["Bridge", "Cat-cow"]
    pane.clear_filters()
    choose(pane.source, SOURCE_TITLES[3])
    assert names(pane) == ["Walking"]
    pane.clear_filters()
    assert len(names(pane)) == 5


def test_filters_and_search_combine(qtbot: QtBot, small_library: Library) -> None:
    pane = make_pane(qtbot, small_library)
    choose(pane.position, "Standing")
    assert names(pane) == ["Hamstring stretch", "Quadriceps stretch", "Walking"]
    choose(pane.category, "Stretch")
    choose(pane.source, SOURCE_TITLES[1])
    assert names(pane) == ["Hamstring stretch", "Quadriceps stretch"]
    qtbot.keyClicks(pane.search, "quad")
    assert names(pane) == ["Quadriceps stretch"]
    assert pane.count.text() == "1 of 5 exercises"
    choose(pane.equipment, "Step")
    assert names(pane) == []
    assert "No exercise matches" in pane.detail.toPlainText()


def test_selection_stays_while_still_shown(qtbot: QtBot, small_library: Library) -> None:
    pane = make_pane(qtbot, small_library)
    assert pane.select_exercise("walking")
    choose(pane.position, "Standing")
    assert pane.detail.exercise is not None
    assert pane.detail.exercise.id == "walking"
    assert not pane.select_exercise("bridge")  # filtered out


def test_keys_in_the_search_field_steer_the_list(qtbot: QtBot, small_library: Library) -> None:
    pane = make_pane(qtbot, small_library)
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)
    assert pane.detail.exercise is not None
    assert pane.detail.exercise.id == "hamstring-stretch"
    qtbot.keyClick(pane.search, Qt.Key.Key_Up)
    assert pane.detail.exercise.id == "cat-cow"
    qtbot.keyClick(pane.search, Qt.Key.Key_PageDown)
    assert pane.detail.exercise.id == "walking"  # stops at the last row
    qtbot.keyClicks(pane.search, "walk")
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == ""
    assert len(names(pane)) == 5


def test_ctrl_f_return_and_tab_order(
    qtbot: QtBot, small_library: Library, open_window: Callable[[Library], MainWindow]
) -> None:
    window = open_window(small_library)
    pane = window.library_pane
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(window.routine_list)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is pane
    qtbot.waitUntil(pane.search.hasFocus)
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    qtbot.waitUntil(pane.list.hasFocus)
    pane.search.setFocus()
    qtbot.waitUntil(pane.search.hasFocus)
    chain = [pane.category, pane.position, pane.equipment, pane.source, pane.list, pane.detail]
    for widget in chain:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(widget.hasFocus)
