"""The composition root: real built-in content, and a user's bad file that never stops the app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot
from support.app_window import acting_on_the_window
from support.safety import pass_safety_check

from backcoach import APP_ID
from backcoach import app as app_module
from backcoach.app import ICON_SIZES, build_main_window, configure_application, run_app
from backcoach.content.library import load_content
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.history import HistoryStore
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import MainWindow
from backcoach.ui.safety.first_run import FirstRunDialog
from backcoach.ui.session.messages import PlayError, StopSessionQuestion
from backcoach.ui.session.services import SessionServices

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
        # The window icon: every PNG size we ship, no SVG (see app_icon).
        sizes = [size.width() for size in qapp.windowIcon().availableSizes()]
        assert sizes == list(ICON_SIZES)
        assert qapp.windowIcon().pixmap(48, 48).width() == 48
    finally:
        qapp.setApplicationName(saved[0])
        qapp.setOrganizationName(saved[1])
        qapp.setDesktopFileName(saved[2])


def test_built_in_library(
    qtbot: QtBot, paths: AppPaths, window_for: list[MainWindow], services: SessionServices
) -> None:
    library = load_content(paths)
    assert library.problems == []
    assert len(library.exercises) >= 1
    window = build_main_window(library, paths, services)
    window_for.append(window)
    window.show()
    qtbot.waitExposed(window)
    pane = window.library_pane
    assert pane.select_exercise("bridge")
    assert "Bridge" in pane.detail.toPlainText()
    assert pane.count.text() == f"{len(library.exercises)} of {len(library.exercises)} exercises"


def test_bad_user_file_is_reported_and_the_rest_loads(
    qtbot: QtBot, paths: AppPaths, window_for: list[MainWindow], services: SessionServices
) -> None:
    paths.exercises_dir.mkdir(parents=True)
    (paths.exercises_dir / "broken.toml").write_text(BROKEN, encoding="utf-8")
    (paths.exercises_dir / "my-heel-slide.toml").write_text(GOOD, encoding="utf-8")
    library = load_content(paths)
    window = build_main_window(library, paths, services)
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
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    help_entries = [a.text().replace("&", "") for a in help_menu.actions()]
    assert "Content problems..." in help_entries


@pytest.fixture
def app_identity(qapp: QApplication) -> Iterator[None]:
    """run_app names the application; put the test run's names back afterwards."""
    saved = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName())
    yield
    qapp.setApplicationName(saved[0])
    qapp.setOrganizationName(saved[1])
    qapp.setDesktopFileName(saved[2])


def test_play_an_unknown_routine(
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    app_identity: None,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(PlayError, "show", lambda _parent, message: shown.append(message))
    assert run_app(paths, ["backcoach"], play_routine="no-such-routine") == 2
    [message] = shown
    assert message.startswith("no-such-routine:1: no routine with this id (known: ")
    assert "gentle-start" in message
    assert "backcoach: cannot play no-such-routine: " in capsys.readouterr().err


def test_play_opens_on_the_player_and_counts_down(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, app_identity: None
) -> None:
    seen: list[tuple[str, str, str]] = []
    speakers: list[RecordingSpeaker] = []
    # Silent: the real speaker would look for a sound server this test has no need of.
    # Nor does it need the desktop's session bus, where media keys would be offered.
    monkeypatch.setattr(app_module, "attach_media", lambda _window: None)

    def recording_speaker(
        _paths: object, _settings: object, **_options: object
    ) -> RecordingSpeaker:
        speakers.append(RecordingSpeaker())
        return speakers[-1]

    monkeypatch.setattr(app_module, "open_speaker", recording_speaker)
    # A fresh data folder: the first-run check comes before the session, answered here.
    checks: list[bool] = []

    def first_run(store: HistoryStore, *args: object, **kwargs: object) -> object:
        checks.append(bool(kwargs.get("review")))
        return pass_safety_check(store)

    monkeypatch.setattr(FirstRunDialog, "ask", first_run)

    def look_then_quit(window: MainWindow) -> None:
        seen.append(
            (
                window.session.stage.value,
                window.tabs.currentWidget().objectName(),
                window.player.intro.title.text(),
            )
        )
        monkeypatch.setattr(StopSessionQuestion, "ask", lambda _parent, _reason: True)
        window.close()  # the last window: the app's event loop ends

    with acting_on_the_window(qapp, look_then_quit):
        assert run_app(paths, ["backcoach"], play_routine="gentle-start") == 0
    assert checks == [False]  # asked once, as a first run (not a review)
    assert seen == [("getting-ready", "playerPane", "Gentle start")]
    assert speakers[0].closed  # the app closes what it opened


def test_play_last_starts_the_routine_started_last_time(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, app_identity: None
) -> None:
    """The launcher's "Start last routine": a first run remembers it, play --last starts it."""
    from backcoach.cli import main  # noqa: PLC0415

    monkeypatch.setattr(app_module, "attach_media", lambda _window: None)
    monkeypatch.setattr(
        app_module, "open_speaker", lambda _paths, _settings, **_options: RecordingSpeaker()
    )
    monkeypatch.setattr(StopSessionQuestion, "ask", lambda _parent, _reason: True)
    monkeypatch.setattr(FirstRunDialog, "ask", pass_safety_check)
    seen: list[str] = []

    def look_then_quit(window: MainWindow) -> None:
        seen.append(window.player.intro.title.text() if window.session.active else "idle")
        window.close()

    with acting_on_the_window(qapp, look_then_quit):
        assert main(["--data-dir", str(paths.data_dir), "play", "desk-break"]) == 0
    with acting_on_the_window(qapp, look_then_quit):
        assert main(["--data-dir", str(paths.data_dir), "play", "--last"]) == 0
    assert seen == ["Desk break", "Desk break"]
    paths.settings_file.unlink()
    with acting_on_the_window(qapp, look_then_quit):
        assert main(["--data-dir", str(paths.data_dir), "play", "--last"]) == 0
    assert seen[-1] == "idle"  # nothing started yet: the app opens as usual
