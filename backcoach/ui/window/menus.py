"""The window's menu bar: File, View, Settings and Help, each entry wired to the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow


def build_menu_titles(window: MainWindow) -> None:
    """The menu bar's four menus, empty: in the window's first frame, so that the bar
    and the page below it stand where they will stay. Sets ``window.file_menu``,
    ``view_menu``, ``settings_menu`` and ``help_menu``."""
    bar = window.menuBar()
    window.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Se&ttings"))
    window.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))


def build_menus(window: MainWindow) -> None:
    """Fills the window's menus (their texts in the window's translation context, as when
    they were its own tr() calls); sets ``window.find_action`` and, where the content
    folders are known, ``window.sharing``."""
    # Imported here, when the window is filled: the first frame needs only the titles.
    from PySide6.QtGui import QAction, QKeySequence  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    file_menu = window.file_menu
    if window.services.content_paths is not None:
        from backcoach.ui.sharing.actions import SharingActions  # noqa: PLC0415

        window.sharing = SharingActions(window, window.services.content_paths)
        window.sharing.add_to(file_menu)
        file_menu.addSeparator()
    quit_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
    quit_action.setShortcut(QKeySequence(QCoreApplication.translate("MainWindow", "Ctrl+Q")))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.quit_app)

    view_menu = window.view_menu
    # Pages by name: the page is built when its entry is first chosen.
    for number, (text, page) in enumerate(
        [
            (QCoreApplication.translate("MainWindow", "&Exercises"), "library_pane"),
            (QCoreApplication.translate("MainWindow", "&Routines"), "routine_list"),
            (QCoreApplication.translate("MainWindow", "&Learn about your back"), "education"),
            (QCoreApplication.translate("MainWindow", "S&ession"), "player"),
            (QCoreApplication.translate("MainWindow", "H&istory"), "history_view"),
        ],
        start=1,
    ):
        action = view_menu.addAction(text)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(
            lambda _checked=False, page=page: window.show_page(getattr(window, page))
        )
    view_menu.addSeparator()
    window.find_action = view_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Search exercises")
    )
    window.find_action.setShortcut(QKeySequence.StandardKey.Find)
    window.find_action.triggered.connect(window.search_exercises)
    # Not the F action itself: a menu would make its key a shortcut on every page.
    floor_action = view_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Floor view (F in the player)")
    )
    floor_action.triggered.connect(window.show_floor)

    settings_menu = window.settings_menu
    voice_action = settings_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Voice and session...")
    )
    voice_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    voice_action.triggered.connect(window.edit_speech_settings)
    safety_action = settings_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Safety check...")
    )
    safety_action.triggered.connect(window.review_safety)
    if window.services.plan is not None:
        plan_action = settings_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Plan and reminders...")
        )
        plan_action.triggered.connect(window.edit_plan)

    help_menu = window.help_menu
    if window.library.problems:
        problems_action = help_menu.addAction(
            QCoreApplication.translate("MainWindow", "Content &problems...")
        )
        problems_action.triggered.connect(window.show_problems)
    about_action = help_menu.addAction(QCoreApplication.translate("MainWindow", "&About backcoach"))
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(window._show_about)
    about_qt = help_menu.addAction(QCoreApplication.translate("MainWindow", "About &Qt"))
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)
