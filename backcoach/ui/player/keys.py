"""Every player command as a QAction with its keys, shared by buttons, player and floor view."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.control import SessionControl, Stage
from backcoach.ui.session.display import Display
from backcoach.ui.session.hurt import HurtQuestion
from backcoach.ui.session.messages import StopSessionQuestion

EXTRA_REST_S = 15.0
Key = Qt.Key
# Named once, in a line of their own, in the list of keys: their names are long.
MEDIA_KEYS = {
    Key.Key_MediaPlay,
    Key.Key_MediaPause,
    Key.Key_MediaTogglePlayPause,
    Key.Key_MediaNext,
    Key.Key_MediaPrevious,
}


def _sequences(*keys: Key | str) -> list[QKeySequence]:
    return [QKeySequence(key) for key in keys]


class PlayerKeys(QObject):
    """The actions live here once; the player pane and the floor view both carry them.

    Each is a window shortcut of the widgets it is added to, so it works whenever one
    of them is shown in the active window, wherever the focus is (a disabled action
    lets its key through to the focused widget).
    """

    painKey = Signal(int)  # noqa: N815 (Qt signal naming) -- a digit key, for the check-in

    def __init__(
        self, control: SessionControl, settings: SettingsKeeper, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.control = control
        self.settings = settings
        self._hosts: list[QWidget] = []  # the widgets carrying the actions (for dialogs)
        self.start_now = self._action(
            self.tr("Start now"), self.tr("Start without waiting"), Key.Key_Return, Key.Key_Enter
        )
        self.pause = self._action(
            self.tr("Pause"),
            self.tr("Pause or resume"),
            Key.Key_Space,
            Key.Key_MediaTogglePlayPause,
        )
        # Play and Pause keys do only what they say; they share the help line of Space.
        self.play_key = self._action(self.tr("Resume"), "", Key.Key_MediaPlay)
        self.pause_key = self._action(self.tr("Pause"), "", Key.Key_MediaPause)
        self.back = self._action(
            self.tr("Back"),
            self.tr("Back to the start of this set, or the one before"),
            Key.Key_Left,
            Key.Key_PageUp,
            Key.Key_MediaPrevious,
        )
        self.skip = self._action(
            self.tr("Skip"),
            self.tr("Skip to the next set, rest or exercise"),
            Key.Key_Right,
            Key.Key_PageDown,
            Key.Key_MediaNext,
        )
        self.repeat = self._action(self.tr("Repeat"), self.tr("Do this set again"), "R")
        self.extend = self._action(
            self.tr("+15 s rest"), self.tr("Rest 15 seconds longer"), "+", "="
        )
        self.stop = self._action(self.tr("Stop"), self.tr("End the session here"))
        self.hurts = self._action(
            self.tr("This hurts"), self.tr("Pause and say what the pain is like"), "H"
        )
        # The pain check-in before and after a session: one key, 0-9 (1 then 0 for 10).
        self.pain_keys = [self._action(str(digit), "", str(digit)) for digit in range(10)]
        for digit, action in enumerate(self.pain_keys):
            action.triggered.connect(lambda _checked=False, d=digit: self.painKey.emit(d))
        # Its text says how the sound is (and it is checked when muted), not what it does.
        self.mute = self._action(self.tr("Sound on"), self.tr("Mute or unmute the voice"), "M")
        self.mute.setCheckable(True)
        self.floor = self._action(
            self.tr("Floor view"), self.tr("Big screen to read from the floor"), "F", Key.Key_F11
        )
        self.leave_floor = self._action(
            self.tr("Leave floor view"),
            self.tr("Leave the floor view (or close this help)"),
            Key.Key_Escape,
        )
        self.help = self._action(
            self.tr("Keys"), self.tr("Show or hide this list of keys"), "?", Key.Key_F1
        )

        self.start_now.triggered.connect(control.start_now)
        self.pause.triggered.connect(control.toggle_pause)
        self.play_key.triggered.connect(control.resume)
        self.pause_key.triggered.connect(control.pause)
        self.back.triggered.connect(control.back)
        self.skip.triggered.connect(control.skip)
        self.repeat.triggered.connect(control.repeat)
        self.extend.triggered.connect(lambda: control.extend_rest(EXTRA_REST_S))
        self.stop.triggered.connect(self.ask_to_stop)
        self.hurts.triggered.connect(self.ask_about_pain)
        self.mute.toggled.connect(self._set_muted)
        self.mute.toggled.connect(self._show_muted)
        control.stageChanged.connect(lambda _stage: self.update_state())
        control.displayChanged.connect(self.update_state)
        settings.changed.connect(lambda s: self.mute.setChecked(s.muted))
        self.mute.setChecked(settings.settings.muted)
        self._show_muted(self.mute.isChecked())
        self.update_state()

    @property
    def actions(self) -> list[QAction]:
        return [
            self.start_now,
            self.pause,
            self.play_key,
            self.pause_key,
            self.back,
            self.skip,
            self.repeat,
            self.extend,
            self.stop,
            self.hurts,
            self.mute,
            self.floor,
            self.leave_floor,
            self.help,
            *self.pain_keys,
        ]

    def attach(self, widget: QWidget) -> None:
        widget.addActions(self.actions)
        self._hosts.append(widget)

    def ask_to_stop(self) -> None:
        """Stop, button or desktop: a stray press on the floor must not end the session,
        so it asks first (the session waits, paused, meanwhile)."""
        shown = [host for host in self._hosts if host.isVisible()] or self._hosts
        parent = shown[0] if shown else None
        reason = self.tr("The summary will show how much you did.")
        self.control.confirm_stop(lambda: StopSessionQuestion.ask(parent, reason))

    def ask_about_pain(self) -> None:
        """ "This hurts": the session waits while the user says what the pain is like."""
        shown = [host for host in self._hosts if host.isVisible()] or self._hosts
        parent = shown[0] if shown else None
        self.control.this_hurts(lambda name: HurtQuestion.ask(parent, name))

    def help_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every action that has keys, in the order of the buttons."""
        rows = [
            (self.keys_text(action), action.statusTip())
            for action in self.actions
            if self.keys_text(action) and action.statusTip()
        ]
        rows.append((self.tr("0-9"), self.tr("Your pain before and after: 0-10 (1 then 0: 10)")))
        rows.append((self.tr("Media keys"), self.tr("Play/Pause, Next and Previous work too")))
        return rows

    @staticmethod
    def keys_text(action: QAction) -> str:
        media = [QKeySequence(key) for key in MEDIA_KEYS]
        return ", ".join(
            sequence.toString(QKeySequence.SequenceFormat.NativeText)
            for sequence in action.shortcuts()
            if sequence not in media
        )

    def update_state(self, display: Display | None = None) -> None:
        stage = self.control.stage
        running = stage in (Stage.RUNNING, Stage.PAUSED)
        self.start_now.setEnabled(stage is Stage.GETTING_READY)
        for action in (self.pause, self.play_key, self.pause_key, self.skip):
            action.setEnabled(self.control.active)
        self.pause.setText(self.tr("Resume") if self.control.paused else self.tr("Pause"))
        for action in (self.back, self.repeat):
            action.setEnabled(running)
        display = display or self.control.display()
        self.extend.setEnabled(running and display is not None and display.resting)
        self.stop.setEnabled(self.control.active)
        self.hurts.setEnabled(running)
        for action in self.pain_keys:  # else the keys are the focused widget's
            action.setEnabled(stage in (Stage.GETTING_READY, Stage.ENDED))
        self.floor.setEnabled(stage is not Stage.IDLE)

    def _action(self, text: str, what: str, *keys: Key | str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(_sequences(*keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(what)
        # Buttons show the action's tooltip: say what it does and which key does it too.
        keys_text = self.keys_text(action)
        action.setToolTip(f"{what} ({keys_text})" if keys_text else what or text)
        return action

    def _show_muted(self, muted: bool) -> None:
        self.mute.setText(self.tr("Muted") if muted else self.tr("Sound on"))

    def _set_muted(self, muted: bool) -> None:
        current = self.settings.settings
        if current.muted != muted:
            self.settings.update(replace(current, muted=muted))
