"""Language, voice and session settings: voice, speed, volume, mute, how much is said,
get-ready time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backcoach.languages import LANGUAGES
from backcoach.session.phrasebooks import phrasebook_for
from backcoach.session.plan import Verbosity
from backcoach.speech.cache import VoiceChoice
from backcoach.speech.speaker import Speaker
from backcoach.speech.voices import Voice, engine_language_name, filter_voices, language_of
from backcoach.store.settings import GET_READY_RANGE, RATE_RANGE, Settings
from backcoach.ui.session.control import VoiceChooser


@runtime_checkable
class VoiceLister(Protocol):
    def request_voices(
        self, language_prefix: str, answer: Callable[[list[Voice]], None]
    ) -> None: ...


def language_name(language: str, voices: list[Voice]) -> str:
    """A voice language by name: the engine's where it names the language (espeak-ng names
    "bpy" "Bishnupriya Manipuri"), else Qt's English name for the code, else the code."""
    known = QLocale.codeToLanguage(language)
    qt_name = (
        ""
        if known in (QLocale.Language.AnyLanguage, QLocale.Language.C)
        else QLocale.languageToString(known)
    )
    engine_name = engine_language_name(voices, language)
    # A voice named after a person ("Anna") does not contain the language's name.
    if engine_name and (not qt_name or qt_name.casefold() in engine_name.casefold()):
        return engine_name
    return qt_name or language


class SpeechSettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        speaker: Speaker,
        *,
        session_active: bool,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voice and session"))
        self.original = settings
        self.speaker = speaker
        self.speaking = language  # what sessions are in now: the sample is said in it
        self.voices: list[Voice] = []
        self._closed = False
        self.app_language = QComboBox(self)
        self.app_language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.app_language.addItem(name, code)
        self.app_language.setCurrentIndex(max(0, self.app_language.findData(settings.language)))
        self.app_language.setToolTip(
            self.tr(
                "The language of the window, the exercises and the voice. The window is rebuilt "
                "in the new language when you press OK."
            )
        )
        self.language = QComboBox(self)  # narrows the voice list; the voice is chosen below
        self.language.addItem(self.tr("All languages"), "")
        self.voice = QComboBox(self)
        self.voice.addItem(self.tr("The language's default voice"), "")
        self.rate = QSpinBox(self)
        self.rate.setRange(*RATE_RANGE)
        self.rate.setSuffix(self.tr(" words a minute"))
        self.rate.setValue(settings.rate)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.muted = QCheckBox(self.tr("Mute the voice (the screen still shows every cue)"), self)
        self.muted.setChecked(settings.muted)
        self.verbosity = QComboBox(self)
        for text, value in [
            (
                self.tr("Full instructions the first time an exercise comes up"),
                Verbosity.FIRST_TIME,
            ),
            (self.tr("Full instructions every time"), Verbosity.ALWAYS_FULL),
            (self.tr("Brief: names and counts only"), Verbosity.BRIEF),
        ]:
            self.verbosity.addItem(text, value.value)
        self.verbosity.setCurrentIndex(self.verbosity.findData(settings.verbosity.value))
        self.get_ready = QSpinBox(self)
        self.get_ready.setRange(*GET_READY_RANGE)
        self.get_ready.setSuffix(self.tr(" s"))
        self.get_ready.setValue(settings.get_ready_s)
        self.test = QPushButton(self.tr("&Test voice"), self)
        self.test.clicked.connect(self.test_voice)
        self.status = QLabel(self)
        self.status.setObjectName("voiceStatus")
        self.status.setWordWrap(True)
        self._lay_out()
        self.language.currentIndexChanged.connect(self._fill_voices)
        if session_active:
            # A new voice mid-session would leave the session's cues unrendered.
            for widget in (self.app_language, self.language, self.voice, self.rate):
                widget.setEnabled(False)
            self.status.setText(
                self.tr("Language, voice and speed can be changed between sessions.")
            )
        if isinstance(speaker, VoiceLister):
            if not session_active:
                self.status.setText(self.tr("Looking for voices…"))
            speaker.request_voices("", self.show_voices)
        else:
            self.voice.setEnabled(False)
            self.language.setEnabled(False)
            self.status.setText(self.tr("No voices to choose from: sessions show captions."))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.app_language)
        form.addRow(self.tr("Voices &in:"), self.language)
        form.addRow(self.tr("&Voice:"), self.voice)
        form.addRow(self.tr("&Speed:"), self.rate)
        form.addRow(self.tr("V&olume:"), self.volume)
        form.addRow("", self.muted)
        form.addRow(self.tr("&Instructions:"), self.verbosity)
        form.addRow(self.tr("&Get-ready time:"), self.get_ready)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test)
        test_row.addWidget(self.status, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(buttons)

    def show_voices(self, voices: list[Voice]) -> None:
        if self._closed:
            return  # the answer came after the dialog was closed
        self.voices = voices
        names = {code: language_name(code, voices) for code in {language_of(v) for v in voices}}
        names.pop("", None)
        self.language.blockSignals(True)
        for code, name in sorted(names.items(), key=lambda item: item[1].casefold()):
            self.language.addItem(name, code)
        current = next((v for v in voices if v.id == self.original.voice), None)
        wanted = language_of(current) if current is not None else self.speaking
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        self.language.blockSignals(False)
        self._fill_voices()
        if self.voice.isEnabled():
            self.status.setText(self.tr("%n voice(s) installed.", None, len(voices)))

    def _fill_voices(self) -> None:
        chosen = self.voice.currentData() if self.voice.count() > 1 else self.original.voice
        self.voice.clear()
        self.voice.addItem(self.tr("The language's default voice"), "")
        for voice in filter_voices(self.voices, self.language.currentData() or ""):
            self.voice.addItem(f"{voice.name} ({', '.join(voice.languages)})", voice.id)
        self.voice.setCurrentIndex(max(0, self.voice.findData(chosen)))

    def chosen(self) -> Settings:
        voice = self.voice.currentData() if self.voice.isEnabled() else self.original.voice
        return replace(
            self.original,
            voice=str(voice or ""),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
            muted=self.muted.isChecked(),
            verbosity=Verbosity(self.verbosity.currentData()),
            get_ready_s=self.get_ready.value(),
            language=str(self.app_language.currentData()),
        )

    def test_voice(self) -> None:
        """Says a sample with the voice, speed and volume chosen here (kept only on OK)."""
        chosen = self.chosen()
        if isinstance(self.speaker, VoiceChooser) and self.voice.isEnabled():
            self.speaker.set_voice(VoiceChoice(chosen.voice, chosen.rate, self.speaking))
        self.speaker.set_volume(chosen.volume)
        self.speaker.preview(phrasebook_for(self.speaking).voice_sample)

    def done(self, result: int) -> None:
        self._closed = True
        if result != QDialog.DialogCode.Accepted:
            # The test may have changed the speaker: give it back what it had.
            if isinstance(self.speaker, VoiceChooser) and self.voice.isEnabled():
                self.speaker.set_voice(
                    VoiceChoice(self.original.voice, self.original.rate, self.speaking)
                )
            self.speaker.set_volume(self.original.volume)
        super().done(result)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        settings: Settings,
        speaker: Speaker,
        *,
        session_active: bool,
        language: str = "en",
    ) -> Settings | None:
        """The settings chosen, or None when cancelled."""
        dialog = cls(
            settings, speaker, session_active=session_active, language=language, parent=parent
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.chosen() if accepted else None
        finally:
            dialog.deleteLater()
