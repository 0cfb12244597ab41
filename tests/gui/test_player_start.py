"""Starting a session (a routine, or one exercise), and finding every key on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.speech.recording import RecordingSpeaker
from backcoach.ui.library.routine_list import RoutineList
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.control import Stage


def test_routine_list_start_button_and_double_click(qtbot: QtBot, small_library: Library) -> None:
    routines = RoutineList(small_library.routines, small_library.exercises)
    qtbot.addWidget(routines)
    routines.select_routine("stretch-break")
    with qtbot.waitSignal(routines.startRequested) as started:
        routines.start.click()
    assert started.args == ["stretch-break"]
    item = routines.table.currentItem()
    assert item is not None
    with qtbot.waitSignal(routines.startRequested) as started:
        routines.table.itemDoubleClicked.emit(item, 0)
    assert started.args == ["stretch-break"]
    empty = RoutineList({}, small_library.exercises)
    qtbot.addWidget(empty)
    assert not empty.start.isEnabled()


def test_start_one_exercise_from_the_library(
    open_window: Callable[[Library], MainWindow],
    small_library: Library,
    speaker: RecordingSpeaker,
) -> None:
    window = open_window(small_library)
    pane = window.library_pane
    assert pane.select_exercise("hamstring-stretch")
    pane.start.click()
    assert window.tabs.currentWidget() is window.player
    assert window.session.stage is Stage.GETTING_READY
    intro = window.player.intro
    assert intro.title.text() == "Hamstring stretch"
    assert "<b>Hamstring stretch</b> — 2 repetitions each side, hold 30 s" in intro.plan.text()
    assert "<li" in intro.plan.text() and intro.plan.text().count("<li") == 1
    assert speaker.texts == ["Get ready. Hamstring stretch starts in twenty seconds."]
    pane.search.setText("no such exercise")
    assert not pane.start.isEnabled()


def test_every_key_is_listed_and_on_the_buttons(running: Any, qtbot: QtBot) -> None:
    player = running
    buttons = player.window.player.controls.buttons
    assert buttons["pause"].toolTip() == "Pause or resume (Space)"
    assert (
        buttons["back"].toolTip() == "Back to the start of this set, or the one before (Left, PgUp)"
    )
    assert buttons["skip"].toolTip() == "Skip to the next set, rest or exercise (Right, PgDown)"
    assert buttons["repeat"].toolTip() == "Do this set again (R)"
    assert buttons["extend"].toolTip() == "Rest 15 seconds longer (+, =)"
    assert buttons["mute"].toolTip() == "Mute or unmute the voice (M)"
    assert buttons["floor"].toolTip() == "Big screen to read from the floor (F, F11)"
    assert buttons["help"].toolTip() == "Show or hide this list of keys (?, F1)"
    assert all(button.focusPolicy() == Qt.FocusPolicy.NoFocus for button in buttons.values())
    assert not buttons["startNow"].isVisibleTo(player.window)  # only while getting ready

    help_overlay = player.window.player.help
    player.press(Qt.Key.Key_Question)
    assert help_overlay.isVisible()
    text = help_overlay.label.text()
    for keys in [
        "Space",
        "Left, PgUp",
        "Right, PgDown",
        "R",
        "+, =",
        "M",
        "F, F11",
        "Esc",
        "?, F1",
        "Return, Enter",
        "Media keys",
    ]:
        assert f"<b>{keys}</b>" in text, keys
    player.press(Qt.Key.Key_Escape)
    assert not help_overlay.isVisible()
    player.press(Qt.Key.Key_F1)
    qtbot.mouseClick(help_overlay, Qt.MouseButton.LeftButton)
    assert not help_overlay.isVisible()


def test_narrow_window_keeps_the_buttons_as_icons(running: Any, qtbot: QtBot) -> None:
    window = running.window
    window.resize(800, 560)
    qtbot.waitUntil(lambda: window.width() == 800)
    pause = window.player.controls.buttons["pause"]
    assert pause.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: pause.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def test_keys_do_nothing_on_other_pages(running: Any) -> None:
    player = running
    player.window.show_page(player.window.routine_list)
    player.window.routine_list.table.setFocus()
    step = player.window.session.machine.step.index
    player.press(Qt.Key.Key_Right, player.window.routine_list.table)
    player.press(Qt.Key.Key_Space, player.window.routine_list.table)
    assert player.window.session.machine.step.index == step
    assert not player.window.session.paused
