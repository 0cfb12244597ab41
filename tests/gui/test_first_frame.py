"""The window's first frame: on screen before the content loads, then filled in place."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from support.safety import checked_history

import backcoach.app as app_module
from backcoach.content import first_frame
from backcoach.content.first_frame import FirstFrameText, first_frame_text
from backcoach.content.library import Library, load_with_user_folders
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.paths import AppPaths
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.library.pane import LibraryPane
from backcoach.ui.library.pane_frame import LibraryPaneFrame
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.services import SessionServices
from backcoach.ui.window.first_frame import show_first_frame

ROOT = Path(__file__).resolve().parents[2]


def services_for_tests() -> SessionServices:
    return SessionServices(
        RecordingSpeaker(),
        SettingsKeeper(Settings(), None),
        RecordingScreenKeeper(),
        full_screen=False,
        history=checked_history(),
    )


def frame(qtbot: QtBot, paths: AppPaths, names: list[str]) -> MainWindow:
    window = MainWindow(None, paths.window_state_file, None, first_names=names)
    qtbot.addWidget(window)
    return window


def test_the_first_frame_lists_the_names_with_the_first_chosen(
    qtbot: QtBot, paths: AppPaths
) -> None:
    window = frame(qtbot, paths, ["Bird dog", "Bridge", "Cat-cow"])
    page = window.tabs.widget(0)
    assert type(page) is LibraryPaneFrame and not window.filled
    model = page.list.model()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        "Bird dog",
        "Bridge",
        "Cat-cow",
    ]
    assert page.list.currentIndex().row() == 0
    assert page.list.selectionModel().isRowSelected(0)
    assert page.count.text() == "3 of 3 exercises"
    assert [menu.title() for menu in (window.file_menu, window.help_menu)] == ["&File", "&Help"]
    assert window.file_menu.isEmpty()  # its entries come with the services


def test_a_first_frame_without_names_counts_nothing(qtbot: QtBot, paths: AppPaths) -> None:
    """Where the user has exercises of their own the names are not known yet: the list is
    empty until filled, and no "0 of 0" is shown meanwhile."""
    window = frame(qtbot, paths, [])
    page = window.tabs.widget(0)
    assert isinstance(page, LibraryPaneFrame)
    assert page.list.model().rowCount() == 0
    assert page.count.text() == ""


def test_closing_the_first_frame_keeps_nothing(qtbot: QtBot, paths: AppPaths) -> None:
    """A signal before the content loaded closes a window that has nothing to save."""
    window = frame(qtbot, paths, ["Bridge"])
    window.show()
    window.close_without_asking()
    assert not window.isVisible()
    assert not paths.window_state_file.exists()


def test_fill_puts_the_library_in_place_and_keeps_what_was_typed(
    qtbot: QtBot, paths: AppPaths, small_library: Library
) -> None:
    window = frame(qtbot, paths, sorted(e.name for e in small_library.exercises.values()))
    window.show()
    first_page = window.tabs.widget(0)
    assert isinstance(first_page, LibraryPaneFrame)
    first_page.search.setText("bri")  # typed before the content was there
    with qtbot.waitSignal(window.framePainted, timeout=5000):
        pass
    with qtbot.assertNotEmitted(window.firstPainted, wait=50):
        pass  # the first frame is not the window: firstPainted waits for fill
    window.fill(small_library, services_for_tests())
    assert window.filled
    assert window.tabs.widget(0) is window.library_pane
    assert isinstance(window.library_pane, LibraryPane)
    assert window.library_pane.search.text() == "bri"
    shown = [exercise.name for exercise in window.library_pane.shown_exercises()]
    assert shown and all("bri" in name.casefold() for name in shown)
    assert not window.file_menu.isEmpty()
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        pass  # now painted as a whole: pictures, voice and the other pages follow
    qtbot.waitUntil(lambda: not isValid(first_page), timeout=1000)  # the frame's page is gone


def test_the_row_chosen_in_the_first_frame_stays_chosen(
    qtbot: QtBot, paths: AppPaths, small_library: Library
) -> None:
    names = sorted(e.name for e in small_library.exercises.values())
    window = frame(qtbot, paths, names)
    first_page = window.tabs.widget(0)
    assert isinstance(first_page, LibraryPaneFrame)
    first_page.list.setCurrentIndex(first_page.list.model().index(2, 0))  # a click
    window.fill(small_library, services_for_tests())
    detail = window.library_pane.detail
    assert detail.exercise is not None and detail.exercise.name == names[2]


def test_a_page_chosen_in_the_first_frame_is_built_when_filled(
    qtbot: QtBot, paths: AppPaths, small_library: Library
) -> None:
    window = frame(qtbot, paths, [])
    window.tabs.setCurrentIndex(1)  # Routines, clicked before the content was there
    assert window._routine_list is None
    window.fill(small_library, services_for_tests())
    assert window.tabs.currentWidget() is window.routine_list


def test_the_names_are_the_built_in_lists_in_each_language(tmp_path: Path) -> None:
    """resources/first-frame.json matches the content as it is: a changed or added name
    fails here until tools/build_first_frame.py is run."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_first_frame.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    english = first_frame_text(tmp_path / "none", "en")
    assert english.names[:2] == ["Abdominal curl-up", "Bird dog"] and len(english.names) == 21
    assert english.filters["position"][0] == "Lying on your back"
    german = first_frame_text(tmp_path / "none", "de")
    assert german.names[0] == "Arm- und Beinheben in Bauchlage"
    assert german.filters["position"][0] == "Rückenlage"


def test_no_names_where_the_user_has_exercises_of_their_own(tmp_path: Path) -> None:
    own = tmp_path / "exercises"
    own.mkdir()
    assert first_frame_text(own, "en").names  # an empty folder changes nothing
    (own / "knee-hug.toml").write_text('id = "knee-hug"\n')
    assert first_frame_text(own, "en") == FirstFrameText()


@pytest.mark.parametrize(
    "text", ["", "not json", "[]", '{"names": {"en": [1, 2]}}', '{"names": "en"}']
)
def test_a_broken_index_gives_no_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    index = tmp_path / "resources"
    index.mkdir()
    (index / first_frame.INDEX_NAME).write_text(text)
    monkeypatch.setattr("backcoach.content.first_frame.resources.files", lambda _package: index)
    assert first_frame_text(tmp_path / "none", "en") == FirstFrameText()


@pytest.mark.parametrize(
    "case",
    [
        ("en", "&Exercises", "Abdominal curl-up"),
        ("de", "Ü&bungen", "Arm- und Beinheben in Bauchlage"),
    ],
)
def test_run_app_shows_the_first_frame_then_fills_it(
    qtbot: QtBot,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[str, str, str],
) -> None:
    """The real start: the first frame is painted with the names, in the window's
    language, before the content loads; then the same window is filled (one window,
    never replaced)."""
    language, first_tab, first_name = case
    monkeypatch.setattr(app_module, "attach_media", lambda _window: None)
    monkeypatch.setattr(
        app_module, "open_speaker", lambda _paths, _settings, **_options: RecordingSpeaker()
    )
    seen: list[tuple[bool, int, str, str]] = []
    windows: list[MainWindow] = []

    def watched(paths: AppPaths, language: str) -> MainWindow:
        window = show_first_frame(paths, language)
        page = window.tabs.widget(0)
        assert isinstance(page, LibraryPaneFrame) and not window.filled
        model = page.list.model()
        seen.append((False, model.rowCount(), window.tabs.tabText(0), model.index(0, 0).data()))
        windows.append(window)
        window.firstPainted.connect(lambda: finish(window))
        return window

    def finish(window: MainWindow) -> None:
        shown = window.library_pane.shown_exercises()
        seen.append((window.filled, len(shown), window.tabs.tabText(0), shown[0].name))
        windows.append(window)
        window.quit_app()

    monkeypatch.setattr(app_module, "show_first_frame", watched)
    monkeypatch.setattr(MainWindow, "first_run_if_needed", lambda _self: None)
    assert app_module.run_app(paths, ["backcoach"], language=language) == 0
    assert seen == [(False, 21, first_tab, first_name), (True, 21, first_tab, first_name)]
    assert windows[0] is windows[1]


def test_the_first_frame_needs_none_of_the_content_or_qt_enums() -> None:
    """What the first frame waits for: neither the content, the models, the history nor
    the session code are imported, and no enum of Qt's namespace is made (PySide builds
    all 94 on the first use of one: 15 ms)."""
    code = """
import sys, json, tempfile
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
app = QApplication(["test"])
import backcoach.app as start
from backcoach.store.paths import resolve_paths
paths = resolve_paths(tempfile.mkdtemp(), {})
window = start.show_first_frame(paths, "en")
heavy = sorted(m for m in sys.modules if m.startswith((
    "backcoach.content.library", "backcoach.model", "backcoach.store.history",
    "backcoach.session", "backcoach.ui.library.pane", "backcoach.figures", "tomllib",
    "sqlite3", "PySide6.QtDBus")) and m not in ("backcoach.session", "backcoach.session.verbosity",
    "backcoach.ui.library.pane_frame"))
print(json.dumps({"heavy": heavy, "qt_enums": "Qt" in QtCore.__dict__,
                  "rows": window.tabs.widget(0).list.model().rowCount()}))
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"heavy": [], "qt_enums": False, "rows": 21}


def test_a_signal_while_the_first_frame_shows_ends_the_app_there(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM before the content loaded: the frame closes, nothing else is loaded or
    opened, the exit status says which signal; the process's translation is given back."""
    opened: list[str] = []
    monkeypatch.setattr(app_module, "build_services", lambda *_args: opened.append("services"))
    frames: list[MainWindow] = []

    def signalled(paths: AppPaths, language: str) -> MainWindow:
        os.kill(os.getpid(), signal.SIGTERM)  # waits in the pipe for the frame's event loop
        frames.append(show_first_frame(paths, language))
        return frames[0]

    monkeypatch.setattr(app_module, "show_first_frame", signalled)
    before = signal.getsignal(signal.SIGTERM)
    assert app_module.run_app(paths, ["backcoach"], language="de") == 128 + signal.SIGTERM
    assert opened == [] and not frames[0].isVisible()
    assert signal.getsignal(signal.SIGTERM) == before
    assert QCoreApplication.translate("MainWindow", "&Exercises") == "&Exercises"
    # The app's exit (QCoreApplication.exit) would end a process; here it must not leave
    # later event loops returning at once: an application loop run and quit resets it.
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


def test_the_filled_page_stands_where_the_first_frame_stood(qtbot: QtBot, paths: AppPaths) -> None:
    """The built-in library in place of the first frame: the same names, and filter boxes
    of the same entries and widths, so nothing on the page moves when it is filled."""
    text = first_frame_text(paths.exercises_dir, "en")
    window = MainWindow(
        None, paths.window_state_file, None, first_names=text.names, first_filters=text.filters
    )
    qtbot.addWidget(window)
    page = window.tabs.widget(0)
    assert isinstance(page, LibraryPaneFrame)
    window.show()
    qtbot.waitExposed(window)
    boxes = (page.category, page.position, page.equipment, page.source)
    before = [(box.count(), box.width(), box.geometry().x()) for box in boxes]
    splitter_before = page.splitter.sizes()
    window.fill(
        load_with_user_folders(paths.exercises_dir, paths.routines_dir, "en"), services_for_tests()
    )
    pane = window.library_pane
    qtbot.waitUntil(pane.isVisible)
    qtbot.wait(20)  # laid out
    after = [
        (box.count(), box.width(), box.geometry().x())
        for box in (pane.category, pane.position, pane.equipment, pane.source)
    ]
    assert after == before
    assert pane.splitter.sizes() == splitter_before
    # A wider window widens the exercise's detail, not the list (as before the frame).
    window.resize(window.width() + 300, window.height())
    qtbot.wait(20)
    grown = pane.splitter.sizes()
    assert grown[0] == splitter_before[0] and grown[1] > splitter_before[1]
    assert [e.name for e in pane.shown_exercises()] == text.names


def test_a_first_frame_never_painted_does_not_hold_the_start(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened where nothing exposes it (minimised, another workspace): no paint comes, and
    the start goes on once FIRST_FRAME_WAIT_MS is up rather than waiting for one (a wait
    for ever would end in the run's faulthandler timeout)."""
    monkeypatch.setattr(MainWindow, "show", lambda _self: None)  # never exposed
    monkeypatch.setattr("backcoach.ui.window.first_frame.FIRST_FRAME_WAIT_MS", 20)
    window = show_first_frame(paths, "en")  # returns: the wait is over
    qtbot.addWidget(window)
    assert not window.isVisible() and not window.filled
