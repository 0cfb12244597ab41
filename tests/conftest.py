"""Test set-up shared by all tests: no display, no real home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display (the Xvfb test sets its own).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests expect English unless they ask for another language: the machine's own language
# (which the app and the command line follow) must not change what they see.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("BACKCOACH_LANG", None)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing reads or writes the real one."""
    folder = tmp_path / "backcoach-data"
    monkeypatch.setenv("BACKCOACH_DATA_DIR", str(folder))
    # platformdirs would otherwise fall back to these; point them away too.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return folder


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Soak runs take minutes: they run only when asked for with -m soak."""
    if "soak" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="soak run: select it with -m soak")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)
