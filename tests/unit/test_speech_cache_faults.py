"""Faults of the speech cache: bad files are rendered again, an unwritable folder is swapped for
a temporary one and a full disk is named; the real worker runs with a stand-in pyttsx3."""

from __future__ import annotations

import array
import contextlib
import errno
import os
import shutil
import struct
import subprocess
import sys
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backcoach.speech.cache import Renderer, SpeechCache, VoiceChoice, measured_lengths
from backcoach.speech.engine import FolderError, RenderError, SpeechEngine
from backcoach.speech.wavfile import (
    SAMPLE_RATE,
    BadWavError,
    Clip,
    to_pcm,
    verified_clip,
    wav_seconds,
    write_clip,
)
from backcoach.speech.worker import reserve_space, write_render

# A stand-in for pyttsx3 with the real one's habits: it renders on runAndWait() into the
# file named by save_to_file(), 22050 Hz mono, a little silence first; and when that write
# fails (in espeak's callback, where pyttsx3 raises into C) its loop never ends.
FAKE_PYTTSX3 = """\
import time, wave

LOUD = b"\\x00\\x10"  # 4096


class _Voice:
    id = "fake/en"
    name = "Fake"
    languages = ["en"]


class _Engine:
    def __init__(self):
        self._job = None

    def save_to_file(self, text, path):
        self._job = (text, path)

    def runAndWait(self):
        if self._job is None:
            return
        (text, path), self._job = self._job, None
        frames = int(22050 * (0.5 + len(text) / 10))
        try:
            with wave.open(path, "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(22050)
                out.writeframes(b"\\0\\0" * 220 + LOUD * frames)
        except OSError:
            time.sleep(3600)

    def getProperty(self, name):
        return [_Voice()] if name == "voices" else None

    def setProperty(self, name, value):
        pass


def init():
    return _Engine()
"""

FAKE_ESPEAK = "def Synchronize():\n    return 0\n\ndef Info(_):\n    return b'fake'\n"


def fake_frames(text: str) -> int:
    """What the stand-in renders for ``text``, after the worker trimmed its silence."""
    return int(22050 * (0.5 + len(text) / 10))  # its leading silence trimmed, nothing after


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[SpeechEngine]:
    """The real worker process, with the stand-in pyttsx3 first on its path."""
    package = tmp_path / "fake-pyttsx3" / "pyttsx3"
    (package / "drivers").mkdir(parents=True)
    (package / "__init__.py").write_text(FAKE_PYTTSX3, encoding="utf-8")
    (package / "drivers" / "__init__.py").write_text("", encoding="utf-8")
    (package / "drivers" / "_espeak.py").write_text(FAKE_ESPEAK, encoding="utf-8")
    command = [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(package.parent)!r}); "
        "from backcoach.speech.worker import main; sys.exit(main())",
    ]
    engine = SpeechEngine(command)
    yield engine
    engine.close()


def good_clip(frames: int = 2205) -> Clip:
    return Clip(to_pcm(array.array("h", [3000, -3000] * (frames // 2))))


def header(
    *, fmt: int = 1, channels: int = 1, rate: int = SAMPLE_RATE, bits: int = 16, data: int
) -> bytes:
    block = channels * bits // 8
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, fmt, channels, rate, rate * block, block, bits)
        + b"data"
        + struct.pack("<I", data)
    )


def written(tmp_path: Path) -> bytes:
    path = tmp_path / "good.wav"
    write_clip(path, good_clip())
    return path.read_bytes()


# Each: how the file is spoilt, from the bytes of a good clip.
SPOILT: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda good: b"",
    "not a wav": lambda good: b"cached",
    "truncated header": lambda good: good[:30],
    "truncated data": lambda good: good[: len(good) // 2],
    "no audio": lambda good: header(data=0),
    "stereo": lambda good: header(channels=2, data=len(good) - 44) + good[44:],
    "8-bit": lambda good: header(bits=8, data=len(good) - 44) + good[44:],
    "float": lambda good: header(fmt=3, data=len(good) - 44) + good[44:],
    "zeroed audio": lambda good: good[:44] + bytes(len(good) - 44),
    "junk appended": lambda good: good + b"\0" * 100,
    "zeroed header": lambda good: bytes(44) + good[44:],
}


def test_a_clip_as_the_worker_writes_it_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "good.wav"
    write_clip(path, good_clip())
    assert verified_clip(path) == good_clip()
    assert wav_seconds(path) == pytest.approx(2204 / SAMPLE_RATE)


@pytest.mark.parametrize("spoilt", SPOILT)
def test_every_kind_of_bad_file_is_refused_with_a_reason(tmp_path: Path, spoilt: str) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(SPOILT[spoilt](written(tmp_path)))
    with pytest.raises(BadWavError, match=r"bad\.wav: .+"):
        verified_clip(path)


@pytest.mark.parametrize("spoilt", SPOILT)
def test_a_bad_cached_file_is_rendered_again_and_measured(
    engine: SpeechEngine, tmp_path: Path, spoilt: str
) -> None:
    cache = SpeechCache(tmp_path / "cache")
    choice = VoiceChoice()
    renderer = Renderer(engine, cache, choice)
    bad = cache.path_for("Two.", choice)
    bad.parent.mkdir(parents=True)
    bad.write_bytes(SPOILT[spoilt](written(tmp_path)))
    paths = renderer.render_all(["One.", "Two."])
    assert paths["Two."] == bad
    assert verified_clip(bad).frames == fake_frames("Two.")
    lengths = measured_lengths(paths)
    assert lengths["Two."] == pytest.approx(fake_frames("Two.") / SAMPLE_RATE)
    assert lengths["One."] == pytest.approx(fake_frames("One.") / SAMPLE_RATE)


def test_a_cache_folder_that_is_a_file_spills_into_a_temporary_folder_and_says_so_once(
    engine: SpeechEngine, tmp_path: Path
) -> None:
    blocked = tmp_path / "speech"
    blocked.write_text("not a folder", encoding="utf-8")
    cache = SpeechCache(blocked, spill_root=tmp_path / "tmp")
    told: list[str] = []
    renderer = Renderer(
        engine, cache, VoiceChoice(), report=lambda fault: told.append(fault.message)
    )
    paths = renderer.render_all(["One.", "Two."])
    assert told == [
        f"The speech cache folder {blocked} is not a folder (a file is in its place); "
        "using a temporary folder until backcoach closes."
    ]
    spill = cache.folder
    assert spill.parent == tmp_path / "tmp" and spill != blocked
    assert all(path.is_relative_to(spill) for path in paths.values())
    assert verified_clip(paths["Two."]).frames == fake_frames("Two.")
    # Another renderer of the same cache (the next session) writes there too, silently.
    Renderer(engine, cache, VoiceChoice(), report=lambda fault: told.append(fault.message)).render(
        "Three."
    )
    assert len(told) == 1
    cache.close()
    assert not spill.exists() and blocked.is_file()


def test_the_temporary_folder_goes_when_the_cache_is_forgotten(
    engine: SpeechEngine, tmp_path: Path
) -> None:
    blocked = tmp_path / "speech"
    blocked.write_text("", encoding="utf-8")
    cache = SpeechCache(blocked, spill_root=tmp_path / "tmp")
    Renderer(engine, cache, VoiceChoice()).render("One.")
    spill = cache.folder
    assert spill.is_dir()
    del cache  # an owner that never calls close(): cleaned up with the object (or at exit)
    assert not spill.exists()


def _mount(point: Path, options: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root (tested instead with a file in the way)")
    point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"this machine refuses to mount a tmpfs: {result.stderr.strip()}")


@contextlib.contextmanager
def tmpfs(point: Path, options: str) -> Iterator[Path]:
    _mount(point, options)
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_read_only_cache_keeps_its_good_files_and_renders_the_rest_elsewhere(
    engine: SpeechEngine, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "ro", "size=1m") as folder:
        cache = SpeechCache(folder / "speech", spill_root=tmp_path / "tmp")
        choice = VoiceChoice()
        kept, bad = cache.path_for("Kept.", choice), cache.path_for("Bad.", choice)
        for path in (kept, bad):
            path.parent.mkdir(parents=True, exist_ok=True)
        write_clip(kept, good_clip())
        bad.write_bytes(b"RIFF")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        told: list[str] = []
        paths = Renderer(
            engine, cache, choice, report=lambda fault: told.append(fault.message)
        ).render_all(["Kept.", "Bad.", "New."])
        assert paths["Kept."] == kept
        assert paths["Bad."].is_relative_to(cache.folder) and paths["Bad."] != bad
        assert verified_clip(paths["New."]).frames == fake_frames("New.")
        assert told == [
            f"The speech cache folder {folder / 'speech'} is read-only; "
            "using a temporary folder until backcoach closes."
        ]
        cache.close()


def test_a_full_disk_is_named_not_taken_for_a_hung_engine(
    engine: SpeechEngine, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "small", "size=32k") as folder:
        cache = SpeechCache(folder)
        told: list[str] = []
        renderer = Renderer(
            engine, cache, VoiceChoice(), report=lambda fault: told.append(fault.message)
        )
        for text in ("Lie on your back.", "Two."):
            with pytest.raises(RenderError, match=r"disk is full \(folder .*small\)"):
                renderer.render(text)
        assert told == [
            f"The disk is full (folder {folder}): cues that could not be rendered "
            "are shown as captions only."
        ]
        assert engine.running  # answered at once: never killed as hung
        assert not list(folder.rglob("*.wav")) and not list(folder.rglob(".raw-*"))


def fake_synthesis(frames: int) -> Callable[[Path], Clip | None]:
    def synthesise(raw: Path) -> Clip | None:
        with wave.open(str(raw), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            out.writeframes(b"\0\0" * 100 + b"\x00\x10" * frames)
        return Clip(b"\0\0" * 100 + b"\x00\x10" * frames)

    return synthesise


def no_room(fd: int, size: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_no_room_for_the_render_is_reported_before_synthesis(tmp_path: Path) -> None:
    started: list[Path] = []

    def synthesise(raw: Path) -> Clip | None:
        started.append(raw)
        return None

    reply = write_render("X.", tmp_path / "ab" / "x.wav", synthesise, 100_000, reserve=no_room)
    assert reply["ok"] is False and reply["errno"] == "ENOSPC"
    assert reply["folder"] == str(tmp_path / "ab")
    assert started == [] and list((tmp_path / "ab").iterdir()) == []


@pytest.mark.parametrize("step", ["write", "move"])
def test_a_full_disk_while_writing_or_moving_the_clip_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(
        "backcoach.speech.worker.write_clip" if step == "write" else "os.replace", full
    )
    reply = write_render("X.", tmp_path / "x.wav", fake_synthesis(2205), 100_000)
    assert reply["ok"] is False and reply["errno"] == "ENOSPC"
    assert not (tmp_path / "x.wav").exists() and not list(tmp_path.glob(".raw-*"))


def test_a_render_that_fits_is_written_trimmed(tmp_path: Path) -> None:
    reply = write_render("X.", tmp_path / "x.wav", fake_synthesis(2205), 100_000)
    assert reply["ok"] is True and reply["seconds"] == pytest.approx(2205 / SAMPLE_RATE)
    assert verified_clip(tmp_path / "x.wav").frames == 2205


def test_reserving_space_says_enospc_where_there_is_none(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "size=32k") as folder:
        with (folder / "f").open("wb") as file:
            reserve_space(file.fileno(), 16_000)  # fits
            with pytest.raises(OSError) as caught:
                reserve_space(file.fileno(), 1_000_000)
        assert caught.value.errno == errno.ENOSPC


def test_engine_errors_name_the_folder_and_the_kind_of_fault() -> None:
    full = FolderError("no room", "ENOSPC", Path("/x"))
    assert full.disk_full and isinstance(full, RenderError)
    assert not FolderError("ro", "EROFS", Path("/x")).disk_full
