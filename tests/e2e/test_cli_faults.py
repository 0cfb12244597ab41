"""The real command in a subprocess meets bad files, a full disk and signals: one line on
stderr, a non-zero exit, nothing left behind, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.speech import needs_espeak

pytestmark = pytest.mark.e2e

PROGRESS = ("backcoach: rendering ", "backcoach: writing ")


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "backcoach", "--data-dir", str(data_dir), *args]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(data_dir, *args), capture_output=True, text=True, timeout=120, check=False
    )


def messages(stderr: str) -> list[str]:
    """stderr without the progress lines export-audio prints on a pipe, nor test markers."""
    return [
        line
        for line in stderr.splitlines()
        if not line.startswith(PROGRESS) and not line.startswith("MARK ")
    ]


def test_check_on_a_fifo_and_dev_zero_returns_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    result = run(tmp_path / "data", "check", str(fifo), "/dev/zero")  # hung, or ate memory
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{fifo}:1: is a pipe (FIFO), not a regular file",
        "/dev/zero:1: is a device, not a regular file",
    ]
    assert result.stderr == ""


def test_a_fifo_in_the_exercises_folder_is_skipped_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    os.mkfifo(tmp_path / "exercises" / "x.toml")
    result = run(tmp_path, "exercises")
    assert result.returncode == 0
    assert result.stderr == (
        f"backcoach: skipped {tmp_path / 'exercises' / 'x.toml'}:1: "
        "is a pipe (FIFO), not a regular file\n"
    )
    assert "bridge" in result.stdout


def test_deeply_nested_toml_is_a_problem_for_check_and_for_the_library(tmp_path: Path) -> None:
    deep = tmp_path / "exercises" / "deep.toml"
    deep.parent.mkdir()
    deep.write_text("a = " + "[" * 5000, encoding="utf-8")
    result = run(tmp_path, "check", str(deep))
    assert (result.returncode, result.stdout) == (
        1,
        f"{deep}:1: arrays or tables are nested too deeply\n",
    )
    listed = run(tmp_path, "routines")
    assert listed.returncode == 0
    assert listed.stderr == f"backcoach: skipped {deep}:1: arrays or tables are nested too deeply\n"


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        ('{"language": ["de"]}', None),
        ("[" * 100_000, "nested too deeply"),
        ('{"rate": 1', "not valid JSON: Expecting ',' delimiter: line 1 column 11 (char 10)"),
    ],
)
def test_a_bad_settings_file_is_told_on_stderr_and_every_command_runs(
    tmp_path: Path, payload: str, why: str | None
) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir()
    settings.write_text(payload, encoding="utf-8")
    result = run(tmp_path, "routines")
    assert result.returncode == 0, result.stderr
    assert "gentle-start" in result.stdout
    if why is None:  # a wrong type costs that field only; the file stays
        assert result.stderr == (
            f'backcoach: settings file {settings}: language: expected one of en, de or ""; '
            "using the system's language\n"
        )
        assert settings.exists()
    else:
        assert result.stderr == (
            f"backcoach: settings file {settings} was unreadable ({why}); "
            f"moved to {settings}.bad; using defaults\n"
        )
        assert settings.with_name("settings.json.bad").read_text(encoding="utf-8") == payload


# --- export-audio: a full disk and signals -------------------------------------------------


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of 64 KiB: room for the temporary file, not for a session's audio."""
    folder = tmp_path / "small"
    folder.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mount.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs (not root?): {mount.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@needs_espeak
def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path, full_folder: Path) -> None:
    out = full_folder / "session.wav"
    result = run(tmp_path / "data", "export-audio", "desk-break", str(out))
    assert result.returncode == 1
    assert messages(result.stderr) == [f"backcoach: cannot write {out}: No space left on device"]
    assert "Traceback" not in result.stderr
    assert list(full_folder.iterdir()) == []


# Pause points for the signal tests: the real command, made to wait (reading stdin, which
# a signal interrupts) at a chosen moment after printing a marker, so that the signal lands
# exactly there and not by luck of timing.
PAUSED_EXPORT = """
import sys, wave
import backcoach.cli as cli
import backcoach.cli_commands as commands
from backcoach.speech import cache

def pause(where):
    print("MARK " + where, file=sys.stderr, flush=True)
    sys.stdin.readline()

moment = sys.argv[1]
calls = {"n": 0}

def after_calls(original, count):
    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == count:
            pause(moment)
        return original(*args, **kwargs)
    return wrapper

if moment == "loading":
    commands.load_content = after_calls(commands.load_content, 1)
elif moment == "part":
    cache.Renderer.render_all = after_calls(cache.Renderer.render_all, 1)
elif moment == "rendering":
    cache.Renderer.render = after_calls(cache.Renderer.render, 3)
elif moment == "writing":
    wave.Wave_write.writeframesraw = after_calls(wave.Wave_write.writeframesraw, 5)
sys.argv[1:] = sys.argv[2:]
raise SystemExit(cli.main())
"""

SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]
EXPORT = ("export-audio", "desk-break")


def stop_at(moment: str, signum: int, data_dir: Path, out: Path) -> tuple[int, str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            PAUSED_EXPORT,
            moment,
            "--data-dir",
            str(data_dir),
            *EXPORT,
            str(out),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    seen = []
    for line in process.stderr:  # until the marker: the command now waits for the signal
        seen.append(line)
        if line.startswith("MARK "):
            break
    process.send_signal(signum)
    rest = process.communicate(timeout=60)[1]
    return process.returncode, "".join(seen) + rest


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("moment", ["loading", "part"])
def test_a_signal_before_rendering_is_one_line_and_leaves_nothing(
    tmp_path: Path, moment: str, signum: int
) -> None:
    outputs = tmp_path / "out"
    outputs.mkdir()
    code, stderr = stop_at(moment, signum, tmp_path / "data", outputs / "s.wav")
    assert f"MARK {moment}" in stderr
    assert code == 128 + signum
    assert "Traceback" not in stderr
    assert len(messages(stderr)) == 1
    assert messages(stderr)[0].startswith(("backcoach: interrupted", "backcoach: stopped by"))
    assert list(outputs.iterdir()) == []


@needs_espeak
@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
@pytest.mark.parametrize("moment", ["rendering", "writing"])
def test_a_signal_while_rendering_or_writing_leaves_nothing(
    tmp_path: Path, moment: str, signum: int
) -> None:
    outputs = tmp_path / "out"
    outputs.mkdir()
    old = outputs / "s.wav"
    old.write_bytes(b"an older export")
    code, stderr = stop_at(moment, signum, tmp_path / "data", old)
    assert f"MARK {moment}" in stderr
    assert code == 128 + signum
    assert "Traceback" not in stderr
    name = "interrupted" if signum == signal.SIGINT else f"stopped by {signal.Signals(signum).name}"
    assert messages(stderr) == [f"backcoach: {name}; nothing was written"]
    assert [p.name for p in outputs.iterdir()] == ["s.wav"]  # no .part beside it
    assert old.read_bytes() == b"an older export"


@needs_espeak
def test_sigterm_once_the_part_file_is_there_leaves_nothing(tmp_path: Path) -> None:
    """The command as it is, no pause: the signal lands while the cues are rendered."""
    outputs = tmp_path / "out"
    outputs.mkdir()
    process = subprocess.Popen(
        command(tmp_path / "data", "export-audio", "desk-break", str(outputs / "s.wav")),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not list(outputs.glob(".s.wav.*.part")):  # polling for it, not timing
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.005)
    process.terminate()
    stderr = process.communicate(timeout=60)[1]
    assert process.returncode == 128 + signal.SIGTERM
    assert messages(stderr) == ["backcoach: stopped by SIGTERM; nothing was written"]
    assert list(outputs.iterdir()) == []
