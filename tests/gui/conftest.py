"""GUI test fixtures: a small fixed library, the app's paths in tmp, windows that always close."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcoach.content.library import ContentFolder, Library, load_library
from backcoach.store.paths import AppPaths, resolve_paths
from backcoach.ui.main_window import MainWindow

CONTENT = Path(__file__).parent / "content"
"""Five exercises that differ in every filtered field, two routines, three topics.

Fixed on purpose: the built-in library grows while these tests must keep their answers.
"""


@pytest.fixture(scope="session")
def content_folder() -> ContentFolder:
    return ContentFolder(
        "user", CONTENT / "exercises", CONTENT / "routines", CONTENT / "education", ""
    )


@pytest.fixture(scope="session")
def fixed_library(content_folder: ContentFolder) -> Library:
    """Shared by tests that only read it (Library is mutable: use small_library to change)."""
    library = load_library([content_folder])
    assert not library.problems, [str(problem) for problem in library.problems]
    return library


@pytest.fixture
def small_library(content_folder: ContentFolder) -> Library:
    return load_library([content_folder])


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    """The same paths the app gets with --data-dir (so config lives under the data dir)."""
    return resolve_paths(data_dir, {})


@pytest.fixture
def open_window(qtbot: QtBot, paths: AppPaths) -> Iterator[Callable[[Library], MainWindow]]:
    """Builds main windows that are shown, and closed again however the test ends."""
    windows: list[MainWindow] = []

    def build(library: Library) -> MainWindow:
        window = MainWindow(library, paths.window_state_file)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    for window in windows:
        window.close()
        window.deleteLater()


@pytest.fixture(autouse=True)
def no_windows_left(qapp: QApplication) -> Iterator[None]:
    """Strict teardown: a test that leaves a visible window open fails."""
    yield
    left = [widget for widget in qapp.topLevelWidgets() if widget.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"windows left open: {left}"
