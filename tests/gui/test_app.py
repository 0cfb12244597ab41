"""The composition root: real built-in content, and a user's bad file that never stops the app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from backcoach import APP_ID
from backcoach.app import build_main_window, configure_application
from backcoach.content.library import load_content
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import MainWindow

BROKEN = 'id = "broken"\nname = "Broken"\ncategory = "strength\n'  # unclosed string, line 3

GOOD = """
id = "my-heel-slide"
name = "My heel slide"
category = "mobility"
position = "supine"
purpose = "What my physiotherapist gave me."
setup = ["Lie on your back, knees bent."]

[dose]
reps = 10

[[phases]]
action = "Slide one heel away"
breath = "out"
seconds = 3

[[phases]]
action = "Slide it back"
breath = "in"
seconds = 3
"""


@pytest.fixture
def window_for(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
        window.deleteLater()


def test_application_identity(qapp: QApplication) -> None:
    saved = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName())
    try:
        configure_application(qapp)
        assert qapp.applicationName() == "backcoach"
        assert qapp.desktopFileName() == APP_ID
    finally:
        qapp.setApplicationName(saved[0])
        qapp.setOrganizationName(saved[1])
        qapp.setDesktopFileName(saved[2])


def test_built_in_library(qtbot: QtBot, paths: AppPaths, window_for: list[MainWindow]) -> None:
    library = load_content(paths)
    assert library.problems == []
    assert len(library.exercises) >= 1
    window = build_main_window(library, paths)
    window_for.append(window)
    window.show()
    qtbot.waitExposed(window)
    pane = window.library_pane
    assert pane.select_exercise("bridge")
    assert "Bridge" in pane.detail.toPlainText()
    assert pane.count.text() == f"{len(library.exercises)} of {len(library.exercises)} exercises"


def test_bad_user_file_is_reported_and_the_rest_loads(
    qtbot: QtBot, paths: AppPaths, window_for: list[MainWindow]
) -> None:
    paths.exercises_dir.mkdir(parents=True)
    (paths.exercises_dir / "broken.toml").write_text(BROKEN, encoding="utf-8")
    (paths.exercises_dir / "my-heel-slide.toml").write_text(GOOD, encoding="utf-8")
    library = load_content(paths)
    window = build_main_window(library, paths)
    window_for.append(window)
    window.show()
    qtbot.waitExposed(window)

    assert "bridge" in library.exercises  # built-ins still load
    assert window.library_pane.select_exercise("my-heel-slide")
    assert "What my physiotherapist gave me." in window.library_pane.detail.toPlainText()
    notice = window.statusBar().findChild(QLabel, "problemsNotice")
    assert isinstance(notice, QLabel)
    assert notice.isVisible()
    assert "1 content file had problems and was skipped." in notice.text()

    notice.linkActivated.emit("#problems")
    dialog = window.problems_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    lines = dialog.text.toPlainText().splitlines()
    assert len(lines) == len(library.problems) >= 1
    assert lines[0].startswith(f"{paths.exercises_dir / 'broken.toml'}:3: ")
    help_entries = [a.text().replace("&", "") for a in window.menuBar().actions()[-1]
                    .menu().actions()]  # type: ignore[attr-defined]
    assert "Content problems..." in help_entries
