"""The user's current settings for the whole window, saved to disk whenever they change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from backcoach.store.settings import Settings, save_settings


class SettingsKeeper(QObject):
    """One holder of the settings, so the mute key and the settings dialog never disagree."""

    changed = Signal(object)  # the new Settings
    problem = Signal(str)  # a save that failed, in words for the status bar

    def __init__(
        self, settings: Settings, path: Path | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path = path  # None: kept for this run only (tests, a read-only install)

    @property
    def settings(self) -> Settings:
        return self._settings

    def update(self, settings: Settings) -> None:
        if settings == self._settings:
            return
        self._settings = settings
        if self._path is not None:
            try:
                save_settings(self._path, settings)
            except OSError as error:  # a full disk, a read-only folder: they still apply now
                reason = error.strerror or str(error)  # without "[Errno 28]"
                self.problem.emit(
                    self.tr("Could not save your settings: {error}").format(error=reason)
                )
        self.changed.emit(settings)
