"""The main window: library, routines, reading and the session player in tabs, menus, layout."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.library import Library
from backcoach.model import Routine
from backcoach.session.phrasebooks import phrasebook_for
from backcoach.store.history import PainMoment
from backcoach.ui.library.pane import LibraryPane
from backcoach.ui.session.services import SessionServices
from backcoach.ui.window_state import read_window_state, write_window_state

if TYPE_CHECKING:
    # The other pages, the player and the dialogs are imported when first built (see
    # MainWindow): the window's first showing waits only for the exercise list.
    from backcoach.coach.progression_flow import Offer
    from backcoach.ui.checkin.next_day import NextDayCheckIn
    from backcoach.ui.editor.routine_actions import RoutineActions
    from backcoach.ui.history.view import HistoryView
    from backcoach.ui.library.education_view import EducationView
    from backcoach.ui.library.routine_list import RoutineList
    from backcoach.ui.player.floor_view import FloorView
    from backcoach.ui.player.keys import PlayerKeys
    from backcoach.ui.player.pane import PlayerPane
    from backcoach.ui.problems_dialog import ProblemsDialog
    from backcoach.ui.reminders.tray import Tray
    from backcoach.ui.session.control import SessionControl
    from backcoach.ui.session.display import Display

STATUS_MS = 15_000  # how long passing news stays in the status bar
ROUTINES_TAB, LEARN_TAB, SESSION_TAB, HISTORY_TAB = 1, 2, 3, 4
NEXT_DAY_LINGER_MS = 2000


class MainWindow(QMainWindow):
    """The library shows first; the Routines and Learn pages and the player (session,
    keys, floor view) are built when first used, or in idle moments once the window has
    been painted, whichever comes first: start-up was 2.8 times a bare Qt window's with
    everything built before the first showing. Until then their tabs hold empty pages."""

    # The user chose another language ("" for the system's); whoever built the window
    # builds it anew in that language (app.py), as every text and cue depends on it.
    languageChosen = Signal(str)  # noqa: N815 (Qt signal naming)
    # The window has been painted for the first time: what was put off can start now.
    firstPainted = Signal()  # noqa: N815 (Qt signal naming)
    # Closing the window only hid it: backcoach stays in the tray for the plan's reminders.
    hiddenToTray = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        library: Library,
        state_file: Path,
        services: SessionServices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("backcoach")
        self.library = library
        self.state_file = state_file
        self.services = services
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
        # Set by ui.reminders.coordinator where the desktop has a system tray.
        self.tray: Tray | None = None
        self._quitting = False
        # Splitter states read at start for pages not built yet: applied when they are,
        # and saved again as they were if they never are.
        self._pending_splitters: dict[str, QByteArray] = {}

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.library_pane = LibraryPane(
            library.exercises.values(),
            self,
            phrases=phrasebook_for(services.language),
            defer_pictures=True,  # drawn once the window is on screen
        )
        self.library_pane.detail.pose_labels = library.pose_labels
        self.library_pane.detail.set_safety_profile(services.history.safety_profile())
        self._tab_texts = [
            self.tr("&Exercises"),
            self.tr("&Routines"),
            self.tr("&Learn"),
            self.tr("&Session"),
            self.tr("H&istory"),  # Alt+H is the Help menu
        ]
        self.tabs.addTab(self.library_pane, self._tab_texts[0])
        for text in self._tab_texts[1:]:
            self.tabs.addTab(QWidget(self.tabs), text)  # an empty page until it is built
        self.tabs.currentChanged.connect(self._tab_chosen)
        # The pages, and above them a band for the morning-after check-in when it is due.
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.next_day: NextDayCheckIn | None = None
        # The window's place and state before the floor view made it full screen.
        self._before_floor: tuple[QRect, Qt.WindowState] | None = None
        self.services.settings.problem.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MS)
        )
        self.services.settings.changed.connect(self._settings_changed)
        self.library_pane.startRequested.connect(self.start_exercise_id)

        self.problems_notice: QLabel | None = None
        self._build_menus()
        if services.exercises_dir is not None and services.routines_dir is not None:
            from backcoach.ui.editor.own_exercises import OwnExercises  # noqa: PLC0415

            self.own_exercises = OwnExercises.attach(
                self, services.exercises_dir, services.routines_dir
            )
        self._announce_problems()
        self.resize(1100, 720)
        self._restore_state()
        self.library_pane.search.setFocus()

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
            from backcoach.ui.library.routine_list import RoutineList  # noqa: PLC0415

            editable = self.services.routines_dir is not None
            page = RoutineList(
                self.library.routines, self.library.exercises, self, editable=editable
            )
            self._routine_list = page
            self._restore_splitter("routine_splitter", page.splitter)
            page.startRequested.connect(self.start_routine_id)
            if editable:
                page.newRequested.connect(self.routine_actions.new)
                page.editRequested.connect(self.routine_actions.edit)
                page.deleteRequested.connect(self.routine_actions.delete)
            self._install_page(ROUTINES_TAB, page)
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
            actions.changed.connect(self._routines_changed)
            self._routine_actions = actions
        return self._routine_actions

    def _routines_changed(self, routine_id: str) -> None:
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
            from backcoach.ui.history.view import HistoryView  # noqa: PLC0415

            wall_clock = self.services.wall_clock
            # The user's own calendar: days and weeks begin at local midnight.
            page = HistoryView(
                self.services.history,
                lambda: wall_clock().astimezone().date(),
                wall_clock().astimezone().tzinfo or UTC,
                self,
            )
            self._history_view = page
            self._install_page(HISTORY_TAB, page)
        return self._history_view

    @property
    def education(self) -> EducationView:
        if self._education is None:
            from backcoach.ui.library.education_view import EducationView  # noqa: PLC0415

            page = EducationView(self.library.topics, self)
            self._education = page
            self._restore_splitter("education_splitter", page.splitter)
            self._install_page(LEARN_TAB, page)
        return self._education

    @property
    def session_active(self) -> bool:
        """A session is loaded (and without building the player to find out)."""
        return self._session is not None and self._session.active

    def _build_player(self) -> None:

        from backcoach.ui.player.floor_view import FloorView  # noqa: PLC0415
        from backcoach.ui.player.keys import PlayerKeys  # noqa: PLC0415
        from backcoach.ui.player.pane import PlayerPane  # noqa: PLC0415
        from backcoach.ui.session.control import SessionControl  # noqa: PLC0415

        services = self.services
        self._session = SessionControl(
            services.speaker,
            services.settings,
            services.screen,
            services.clock,
            self,
            language=services.language,
        )
        self._keys = PlayerKeys(self._session, services.settings, self)
        self._player = PlayerPane(self._session, self._keys, self)
        self._install_page(SESSION_TAB, self._player)
        # Over the whole window, which goes full screen; the player's figure moves to it.
        self._floor = FloorView(self, figure=self._player.figure)
        self._keys.attach(self._floor)
        self._floor.set_help(self._keys.help_rows())
        # The session waits while the list of keys covers it, as on the player page.
        self._floor.helpShown.connect(self._session.set_covered)
        self._connect_session()

    def _install_page(self, index: int, page: QWidget) -> None:
        """Puts the built ``page`` in place of the empty one in tab ``index``."""
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        # Inserted before the empty page goes: a page shown meanwhile stays shown.
        self.tabs.insertTab(index, page, self._tab_texts[index])
        self.tabs.removeTab(index + 1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()

    def _tab_chosen(self, index: int) -> None:
        if index == HISTORY_TAB and self._history_view is not None:
            self._history_view.refresh()  # sessions recorded since it was last shown
        page = {
            ROUTINES_TAB: "routine_list",
            LEARN_TAB: "education",
            SESSION_TAB: "player",
            HISTORY_TAB: "history_view",
        }
        if index in page:
            getattr(self, page[index])  # built now if it was not yet

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint reaches the screen: a zero timer runs once the event that
            # painted the window is done.
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.library_pane.draw_pictures()
        self.firstPainted.emit()
        # One part per turn of the event loop, so that a key or a click in between is
        # not kept waiting for all of them.
        steps: list[Callable[[], object]] = [
            lambda: self.player,
            lambda: self.routine_list,
            lambda: self.education,
        ]

        def next_step() -> None:
            if steps:
                steps.pop(0)()
                QTimer.singleShot(0, next_step)

        QTimer.singleShot(0, next_step)

    def _splitters(self) -> dict[str, QSplitter]:
        """The splitters of the pages built so far."""
        found = {"library_splitter": self.library_pane.splitter}
        if self._routine_list is not None:
            found["routine_splitter"] = self._routine_list.splitter
        if self._education is not None:
            found["education_splitter"] = self._education.splitter
        return found

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self.services.content_paths is not None:
            from backcoach.ui.sharing.actions import SharingActions  # noqa: PLC0415

            self.sharing = SharingActions(self, self.services.content_paths)
            self.sharing.add_to(file_menu)
            file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.quit_app)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        # Pages by name: the page is built when its entry is first chosen.
        for number, (text, page) in enumerate(
            [
                (self.tr("&Exercises"), "library_pane"),
                (self.tr("&Routines"), "routine_list"),
                (self.tr("&Learn about your back"), "education"),
                (self.tr("S&ession"), "player"),
                (self.tr("H&istory"), "history_view"),
            ],
            start=1,
        ):
            action = view_menu.addAction(text)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(
                lambda _checked=False, page=page: self.show_page(getattr(self, page))
            )
        view_menu.addSeparator()
        self.find_action = view_menu.addAction(self.tr("&Search exercises"))
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.search_exercises)
        # Not the F action itself: a menu would make its key a shortcut on every page.
        floor_action = view_menu.addAction(self.tr("&Floor view (F in the player)"))
        floor_action.triggered.connect(self.show_floor)

        settings_menu = self.menuBar().addMenu(self.tr("Se&ttings"))
        voice_action = settings_menu.addAction(self.tr("&Voice and session..."))
        voice_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        voice_action.triggered.connect(self.edit_speech_settings)
        safety_action = settings_menu.addAction(self.tr("&Safety check..."))
        safety_action.triggered.connect(self.review_safety)
        if self.services.plan is not None:
            plan_action = settings_menu.addAction(self.tr("&Plan and reminders..."))
            plan_action.triggered.connect(self.edit_plan)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        if self.library.problems:
            problems_action = help_menu.addAction(self.tr("Content &problems..."))
            problems_action.triggered.connect(self.show_problems)
        about_action = help_menu.addAction(self.tr("&About backcoach"))
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._show_about)
        about_qt = help_menu.addAction(self.tr("About &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)

    def _announce_problems(self) -> None:
        """Say once, without blocking, that some files were skipped, and where to see why."""
        if not self.library.problems:
            return
        files = len({problem.file for problem in self.library.problems})
        text = (
            self.tr("1 content file had problems and was skipped.")
            if files == 1
            else self.tr("%n content files had problems and were skipped.", None, files)
        )
        link = self.tr("Show problems")
        self.problems_notice = QLabel(f'{text} <a href="#problems">{link}</a>', self)
        self.problems_notice.setObjectName("problemsNotice")
        self.problems_notice.linkActivated.connect(self.show_problems)
        self.statusBar().addWidget(self.problems_notice)

    def _show_about(self) -> None:
        from backcoach.ui.about import show_about  # noqa: PLC0415 (when first asked for)

        show_about(self)

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

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
        if self.problems_notice is not None:  # the count said at start may be wrong now
            self.statusBar().removeWidget(self.problems_notice)
            self.problems_notice.deleteLater()
            self.problems_notice = None
        self._announce_problems()

    # -- sessions -----------------------------------------------------------------------

    def _connect_session(self) -> None:
        session, keys, floor = self.session, self.keys, self.floor
        keys.floor.triggered.connect(self.toggle_floor)
        keys.leave_floor.triggered.connect(self.escape)
        keys.help.triggered.connect(self.toggle_help)
        session.displayChanged.connect(self._show_on_floor)
        session.captionChanged.connect(floor.show_caption)
        session.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        session.notice.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        floor.left.connect(self._floor_closed)
        self.player.summary.chooseAnother.connect(lambda: self.show_page(self.routine_list))
        from backcoach.ui.session.history_link import SessionHistory  # noqa: PLC0415

        # The history of each session: check-ins, what was done, "this hurts", the end.
        history = SessionHistory(
            session, self.services.history, self.services.wall_clock, parent=self
        )
        self.session_history = history
        player = self.player
        player.intro.pain.chosen.connect(lambda score: history.pain(PainMoment.BEFORE, score))
        player.summary.pain.chosen.connect(lambda score: history.pain(PainMoment.AFTER, score))
        history.notice.connect(player.show_notice)
        player.intro.safety_profile = self.services.history.safety_profile()
        self._connect_progression()

    def start_routine(self, routine: Routine) -> bool:
        """The get-ready countdown of ``routine`` on the Session page; False if the user
        chose to keep the session already under way."""
        from backcoach.session.plan import PlanOptions, plan_routine  # noqa: PLC0415
        from backcoach.ui.session.messages import StopSessionQuestion  # noqa: PLC0415

        if not self.safety_allows_session():
            return False
        question = self.tr("Stop it and start “{title}” instead?").format(title=routine.title)
        # The session waits, paused, while the user decides.
        if self.session_active and not self.session.confirm_stop(
            lambda: StopSessionQuestion.ask(self, question)
        ):
            return False
        settings = self.services.settings.settings
        options = PlanOptions(
            verbosity=settings.verbosity,
            language=self.services.language,
            get_ready_s=float(settings.get_ready_s),
            rate_wpm=settings.rate,
        )
        timeline = plan_routine(routine, self.library.exercises, options)
        if routine.id in self.library.routines:  # for "start last routine"; not one exercise
            self.services.settings.update(
                replace(self.services.settings.settings, last_routine=routine.id)
            )
        self.show_page(self.player)
        self.player.setFocus()
        self.session.load(timeline)
        return True

    # -- safety: the first-run check, and what it changes ------------------------------

    def safety_allows_session(self) -> bool:
        """Sessions start only after the first-run check, and not while its answers say to
        get medical help first (then the check opens again, to review them)."""
        from backcoach.coach.red_flags import Gate, session_gate  # noqa: PLC0415
        from backcoach.ui.safety.first_run import FirstRunDialog, gate_text  # noqa: PLC0415

        history = self.services.history
        gate = session_gate(history.safety_profile())
        if gate is not Gate.ALLOWED:
            FirstRunDialog.ask(
                history,
                self,
                review=gate is not Gate.FIRST_RUN_NEEDED,
                clock=self.services.wall_clock,
            )
            self._safety_changed()
            gate = session_gate(history.safety_profile())
        if gate is not Gate.ALLOWED:
            self.statusBar().showMessage(gate_text(gate), STATUS_MS)
        return gate is Gate.ALLOWED

    def ask_next_day(self) -> None:
        """The first opening the day after a session: how is the back today? One key
        answers for each of yesterday's sessions; "Not now" leaves them unanswered."""
        from backcoach.ui.checkin.next_day import NextDayCheckIn  # noqa: PLC0415

        local = self.services.wall_clock().astimezone()
        due = self.services.history.awaiting_next_day_pain(local.date(), local.tzinfo or UTC)
        if not due or self.next_day is not None:
            return
        band = self.next_day = NextDayCheckIn(due, self)
        self._central_layout.insertWidget(0, band)
        band.show()  # made after the window was shown: it would stay hidden
        band.answered.connect(self._record_next_day)
        band.scale.setFocus()

    def _record_next_day(self, score: int) -> None:
        band = self.next_day
        if band is None:
            return
        for record in band.sessions:
            self.services.history.record_pain(record.id, PainMoment.NEXT_DAY, score)
        # A moment to correct a 1 into a 10, then the band goes.
        QTimer.singleShot(NEXT_DAY_LINGER_MS, band.hide)
        self.statusBar().showMessage(self.tr("Thank you: noted in your history."), STATUS_MS)

    def first_run_if_needed(self) -> None:
        """The first start: the plain statement and the red-flag check, once."""
        from backcoach.coach.red_flags import Gate, session_gate  # noqa: PLC0415
        from backcoach.ui.safety.first_run import FirstRunDialog  # noqa: PLC0415

        if session_gate(self.services.history.safety_profile()) is Gate.FIRST_RUN_NEEDED:
            FirstRunDialog.ask(self.services.history, self, clock=self.services.wall_clock)
            self._safety_changed()

    def review_safety(self) -> None:
        from backcoach.ui.safety.first_run import FirstRunDialog  # noqa: PLC0415

        FirstRunDialog.ask(
            self.services.history,
            self,
            review=self.services.history.safety_profile() is not None,
            clock=self.services.wall_clock,
        )
        self._safety_changed()

    def _safety_changed(self) -> None:
        profile = self.services.history.safety_profile()
        self.library_pane.detail.set_safety_profile(profile)
        if self._player is not None:
            self._player.intro.safety_profile = profile

    # -- progression: a step up or back, offered on the summary ---------------------------

    def _connect_progression(self) -> None:
        """Offers a step up or back on the summary once the pain after is given."""
        from backcoach.coach.progression_flow import ProgressionFlow  # noqa: PLC0415
        from backcoach.ui.coach.progression_offer import ProgressionOffer  # noqa: PLC0415

        if self.services.routines_dir is None:
            return
        self.progression = ProgressionFlow(
            self.services.history,
            self.library,
            self.services.routines_dir,
            copy_label=self.tr("yours"),
        )
        summary = self.player.summary
        offer = self.progression_offer = ProgressionOffer(summary)
        layout = summary.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(summary.pain) + 1, offer)
        offer.set_offers([])
        # On the next turn of the event loop: the history keeps the score first.
        summary.pain.chosen.connect(lambda _score: QTimer.singleShot(0, self._offer_progression))
        self.session.stageChanged.connect(lambda _stage: offer.set_offers([]))
        offer.accepted.connect(self._accept_progression)
        offer.declined.connect(lambda o: offer.show_outcome(self.progression.decline(o)))

    def _offer_progression(self) -> None:
        from backcoach.ui.session.control import Stage  # noqa: PLC0415

        timeline = self.session.timeline
        if timeline is None or self.session.stage is not Stage.ENDED:
            return
        routine = self.library.routines.get(timeline.routine.id)
        if routine is None:  # one exercise played alone: nothing to change
            return
        self.progression_offer.set_offers(self.progression.offers(routine))
        if self.progression_offer.current is not None:
            self.progression_offer.setFocus()

    def _accept_progression(self, offer: Offer) -> None:
        outcome = self.progression.accept(offer)
        self.progression_offer.show_outcome(outcome)
        if outcome.routine is not None:  # "Start last routine" now starts the new dose
            settings = self.services.settings
            settings.update(replace(settings.settings, last_routine=outcome.routine.id))

    def start_routine_id(self, routine_id: str) -> bool:
        return self.start_routine(self.library.routines[routine_id])

    def start_exercise_id(self, exercise_id: str) -> bool:
        from backcoach.session.plan import single_exercise_routine  # noqa: PLC0415

        return self.start_routine(single_exercise_routine(self.library.exercises[exercise_id]))

    def edit_speech_settings(self) -> None:
        from backcoach.ui.speech_settings import SpeechSettingsDialog  # noqa: PLC0415

        keeper = self.services.settings
        chosen = SpeechSettingsDialog.ask(
            self,
            keeper.settings,
            self.services.speaker,
            session_active=self.session_active,
            language=self.services.language,
        )
        if chosen is not None:
            language_changed = chosen.language != keeper.settings.language
            keeper.update(chosen)
            if language_changed:
                self.languageChosen.emit(chosen.language)

    def edit_plan(self) -> None:
        from backcoach.ui.reminders.plan_dialog import PlanDialog  # noqa: PLC0415

        keeper = self.services.plan
        if keeper is None:
            return
        chosen = PlanDialog.ask(
            self,
            keeper.plan,
            self.library.routines,
            tray_available=self.tray is not None,
            language=self.services.language,
        )
        if chosen is not None:
            keeper.choose(chosen)

    def add_band(self, band: QWidget) -> None:
        """A notice above the pages (a reminder where there is no tray to show it)."""
        self._central_layout.insertWidget(0, band)
        band.show()  # made after the window was shown: it would stay hidden

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

    def show_floor(self) -> None:
        if not self.floor.isVisible():
            self._before_floor = (self.geometry(), self.windowState())
        if self.services.full_screen:
            # The screen's size first: with no window manager, full screen alone is a hint.
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()
        self.floor.setGeometry(self.rect())
        self.floor.show()
        self.floor.raise_()
        self.floor.setFocus()
        self.activateWindow()
        self._show_on_floor()
        self.floor.show_caption(self.session.caption)

    def leave_floor(self) -> None:
        self.floor.hide()
        self._floor_closed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._floor is not None and self._floor.isVisible():
            self.floor.setGeometry(self.rect())

    def toggle_floor(self) -> None:
        if self.floor.isVisible():
            self.leave_floor()
        else:
            self.show_floor()

    def toggle_help(self) -> None:
        overlay = self.floor.help if self.floor.isVisible() else self.player.help
        if overlay is not None:
            overlay.toggle()

    def escape(self) -> None:
        """Esc closes the list of keys if it is open, else leaves the floor view."""
        for overlay in (self.floor.help, self.player.help):
            if overlay is not None and overlay.isVisible():
                overlay.hide()
                return
        if self.floor.isVisible():
            self.leave_floor()

    def _floor_closed(self) -> None:
        if self.services.full_screen and self._before_floor is not None:
            # Back to the place, size and maximised state of before the floor view.
            geometry, state = self._before_floor
            self._before_floor = None
            self.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
            if not state & Qt.WindowState.WindowMaximized:
                self.setGeometry(geometry)
        self.show_page(self.player)
        self.activateWindow()

    def _settings_changed(self, _settings: object) -> None:
        # The session applies voice settings to the speaker: built now if it was not yet.
        self.session  # noqa: B018 (built on first access)
        self._show_on_floor()

    def _show_on_floor(self, display: Display | None = None) -> None:
        if self._floor is not None and self._floor.isVisible():
            display = display or self.session.display()
            if display is not None:
                self.floor.show_display(display, self.services.settings.settings.muted)

    def search_exercises(self) -> None:
        self.show_page(self.library_pane)
        self.library_pane.focus_search()

    def show_problems(self) -> ProblemsDialog:
        """Non-modal, so the user can keep the list open while fixing the file."""
        if self.problems_dialog is None:
            from backcoach.ui.problems_dialog import ProblemsDialog  # noqa: PLC0415

            self.problems_dialog = ProblemsDialog(self.library.problems, self)
        if self.problems_dialog.isVisible():  # already open, perhaps behind: bring it up
            self.problems_dialog.raise_()
            self.problems_dialog.activateWindow()
        else:
            self.problems_dialog.show()
        return self.problems_dialog

    def _restore_state(self) -> None:
        state = read_window_state(self.state_file)
        if "geometry" in state:
            self.restoreGeometry(state["geometry"])
        if "window" in state:
            self.restoreState(state["window"])
        for name in ("library_splitter", "routine_splitter", "education_splitter"):
            if name in state:
                self._pending_splitters[name] = state[name]
        self._restore_splitter("library_splitter", self.library_pane.splitter)

    def _restore_splitter(self, name: str, splitter: QSplitter) -> None:
        if name in self._pending_splitters:
            splitter.restoreState(self._pending_splitters.pop(name))

    def save_state(self) -> None:
        state = {"geometry": self.saveGeometry(), "window": self.saveState()}
        state |= self._pending_splitters  # as read, for the pages never opened
        state |= {name: splitter.saveState() for name, splitter in self._splitters().items()}
        # A read-only config folder costs only the window's size next time.
        with contextlib.suppress(OSError):
            write_window_state(self.state_file, state)

    def close_without_asking(self) -> None:
        """Closing for the system (a signal at log-out, say): the session under way is
        stopped and recorded as stopped, with no question, and the window closes."""
        if self._session is not None:
            self._session.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        from backcoach.ui.session.messages import StopSessionQuestion  # noqa: PLC0415

        question = self.tr("Closing the window ends the session.")
        if self.session_active and not self.session.confirm_stop(
            lambda: StopSessionQuestion.ask(self, question)
        ):
            event.ignore()
            return
        if self._session is not None:
            self._session.stop()
        if self._floor is not None and self._floor.isVisible():
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
