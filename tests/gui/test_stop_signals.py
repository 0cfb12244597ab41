"""SIGTERM, SIGINT, SIGHUP: the app ends as its window's Close does, the session recorded."""

from __future__ import annotations

import os
import signal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from backcoach.store.history import SessionStatus
from backcoach.ui.desktop.stop_signals import StopSignals


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_reaches_the_event_loop_as_an_event(qtbot: QtBot, signum: int) -> None:
    heard: list[int] = []
    before = signal.getsignal(signum)
    stop = StopSignals(heard.append)
    try:
        os.kill(os.getpid(), signum)  # while the loop waits: no Python code is running
        qtbot.waitUntil(lambda: heard == [signum], timeout=5000)
    finally:
        stop.close()
    assert signal.getsignal(signum) == before  # given back as it was


def test_closing_for_a_signal_stops_the_session_without_asking(running: Any) -> None:
    """No question (closeEvent would ask while a session runs): it is recorded as stopped."""
    window = running.window
    history = window.services.history
    running.tick(3)
    [under_way] = history.sessions()
    assert under_way.status is SessionStatus.RUNNING
    window.close_without_asking()  # the autouse fixture refuses any dialog
    assert not window.isVisible() and not window.session_active
    [ended] = history.sessions()
    assert ended.status is SessionStatus.STOPPED and ended.ended_at is not None
