"""Choosing German in the settings rebuilds the window in German, and sessions speak German."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import backcoach.app as app_module
from backcoach.app import LanguageSwitch
from backcoach.session.plan import get_ready_lines
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.services import SessionServices
from backcoach.ui.speech_settings import SpeechSettingsDialog
from backcoach.ui.translators import qm_path

TS_FILE = Path(__file__).resolve().parents[2] / "backcoach" / "translations" / "backcoach_de.ts"


def german(context: str, source: str) -> str:
    """What the .ts file says the German for ``source`` is."""
    for element in ET.parse(TS_FILE).getroot().iter("context"):
        if element.findtext("name") == context:
            for message in element.iter("message"):
                if message.findtext("source") == source:
                    return "".join(message.find("translation").itertext())  # type: ignore[union-attr]
    raise KeyError(source)


@pytest.fixture
def switch(
    qapp: QApplication, paths: AppPaths, services: SessionServices, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LanguageSwitch]:
    # No desktop bus for media keys in a test.
    monkeypatch.setattr(app_module, "attach_media", lambda _window: None)
    switch = LanguageSwitch(qapp, paths, services)
    yield switch
    if switch.window is not None:
        switch.window.session.stop()
        switch.window.close()
        switch.window.deleteLater()
    switch.translators.install("en")  # the other tests expect English
    switch.deleteLater()


def test_choosing_german_rebuilds_the_window_in_german(
    qtbot: QtBot,
    switch: LanguageSwitch,
    services: SessionServices,
    speaker: RecordingSpeaker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert qm_path("de") is not None, "run tools/build_translations.py (./run does)"
    window, problems = switch.open("en")
    assert problems == []
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(0) == "&Exercises"
    assert window.library.exercises["bridge"].name == "Bridge"

    window.show_page(window.education)
    chosen = replace(services.settings.settings, language="de")
    monkeypatch.setattr(SpeechSettingsDialog, "ask", lambda *_args, **_kwargs: chosen)
    # The new window must be up before the old one closes: closing the last visible window
    # ends the app's event loop.
    shown_before_close: list[bool] = []
    close = window.close

    def closing() -> bool:
        shown_before_close.append(
            switch.window is not None and switch.window is not window and switch.window.isVisible()
        )
        return close()

    monkeypatch.setattr(window, "close", closing)
    window.edit_speech_settings()
    assert shown_before_close == [True]

    new = switch.window
    assert isinstance(new, MainWindow) and new is not window
    assert not window.isVisible() and new.isVisible()
    assert services.language == "de" and services.settings.settings.language == "de"
    assert new.tabs.tabText(0) == german("MainWindow", "&Exercises") != "&Exercises"
    assert new.tabs.currentWidget() is new.education  # where the user was
    assert new.library.exercises["bridge"].name == "Brücke"
    assert new.library_pane.select_exercise("bridge")
    assert "Brücke" in new.library_pane.detail.toPlainText()

    assert new.start_routine(new.library.routines["desk-break"])
    timeline = new.session.timeline
    assert timeline is not None
    assert timeline.phrases.language == "de"
    # The German intro and setup need longer than the setting's twenty seconds: the
    # countdown, which they are said in, is lengthened to fit them, and says so.
    first = timeline.steps[0]
    assert first.get_ready and services.settings.settings.get_ready_s == 20
    assert first.duration == 30
    assert speaker.texts == get_ready_lines(timeline)
    assert speaker.texts == ["Mach dich bereit. Schreibtischpause beginnt in dreißig Sekunden."]


def test_a_session_under_way_keeps_its_language(
    qtbot: QtBot, switch: LanguageSwitch, services: SessionServices
) -> None:
    window, _problems = switch.open("en")
    window.show()
    qtbot.waitExposed(window)
    assert window.start_routine(window.library.routines["desk-break"])
    switch.switch("de")  # the dialog does not offer it mid-session; nor does the switch act
    assert switch.window is window and services.language == "en"
