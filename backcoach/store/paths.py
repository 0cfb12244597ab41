"""Every per-user path of backcoach, from one place, movable for tests and portable use."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "backcoach"
DATA_DIR_VARIABLE = "BACKCOACH_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path  # may be deleted at any time: rendered speech and the like

    @property
    def exercises_dir(self) -> Path:
        """The user's own exercise files; they add to or replace built-in ones."""
        return self.data_dir / "exercises"

    @property
    def routines_dir(self) -> Path:
        return self.data_dir / "routines"

    @property
    def history_file(self) -> Path:
        """The SQLite history of sessions, pain and decisions (backcoach/store/history/)."""
        return self.data_dir / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def plan_file(self) -> Path:
        """The plan and its reminders (backcoach/store/plan.py): when one exercises is
        health data, so it lives with the history, not with the preferences."""
        return self.data_dir / "plan.json"

    @property
    def window_state_file(self) -> Path:
        # Kept apart from preferences: losing it only resets the window's size.
        return self.config_dir / "window-state.json"


def resolve_paths(data_dir: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> AppPaths:
    """--data-dir wins, then BACKCOACH_DATA_DIR, then the platform's per-user folders.

    A moved data folder holds its config too, so a portable install or a test never
    reads or writes anything in the real home folder.
    """
    chosen = data_dir if data_dir is not None else environ.get(DATA_DIR_VARIABLE) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config", cache_dir=root / "cache")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
