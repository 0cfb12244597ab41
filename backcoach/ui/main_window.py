"""The main window: library, routines, reading and the session player in tabs, menus, layout."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

# Only what the first frame needs is imported with the window: the library page's
# widgets, the menus' titles, the tabs. The content, the models and the links to the
# session come with fill() (ui/window/filling.py), after the first frame is on screen.
from backcoach.ui.library.pane_frame import LibraryPaneFrame
from backcoach.ui.window import content_problems, safety_link, settings_dialogs
from backcoach.ui.window.menus import build_menu_titles
from backcoach.ui.window.pages import (
    HISTORY_TAB,
    LAZY_PAGES,
    LEARN_TAB,
    ROUTINES_TAB,
    SESSION_TAB,
    install_page,
    run_one_per_turn,
    tab_texts,
)
from backcoach.ui.window.saved_layout import SavedLayout
from backcoach.ui.window.status import STATUS_MS

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    # The other pages, the player and the dialogs are imported when first built (see
    # MainWindow): the window's first showing waits only for the exercise list.
    from backcoach.coach.progression_flow import ProgressionFlow
    from backcoach.content.library import Library
    from backcoach.model import Routine
    from backcoach.ui.checkin.next_day import NextDayCheckIn
    from backcoach.ui.coach.progression_offer import ProgressionOffer
    from backcoach.ui.editor.own_exercises import OwnExercises
    from backcoach.ui.editor.routine_actions import RoutineActions
    from backcoach.ui.history.view import HistoryView
    from backcoach.ui.library.education_view import EducationView
    from backcoach.ui.library.pane import LibraryPane
    from backcoach.ui.library.routine_list import RoutineList
    from backcoach.ui.player.floor_view import FloorView
    from backcoach.ui.player.keys import PlayerKeys
    from backcoach.ui.player.pane import PlayerPane
    from backcoach.ui.problems_dialog import ProblemsDialog
    from backcoach.ui.reminders.tray import Tray
    from backcoach.ui.session.control import SessionControl
    from backcoach.ui.session.display import Display
    from backcoach.ui.session.history_link import SessionHistory
    from backcoach.ui.session.services import SessionServices
    from backcoach.ui.sharing.actions import SharingActions
    from backcoach.ui.window.floor_mode import FloorMode
    from backcoach.ui.window.progression_link import ProgressionLink

# What other modules import from here (ROUTINES_TAB: the sharing actions and their tests).
__all__ = ["HISTORY_TAB", "LEARN_TAB", "ROUTINES_TAB", "SESSION_TAB", "STATUS_MS", "MainWindow"]


class MainWindow(QMainWindow):
    """Shown in two steps at start (docs/architecture.md, "Start-up"): a first frame (the
    tabs, the menus' titles, the library page's widgets with the exercise names), then
    fill() with the content and the services. The Routines and Learn pages and the player
    (session, keys, floor view) are built when first used, or in idle moments once the
    whole window has been painted, whichever comes first; until then their tabs hold
    empty pages. Start-up was 2.8 times a bare Qt window's with everything built before
    the first showing.

    The window's behaviour is in ``backcoach.ui.window``: its menus, the floor view, the
    saved layout, sessions, the safety check, the morning-after check-in and the
    progression offer; the methods here are what the rest of the app calls."""

    # The user chose another language ("" for the system's); whoever built the window
    # builds it anew in that language (app.py), as every text and cue depends on it.
    languageChosen = Signal(str)  # noqa: N815 (Qt signal naming)
    # The window has been painted for the first time: what was put off can start now.
    firstPainted = Signal()  # noqa: N815 (Qt signal naming)
    # Its first frame (the window before fill()) is on screen.
    framePainted = Signal()  # noqa: N815 (Qt signal naming)
    # Closing the window only hid it: backcoach stays in the tray for the plan's reminders.
    hiddenToTray = Signal()  # noqa: N815 (Qt signal naming)

    # Set when first made (the menus, the player, the own-exercise actions) or by fill():
    # declared here for the type checker.
    library: Library
    services: SessionServices
    library_pane: LibraryPane
    _floor_mode: FloorMode
    file_menu: QMenu
    view_menu: QMenu
    settings_menu: QMenu
    help_menu: QMenu
    find_action: QAction
    sharing: SharingActions
    own_exercises: OwnExercises
    session_history: SessionHistory
    progression_link: ProgressionLink | None
    progression: ProgressionFlow
    progression_offer: ProgressionOffer

    def __init__(
        self,
        library: Library | None,
        state_file: Path,
        services: SessionServices | None,
        parent: QWidget | None = None,
        *,
        first_names: Sequence[str] = (),
        first_filters: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """With a library and services, the whole window. With None for both, its first
        frame only (the tabs, the menus' titles, the library page's widgets listing
        ``first_names``, its filter boxes holding ``first_filters``): shown at once, it
        says framePainted once on screen, and fill() then completes it (backcoach.app
        does so while starting)."""
        super().__init__(parent)
        self.setWindowTitle("backcoach")
        self.state_file = state_file
        self.problems_dialog: ProblemsDialog | None = None
        self._session: SessionControl | None = None
        self._keys: PlayerKeys | None = None
        self._player: PlayerPane | None = None
        self._floor: FloorView | None = None
        self._routine_list: RoutineList | None = None
        self._routine_actions: RoutineActions | None = None
        self._education: EducationView | None = None
        self._history_view: HistoryView | None = None
        self._painted = False
        self._filled = False
        # Set by ui.reminders.coordinator where the desktop has a system tray.
        self.tray: Tray | None = None
        self._quitting = False
        self._saved_layout = SavedLayout(self)
        self.next_day: NextDayCheckIn | None = None
        self.problems_notice: QLabel | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # The library page's widgets for a first frame; an empty page when fill() follows at
        # once (a test's window, a new language's): the real page takes its place.
        first_page = LibraryPaneFrame(self) if library is None else QWidget(self.tabs)
        if isinstance(first_page, LibraryPaneFrame):
            first_page.show_names(first_names, first_filters)
            first_page.search.setFocus()
        self._tab_texts = tab_texts()
        self.tabs.addTab(first_page, self._tab_texts[0])
        for text in self._tab_texts[1:]:
            self.tabs.addTab(QWidget(self.tabs), text)  # an empty page until it is built
        self.tabs.currentChanged.connect(self._tab_chosen)
        # The pages, and above them a band for the morning-after check-in when it is due.
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        build_menu_titles(self)
        self.resize(1100, 720)
        self._saved_layout.restore()
        if library is not None and services is not None:
            self.fill(library, services)

    def fill(self, library: Library, services: SessionServices) -> None:
        """Completes the window: the library page with its exercises in place of the first
        frame's (keeping what was typed in its search field), the menus' entries, the
        links to the services."""
        from backcoach.ui.window.filling import fill_window  # noqa: PLC0415 (after the frame)

        fill_window(self, library, services)
        self._filled = True
        if self._painted:
            # firstPainted means the whole window: it comes with the next paint.
            self._painted = False
            self.update()
        if self.tabs.currentIndex() != 0:
            self._tab_chosen(self.tabs.currentIndex())  # a page chosen in the first frame

    @property
    def filled(self) -> bool:
        """The window is complete (see fill)."""
        return self._filled

    # -- the parts built when first needed ----------------------------------------------

    @property
    def session(self) -> SessionControl:
        if self._session is None:
            self._build_player()
        assert self._session is not None
        return self._session

    @property
    def keys(self) -> PlayerKeys:
        if self._keys is None:
            self._build_player()
        assert self._keys is not None
        return self._keys

    @property
    def player(self) -> PlayerPane:
        if self._player is None:
            self._build_player()
        assert self._player is not None
        return self._player

    @property
    def floor(self) -> FloorView:
        if self._floor is None:
            self._build_player()
        assert self._floor is not None
        return self._floor

    @property
    def routine_list(self) -> RoutineList:
        if self._routine_list is None:
            from backcoach.ui.window import page_builders  # noqa: PLC0415

            page_builders.build_routine_list(self)
        assert self._routine_list is not None
        return self._routine_list

    @property
    def routine_actions(self) -> RoutineActions:
        """New, edit, duplicate and delete of the user's routines (needs a routine folder)."""
        if self._routine_actions is None:
            from backcoach.ui.editor.routine_actions import RoutineActions  # noqa: PLC0415

            assert self.services.routines_dir is not None
            actions = RoutineActions(
                self.library, self.services.routines_dir, self, self.services.language
            )
            actions.changed.connect(self.routines_changed)
            self._routine_actions = actions
        return self._routine_actions

    def routines_changed(self, routine_id: str) -> None:
        """Builds the routine list again from the library and chooses ``routine_id``."""
        if self._routine_list is not None:
            self._routine_list = None
            # (_install_page puts the new page in the old one's place and deletes it)
        page = self.routine_list
        if routine_id in self.library.routines:
            page.select_routine(routine_id)

    @property
    def history_view(self) -> HistoryView:
        if self._history_view is None:
            from backcoach.ui.window import page_builders  # noqa: PLC0415

            page_builders.build_history_view(self)
        assert self._history_view is not None
        return self._history_view

    @property
    def education(self) -> EducationView:
        if self._education is None:
            from backcoach.ui.window import page_builders  # noqa: PLC0415

            page_builders.build_education(self)
        assert self._education is not None
        return self._education

    @property
    def session_active(self) -> bool:
        """A session is loaded (and without building the player to find out)."""
        return self._session is not None and self._session.active

    def _build_player(self) -> None:
        from backcoach.ui.window import page_builders  # noqa: PLC0415

        page_builders.build_player(self)

    def _install_page(self, index: int, page: QWidget) -> None:
        install_page(self.tabs, index, page, self._tab_texts[index])

    def _tab_chosen(self, index: int) -> None:
        if not self._filled:
            return  # built once the window is filled (fill looks again)
        if index == HISTORY_TAB and self._history_view is not None:
            self._history_view.refresh()  # sessions recorded since it was last shown
        if index in LAZY_PAGES:
            getattr(self, LAZY_PAGES[index])  # built now if it was not yet

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint reaches the screen: a zero timer runs once the event that
            # painted the window is done.
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self._filled:
            self.framePainted.emit()  # the first frame is on screen: fill it now
            return
        self.library_pane.draw_pictures()
        self.firstPainted.emit()
        run_one_per_turn([lambda: self.player, lambda: self.routine_list, lambda: self.education])

    # -- pages and content --------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    def search_exercises(self) -> None:
        self.show_page(self.library_pane)
        self.library_pane.focus_search()

    def show_library(self, library: Library, select: str = "") -> None:
        """The content loaded again (after an import, or a save of an own exercise): put
        into this window's own Library object, which the pages, the routine actions and
        the progression flow hold, and shown; a session under way keeps what it planned.
        ``select`` is the exercise to show (else the one shown stays, if it still is)."""
        own = self.library
        own.exercises.clear()
        own.exercises.update(library.exercises)
        own.routines.clear()
        own.routines.update(library.routines)
        own.topics[:] = library.topics
        own.problems[:] = library.problems
        own.coverage = library.coverage
        own.pose_labels = library.pose_labels
        # The same pane (its buttons, filters and splitter stay), with the new exercises.
        self.library_pane.detail.pose_labels = own.pose_labels
        self.library_pane.set_exercises(own.exercises.values(), select=select)
        if self._routine_list is not None:
            state = self._routine_list.splitter.saveState()
            self._routine_list = None
            self.routine_list.splitter.restoreState(state)  # built anew, in its tab
        # The count said at start may be wrong now.
        content_problems.withdraw_notice(self)
        content_problems.announce_problems(self)

    def _skipped_files_text(self, files: int) -> str:
        # The window's own tr(), not QCoreApplication.translate: pyside6-lupdate sees the
        # plural (%n) only in tr() calls.
        if files == 1:
            return self.tr("1 content file had problems and was skipped.")
        return self.tr("%n content files had problems and were skipped.", None, files)

    def show_problems(self) -> ProblemsDialog:
        """Non-modal, so the user can keep the list open while fixing the file."""
        return content_problems.show_problems(self)

    def _show_about(self) -> None:
        from backcoach.ui.about import show_about  # noqa: PLC0415 (when first asked for)

        show_about(self)

    def add_band(self, band: QWidget) -> None:
        """A notice above the pages (a reminder where there is no tray to show it)."""
        self._central_layout.insertWidget(0, band)
        band.show()  # made after the window was shown: it would stay hidden

    # -- sessions, and the safety check and check-ins around them ----------------------

    def start_routine(self, routine: Routine) -> bool:
        """The get-ready countdown of ``routine`` on the Session page; False if the user
        chose to keep the session already under way."""
        from backcoach.ui.window import session_link  # noqa: PLC0415

        return session_link.start_routine(self, routine)

    def start_routine_id(self, routine_id: str) -> bool:
        return self.start_routine(self.library.routines[routine_id])

    def start_exercise_id(self, exercise_id: str) -> bool:
        from backcoach.session.plan import single_exercise_routine  # noqa: PLC0415

        return self.start_routine(single_exercise_routine(self.library.exercises[exercise_id]))

    def safety_allows_session(self) -> bool:
        """Sessions start only after the first-run check, and not while its answers say to
        get medical help first (then the check opens again, to review them)."""
        return safety_link.safety_allows_session(self)

    def first_run_if_needed(self) -> None:
        """The first start: the plain statement and the red-flag check, once."""
        safety_link.first_run_if_needed(self)

    def review_safety(self) -> None:
        safety_link.review_safety(self)

    def ask_next_day(self) -> None:
        """The first opening the day after a session: how is the back today? One key
        answers for each of yesterday's sessions; "Not now" leaves them unanswered."""
        from backcoach.ui.window import next_day_link  # noqa: PLC0415

        next_day_link.ask_next_day(self)

    def _record_next_day(self, score: int) -> None:
        from backcoach.ui.window import next_day_link  # noqa: PLC0415

        next_day_link.record_next_day(self, score)

    # -- settings -------------------------------------------------------------------------

    def edit_speech_settings(self) -> None:
        settings_dialogs.edit_speech_settings(self)

    def edit_plan(self) -> None:
        settings_dialogs.edit_plan(self)

    def _settings_changed(self, _settings: object) -> None:
        # The session applies voice settings to the speaker: built now if it was not yet.
        self.session  # noqa: B018 (built on first access)
        self._show_on_floor()

    # -- the floor view -----------------------------------------------------------------

    def show_floor(self) -> None:
        self._floor_mode.show()

    def leave_floor(self) -> None:
        self._floor_mode.leave()

    def toggle_floor(self) -> None:
        self._floor_mode.toggle()

    def toggle_help(self) -> None:
        self._floor_mode.toggle_help()

    def escape(self) -> None:
        """Esc closes the list of keys if it is open, else leaves the floor view."""
        self._floor_mode.escape()

    def _floor_closed(self) -> None:
        self._floor_mode.closed()

    def _show_on_floor(self, display: Display | None = None) -> None:
        self._floor_mode.show_display(display)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._filled:
            self._floor_mode.follow_resize()

    # -- closing ------------------------------------------------------------------------

    def save_state(self) -> None:
        if self._filled:  # the first frame alone has nothing to keep
            self._saved_layout.save()

    def quit_app(self) -> bool:
        """Closes the window for good, even where closing would keep backcoach in the
        tray; False if the user chose to keep the session under way."""
        self._quitting = True
        try:
            return self.close()
        finally:
            self._quitting = False

    def _keeps_in_tray(self) -> bool:
        plan = self.services.plan
        return (
            not self._quitting and self.tray is not None and plan is not None and plan.plan.enabled
        )

    def close_without_asking(self) -> None:
        """Closing for the system (a signal at log-out, say): the session under way is
        stopped and recorded as stopped, with no question, and the window closes for
        good (not into the tray: the app is ending)."""
        if self._session is not None:
            self._session.stop()
        self.quit_app()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._filled:  # closed (by a signal, say) before it was complete
            super().closeEvent(event)
            return
        from backcoach.ui.session.messages import StopSessionQuestion  # noqa: PLC0415

        question = self.tr("Closing the window ends the session.")
        if self.session_active and not self.session.confirm_stop(
            lambda: StopSessionQuestion.ask(self, question)
        ):
            event.ignore()
            return
        if self._session is not None:
            self._session.stop()
        if self._floor_mode.is_shown():
            self.leave_floor()  # so that the size saved is the window's own, not full screen
        self.save_state()
        if self.problems_dialog is not None:
            self.problems_dialog.close()  # it belongs to this window; do not leave it behind
        if self._keeps_in_tray():  # hidden, not closed: the app goes on running
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        super().closeEvent(event)
