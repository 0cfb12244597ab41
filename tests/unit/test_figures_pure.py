"""The pose model is plain Python: only the painters, the view and export touch Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import backcoach.figures

FIGURES = Path(backcoach.figures.__file__).parent
QT_MODULES = {"painter.py", "strip.py", "figure_view.py", "export.py"}


def top_level_imports(path: Path) -> set[str]:
    """Imports at module level."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_painting_modules_import_qt() -> None:
    offenders = []
    for path in sorted(FIGURES.glob("*.py")):
        modules = {name.split(".")[0] for name in top_level_imports(path)}
        if path.name not in QT_MODULES and modules & {"PySide6", "shiboken6"}:
            offenders.append(path.name)
    assert offenders == []


def test_importing_the_pose_model_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "import backcoach.figures.animation, backcoach.figures.catalog\n"
        "import backcoach.figures.measure, backcoach.figures.scene\n"
        "backcoach.figures.catalog.built_in_catalog()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_module_says_what_it_is_for_and_stays_small() -> None:
    for path in sorted(FIGURES.glob("*.py")):
        if path.name == "__init__.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert ast.get_docstring(ast.parse(text)), path.name
        assert len(text.splitlines()) <= 300, path.name
