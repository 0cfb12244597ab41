"""Starting backcoach with the desktop session: the XDG autostart entry, written or removed."""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from backcoach import APP_ID
from backcoach.store.private_file import write_private_text

TRAY_FLAG = "--tray"  # the app starts hidden in the tray, as it should at login
# Characters that make an Exec argument need quotes (Desktop Entry Specification, "Exec").
NEEDS_QUOTES = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def autostart_file(environ: Mapping[str, str]) -> Path:
    """$XDG_CONFIG_HOME/autostart/<app id>.desktop, else ~/.config/autostart/ (the spec's
    fallback; a relative XDG_CONFIG_HOME is invalid and ignored, as the spec says)."""
    config = environ.get("XDG_CONFIG_HOME", "")
    if not config or not Path(config).is_absolute():
        home = environ.get("HOME") or str(Path.home())
        config = str(Path(home) / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def launch_command(
    environ: Mapping[str, str],
    *,
    data_dir: Path | None = None,
    executable: str = sys.executable,
    frozen: bool | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> list[str]:
    """How the desktop starts this very install at login, hidden in the tray: the bundle's
    own binary, the Flatpak, the ``backcoach`` on PATH, or this Python with ``-m``."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        command = [executable]
    elif environ.get("FLATPAK_ID"):
        command = ["flatpak", "run", environ["FLATPAK_ID"]]
    elif found := which("backcoach"):
        command = [found]
    else:
        command = [executable, "-m", "backcoach"]
    if data_dir is not None:  # a moved data folder holds the plan the login start needs
        command += ["--data-dir", str(data_dir)]
    return [*command, TRAY_FLAG]


def exec_line(command: Sequence[str]) -> str:
    """``command`` as a desktop file's Exec value: quoted where needed, and ``%`` doubled,
    since a lone ``%`` starts a field code there."""
    return " ".join(_exec_word(word.replace("%", "%%")) for word in command)


def _exec_word(word: str) -> str:
    if word and not NEEDS_QUOTES.search(word):
        return word
    escaped = re.sub(r'(["`$\\])', r"\\\1", word)
    # The desktop file's own string escapes apply on top: each backslash is written twice.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def autostart_entry(command: Sequence[str]) -> str:
    """The autostart desktop file: the app, hidden in the tray, not in any menu."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=BackCoach",
            "Comment=Reminders for your back exercises",
            f"Icon={APP_ID}",
            f"Exec={exec_line(command)}",
            "Terminal=false",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def set_autostart(path: Path, command: Sequence[str] | None) -> None:
    """Writes the entry (atomically) when ``command`` is given, else removes it."""
    if command is None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    # Readable by the user's session only; not health data, but nobody else's business.
    write_private_text(path, autostart_entry(command))
