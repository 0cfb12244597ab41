"""`backcoach export-audio` as a user runs it: a real engine, a real WAV, cues on their beat."""

from __future__ import annotations

import array
import json
import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from support.samples import GOOD_EXERCISE, write
from support.speech import needs_espeak

from backcoach.store.settings import Settings

pytestmark = pytest.mark.e2e

RATE = 22050
LEVEL = 500  # onset threshold; espeak-ng speech peaks at 10000-28000
SILENT_GAP_S = 0.15


SHORT_ROUTINE = """\
id = "short-routine"
title = "Short routine"
description = "Two small doses, for tests."
rest_between_s = 10

[[items]]
exercise = "test-lift"
sets = 1
reps = 3

[[items]]
exercise = "bridge"
sets = 1
reps = 2
hold_s = 3
"""


def run(
    *args: str,
    data_dir: Path,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backcoach", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def samples_of(path: Path) -> tuple[array.array[int], wave._wave_params]:
    with wave.open(str(path)) as reader:
        params = reader.getparams()
        values = array.array("h")
        values.frombytes(reader.readframes(reader.getnframes()))
    if sys.byteorder == "big":
        values.byteswap()
    return values, params


def onsets(values: array.array[int]) -> list[float]:
    """Seconds of each first sample above LEVEL that follows at least 150 ms of quiet."""
    found: list[float] = []
    gap = round(SILENT_GAP_S * RATE)
    quiet = gap
    for index, value in enumerate(values):
        if abs(value) > LEVEL:
            if quiet >= gap:
                found.append(index / RATE)
            quiet = 0
        else:
            quiet += 1
    return found


@pytest.fixture
def routine_dir(tmp_path: Path) -> Path:
    write(tmp_path / "data" / "exercises", "lift.toml", GOOD_EXERCISE)
    write(tmp_path / "data" / "routines", "short.toml", SHORT_ROUTINE)
    return tmp_path / "data"


@needs_espeak
def test_each_cue_is_heard_at_its_scripted_time(routine_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "session.wav"
    result = run("export-audio", "short-routine", str(out), "--json", data_dir=routine_dir)
    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout)
    assert written["file"] == str(out)
    # The plan the player would use (the settings' get-ready time), before it is fitted to
    # the measured voice: the same cues, in the same order, at nearly the same times.
    get_ready = str(Settings().get_ready_s)
    script = json.loads(
        run(
            "script", "short-routine", "--json", "--get-ready", get_ready, data_dir=routine_dir
        ).stdout
    )
    # Every needed cue is in the file, in order (a rest's length, and so its words, may change).
    needed = [c["kind"] for c in script["cues"] if c["needed"]]
    needed_kinds = set(needed)
    assert [c["kind"] for c in written["cues"] if c["kind"] in needed_kinds] == needed
    assert abs(written["duration_s"] - script["duration_s"]) < 0.25 * script["duration_s"]

    values, params = samples_of(out)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, RATE)
    assert params.nframes / RATE == pytest.approx(written["duration_s"], abs=0.001)
    script = written  # the cues as written are what the samples must show

    heard = onsets(values)
    checked = 0
    for cue in script["cues"]:
        start = round(cue["t"] * RATE)
        before = values[max(0, start - round(SILENT_GAP_S * RATE)) : max(0, start - 20)]
        if cue["t"] < SILENT_GAP_S or any(abs(v) > LEVEL for v in before):
            continue  # no silence before it: an onset cannot be seen there
        at = float(cue["t"])
        assert min(abs(onset - at) for onset in heard) <= 0.020, cue
        checked += 1
    assert checked >= 0.6 * len(script["cues"]) and checked >= 10
    # Nothing is heard that the script does not say: every onset is a cue or lies inside one.
    starts = sorted(cue["t"] for cue in script["cues"])
    for onset in heard:
        assert any(0 <= onset - t < 12 for t in starts)


@needs_espeak
@pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
def test_sox_sees_a_whole_session(routine_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "session.wav"
    assert run("export-audio", "short-routine", str(out), data_dir=routine_dir).returncode == 0
    stat = subprocess.run(
        ["sox", str(out), "-n", "stat"], capture_output=True, text=True, timeout=60, check=True
    ).stderr
    figures = dict(line.split(":", 1) for line in stat.splitlines() if ":" in line)
    assert 0.01 < float(figures["RMS     amplitude"]) < 0.3
    assert 0.3 < float(figures["Maximum amplitude"]) <= 1.0


@needs_espeak
def test_a_second_export_renders_nothing_and_is_identical(
    routine_dir: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.wav", tmp_path / "b.wav"
    assert run("export-audio", "short-routine", str(first), data_dir=routine_dir).returncode == 0
    cache = routine_dir / "cache" / "speech"
    files = sorted(cache.rglob("*.wav"))
    stamps = [path.stat().st_mtime_ns for path in files]
    assert run("export-audio", "short-routine", str(second), data_dir=routine_dir).returncode == 0
    assert [path.stat().st_mtime_ns for path in sorted(cache.rglob("*.wav"))] == stamps
    assert first.read_bytes() == second.read_bytes()


@needs_espeak
def test_progress_on_a_pipe_is_a_few_plain_lines(routine_dir: Path, tmp_path: Path) -> None:
    result = run("export-audio", "short-routine", str(tmp_path / "s.wav"), data_dir=routine_dir)
    lines = result.stderr.splitlines()
    assert lines[0].startswith("backcoach: rendering ") and lines[0].endswith(" cues")
    assert lines[1] == "backcoach: writing s.wav"
    assert len(lines) == 2 and "\r" not in result.stderr


def test_an_unknown_routine_is_one_line_and_no_file(tmp_path: Path) -> None:
    out = tmp_path / "x.wav"
    result = run("export-audio", "no-such-routine", str(out), data_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("backcoach: no-such-routine:1: no routine with this id")
    assert len(result.stderr.splitlines()) == 1
    assert list(tmp_path.glob("*.wav")) == [] and "Traceback" not in result.stderr


def test_an_unwritable_place_is_one_line_and_no_file(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "x.wav"
    result = run("export-audio", "gentle-start", str(out), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr == f"backcoach: cannot write {out}: No such file or directory\n"
    folder = tmp_path / "folder.wav"
    folder.mkdir()
    result = run("export-audio", "gentle-start", str(folder), data_dir=tmp_path / "data")
    assert (result.returncode, result.stderr) == (
        1,
        f"backcoach: cannot write {folder}: it is a folder\n",
    )


def test_without_an_engine_the_reason_is_one_line_and_no_file_is_left(tmp_path: Path) -> None:
    # A stand-in pyttsx3 (first on the path of the worker process) that fails as the real
    # one does when libespeak-ng is missing.
    fake = tmp_path / "fake" / "pyttsx3"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "def init():\n    raise RuntimeError("
        "'This means you probably do not have eSpeak or eSpeak-ng installed!')\n",
        encoding="utf-8",
    )
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    result = run(
        "export-audio",
        "gentle-start",
        str(out_folder / "x.wav"),
        data_dir=tmp_path / "data",
        env={"PYTHONPATH": str(fake.parent)},
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "backcoach: no voice: the speech engine espeak-ng is not installed. "
        "Install it with: sudo apt install libespeak-ng1"
    )
    assert list(out_folder.iterdir()) == []  # no partial file, no temporary file


def test_an_interrupted_export_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcoach.content.library import built_in_folder, load_library  # noqa: PLC0415
    from backcoach.speech import export  # noqa: PLC0415
    from backcoach.speech.cache import Renderer  # noqa: PLC0415
    from backcoach.store.paths import resolve_paths  # noqa: PLC0415

    def interrupted(*_args: object, **_kwargs: object) -> dict[str, Path]:
        raise KeyboardInterrupt

    monkeypatch.setattr(Renderer, "render_all", interrupted)
    out = tmp_path / "x.wav"
    out.write_bytes(b"an older export")
    library = load_library([built_in_folder()])
    err = tmp_path / "err.txt"
    with err.open("w", encoding="utf-8") as stderr, (tmp_path / "o.txt").open("w") as stdout:
        code = export.export_command(
            "gentle-start",
            out,
            None,
            library=library,
            paths=resolve_paths(tmp_path / "data", {}),
            stdout=stdout,
            stderr=stderr,
        )
    assert code == 130
    assert out.read_bytes() == b"an older export"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["err.txt", "o.txt", "x.wav"]
    assert err.read_text(encoding="utf-8").endswith("interrupted; nothing was written\n")
