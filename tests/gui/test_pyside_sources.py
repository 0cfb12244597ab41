"""PySide6's import hook no longer keeps the source of every module imported after it."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (the hook is installed with PySide6)
import pytest

from backcoach.pyside_sources import _uses_pyside, spare_linecache


def test_modules_imported_later_are_not_held_in_linecache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert spare_linecache()  # this PySide6 has the hook it works around
    (tmp_path / "freshly_imported.py").write_text(
        "# mentions PySide6\nVALUE = 1\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("freshly_imported")
    try:
        assert module.VALUE == 1
        assert str(tmp_path / "freshly_imported.py") not in linecache.cache
    finally:
        sys.modules.pop("freshly_imported", None)


def test_the_replacement_answers_as_the_hook_did(tmp_path: Path) -> None:
    uses, plain = tmp_path / "uses.py", tmp_path / "plain.py"
    uses.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    plain.write_text("import os\n", encoding="utf-8")

    class Module:
        def __init__(self, path: str | None) -> None:
            self.__file__ = path

    assert _uses_pyside(Module(str(uses)))  # type: ignore[arg-type]
    assert not _uses_pyside(Module(str(plain)))  # type: ignore[arg-type]
    assert not _uses_pyside(Module(None))  # type: ignore[arg-type]  # built-in modules
    assert not _uses_pyside(Module(str(tmp_path / "gone.py")))  # type: ignore[arg-type]
