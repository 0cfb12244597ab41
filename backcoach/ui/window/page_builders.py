"""The pages put off at start (routines, learn, history, the player), built when first needed."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from backcoach.ui.window import session_link
from backcoach.ui.window.pages import HISTORY_TAB, LEARN_TAB, ROUTINES_TAB, SESSION_TAB

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow

# Each page's module is imported in its builder: the window's first showing waits only
# for the exercise list (tests/gui/test_lazy_startup.py). Each builder keeps the page in
# the window's own attribute before wiring it, and puts it in its tab.


def build_routine_list(window: MainWindow) -> None:
    from backcoach.ui.library.routine_list import RoutineList  # noqa: PLC0415

    editable = window.services.routines_dir is not None
    page = RoutineList(window.library.routines, window.library.exercises, window, editable=editable)
    window._routine_list = page
    window._saved_layout.restore_splitter("routine_splitter", page.splitter)
    page.startRequested.connect(window.start_routine_id)
    if editable:
        page.newRequested.connect(window.routine_actions.new)
        page.editRequested.connect(window.routine_actions.edit)
        page.deleteRequested.connect(window.routine_actions.delete)
    window._install_page(ROUTINES_TAB, page)


def build_history_view(window: MainWindow) -> None:
    from backcoach.ui.history.view import HistoryView  # noqa: PLC0415

    wall_clock = window.services.wall_clock
    # The user's own calendar: days and weeks begin at local midnight.
    page = HistoryView(
        window.services.history,
        lambda: wall_clock().astimezone().date(),
        wall_clock().astimezone().tzinfo or UTC,
        window,
    )
    window._history_view = page
    window._install_page(HISTORY_TAB, page)


def build_education(window: MainWindow) -> None:
    from backcoach.ui.library.education_view import EducationView  # noqa: PLC0415

    page = EducationView(window.library.topics, window)
    window._education = page
    window._saved_layout.restore_splitter("education_splitter", page.splitter)
    window._install_page(LEARN_TAB, page)


def build_player(window: MainWindow) -> None:
    """The session, its keys, the player page and the floor view, wired together."""
    from backcoach.ui.player.floor_view import FloorView  # noqa: PLC0415
    from backcoach.ui.player.keys import PlayerKeys  # noqa: PLC0415
    from backcoach.ui.player.pane import PlayerPane  # noqa: PLC0415
    from backcoach.ui.session.control import SessionControl  # noqa: PLC0415

    services = window.services
    session = window._session = SessionControl(
        services.speaker,
        services.settings,
        services.screen,
        services.clock,
        window,
        language=services.language,
    )
    keys = window._keys = PlayerKeys(session, services.settings, window)
    player = window._player = PlayerPane(session, keys, window)
    window._install_page(SESSION_TAB, player)
    # Over the whole window, which goes full screen; the player's figure moves to it.
    floor = window._floor = FloorView(window, figure=player.figure)
    keys.attach(floor)
    floor.set_help(keys.help_rows())
    # The session waits while the list of keys covers it, as on the player page.
    floor.helpShown.connect(session.set_covered)
    session_link.connect_session(window)
