"""Screenshots of the session player and the floor view, for the docs (not a timing benchmark).

Run under a real X server the size of a laptop screen:

    xvfb-run -a -s "-screen 0 1280x800x24" python -m benchmarks.player_screenshots docs
    ... benchmarks.player_screenshots docs --lang de     (the same in German, *-de.png)

The real built-in library and window; a silent recording speaker and a fake clock take
the session to the moments shown: the floor view during a rest with "next up", the
player during a hold on the left side. ``--all`` adds the other stages (get ready, the
list of keys, the summary) as screenshot-player-*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from backcoach.content.library import load_content
from backcoach.languages import LANGUAGES
from backcoach.speech.recording import RecordingSpeaker
from backcoach.store.paths import resolve_paths
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import RecordingScreenKeeper
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.services import SessionServices
from backcoach.ui.translators import Translators
from benchmarks.checked import checked_history

ROUTINE = "gentle-start"
FLOOR_AT_S = 250.0  # into the session: the rest before the knee-to-chest stretch
PLAYER_AT_S = 302.0  # the first hold of the knee-to-chest stretch, left side


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def shoot(
    app: QApplication,
    window: MainWindow,
    clock: Clock,
    out: Path,
    every_stage: bool,
    *,
    suffix: str = "",
) -> None:
    window.start_routine(window.library.routines[ROUTINE])
    settle(app)
    if every_stage:
        clock.now += 6
        window.session.tick()
        settle(app)
        save(window, out / f"screenshot-player-get-ready{suffix}.png")
    clock.now += Settings().get_ready_s
    window.session.tick()
    start = clock.now

    def at(seconds: float) -> None:
        # Tick through every second on the way, as the real timer would.
        while clock.now < start + seconds:
            clock.now = min(start + seconds, clock.now + 1.0)
            window.session.tick()
        settle(app)

    at(FLOOR_AT_S)
    window.show_floor()
    settle(app)
    save(window.floor, out / f"screenshot-floor{suffix}.png")
    window.leave_floor()
    at(PLAYER_AT_S)
    save(window, out / f"screenshot-player{suffix}.png")
    if every_stage:
        window.toggle_help()
        settle(app)
        save(window, out / f"screenshot-player-keys{suffix}.png")
        window.escape()
        window.session.skip()
        window.session.pause()
        settle(app)
        save(window, out / f"screenshot-player-paused{suffix}.png")
        window.session.stop()
        settle(app)
        save(window, out / f"screenshot-player-summary{suffix}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--all", action="store_true", help="every stage, not only the two")
    parser.add_argument("--lang", default="en", choices=sorted(LANGUAGES))
    args = parser.parse_args(argv)
    if "DISPLAY" not in os.environ:
        print("note: no DISPLAY; using the offscreen platform", file=sys.stderr)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    if problem := Translators(app).install(args.lang):
        raise SystemExit(problem)
    with tempfile.TemporaryDirectory() as data:
        paths = resolve_paths(data, {})
        clock = Clock()
        services = SessionServices(
            RecordingSpeaker(),
            SettingsKeeper(Settings(), None),
            RecordingScreenKeeper(),
            clock,
            language=args.lang,
            history=checked_history(),
        )
        window = MainWindow(load_content(paths, args.lang), paths.window_state_file, services)
        window.resize(1280, 800)
        window.show()
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        shoot(app, window, clock, args.out, args.all, suffix=suffix)
        window.session.stop()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
