"""The XDG autostart entry: where it goes, what it runs, written whole and removed again."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from backcoach import APP_ID
from backcoach.store.autostart import (
    TRAY_FLAG,
    autostart_entry,
    autostart_file,
    exec_line,
    launch_command,
    set_autostart,
)


def test_the_entry_goes_under_xdg_config_home(tmp_path: Path) -> None:
    environ = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": "/nowhere"}
    assert autostart_file(environ) == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"


@pytest.mark.parametrize("config", ["", "relative/path"])
def test_else_under_the_home_folder(tmp_path: Path, config: str) -> None:
    environ = {"XDG_CONFIG_HOME": config, "HOME": str(tmp_path)}
    assert autostart_file(environ) == tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop"


def test_the_command_starts_this_install_in_the_tray() -> None:
    def which(name: str) -> str | None:
        return "/usr/bin/backcoach" if name == "backcoach" else None

    assert launch_command({}, which=which, frozen=False) == ["/usr/bin/backcoach", TRAY_FLAG]
    assert launch_command({}, which=lambda _name: None, executable="/v/python", frozen=False) == [
        "/v/python",
        "-m",
        "backcoach",
        TRAY_FLAG,
    ]
    assert launch_command({}, executable="/opt/bc/backcoach", frozen=True) == [
        "/opt/bc/backcoach",
        TRAY_FLAG,
    ]
    assert launch_command({"FLATPAK_ID": APP_ID}, frozen=False) == [
        "flatpak",
        "run",
        APP_ID,
        TRAY_FLAG,
    ]
    moved = launch_command({}, data_dir=Path("/data/my back"), which=which, frozen=False)
    assert moved == ["/usr/bin/backcoach", "--data-dir", "/data/my back", TRAY_FLAG]


def test_exec_quotes_what_needs_quoting() -> None:
    assert exec_line(["/usr/bin/backcoach", "--tray"]) == "/usr/bin/backcoach --tray"
    assert exec_line(["/my apps/bc", "100%"]) == '"/my apps/bc" 100%%'
    assert exec_line(['a"b$c']) == '"a\\\\"b\\\\$c"'


def test_the_entry_is_written_whole_and_removed(tmp_path: Path) -> None:
    path = autostart_file({"XDG_CONFIG_HOME": str(tmp_path)})
    set_autostart(path, ["/my apps/backcoach", TRAY_FLAG])
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read_string(path.read_text(encoding="utf-8"))
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == '"/my apps/backcoach" --tray'
    assert section["Icon"] == APP_ID
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left
    set_autostart(path, None)
    assert not path.exists()
    set_autostart(path, None)  # removing what is gone is fine


def test_the_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(autostart_entry(["/my apps/bc", "--data-dir", "/a $b", TRAY_FLAG]))
    result = subprocess.run(
        [validator, str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
