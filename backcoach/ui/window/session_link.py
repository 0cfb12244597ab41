"""Sessions in the window: starting one on the Session page, and its wiring once built."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from backcoach.store.history import PainMoment
from backcoach.ui.window.progression_link import connect_progression
from backcoach.ui.window.safety_link import safety_allows_session
from backcoach.ui.window.status import STATUS_MS

if TYPE_CHECKING:
    from backcoach.model import Routine
    from backcoach.ui.main_window import MainWindow


def connect_session(window: MainWindow) -> None:
    """Wires the player just built: its keys, the floor view, the status bar, the
    session's history and the progression offer."""
    from backcoach.ui.session.history_link import SessionHistory  # noqa: PLC0415

    session, keys, floor = window.session, window.keys, window.floor
    keys.floor.triggered.connect(window.toggle_floor)
    keys.leave_floor.triggered.connect(window.escape)
    keys.help.triggered.connect(window.toggle_help)
    session.displayChanged.connect(window._show_on_floor)
    session.captionChanged.connect(floor.show_caption)
    session.status.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    session.notice.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    floor.left.connect(window._floor_closed)
    window.player.summary.chooseAnother.connect(lambda: window.show_page(window.routine_list))
    # The history of each session: check-ins, what was done, "this hurts", the end.
    history = SessionHistory(
        session, window.services.history, window.services.wall_clock, parent=window
    )
    window.session_history = history
    player = window.player
    player.intro.pain.chosen.connect(lambda score: history.pain(PainMoment.BEFORE, score))
    player.summary.pain.chosen.connect(lambda score: history.pain(PainMoment.AFTER, score))
    history.notice.connect(player.show_notice)
    player.intro.safety_profile = window.services.history.safety_profile()
    link = window.progression_link = connect_progression(window)
    if link is not None:
        window.progression = link.flow
        window.progression_offer = link.offer


def start_routine(window: MainWindow, routine: Routine) -> bool:
    """The get-ready countdown of ``routine`` on the Session page; False if the user
    chose to keep the session already under way."""
    from backcoach.session.plan import PlanOptions, plan_routine  # noqa: PLC0415
    from backcoach.ui.session.messages import StopSessionQuestion  # noqa: PLC0415

    if not safety_allows_session(window):
        return False
    question = QCoreApplication.translate(
        "MainWindow", "Stop it and start “{title}” instead?"
    ).format(title=routine.title)
    # The session waits, paused, while the user decides.
    if window.session_active and not window.session.confirm_stop(
        lambda: StopSessionQuestion.ask(window, question)
    ):
        return False
    keeper = window.services.settings
    settings = keeper.settings
    options = PlanOptions(
        verbosity=settings.verbosity,
        language=window.services.language,
        get_ready_s=float(settings.get_ready_s),
        rate_wpm=settings.rate,
    )
    timeline = plan_routine(routine, window.library.exercises, options)
    if routine.id in window.library.routines:  # for "start last routine"; not one exercise
        keeper.update(replace(keeper.settings, last_routine=routine.id))
    window.show_page(window.player)
    window.player.setFocus()
    window.session.load(timeline)
    return True
