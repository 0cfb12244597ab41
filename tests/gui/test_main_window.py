"""The main window: pages, menus, About, and the layout remembered between runs."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from backcoach import __version__
from backcoach.content.library import Library
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import MainWindow

OpenWindow = Callable[[Library], MainWindow]


def menu_actions(window: MainWindow) -> dict[str, QAction]:
    """Every menu entry by its text without the & mnemonic, e.g. "View/Routines"."""
    found = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:  # type: ignore[attr-defined]
            if not action.isSeparator():
                found[f"{top.text()}/{action.text()}".replace("&", "")] = action
    return found


def test_pages_and_view_menu(small_library: Library, open_window: OpenWindow) -> None:
    window = open_window(small_library)
    assert [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())] == [
        "Exercises",
        "Routines",
        "Learn",
        "Session",
        "History",
    ]
    actions = menu_actions(window)
    assert set(actions) == {
        "File/Quit",
        "View/Exercises",
        "View/Routines",
        "View/Learn about your back",
        "View/Session",
        "View/History",
        "View/Search exercises",
        "View/Floor view (F in the player)",
        "Settings/Voice and session...",
        "Settings/Safety check...",
        "Help/About backcoach",
        "Help/About Qt",
    }  # no content problems, so no entry for them
    assert actions["File/Quit"].shortcut().toString() == "Ctrl+Q"
    actions["View/Learn about your back"].trigger()
    assert window.tabs.currentWidget() is window.education
    actions["View/Routines"].trigger()
    assert window.tabs.currentWidget() is window.routine_list
    actions["View/Session"].trigger()
    assert window.tabs.currentWidget() is window.player
    assert actions["View/Session"].shortcut().toString() == "Ctrl+4"
    actions["View/History"].trigger()
    assert window.tabs.currentWidget() is window.history_view
    assert actions["View/History"].shortcut().toString() == "Ctrl+5"
    actions["View/Search exercises"].trigger()
    assert window.tabs.currentWidget() is window.library_pane
    assert window.findChild(QWidget, "problemsNotice") is None


def test_about_says_what_the_app_is_not(
    small_library: Library, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda _parent, title, text: shown.append((title, text))
    )
    window = open_window(small_library)
    menu_actions(window)["Help/About backcoach"].trigger()
    [(title, text)] = shown
    assert title == "About backcoach"
    assert __version__ in text
    assert "does not replace a doctor or physiotherapist" in text
    assert "NICE NG59" in text


def test_quit_closes_and_saves(
    qtbot: QtBot, small_library: Library, open_window: OpenWindow, paths: AppPaths
) -> None:
    window = open_window(small_library)
    assert not paths.window_state_file.exists()
    menu_actions(window)["File/Quit"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    saved = json.loads(paths.window_state_file.read_text(encoding="utf-8"))
    assert saved["version"] == 1
    assert {"geometry", "window", "library_splitter"} <= set(saved["blobs"])


def test_geometry_and_splitters_restored(
    qtbot: QtBot, small_library: Library, open_window: OpenWindow, paths: AppPaths
) -> None:
    first = open_window(small_library)
    default_size = first.size()
    first.resize(780, 560)
    qtbot.waitUntil(lambda: first.size() == QSize(780, 560))
    first.library_pane.splitter.setSizes([180, 480])
    sizes = first.library_pane.splitter.sizes()
    first.close()
    assert not list(paths.window_state_file.parent.glob("*.tmp"))  # written atomically
    second = open_window(small_library)
    assert second.size() == QSize(780, 560) != default_size
    assert second.library_pane.splitter.sizes() == sizes


@pytest.mark.parametrize(
    "content",
    [
        "not json at all {",
        '{"version": 1, "blobs": {"geometry": "%%% not base64 %%%"}}',
        '{"version": 99, "blobs": {}}',
        '["a list"]',
        "",
    ],
)
def test_corrupt_state_file_is_ignored(
    qtbot: QtBot, small_library: Library, open_window: OpenWindow, paths: AppPaths, content: str
) -> None:
    paths.window_state_file.parent.mkdir(parents=True)
    paths.window_state_file.write_text(content, encoding="utf-8")
    window = open_window(small_library)
    assert window.size() == QSize(1100, 720)  # the default: nothing was restored
    window.close()
    # Closing replaces the bad file with a good one.
    assert json.loads(paths.window_state_file.read_text(encoding="utf-8"))["version"] == 1


def test_unwritable_state_folder_does_not_stop_closing(
    small_library: Library, open_window: OpenWindow, paths: AppPaths
) -> None:
    paths.config_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.config_dir.write_text("a file where the folder should be", encoding="utf-8")
    window = open_window(small_library)
    assert window.close()
    assert not window.isVisible()
