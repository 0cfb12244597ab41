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
    assert items(dialog.language) == ["All languages", "English", "German"]
    assert dialog.language.currentText() == "German"  # the language of the chosen voice
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
    # Longer than the 20 s the tiny routine needs to get down and hear its intro (a shorter
    # setting is lengthened to those): the countdown is the setting's own.
    chosen = Settings(volume=0.4, muted=True, verbosity=Verbosity.BRIEF, get_ready_s=45)
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
    timeline = window.session.timeline
    assert timeline is not None
    assert timeline.options.verbosity is Verbosity.BRIEF
    assert timeline.steps[0].get_ready and timeline.steps[0].duration == 45
    assert window.player.intro.panel.big.text() == "45"
    assert speaker.texts == ["Get ready. Tiny routine starts in forty-five seconds."]


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


@dataclass
class ListedSpeaker(VoicedSpeaker):
    """Lists the voices a test gives it."""

    listed: list[Voice] = field(default_factory=list)

    def request_voices(self, language_prefix: str, answer: Callable[[list[Voice]], None]) -> None:
        answer(self.listed)


def test_voice_languages_by_name_not_code(qtbot: QtBot) -> None:
    speaker = ListedSpeaker(
        listed=[
            # espeak-ng names its voices after their language, variants in brackets.
            Voice("inc/bpy", "Bishnupriya Manipuri", ("bpy",)),
            Voice("sit/cmn", "Chinese (Mandarin, latin as English)", ("cmn",)),
            Voice(
                "sit/cmn-latn-pinyin", "Chinese (Mandarin, latin as Pinyin)", ("cmn-latn-pinyin",)
            ),
            Voice("roa/es", "Spanish (Spain)", ("es",)),
            Voice("roa/es-419", "Spanish (Latin America)", ("es-419",)),
            Voice("art/qdb", "Lang_Belta", ("qdb",)),
            # Other engines name voices after a person: the language's name comes from Qt.
            Voice("anna", "Anna", ("de-DE",)),
            # Nothing names this one: its code is all there is.
            Voice("xq", "xq", ("xq",)),
        ]
    )
    dialog = make_dialog(qtbot, speaker)
    assert items(dialog.language) == [
        "All languages",
        "Bishnupriya Manipuri",
        "Chinese (Mandarin)",
        "German",
        "Lang Belta",
        "Spanish",
        "xq",
    ]
    # The codes stay the data: the filter still works by language code.
    dialog.language.setCurrentIndex(dialog.language.findText("Chinese (Mandarin)"))
    assert dialog.language.currentData() == "cmn"
    assert [dialog.voice.itemData(i) for i in range(1, dialog.voice.count())] == [
        "sit/cmn",
        "sit/cmn-latn-pinyin",
    ]
