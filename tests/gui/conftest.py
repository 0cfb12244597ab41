"""GUI test fixtures: a small fixed library, the app's paths in tmp, windows that always close,
a silent speaker and a fake clock for sessions, and no dialog that a test did not expect."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.safety import checked_history

from backcoach.content.library import ContentFolder, Library, load_library
from backcoach.model import (
    Breath,
    Category,
    Dose,
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineItem,
    Sides,
)
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.paths import AppPaths, resolve_paths
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.editor.editor_questions import DeleteRoutineQuestion, DiscardChangesQuestion
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.safety.first_run import FirstRunDialog
from backcoach.ui.session.control import Stage
from backcoach.ui.session.hurt import HurtQuestion
from backcoach.ui.session.messages import PlayError, StopSessionQuestion
from backcoach.ui.session.services import SessionServices
from backcoach.ui.speech_settings import SpeechSettingsDialog

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


class FakeClock:
    """The session's clock: time moves only when a test says so."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def screen() -> RecordingScreenKeeper:
    return RecordingScreenKeeper()


@pytest.fixture
def services(
    speaker: RecordingSpeaker, screen: RecordingScreenKeeper, clock: FakeClock
) -> SessionServices:
    """Settings kept in memory only, the floor view as a plain window."""
    return SessionServices(
        speaker,
        SettingsKeeper(Settings(), None),
        screen,
        clock,
        full_screen=False,
        history=checked_history(),  # the first-run check done: tests of it make their own
    )


@pytest.fixture
def open_window(
    qtbot: QtBot, paths: AppPaths, services: SessionServices
) -> Iterator[Callable[[Library], MainWindow]]:
    """Builds main windows that are shown, and closed again however the test ends."""
    windows: list[MainWindow] = []

    def build(library: Library) -> MainWindow:
        window = MainWindow(library, paths.window_state_file, services)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    for window in windows:
        if window.session_active:  # (without building a player the test never opened)
            window.session.stop()  # else closing would ask whether to stop it
        window.close()
        window.deleteLater()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang the run: a test that expects one answers it itself."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args} {kwargs}")

    monkeypatch.setattr(StopSessionQuestion, "ask", refuse)
    monkeypatch.setattr(PlayError, "show", refuse)
    monkeypatch.setattr(SpeechSettingsDialog, "ask", refuse)
    monkeypatch.setattr(FirstRunDialog, "ask", refuse)
    monkeypatch.setattr(HurtQuestion, "ask", refuse)
    monkeypatch.setattr(DeleteRoutineQuestion, "ask", refuse)
    monkeypatch.setattr(DiscardChangesQuestion, "ask", refuse)


@pytest.fixture(autouse=True)
def no_windows_left(qapp: QApplication) -> Iterator[None]:
    """Strict teardown: a test that leaves a visible window open fails."""
    yield
    left = [widget for widget in qapp.topLevelWidgets() if widget.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"windows left open: {left}"


# -- a tiny routine to play: two exercises, one with sides ---------------------------------

LIFT = Exercise(
    id="lift",
    name="Lift",
    category=Category.STRENGTH,
    position=Position.SUPINE,
    purpose="Test.",
    setup=("Lie on your back.",),
    phases=(
        Phase("Lift your hips", Breath.OUT, 2.0),
        Phase("Hold at the top", Breath.NATURAL, hold=True),
        Phase("Lower your hips", Breath.IN, 2.0),
    ),
    dose=Dose(sets=2, reps=2, hold_s=3.0, rest_s=5.0),
    sources=(),
)
REACH = Exercise(
    id="reach",
    name="Reach",
    category=Category.STRETCH,
    position=Position.SUPINE,
    purpose="Test.",
    setup=("Stay on your back.",),
    phases=(
        Phase("Reach your {side} arm up", Breath.OUT, 2.0),
        Phase("Hold it there", Breath.NATURAL, hold=True),
        Phase("Lower your {side} arm", Breath.IN, 2.0),
    ),
    dose=Dose(reps=1, hold_s=4.0, sides=Sides.EACH),
    sources=(),
)
TINY = Routine(
    "tiny",
    "Tiny routine",
    "Two small moves.",
    (RoutineItem("lift"), RoutineItem("reach")),
    rest_between_s=6.0,
)
"""Its steps start at (seconds into the session, planned with the 20 s get-ready time):
0 prepare Lift (the get-ready countdown); 20 set 1 rep 1 (guided: lift 3 s, hold 3.5 s,
lower 3 s); 29.5 rep 2; 36.5 rest (8 s: the 5 s dose made room for its words); 44.5 set 2;
58.5 transition; 64.5 prepare Reach; 74.5 left (78 its hold); 85.5 switch; 92.5 right;
103.5 done. Step indexes: 2 first hold, 7 rest, 8 set 2, 14 transition, 17 left hold,
19 switch, 21 right hold, 23 done. Tests take times from the plan, not from here."""


@pytest.fixture
def tiny_library() -> Library:
    return Library(exercises={"lift": LIFT, "reach": REACH}, routines={"tiny": TINY})


class Player:
    """The window as a user on the floor sees it, the keys they press, and the clock."""

    def __init__(self, qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
        self.qtbot = qtbot
        self.window = window
        self.clock = clock
        self.start = 0.0

    def activate(self, widget: QWidget | None = None) -> None:
        """Window shortcuts need an active window, as a user's clicked window is."""
        widget = widget or self.window
        widget.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)

    def tick(self, seconds: float = 0.0) -> None:
        self.clock.advance(seconds)
        self.window.session.tick()

    def walk_to(self, index: int, into: float = 0.0) -> None:
        """Lets the session run, step by step, to ``into`` seconds into step ``index``."""
        machine = self.window.session.machine
        assert machine is not None
        while machine.step.index < index:
            self.clock.now = machine.step_end() + 0.001
            self.window.session.tick()
        self.tick(into)

    def press(self, key: Qt.Key, where: QWidget | None = None) -> None:
        target = where or QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key)

    @property
    def live(self) -> dict[str, str]:
        page = self.window.player.live
        return {
            "title": page.title.text(),
            "phase": page.panel.phase.text(),
            "big": page.panel.big.text(),
            "line": page.panel.line.text(),
            "action": page.action.text(),
            "caption": page.caption.text(),
            "next": page.next_up.text() if page.next_up.isVisible() else "",
        }

    @property
    def colour(self) -> str:
        return self.window.player.live.panel.colour


@pytest.fixture
def new_player(qtbot: QtBot, clock: FakeClock) -> Callable[[MainWindow], Player]:
    def make(window: MainWindow) -> Player:
        player = Player(qtbot, window, clock)
        player.activate()
        return player

    return make


@pytest.fixture
def running(
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Player],
) -> Player:
    """The tiny routine, started at once with Enter, at the very start of its first step."""
    window = open_window(tiny_library)
    player = new_player(window)
    assert window.start_routine(TINY)
    player.press(Qt.Key.Key_Enter)
    assert window.session.stage is Stage.RUNNING
    player.start = player.clock()
    return player


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    """A private session bus (never the user's) for as long as the test runs: its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian: apt-get install dbus)")
    # --nofork: the daemon stays our child, so it is ended (and reaped) however the test ends.
    process = subprocess.Popen(
        [
            daemon,
            "--session",
            "--nofork",
            "--print-address=1",
            f"--address=unix:path={tmp_path / 'bus'}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    with process.stdout:
        try:
            yield process.stdout.readline().strip()
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
