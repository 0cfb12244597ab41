"""The PyInstaller bundle as a user gets it: dist/backcoach/backcoach, built by packaging/build.

Slow (a build: ~15 s, more on a first run that creates .venv-bundle), so it only runs with
BACKCOACH_TEST_BUNDLE=1. BACKCOACH_BUNDLE_DIR=dist/backcoach tests an existing bundle
instead of building one. CI builds and smoke-tests the bundle with packaging/build.
"""

from __future__ import annotations

import array
import json
import os
import shutil
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.pulse import start_pulseaudio, stop_pulseaudio
from support.safety import seed_checked_profile
from support.speech import needs_espeak
from support.xvfb import (
    distinct_colours,
    grab,
    missing_x_tools,
    wait_for,
    window_viewable,
    xvfb_server,
)

from backcoach.speech.engine import SpeechEngine

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        os.environ.get("BACKCOACH_TEST_BUNDLE") != "1",
        reason="builds the PyInstaller bundle: set BACKCOACH_TEST_BUNDLE=1",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
RATE = 22050


@pytest.fixture(scope="module")
def app() -> Path:
    """The bundle's binary: built now (packaging/build --no-smoke), or the one given."""
    given = os.environ.get("BACKCOACH_BUNDLE_DIR")
    if given:
        folder = Path(given)
    else:
        subprocess.run(
            [str(ROOT / "packaging" / "build"), "--no-smoke"],
            check=True,
            timeout=1200,
            stdout=subprocess.DEVNULL,
        )
        folder = ROOT / "dist" / "backcoach"
    binary = folder / "backcoach"
    assert binary.is_file(), f"no bundle at {folder}"
    return binary


def run(app: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def from_source(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def test_version(app: Path) -> None:
    result = run(app, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == from_source("--version").stdout.strip()


def test_the_bundle_lists_the_whole_built_in_library(app: Path) -> None:
    result = run(app, "exercises")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no skipped files
    listed = result.stdout.splitlines()
    assert len(listed) == len(list((ROOT / "resources" / "exercises").glob("*.toml"))) == 21
    as_json = json.loads(run(app, "exercises", "--json").stdout)
    assert [e["id"] for e in as_json] == [
        e["id"] for e in json.loads(from_source("exercises", "--json").stdout)
    ]


def test_routines_and_a_session_script(app: Path) -> None:
    routines = json.loads(run(app, "routines", "--json").stdout)
    assert {r["id"] for r in routines} == {
        path.stem for path in (ROOT / "resources" / "routines").glob("*.toml")
    }
    script = run(app, "script", "gentle-start", "--json")
    assert script.returncode == 0, script.stderr
    assert len(json.loads(script.stdout)["cues"]) > 50


def test_data_files_are_inside(app: Path) -> None:
    inside = app.parent / "_internal" / "backcoach"
    for name in ("exercises", "routines", "education", "poses"):
        source = {p.name for p in (ROOT / "resources" / name).glob("*.toml")}
        assert source, name
        assert {p.name for p in (inside / "resources" / name).glob("*.toml")} == source
    compiled = {p.name for p in (ROOT / "backcoach" / "translations").glob("*.qm")}
    assert {p.name for p in (inside / "translations").glob("*.qm")} >= compiled
    # Qt's own strings (OK, Cancel) for each of the app's languages, where Qt looks for them.
    qt_translations = app.parent / "_internal" / "PySide6" / "Qt" / "translations"
    for name in compiled:
        language = name.removeprefix("backcoach_").removesuffix(".qm")
        assert (qt_translations / f"qtbase_{language}.qm").is_file(), language


def test_illustrate_draws_without_a_screen(app: Path, tmp_path: Path) -> None:
    out = tmp_path / "bridge.png"
    result = run(app, "illustrate", "bridge", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_espeak
def test_the_bundle_is_its_own_speech_worker(app: Path, tmp_path: Path) -> None:
    engine = SpeechEngine([str(app), "--speech-worker"])
    try:
        seconds = engine.render(
            "Breathe out and lift your hips.", tmp_path / "s" / "a.wav", "", 160
        )
    finally:
        engine.close()
    assert engine.description.startswith("pyttsx3 ")
    with wave.open(str(tmp_path / "s" / "a.wav"), "rb") as wav:
        assert wav.getframerate() == RATE
        assert wav.getnframes() > RATE // 2
    assert 0.5 < seconds < 5


def test_the_worker_loads_no_gui(app: Path) -> None:
    # entry.py hands --speech-worker over before the CLI or any UI module is imported.
    # QtCore alone is mapped in every process of the bundle: PyInstaller's PySide6 run-time
    # hook imports it before entry.py runs (~50 ms; see packaging/pyinstaller/README.md).
    with subprocess.Popen(
        [str(app), "--speech-worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as worker:
        assert worker.stdin is not None and worker.stdout is not None
        hello = json.loads(worker.stdout.readline())
        maps = Path(f"/proc/{worker.pid}/maps").read_text(encoding="utf-8")
        worker.stdin.write('{"op": "quit"}\n')
    assert hello["id"] == 0
    assert "libQt6Gui" not in maps
    assert "libQt6Widgets" not in maps
    assert "libQt6Multimedia" not in maps


def test_the_app_shows_its_window_on_a_real_x_server(app: Path, tmp_path: Path) -> None:
    """Not only "still running after a while": the bundle's window is mapped on an X server
    and drawn (more than a blank screen's colours)."""
    if missing := missing_x_tools():
        pytest.skip(
            f"needs {', '.join(missing)} (Debian: apt-get install xvfb x11-utils imagemagick)"
        )
    errors = tmp_path / "stderr.txt"
    with xvfb_server(tmp_path) as display, errors.open("w") as sink:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        process = subprocess.Popen(
            [str(app), "--data-dir", str(tmp_path / "data")], stderr=sink, env=env
        )
        try:

            def shown() -> bool:
                if process.poll() is not None:
                    raise RuntimeError(f"the bundle exited: {errors.read_text()}")
                return window_viewable(display)

            wait_for(shown, 60, "the bundle's window to be mapped")
            shot = tmp_path / "screen.png"
            wait_for(
                lambda: distinct_colours(grab(display, shot)) > 40, 30, "the window to be drawn"
            )
            assert process.poll() is None, errors.read_text()
        finally:
            process.terminate()
            process.wait(10)
    assert "Traceback" not in errors.read_text()


@pytest.fixture
def null_sink(tmp_path: Path) -> Iterator[str]:
    """A private PulseAudio daemon with one null sink."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        pytest.skip("needs pulseaudio and parec (apt install pulseaudio pulseaudio-utils)")
    started = start_pulseaudio(tmp_path / "pulse")
    if started is None:
        pytest.skip("pulseaudio did not start here")
    daemon, server = started
    try:
        yield server
    finally:
        stop_pulseaudio(daemon)


def child_commands(pid: int) -> str:
    """The command lines of ``pid``'s children, one a line, read from /proc (a minimal
    system has no ps)."""
    lines = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # "pid (name) state ppid ...": the name may hold spaces, so split after ")".
            fields = stat.read_text(encoding="utf-8").rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                argv = (stat.parent / "cmdline").read_bytes().split(b"\0")
                lines.append(" ".join(part.decode() for part in argv if part))
        except (OSError, IndexError, ValueError):
            continue  # a process that ended meanwhile
    return "\n".join(lines)


def loud_samples(data: bytes) -> int:
    """How many 16-bit samples of ``data`` are clearly above silence."""
    samples = array.array("h")
    samples.frombytes(data[: len(data) - len(data) % 2])
    return sum(1 for value in samples if abs(value) > 500)


@needs_espeak
def test_a_session_is_heard_through_the_bundle(
    app: Path, null_sink: str, data_dir: Path, tmp_path: Path
) -> None:
    """The frozen app starts its worker as itself (--speech-worker) and plays what it
    renders through the system's libpulse-simple (the Linux bundle has no QtMultimedia)."""
    (data_dir / "config").mkdir(parents=True)
    (data_dir / "config" / "settings.json").write_text(
        json.dumps({"version": 1, "get_ready_s": 0}), encoding="utf-8"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": null_sink}
    seed_checked_profile(Path(env["BACKCOACH_DATA_DIR"]))  # no first-run dialog in the way
    recorded = tmp_path / "sink.raw"
    with recorded.open("wb") as out:
        recorder = subprocess.Popen(
            [
                "parec",
                f"--server={null_sink}",
                "--device=nullsink.monitor",
                "--format=s16le",
                "--channels=1",
                f"--rate={RATE}",
                "--raw",
            ],
            stdout=out,
        )
        player = subprocess.Popen(
            [str(app), "play", "gentle-start"], env=env, stderr=subprocess.PIPE, text=True
        )
        try:
            # Until the worker is up and the sink has recorded half a second of speech
            # (at most 60 s): no fixed sleeps, so a slow machine waits longer, not fails.
            wait_for(
                lambda: "--speech-worker" in child_commands(player.pid),
                60,
                "the speech worker to start",
            )
            children = child_commands(player.pid)
            wait_for(
                lambda: loud_samples(recorded.read_bytes()) > RATE // 2,
                60,
                "half a second of speech at the sink",
            )
            assert player.poll() is None
        finally:
            player.terminate()
            _, errors = player.communicate(timeout=10)
            recorder.terminate()
            recorder.wait(5)
    assert f"{app} --speech-worker" in children, children
    assert "Traceback" not in errors
    data = recorded.read_bytes()
    loud = loud_samples(data)
    assert loud > RATE // 2, f"{loud} loud samples in {len(data) / 2 / RATE:.1f} s"
