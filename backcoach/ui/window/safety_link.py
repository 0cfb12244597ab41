"""The first-run safety check in the window: the gate before sessions, review, and after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcoach.ui.window.status import STATUS_MS

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow

# The check's dialog and rules are imported when first asked for: start-up does not wait
# for them (tests/gui/test_lazy_startup.py).


def safety_allows_session(window: MainWindow) -> bool:
    """Sessions start only after the first-run check, and not while its answers say to
    get medical help first (then the check opens again, to review them)."""
    from backcoach.coach.red_flags import Gate, session_gate  # noqa: PLC0415
    from backcoach.ui.safety.first_run import FirstRunDialog, gate_text  # noqa: PLC0415

    history = window.services.history
    gate = session_gate(history.safety_profile())
    if gate is not Gate.ALLOWED:
        FirstRunDialog.ask(
            history,
            window,
            review=gate is not Gate.FIRST_RUN_NEEDED,
            clock=window.services.wall_clock,
        )
        safety_changed(window)
        gate = session_gate(history.safety_profile())
    if gate is not Gate.ALLOWED:
        window.statusBar().showMessage(gate_text(gate), STATUS_MS)
    return gate is Gate.ALLOWED


def first_run_if_needed(window: MainWindow) -> None:
    """The first start: the plain statement and the red-flag check, once."""
    from backcoach.coach.red_flags import Gate, session_gate  # noqa: PLC0415
    from backcoach.ui.safety.first_run import FirstRunDialog  # noqa: PLC0415

    history = window.services.history
    if session_gate(history.safety_profile()) is Gate.FIRST_RUN_NEEDED:
        FirstRunDialog.ask(history, window, clock=window.services.wall_clock)
        safety_changed(window)


def review_safety(window: MainWindow) -> None:
    """The check again from the Settings menu, with the answers given before."""
    from backcoach.ui.safety.first_run import FirstRunDialog  # noqa: PLC0415

    history = window.services.history
    FirstRunDialog.ask(
        history,
        window,
        review=history.safety_profile() is not None,
        clock=window.services.wall_clock,
    )
    safety_changed(window)


def safety_changed(window: MainWindow) -> None:
    """The answers as they are now, to the pages that show cautions from them."""
    profile = window.services.history.safety_profile()
    window.library_pane.detail.set_safety_profile(profile)
    if window._player is not None:
        window._player.intro.safety_profile = profile
