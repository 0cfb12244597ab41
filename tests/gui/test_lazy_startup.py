"""Start-up: the window shows the exercise list first; the other pages, the player and the
voice are built when first used, or once the window has been painted."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.safety import checked_history

from backcoach.app import open_speaker_soon
from backcoach.content.library import Library
from backcoach.speech.recording import RecordingSpeaker
from backcoach.speech.speaker import Speaker
from backcoach.store.paths import AppPaths
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.library.education_view import EducationView
from backcoach.ui.library.routine_list import RoutineList
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.pane import PlayerPane
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.services import LazySpeaker, SessionServices

FIGURE_URL = "backcoach-figure:"  # the detail's key poses, as image resources


class Opener:
    """Opens a recording speaker when asked, and counts how often it was asked."""

    def __init__(self) -> None:
        self.opened: list[RecordingSpeaker] = []

    def __call__(self) -> Speaker:
        self.opened.append(RecordingSpeaker())
        return self.opened[-1]


def window_with_lazy_speaker(
    qtbot: QtBot, library: Library, paths: AppPaths, opener: Opener
) -> tuple[MainWindow, LazySpeaker]:
    speaker = LazySpeaker(opener)
    services = SessionServices(
        speaker,
        SettingsKeeper(Settings(), None),
        RecordingScreenKeeper(),
        full_screen=False,
        history=checked_history(),
    )
    window = MainWindow(library, paths.window_state_file, services)
    qtbot.addWidget(window)
    open_speaker_soon(services, window)
    return window, speaker


def test_first_show_builds_only_the_exercise_list(
    qtbot: QtBot, small_library: Library, paths: AppPaths
) -> None:
    opener = Opener()
    window, speaker = window_with_lazy_speaker(qtbot, small_library, paths, opener)
    window.show()
    # Shown, not yet painted: the list has its rows, the rest is not there yet.
    assert window.library_pane.proxy.rowCount() == len(small_library.exercises)
    assert window.findChild(RoutineList) is None
    assert window.findChild(EducationView) is None
    assert window.findChild(PlayerPane) is None
    assert not speaker.is_open and opener.opened == []
    blank = window.library_pane.model.data(
        window.library_pane.proxy.mapToSource(window.library_pane.proxy.index(0, 0)),
        Qt.ItemDataRole.DecorationRole,
    )
    assert isinstance(blank, QPixmap) and blank.toImage().pixelColor(20, 20).alpha() == 0
    detail = window.library_pane.detail
    assert detail.exercise is not None and FIGURE_URL not in detail.toHtml()  # text only

    # Once painted: the voice opens, the pictures are drawn, the rest is built meanwhile.
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        pass
    assert speaker.is_open and len(opener.opened) == 1
    qtbot.waitUntil(lambda: window.findChild(EducationView) is not None, timeout=5000)
    assert window.findChild(RoutineList) is window.routine_list
    assert window.findChild(PlayerPane) is window.player
    picture = window.library_pane.model.data(
        window.library_pane.model.index(0, 0), Qt.ItemDataRole.DecorationRole
    )
    assert isinstance(picture, QPixmap) and not picture.toImage().allGray()
    assert FIGURE_URL in detail.toHtml()  # and now the key poses


def test_the_app_module_loads_no_figures_speech_or_player() -> None:
    """What the first showing waits for: importing the app must not pull in the figure
    code, the speech engine or the session player (each loads after the first paint)."""
    code = (
        "import sys, backcoach.app; "
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'backcoach.figures', 'backcoach.speech.engine', 'backcoach.ui.session.control', "
        "'backcoach.ui.player.pane', 'backcoach.ui.history', 'backcoach.ui.safety.first_run'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_a_page_is_built_when_first_chosen_and_works(
    qtbot: QtBot, small_library: Library, paths: AppPaths
) -> None:
    opener = Opener()
    window, speaker = window_with_lazy_speaker(qtbot, small_library, paths, opener)
    # Not shown, so never painted: only choosing builds.
    assert window.findChild(RoutineList) is None
    window.tabs.setCurrentIndex(1)  # as a click on "Routines" does
    page = window.tabs.currentWidget()
    assert isinstance(page, RoutineList) and page is window.routine_list
    assert page.table.topLevelItemCount() == len(small_library.routines)
    assert [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())] == [
        "Exercises",
        "Routines",
        "Learn",
        "Session",
        "History",
    ]
    assert window.findChild(PlayerPane) is None and not speaker.is_open

    # Starting a routine builds the player (if the idle moments after the first paint
    # have not), and preparing its cues opens the voice.
    window.show()
    routine_id = next(iter(small_library.routines))
    assert window.start_routine_id(routine_id)
    assert window.tabs.currentWidget() is window.player
    assert window.session.active
    assert speaker.is_open and opener.opened[0].prepared
    window.session.stop()


def test_saved_splitters_of_pages_never_opened_are_kept(
    qtbot: QtBot, small_library: Library, paths: AppPaths, qapp: QApplication
) -> None:
    first, _speaker = window_with_lazy_speaker(qtbot, small_library, paths, Opener())
    first.routine_list.splitter.setSizes([111, 500])
    wanted = first.routine_list.splitter.saveState()
    first.save_state()
    second, _speaker = window_with_lazy_speaker(qtbot, small_library, paths, Opener())
    second.save_state()  # the Routines page was never built in this one
    third, _speaker = window_with_lazy_speaker(qtbot, small_library, paths, Opener())
    assert third.routine_list.splitter.saveState() == wanted
