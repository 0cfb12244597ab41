"""CPU and memory of a playing session, against a bare PySide6 window measured in the same run.

    python -m benchmarks.player_cpu [--seconds 60] [--voice] [--locale en_US.UTF-8] [--json]
    xvfb-run -a -s "-screen 0 1280x800x24" python -m benchmarks.player_cpu

Each case runs in a fresh process of its own (so memory compares like with like): a bare
QMainWindow; the real main window with no session (what the player adds is the
difference to it); the main window playing a built-in routine on the Session page; the
same with the floor view shown (its large figure animating, the player's still under
it); "player-still", the player with its figure never repainted (the animation's cost is
the difference to "player"); and "floor-text", the floor view without its figure, as it
was before it had one (the player's figure went on animating under it). Those use a
silent speaker and start at the first repetition (the prepare step, skipped, keeps the
figure still). With --voice, also the real app as a user starts it (``backcoach play
ROUTINE`` through the command line's main(): the real speaker through PulseAudio, media
keys, screen keeper, start-up checks), and the same with the QtMultimedia player
("app-qt"; what Windows and macOS use) for comparison; these need a sound server, e.g. a
PulseAudio null sink.

Every case runs under ``--locale`` (LANG; default en_US.UTF-8, as on a user's desktop):
under C, Qt skips locale work a user's session does (it opened an ICU collator once).
CPU is process CPU time over wall time while the event loop runs (after a short
warm-up); memory is VmRSS at the end. Targets: at most 3 % of one core, at most 1.5x the
bare window's memory. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from backcoach.store.history import HistoryStore, SafetyProfile, utc_now
from benchmarks.checked import checked_history

CASES = ("bare", "idle", "player", "player-still", "floor", "floor-text")
APP_CASES = ("app", "app-qt")
ROUTINE = "gentle-start"  # nine minutes: no session ends within a measurement
WARM_UP_S = 3.0
CPU_TARGET_PERCENT = 3.0
MEMORY_TARGET_RATIO = 1.5


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def build(case: str, data_dir: str) -> Any:
    """The window of ``case``, shown."""
    from PySide6.QtWidgets import QLabel, QMainWindow  # noqa: PLC0415 (child process only)

    if case == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("bare window"))
        window.resize(1280, 800)
        window.show()
        return window
    # As the app starts (backcoach/cli.py): PySide6's import hook kept from caching sources.
    from backcoach.pyside_sources import spare_linecache  # noqa: PLC0415

    spare_linecache()
    from backcoach.content.library import load_content  # noqa: PLC0415
    from backcoach.speech.captions import CaptionSpeaker  # noqa: PLC0415
    from backcoach.store.paths import resolve_paths  # noqa: PLC0415
    from backcoach.store.settings import Settings  # noqa: PLC0415
    from backcoach.ui.desktop.screensaver import NoScreenKeeper  # noqa: PLC0415
    from backcoach.ui.main_window import MainWindow  # noqa: PLC0415
    from backcoach.ui.player.settings import SettingsKeeper  # noqa: PLC0415
    from backcoach.ui.session.services import SessionServices  # noqa: PLC0415

    paths = resolve_paths(data_dir, {})
    settings = Settings(get_ready_s=0)  # straight into the session
    speaker = CaptionSpeaker("a silent benchmark")
    services = SessionServices(
        speaker,
        SettingsKeeper(settings, None),
        NoScreenKeeper("not measured"),
        history=checked_history(),
    )
    window = MainWindow(load_content(paths), paths.window_state_file, services)
    window.resize(1280, 800)
    window.show()
    if case == "idle":
        window.show_page(window.routine_list)
        return window
    window.start_routine(window.library.routines[ROUTINE])
    if window.session.machine is None:
        window.session.start_now()  # no get-ready countdown
    window.session.skip()  # to the first repetition: the figure moves from the start
    if case == "player-still":
        # The same player with its figure painted once and never again: what the
        # animation itself costs is the difference to "player".
        window.player.figure.timer.timeout.disconnect()
    if case == "floor-text":
        window.floor.figure = None  # the floor view as it was before it had a figure
    if case.startswith("floor"):
        window.show_floor()
    return window


def measure_loop(app: Any, seconds: float, stop: Any, case: str) -> None:
    """Measures from after the warm-up for ``seconds``, then prints and calls ``stop``
    (which may add to what is printed)."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    result: dict[str, float] = {}

    def begin() -> None:
        result["cpu0"], result["wall0"] = time.process_time(), time.perf_counter()
        QTimer.singleShot(round(seconds * 1000), end)

    def end() -> None:
        result["cpu"] = time.process_time() - result["cpu0"]
        result["wall"] = time.perf_counter() - result["wall0"]
        figures = {
            "case": case,
            "cpu_percent": 100 * result["cpu"] / result["wall"],
            "wall_s": result["wall"],
            "rss_kib": rss_kib(),
        }
        figures.update(stop() or {})
        print(json.dumps(figures), flush=True)
        app.quit()

    QTimer.singleShot(round(WARM_UP_S * 1000), begin)


def child(case: str, seconds: float) -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    app = QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as data_dir:
        window = build(case, data_dir)

        def stop() -> None:
            if case != "bare":
                window.session.stop()  # else quitting would ask whether to stop it
                window.services.speaker.close()

        measure_loop(app, seconds, stop, case)
        app.exec()


def app_child(case: str, seconds: float) -> None:
    """The real app, started as ``backcoach play ROUTINE`` starts it."""
    import PySide6.QtCore  # noqa: F401, PLC0415 (first, as the command line does)
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    from backcoach.pyside_sources import spare_linecache  # noqa: PLC0415

    spare_linecache()
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from backcoach.cli import main as cli_main  # noqa: PLC0415

    if case == "app-qt":
        from backcoach.speech import qt_speaker  # noqa: PLC0415
        from backcoach.speech.qt_player import QtPlayer  # noqa: PLC0415

        qt_speaker.open_player = QtPlayer  # what open_speaker uses where libpulse is missing
    # The app uses a QApplication that exists (as in tests), so the timers can be set first.
    app = QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as data_dir:
        config = Path(data_dir) / "config"
        config.mkdir()
        # No get-ready countdown: straight into the session (after its cues are rendered).
        (config / "settings.json").write_text('{"version": 1, "get_ready_s": 0}', encoding="utf-8")

        def stop() -> dict[str, bool]:
            speaking = False
            for widget in app.topLevelWidgets():
                session = getattr(widget, "session", None)
                if session is not None:
                    # Did it speak: the live speaker, not fallen back to captions.
                    speaker = getattr(widget, "services").speaker  # noqa: B009
                    speaking = bool(getattr(speaker, "speaking", False))
                    session.stop()  # else quitting would ask whether to stop it
            return {"speaking": speaking}

        def same_size() -> None:  # as the bare window (the app's own default is smaller)
            for widget in app.topLevelWidgets():
                if hasattr(widget, "session"):
                    widget.resize(1280, 800)

        QTimer.singleShot(0, same_size)
        measure_loop(app, seconds, stop, case)
        # A user who has done the first-run safety check, so the session starts at once.
        with HistoryStore.open(Path(data_dir) / "history.sqlite3") as history:
            history.save_safety_profile(SafetyProfile(disclaimer_acknowledged_at=utc_now()))
        cli_main(["--data-dir", data_dir, "play", ROUTINE])


def run_case(case: str, seconds: float, locale: str) -> dict[str, Any]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "BACKCOACH_LANG")
    }
    env["LANG"] = locale
    if "DISPLAY" not in env:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.player_cpu", "--child", case, "--seconds", str(seconds)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=seconds + 120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{case} failed ({done.returncode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured time per case")
    parser.add_argument(
        "--voice",
        action="store_true",
        help="also the real app with its voice (needs a sound server)",
    )
    parser.add_argument(
        "--locale", default="en_US.UTF-8", help="LANG for every case (default: %(default)s)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--child", choices=(*CASES, *APP_CASES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child in APP_CASES:
        app_child(args.child, args.seconds)
        return 0
    if args.child:
        child(args.child, args.seconds)
        return 0
    platform = os.environ.get("QT_QPA_PLATFORM") or (
        "xcb" if "DISPLAY" in os.environ else "offscreen"
    )
    if not args.json:
        print(
            f"{args.seconds:g} s per case, platform {platform}, LANG {args.locale}, "
            f"Python {sys.version.split()[0]}"
        )
    cases = (*CASES, *APP_CASES) if args.voice else CASES
    results = {case: run_case(case, args.seconds, args.locale) for case in cases}
    if args.json:
        report = {
            "seconds": args.seconds,
            "platform": platform,
            "locale": args.locale,
            "cases": results,
            "targets": {"cpu_percent": CPU_TARGET_PERCENT, "rss_ratio": MEMORY_TARGET_RATIO},
        }
        print(json.dumps(report, indent=2))
        return 0
    bare = results["bare"]
    print(f"{'case':<10} {'CPU % of a core':>16} {'RSS MiB':>9} {'RSS / bare':>11}")
    for case, result in results.items():
        note = (
            ""
            if "speaking" not in result
            else "  speaking"
            if result["speaking"]
            else "  NOT SPEAKING (captions)"
        )
        print(
            f"{case:<10} {result['cpu_percent']:>16.2f} {result['rss_kib'] / 1024:>9.1f} "
            f"{result['rss_kib'] / bare['rss_kib']:>11.2f}{note}"
        )
    print(f"targets: CPU <= {CPU_TARGET_PERCENT:g} %, RSS <= {MEMORY_TARGET_RATIO:g}x bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
