"""The Settings menu's dialogs: voice and session, and the plan with its reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow

# Each dialog is imported when first opened: start-up does not wait for them.


def edit_speech_settings(window: MainWindow) -> None:
    """The voice and session settings; another language rebuilds the window (app.py)."""
    from backcoach.ui.speech_settings import SpeechSettingsDialog  # noqa: PLC0415

    keeper = window.services.settings
    chosen = SpeechSettingsDialog.ask(
        window,
        keeper.settings,
        window.services.speaker,
        session_active=window.session_active,
        language=window.services.language,
    )
    if chosen is not None:
        language_changed = chosen.language != keeper.settings.language
        keeper.update(chosen)
        if language_changed:
            window.languageChosen.emit(chosen.language)


def edit_plan(window: MainWindow) -> None:
    from backcoach.ui.reminders.plan_dialog import PlanDialog  # noqa: PLC0415

    keeper = window.services.plan
    if keeper is None:
        return
    chosen = PlanDialog.ask(
        window,
        keeper.plan,
        window.library.routines,
        tray_available=window.tray is not None,
        language=window.services.language,
    )
    if chosen is not None:
        keeper.choose(chosen)
