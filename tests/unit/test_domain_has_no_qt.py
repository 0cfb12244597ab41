"""The domain (model, content, session, store, coach) must never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import backcoach

DOMAIN = ("model", "content", "session", "store", "coach")
PACKAGE = Path(backcoach.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_domain_source_file_imports_pyside() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for part in DOMAIN
        for path in sorted((PACKAGE / part).rglob("*.py"))
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in imported_modules(path))
    ]
    assert offenders == []


def test_speech_is_qt_free_but_for_its_players_and_live_speaker() -> None:
    # cache_words: the live speaker's notices in the window's language (QCoreApplication.translate).
    with_qt = {
        "qt_player.py",
        "pulse_player.py",
        "player_signals.py",
        "qt_speaker.py",
        "cache_words.py",
    }
    importing = sorted(
        path.name
        for path in (PACKAGE / "speech").glob("*.py")
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in imported_modules(path))
    )
    assert importing == sorted(with_qt)


def test_importing_the_domain_and_the_cli_loads_no_qt() -> None:
    # Also catches indirect imports through another module.
    code = (
        "import sys\n"
        + "".join(f"import backcoach.{part}\n" for part in DOMAIN)
        + "import backcoach.cli, backcoach.session.plan, backcoach.content.library\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
