"""The longest GUI-thread stall while a session speaks and animates, against a bare window.

    python -m benchmarks.gui_stall [--seconds 30] [--json]

A 1 ms precise QTimer on the GUI thread (the heartbeat of ``speech_onset.GapMeter``)
measures the gaps between its ticks: any work on the GUI thread (painting the figure,
refreshing the live view, handing cues to the speaker, Python's garbage collector)
shows as a longer gap. First, for ``--seconds``, with a bare QMainWindow shown (the
baseline: how long this machine's event loop and OS alone leave the thread); then, in
the same process, the real main window playing the built-in routine ``gentle-start``
from its first repetition: the figure animating at 30 frames a second and the real
speaker saying the cues (pyttsx3/espeak-ng worker, libpulse-simple) into a private
PulseAudio null sink. Without ``pulseaudio`` on the machine the session runs with
captions, and the report says so.

Target (ours): no stall longer than one frame at 60 Hz (16 ms). Prints figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from backcoach.content.library import load_content
from backcoach.speech.captions import CaptionSpeaker
from backcoach.speech.qt_speaker import QtSpeaker, open_speaker
from backcoach.store.paths import resolve_paths
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import NoScreenKeeper
from backcoach.ui.main_window import MainWindow
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.control import Stage
from backcoach.ui.session.services import SessionServices
from benchmarks.checked import checked_history
from benchmarks.speech_onset import GapMeter, null_sink, run_loop

ROUTINE = "gentle-start"
STALL_TARGET_MS = 16.0
WINDOW_SIZE = (1280, 800)
RENDER_TIMEOUT_S = 90.0


def _quiet_offscreen(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


@contextmanager
def sound_server(folder: Path) -> Iterator[bool]:
    """A private null sink when PulseAudio is installed (True), else nothing (False)."""
    if shutil.which("pulseaudio") is None:
        yield False
        return
    with null_sink(folder) as server:
        os.environ["PULSE_SERVER"] = server  # before the speaker's player connects
        yield True


def bare(seconds: float) -> dict[str, float]:
    window = QMainWindow()
    window.setCentralWidget(QLabel("a bare PySide6 window"))
    window.resize(*WINDOW_SIZE)
    window.show()
    run_loop(0.5)
    meter = GapMeter()
    meter.start()
    run_loop(seconds)
    figures = meter.stop()
    window.close()
    return figures


def playing(seconds: float, data_dir: Path, voice: bool) -> dict[str, Any]:
    paths = resolve_paths(data_dir, {})
    settings = Settings(get_ready_s=0)
    speaker: QtSpeaker | CaptionSpeaker = (
        open_speaker(paths, settings) if voice else CaptionSpeaker("no PulseAudio here")
    )
    services = SessionServices(
        speaker, SettingsKeeper(settings, None), NoScreenKeeper("not measured"),
        history=checked_history(),
    )  # fmt: skip
    window = MainWindow(load_content(paths), paths.window_state_file, services)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.start_routine(window.library.routines[ROUTINE])
    # The cues are rendered first (the get-ready part of a session); then it runs.
    window.session.start_now()  # no countdown: it waits only for the voice
    deadline = time.monotonic() + RENDER_TIMEOUT_S
    while window.session.stage is not Stage.RUNNING and time.monotonic() < deadline:
        run_loop(0.05)
    if window.session.stage is not Stage.RUNNING:
        raise SystemExit(f"the session did not start (stage {window.session.stage})")
    window.session.skip()  # to the first repetition: the figure moves from the start
    run_loop(0.5)
    meter = GapMeter()
    meter.start()
    run_loop(seconds)
    figures: dict[str, Any] = dict(meter.stop())
    figures["speaking"] = isinstance(speaker, QtSpeaker) and speaker.speaking
    window.session.stop()
    speaker.close()
    window.close()
    return figures


def measure(seconds: float) -> dict[str, Any]:
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    with (
        tempfile.TemporaryDirectory(prefix="backcoach-stall-") as folder,
        sound_server(Path(folder)) as voice,
    ):
        baseline = bare(seconds)
        session = playing(seconds, Path(folder) / "data", voice)
    longest, base = session["max_gap_ms"], baseline["max_gap_ms"]
    return {
        "seconds": seconds,
        "baseline_bare_window": baseline,
        "session": session,
        "ratio_longest": longest / base if base else float("inf"),
        "target_ms": STALL_TARGET_MS,
        "target_met": longest <= STALL_TARGET_MS,
    }


def print_report(report: dict[str, Any]) -> None:
    for name in ("baseline_bare_window", "session"):
        figures = report[name]
        print(
            f"{name:22s} longest gap {figures['max_gap_ms']:6.2f} ms, p99 "
            f"{figures['p99_gap_ms']:5.2f} ms, {figures['gaps_over_5ms_per_minute']:5.1f} "
            f"gaps > 5 ms a minute; gc longest {figures['gc_longest_ms']:.2f} ms"
        )
    speaking = "speaking" if report["session"]["speaking"] else "CAPTIONS ONLY (no voice)"
    verdict = "met" if report["target_met"] else "MISSED"
    print(
        f"session ({speaking}) / bare: {report['ratio_longest']:.2f}; "
        f"target <= {report['target_ms']:.0f} ms: {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="of each measurement")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    report = measure(args.seconds)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
