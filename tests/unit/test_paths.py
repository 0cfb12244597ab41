"""Per-user paths: one place, moved by --data-dir or BACKCOACH_DATA_DIR."""

from __future__ import annotations

from pathlib import Path

from backcoach.store.paths import resolve_paths


def test_data_dir_argument_wins(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "arg", {"BACKCOACH_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "arg"
    assert paths.config_dir == tmp_path / "arg" / "config"
    assert paths.exercises_dir == tmp_path / "arg" / "exercises"
    assert paths.routines_dir == tmp_path / "arg" / "routines"
    assert paths.cache_dir == tmp_path / "arg" / "cache"


def test_environment_variable_is_next(tmp_path: Path) -> None:
    paths = resolve_paths(None, {"BACKCOACH_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "env"
    assert paths.settings_file.parent == tmp_path / "env" / "config"


def test_platform_folders_are_the_default(tmp_path: Path) -> None:
    paths = resolve_paths(None, {})
    # conftest points XDG_* at tmp_path, so platformdirs lands there on Linux
    assert paths.data_dir.name == "backcoach"
    assert paths.data_dir != paths.config_dir


def test_empty_environment_variable_is_ignored() -> None:
    assert resolve_paths(None, {"BACKCOACH_DATA_DIR": ""}).data_dir.name == "backcoach"
