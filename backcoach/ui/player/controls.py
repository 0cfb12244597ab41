"""The player's row of big buttons, each showing one PlayerKeys action (text, key, state)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QStyle, QToolButton, QWidget

from backcoach.ui.player.keys import PlayerKeys
from backcoach.ui.player.phase import sized_font

BUTTON_HEIGHT = 48  # easy to hit, and readable from a step back


class ControlsBar(QWidget):
    def __init__(self, keys: PlayerKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerControls")
        pixmaps = QStyle.StandardPixmap
        self.buttons: dict[str, QToolButton] = {}
        self._keys = keys
        self.sound_icons = {
            muted: self.style().standardIcon(
                pixmaps.SP_MediaVolumeMuted if muted else pixmaps.SP_MediaVolume
            )
            for muted in (True, False)
        }
        keys.mute.toggled.connect(self._show_sound)
        self._show_sound(keys.mute.isChecked())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 12)
        layout.setSpacing(8)
        groups: list[list[tuple[str, QAction, QStyle.StandardPixmap | None]]] = [
            [
                ("startNow", keys.start_now, pixmaps.SP_MediaPlay),
                ("pause", keys.pause, pixmaps.SP_MediaPause),
                ("back", keys.back, pixmaps.SP_MediaSkipBackward),
                ("skip", keys.skip, pixmaps.SP_MediaSkipForward),
                ("repeat", keys.repeat, pixmaps.SP_BrowserReload),
                ("extend", keys.extend, None),
                ("stop", keys.stop, pixmaps.SP_MediaStop),
            ],
            [("hurts", keys.hurts, pixmaps.SP_MessageBoxWarning)],
            [
                ("mute", keys.mute, None),  # its icon follows the sound: _show_sound
                ("floor", keys.floor, pixmaps.SP_TitleBarMaxButton),
                ("help", keys.help, None),
            ],
        ]
        for number, group in enumerate(groups):
            if number:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.VLine)
                layout.addWidget(line)
            for name, action, pixmap in group:
                if pixmap is not None and action.icon().isNull():
                    action.setIcon(self.style().standardIcon(pixmap))
                layout.addWidget(self._button(name, action))
        layout.addStretch(1)
        # Never holds the window open: below the width the labels need, icons only.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._text_width = layout.sizeHint().width()
        keys.start_now.changed.connect(self._show_start_now)
        self._show_start_now()
        self._icons = {
            paused: self.style().standardIcon(
                pixmaps.SP_MediaPlay if paused else pixmaps.SP_MediaPause
            )
            for paused in (True, False)
        }
        self._showing_paused = False
        keys.control.stageChanged.connect(self._show_pause_icon)
        keys.control.displayChanged.connect(self._show_pause_icon)

    def _button(self, name: str, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"{name}Button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFont(sized_font(self, 1.2))
        button.setMinimumHeight(BUTTON_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        # Buttons never take the focus: the keys belong to the whole window.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons[name] = button
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if event.size().width() >= self._text_width
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )  # no icon: the text still shows
        for button in self.buttons.values():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _show_start_now(self) -> None:
        """Only while getting ready: the rest of the time it would only take room."""
        enabled = self._keys.start_now.isEnabled()
        if self.buttons["startNow"].isVisibleTo(self) != enabled:
            self.buttons["startNow"].setVisible(enabled)

    def _show_sound(self, muted: bool) -> None:
        """A crossed-out speaker while muted, a speaker while the sound is on: the button
        shows the state (with its text and its checked look), readable from the floor."""
        self._keys.mute.setIcon(self.sound_icons[muted])

    def _show_pause_icon(self, _news: object = None) -> None:
        """A play symbol while paused (it is what the button will do), else pause."""
        paused = self._keys.control.paused
        if paused != self._showing_paused:
            self._showing_paused = paused
            self._keys.pause.setIcon(self._icons[paused])
