"""The main window completed: its library page, menus and links to the session services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcoach.session.phrasebooks import phrasebook_for
from backcoach.ui.library.pane import LibraryPane
from backcoach.ui.library.pane_frame import LibraryPaneFrame
from backcoach.ui.window import content_problems
from backcoach.ui.window.floor_mode import FloorMode
from backcoach.ui.window.menus import build_menus
from backcoach.ui.window.pages import install_page
from backcoach.ui.window.status import STATUS_MS

if TYPE_CHECKING:
    from backcoach.content.library import Library
    from backcoach.ui.main_window import MainWindow
    from backcoach.ui.session.services import SessionServices


def fill_window(window: MainWindow, library: Library, services: SessionServices) -> None:
    """What MainWindow.fill does; kept apart so that the window's first frame need not
    import the content, the models or the session (they load with this module)."""
    window.library = library
    window.services = services
    window._floor_mode = FloorMode(window)
    first_page = window.tabs.widget(0)
    # What the user did in the first frame is kept: the text typed, the row chosen.
    typed, chosen = "", None
    if isinstance(first_page, LibraryPaneFrame):
        typed, chosen = first_page.search.text(), first_page.list.currentIndex().data()
    pane = window.library_pane = LibraryPane(
        library.exercises.values(),
        window,
        phrases=phrasebook_for(services.language),
        defer_pictures=True,  # drawn once the window is on screen
    )
    pane.detail.pose_labels = library.pose_labels
    pane.detail.set_safety_profile(services.history.safety_profile())
    if typed:
        pane.search.setText(typed)
    if chosen:
        for exercise in pane.shown_exercises():
            if exercise.name == chosen:
                pane.select_exercise(exercise.id)
                break
    install_page(window.tabs, 0, pane, window.tabs.tabText(0))
    window._saved_layout.restore_splitter("library_splitter", pane.splitter)
    services.settings.problem.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    services.settings.changed.connect(window._settings_changed)
    pane.startRequested.connect(window.start_exercise_id)
    build_menus(window)
    if services.exercises_dir is not None and services.routines_dir is not None:
        from backcoach.ui.editor.own_exercises import OwnExercises  # noqa: PLC0415

        window.own_exercises = OwnExercises.attach(
            window, services.exercises_dir, services.routines_dir
        )
    content_problems.announce_problems(window)
    if window.tabs.currentIndex() == 0:
        pane.search.setFocus()
