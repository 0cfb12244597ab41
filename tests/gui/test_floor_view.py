"""The floor view: huge text in the phase colour, its own keys, and leaving it again."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library, built_in_folder, load_library
from backcoach.figures.animation import start_pose
from backcoach.figures.catalog import built_in_catalog
from backcoach.figures.figure_view import FigureView
from backcoach.model import Routine, RoutineItem, Sides
from backcoach.model.routine import DoseOverride
from backcoach.session.cues import CueKind, planned_cues
from backcoach.session.plan import Side, StepKind
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.settings import Settings
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.figure import FRAME_MS
from backcoach.ui.player.floor_view import FLOOR_FRAME_MS, FloorView
from backcoach.ui.session.control import Stage
from backcoach.ui.session.display import PHASE_COLOURS, Display, Phase
from backcoach.ui.session.services import SessionServices

# The offscreen platform cannot raise a window above another; Qt says so each time.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def on_the_floor(running: Any, qtbot: QtBot) -> Any:
    """The tiny routine in the rest between its two sets, floor view shown by F."""
    running.walk_to(7, into=1.5)
    running.press(Qt.Key.Key_F)
    qtbot.waitUntil(running.window.floor.isVisible)
    running.activate()
    return running


def background(floor: FloorView) -> str:
    return floor.palette().color(QPalette.ColorRole.Window).name()


def test_floor_view_is_big_and_says_the_phase(on_the_floor: Any) -> None:
    window = on_the_floor.window
    floor = window.floor
    # Laid over the whole window (menus included), not a second window.
    assert not floor.isWindow() and floor.isVisible()
    assert floor.geometry() == window.rect()
    assert floor.hasFocus()  # keys reach it, not a button of the player hidden below
    assert floor.phase.text() == "REST"
    assert window.session.machine is not None
    rest = window.session.machine.step
    # The routine's 5 s, lengthened to fit its needed words and a three-two-one: 1.5 s in.
    assert (rest.kind, rest.duration) == (StepKind.REST, 8.0)
    assert floor.timer.text() == "7"
    assert floor.caption.text() == "“Rest for eight seconds.”"
    assert floor.next_up.text() == "Next up: Set 2 of 2"
    assert background(floor) == PHASE_COLOURS[Phase.REST]
    assert floor.palette().color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
    # Readable from three metres: the timer is at least a quarter of the window's height.
    assert floor.timer.font().pixelSize() >= floor.height() / 4
    assert floor.timer.height() >= floor.height() / 4
    on_the_floor.walk_to(8, into=0.2)
    assert (floor.phase.text(), floor.timer.text()) == ("MOVE", "1 / 2")
    assert floor.line.text() == "Rep 1 of 2 · Set 2 of 2"
    assert background(floor) == PHASE_COLOURS[Phase.MOVE]
    on_the_floor.walk_to(9, into=0.2)
    assert (floor.phase.text(), floor.timer.text()) == ("HOLD", "3")
    assert background(floor) == PHASE_COLOURS[Phase.HOLD]


def test_keys_work_on_the_floor_view(
    on_the_floor: Any, speaker: RecordingSpeaker, services: SessionServices
) -> None:
    player, floor = on_the_floor, on_the_floor.window.floor
    player.press(Qt.Key.Key_Space, floor)
    assert player.window.session.paused
    assert (floor.phase.text(), background(floor)) == ("PAUSED", PHASE_COLOURS[Phase.PAUSED])
    player.press(Qt.Key.Key_Space, floor)
    player.press(Qt.Key.Key_Right, floor)
    assert floor.line.text() == "Rep 1 of 2 · Set 2 of 2"

    # M mutes the voice (and says so on screen); the captions carry on.
    player.press(Qt.Key.Key_M, floor)
    assert speaker.muted and services.settings.settings.muted
    assert floor.progress_text.text().startswith("Voice muted · ")
    player.walk_to(9, into=0.1)
    assert floor.caption.text() == "“Hold, keep breathing.”"
    player.press(Qt.Key.Key_M, floor)
    assert not speaker.muted and not floor.progress_text.text().startswith("Voice muted")

    # ? lists the keys; Esc closes the list first, then the floor view.
    assert floor.help is not None
    player.press(Qt.Key.Key_Question, floor)
    assert floor.help.isVisible()
    assert "Pause or resume" in floor.help.label.text()
    player.press(Qt.Key.Key_Escape, floor)
    assert not floor.help.isVisible() and floor.isVisible()
    player.press(Qt.Key.Key_Escape, floor)
    assert not floor.isVisible()
    assert player.window.tabs.currentWidget() is player.window.player


def test_f_toggles_and_closing_it_only_leaves_it(on_the_floor: Any, qtbot: QtBot) -> None:
    player, floor = on_the_floor, on_the_floor.window.floor
    player.press(Qt.Key.Key_F, floor)
    assert not floor.isVisible()
    player.press(Qt.Key.Key_F)
    qtbot.waitUntil(floor.isVisible)
    floor.close()
    assert not floor.isVisible()
    assert player.window.session.active  # the session carries on
    assert player.window.tabs.currentWidget() is player.window.player
    qtbot.waitUntil(lambda: QApplication.activeWindow() is player.window)


def test_timer_shrinks_only_to_fit_a_narrow_window(qtbot: QtBot) -> None:
    floor = FloorView()
    qtbot.addWidget(floor)
    floor.resize(400, 800)
    floor.show()
    qtbot.waitExposed(floor)
    wide = Display(
        "Lift", Phase.MOVE, "MOVE", "10 / 10", "repetition", "", "", "", "", "", 0.5, False
    )
    floor.show_display(wide, muted=False)
    assert floor.timer.fontMetrics().horizontalAdvance("10 / 10") <= floor.width()
    floor.resize(1200, 800)
    qtbot.waitUntil(lambda: floor.timer.font().pixelSize() >= 800 / 4)


def test_show_floor_fills_the_screen_when_asked(
    services: SessionServices,
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    qtbot: QtBot,
) -> None:
    services.full_screen = True
    services.settings.update(Settings(get_ready_s=0))
    window = open_window(tiny_library)
    window.start_routine(tiny_library.routines["tiny"])
    window.showMaximized()
    window.show_floor()
    qtbot.waitUntil(window.floor.isVisible)
    assert window.isFullScreen()
    assert window.floor.geometry().size() == window.screen().geometry().size()
    window.resize(900, 600)  # whatever the window manager does, the floor view covers it
    assert window.floor.geometry() == window.rect()
    window.leave_floor()
    # Back as it was before the floor view.
    assert not window.isFullScreen() and window.isMaximized()


def test_floor_view_while_getting_ready(
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    new_player: Callable[[MainWindow], Any],
    qtbot: QtBot,
) -> None:
    window = open_window(tiny_library)
    player = new_player(window)
    window.start_routine(tiny_library.routines["tiny"])
    start = player.clock()
    player.press(Qt.Key.Key_F)
    qtbot.waitUntil(window.floor.isVisible)
    floor = window.floor
    assert (floor.title.text(), floor.phase.text(), floor.timer.text()) == (
        "Tiny routine",
        "GET READY",
        "20",
    )
    assert floor.next_up.text() == "Next up: Lift · 2 sets of 2, hold 3 s, 5 s rest between sets"
    assert floor.caption.text() == "“Get ready. Tiny routine starts in twenty seconds.”"
    assert background(floor) == PHASE_COLOURS[Phase.GET_READY]
    # The countdown is Lift's prepare step: its intro is said, and shown, in it.
    assert window.session.get_ready is not None
    timeline = window.session.get_ready.timeline
    intro = next(c for c in planned_cues(timeline) if c.step == 0 and c.kind is CueKind.INTRO)
    player.tick(intro.at + 0.1)
    assert (floor.title.text(), floor.phase.text(), floor.timer.text()) == (
        "Tiny routine",
        "GET READY",
        str(math.ceil(timeline.steps[0].duration - intro.at - 0.1)),
    )
    assert floor.caption.text() == "“Lift. Two sets of two, holding three seconds.”"
    # The session begins under the floor view, at the first move: no second prepare step.
    while (
        window.session.stage is Stage.GETTING_READY
        and player.clock() - start < timeline.steps[1].start
    ):
        player.tick(0.1)
    assert window.session.stage is Stage.RUNNING
    player.walk_to(1, into=0.1)
    assert (floor.title.text(), floor.phase.text(), floor.timer.text()) == ("Lift", "MOVE", "1 / 2")
    assert player.clock() - start == pytest.approx(timeline.steps[1].start + 0.1, abs=0.01)
    assert background(floor) == PHASE_COLOURS[Phase.MOVE]


def contrast_with_white(colour: str) -> float:
    """WCAG 2 contrast ratio of white text on ``colour``."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    qcolour = QColor(colour)
    luminance = (
        0.2126 * linear(qcolour.redF())
        + 0.7152 * linear(qcolour.greenF())
        + 0.0722 * linear(qcolour.blueF())
    )
    return 1.05 / (luminance + 0.05)


def test_every_phase_colour_reads_well_under_white_text() -> None:
    ratios = {
        phase: round(contrast_with_white(colour), 1) for phase, colour in PHASE_COLOURS.items()
    }
    assert all(ratio >= 7.0 for ratio in ratios.values()), ratios  # WCAG AAA
    # Neighbouring phases differ in colour as well as in their word.
    assert (
        len(
            {
                PHASE_COLOURS[p]
                for p in (
                    Phase.PREPARE,
                    Phase.MOVE,
                    Phase.HOLD,
                    Phase.REST,
                    Phase.SWITCH,
                    Phase.PAUSED,
                )
            }
        )
        == 6
    )


FIGURE_ROUTINE = Routine(
    "floor-figure",
    "Floor figure",
    "A lift, then a stretch on each side.",
    (
        RoutineItem("bridge", DoseOverride(sets=1, reps=1)),
        RoutineItem("piriformis-stretch", DoseOverride(sets=1, reps=1, sides=Sides.EACH)),
    ),
    rest_between_s=6.0,
)


@pytest.fixture
def figure_session(
    open_window: Callable[[Library], MainWindow], new_player: Callable[[MainWindow], Any]
) -> Any:
    """FIGURE_ROUTINE with the built-in exercises and poses, started at once."""
    window = open_window(load_library([built_in_folder()]))
    player = new_player(window)
    assert window.start_routine(FIGURE_ROUTINE)
    player.press(Qt.Key.Key_Enter)
    assert window.session.stage is Stage.RUNNING
    return player


def step_index(window: MainWindow, kind: StepKind, side: Side | None = None) -> int:
    timeline = window.session.timeline
    assert timeline is not None
    return next(
        s.index for s in timeline.steps if s.kind is kind and (side is None or s.side is side)
    )


def floor_figure_after(player: Any, index: int, into: float) -> FigureView:
    """Walks to ``into`` seconds into step ``index`` and shows the floor view's figure."""
    window = player.window
    player.walk_to(index, into=into)
    if not window.floor.isVisible():
        player.press(Qt.Key.Key_F)
        player.qtbot.waitUntil(window.floor.isVisible)
    window.player.figure.show_now()  # the frame its timer would paint next
    figure: FigureView = window.floor.illustration
    return figure


def test_floor_view_shows_the_moving_figure_large(figure_session: Any, qtbot: QtBot) -> None:
    window = figure_session.window
    floor, under = window.floor, window.player.live.illustration
    figure = floor_figure_after(figure_session, step_index(window, StepKind.MOVE), 0.3)
    assert figure.isVisible() and figure.pose is not None
    # Large enough for three metres: at least a third of the width, most of the height.
    assert figure.width() >= floor.width() / 3 and figure.height() >= floor.height() / 2
    qtbot.waitUntil(lambda: figure.paints > 0)
    # On the phase colour, the player's figure under it cleared: one figure moves at a time.
    assert figure.palette().color(QPalette.ColorRole.Base).name() == background(floor)
    assert under.pose is None
    covered_paints = under.paints
    early = figure.pose
    figure_session.tick(1.0)
    window.player.figure.show_now()
    assert figure.pose != early  # the hips rise through the lift
    painted = figure.paints
    qtbot.waitUntil(lambda: figure.paints > painted)
    assert under.paints == covered_paints
    assert window.player.figure.timer.interval() == FLOOR_FRAME_MS

    figure_session.press(Qt.Key.Key_F)  # back to the player: its own figure again
    assert not floor.isVisible()
    assert under.pose is not None and figure.pose is None
    assert window.player.figure.timer.interval() == FRAME_MS


def test_floor_figure_shows_what_comes_next_and_the_other_side(figure_session: Any) -> None:
    window = figure_session.window
    stretch = built_in_catalog().for_exercise(window.library.exercises["piriformis-stretch"])
    assert stretch is not None
    # In the rest between exercises: the next exercise's start pose, not the last one's.
    figure = floor_figure_after(figure_session, step_index(window, StepKind.TRANSITION), 1.0)
    assert figure.isVisible()
    assert figure.pose == start_pose(stretch)
    left_hold = step_index(window, StepKind.HOLD, Side.LEFT)
    left = floor_figure_after(figure_session, left_hold, 1.0).pose
    right_hold = step_index(window, StepKind.HOLD, Side.RIGHT)
    right = floor_figure_after(figure_session, right_hold, 1.0).pose
    assert left is not None and right is not None
    # The same pose drawn the other way round for the other side.
    assert right.mirrored != left.mirrored
    assert right == left.flipped(right.mirrored)
