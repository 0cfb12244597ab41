"""pyproject's hand-written package list names every package of the source tree: a package
left out is missing from a wheel and from `pip install .` while editable installs and the
tests still work (it happened with four new packages)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_with_an_init_is_listed() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "backcoach").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set()
    assert listed - found == {"backcoach.resources"}  # shipped from resources/ (package-dir)
