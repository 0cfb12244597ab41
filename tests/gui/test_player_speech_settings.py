"""Voice and session settings: the dialog, its test voice, and settings kept between runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.session.phrases import EnglishPhrases
from backcoach.session.plan import Verbosity
from backcoach.speech.cache import VoiceChoice
from backcoach.speech.recording import RecordingSpeaker
from backcoach.speech.voices import Voice
from backcoach.store.settings import Settings, load_settings
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.services import SessionServices
from backcoach.ui.speech_settings import SpeechSettingsDialog

SAMPLE = EnglishPhrases.voice_sample

VOICES = [
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("gmw/en-gb", "English (Great Britain)", ("en-gb",)),
    Voice("gmw/de", "German", ("de",)),
]


@dataclass
class VoicedSpeaker(RecordingSpeaker):
    """A recording speaker that also lists voices and takes a choice of one, as the live one."""

    choices: list[VoiceChoice] = field(default_factory=list)

    def set_voice(self, choice: VoiceChoice) -> None:
        self.choices.append(choice)

    def request_voices(self, language_prefix: str, answer: Callable[[list[Voice]], None]) -> None:
        answer([v for v in VOICES if v.speaks(language_prefix)])


def items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def make_dialog(
    qtbot: QtBot, speaker: RecordingSpeaker, settings: Settings | None = None, active: bool = False
) -> SpeechSettingsDialog:
    dialog = SpeechSettingsDialog(settings or Settings(), speaker, session_active=active)
    qtbot.addWidget(dialog)
    return dialog


def test_voices_by_language_and_the_test_voice(qtbot: QtBot) -> None:
    speaker = VoicedSpeaker()
    dialog = make_dialog(qtbot, speaker, Settings(voice="gmw/de", volume=0.5))
    assert items(dialog.language) == ["All languages", "de", "en"]
    assert dialog.language.currentText() == "de"  # the language of the chosen voice
    assert items(dialog.voice) == ["The language's default voice", "German (de)"]
    assert dialog.voice.currentData() == "gmw/de"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert items(dialog.voice) == [
        "The language's default voice",
        "English (America) (en-us)",
        "English (Great Britain) (en-gb)",
    ]
    dialog.voice.setCurrentIndex(dialog.voice.findData("gmw/en-gb"))
    dialog.rate.setValue(140)
    dialog.volume.setValue(80)
    dialog.test.click()
    assert speaker.previews == [SAMPLE]
    assert speaker.choices[-1] == VoiceChoice("gmw/en-gb", 140)
    assert speaker.volume == 0.8
    assert dialog.status.text() == "3 voice(s) installed."
    dialog.reject()  # the test changed nothing for good
    assert speaker.choices[-1] == VoiceChoice("gmw/de", 160)
    assert speaker.volume == 0.5


def test_every_setting_comes_back_from_the_dialog(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, VoicedSpeaker())
    dialog.voice.setCurrentIndex(dialog.voice.findData("gmw/en-gb"))
    dialog.rate.setValue(180)
    dialog.volume.setValue(30)
    dialog.muted.setChecked(True)
    dialog.verbosity.setCurrentIndex(dialog.verbosity.findData(Verbosity.BRIEF.value))
    dialog.get_ready.setValue(45)
    assert dialog.chosen() == Settings(
        voice="gmw/en-gb",
        rate=180,
        volume=0.3,
        muted=True,
        verbosity=Verbosity.BRIEF,
        get_ready_s=45,
    )


def test_no_voice_choice_mid_session_or_without_an_engine(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, VoicedSpeaker(), active=True)
    assert not dialog.voice.isEnabled() and not dialog.rate.isEnabled()
    assert dialog.status.text() == "Language, voice and speed can be changed between sessions."
    assert not dialog.app_language.isEnabled()
    dialog = make_dialog(qtbot, RecordingSpeaker())  # no voices to list
    assert not dialog.voice.isEnabled()
    assert dialog.status.text() == "No voices to choose from: sessions show captions."
    assert dialog.chosen().voice == ""


def test_menu_applies_and_the_next_session_uses_them(
    open_window: Callable[[Library], MainWindow],
    tiny_library: Library,
    services: SessionServices,
    speaker: RecordingSpeaker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = Settings(volume=0.4, muted=True, verbosity=Verbosity.BRIEF, get_ready_s=5)
    monkeypatch.setattr(SpeechSettingsDialog, "ask", lambda *_args, **_kwargs: chosen)
    window = open_window(tiny_library)
    [action] = [
        a
        for top in window.menuBar().actions()
        if top.menu() is not None
        for a in top.menu().actions()  # type: ignore[attr-defined]
        if a.text() == "&Voice and session..."
    ]
    action.trigger()
    assert services.settings.settings == chosen
    assert (speaker.volume, speaker.muted) == (0.4, True)
    assert window.keys.mute.isChecked()
    window.start_routine(tiny_library.routines["tiny"])
    assert window.player.intro.panel.big.text() == "5"
    assert speaker.texts == ["Get ready. Tiny routine starts in five seconds."]


def test_settings_are_kept_between_runs(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    keeper = SettingsKeeper(Settings(), path)
    keeper.update(replace(keeper.settings, muted=True, get_ready_s=30))
    assert load_settings(path) == (Settings(muted=True, get_ready_s=30), [])


def test_a_settings_file_that_cannot_be_written_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "config").write_text("a file where the folder should be", encoding="utf-8")
    keeper = SettingsKeeper(Settings(), tmp_path / "config" / "settings.json")
    with qtbot.waitSignal(keeper.problem) as problem:
        keeper.update(Settings(muted=True))
    assert str(problem.args[0]).startswith("Could not save your settings: ")
    assert keeper.settings.muted  # still applies for this run


def test_mute_key_is_remembered(running: Any, services: SessionServices) -> None:
    running.press(Qt.Key.Key_M)
    assert services.settings.settings.muted
    assert running.window.keys.mute.isChecked()
    running.window.keys.mute.trigger()
    assert not services.settings.settings.muted


def test_ask_returns_none_when_cancelled(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real classmethod, with exec answered at once
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert (
        SpeechSettingsDialog.ask(None, Settings(), RecordingSpeaker(), session_active=False) is None
    )
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert SpeechSettingsDialog.ask(
        None, Settings(rate=200), RecordingSpeaker(), session_active=False
    ) == Settings(rate=200)
