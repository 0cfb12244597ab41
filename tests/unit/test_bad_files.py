"""Broken, hostile or odd files (content and settings) give a message and are skipped."""

from __future__ import annotations

import errno
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.samples import GOOD_EXERCISE, write

from backcoach.content.checking import check_paths
from backcoach.content.library import load_library, user_folder
from backcoach.content.problems import Problem
from backcoach.content.raw import MAX_FILE_BYTES, RawFile, parse_bytes
from backcoach.store.settings import (
    CHECKERS,
    DEFAULTS,
    MAX_SETTINGS_BYTES,
    Settings,
    load_settings,
    save_settings,
)

# --- content files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a = " + "[" * 5000, 1),
        ('id = "x"\n\nb = ' + "{c = " * 5000, 3),
        ("a = [\n" + "[" * 100_000, 2),
    ],
)
def test_deeply_nested_toml_is_a_problem_with_its_line(text: str, line: int) -> None:
    result = parse_bytes("deep.toml", text.encode())
    assert result == Problem("deep.toml", line, "arrays or tables are nested too deeply")


@pytest.mark.parametrize(
    "text",
    [
        "a" + ".a" * 20_000 + " = 1\n",
        "[" + "a." * 20_000 + "a]\nx = 1\n",
        '"a"' + '."a"' * 20_000 + " = 1\n",
    ],
)
def test_a_key_of_thousands_of_dotted_parts_is_refused_before_parsing(text: str) -> None:
    # tomllib needs 14 s for 20000 parts; the limit keeps a hostile file from hanging us.
    result = parse_bytes("keys.toml", ("id = 'x'\n" + text).encode())
    assert result == Problem("keys.toml", 2, "a dotted key has more than 64 parts")


def test_ordinary_dotted_keys_and_prose_still_parse() -> None:
    text = 'dose.reps = 3\ntips = ["Lie down. Breathe out. Lift. Lower. Rest. Again."]\n'
    assert isinstance(parse_bytes("ok.toml", text.encode()), RawFile)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    return path


def test_check_refuses_what_is_not_a_regular_file(tmp_path: Path, fifo: Path) -> None:
    device = tmp_path / "device.toml"
    device.symlink_to("/dev/null")  # read before: "file is empty", as if it were one
    problems = check_paths([fifo, device, Path("/dev/zero"), tmp_path], {})
    assert [str(problem) for problem in problems] == [
        f"{fifo}:1: is a pipe (FIFO), not a regular file",
        f"{device}:1: is a device, not a regular file",
        "/dev/zero:1: is a device, not a regular file",
        f"{tmp_path}:1: is a folder, not a file",
    ]


def test_check_refuses_a_huge_sparse_file_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as file:
        file.truncate(1 << 40)  # a terabyte of nothing: reading it would not end well
    assert [str(problem) for problem in check_paths([huge], {})] == [
        f"{huge}:1: file is {1 << 40} bytes; the limit is {MAX_FILE_BYTES}"
    ]


def test_odd_entries_in_a_user_folder_are_reported_and_the_rest_loads(
    tmp_path: Path, fifo: Path
) -> None:
    folder = tmp_path / "exercises"
    write(folder, "good.toml", GOOD_EXERCISE)
    fifo.rename(folder / "a-pipe.toml")
    (folder / "b-zero.toml").symlink_to("/dev/zero")
    (folder / "c-folder.toml").mkdir()
    write(folder, "d-deep.toml", "a = " + "[" * 5000)
    library = load_library([user_folder(folder, tmp_path / "routines")])
    assert list(library.exercises) == ["test-lift"]
    assert [str(problem) for problem in library.problems] == [
        f"{folder / 'a-pipe.toml'}:1: is a pipe (FIFO), not a regular file",
        f"{folder / 'b-zero.toml'}:1: is a device, not a regular file",
        f"{folder / 'c-folder.toml'}:1: is a folder, not a file",
        f"{folder / 'd-deep.toml'}:1: arrays or tables are nested too deeply",
    ]


# --- the settings file ---------------------------------------------------------------

WRONG_TYPES: list[object] = [["de"], {"a": 1}, None, [[[[]]]], 1e308, -1, "x" * 300, True]


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir()
    return path


@pytest.mark.parametrize("key", sorted(CHECKERS))
@pytest.mark.parametrize("value", WRONG_TYPES, ids=repr)
def test_a_wrong_type_costs_only_that_field(settings_path: Path, key: str, value: object) -> None:
    settings_path.write_text(json.dumps({key: value, "version": 1}), encoding="utf-8")
    settings, messages = load_settings(settings_path)
    others = {name: getattr(DEFAULTS, name) for name in CHECKERS if name != key}
    assert {name: getattr(settings, name) for name in others} == others
    assert len(messages) <= 1
    if messages:
        assert messages[0].startswith(f"settings file {settings_path}: {key}: ")
        assert len(messages[0]) < 200  # a nested or long value is not quoted whole


def test_every_field_wrong_at_once_gives_the_defaults(settings_path: Path) -> None:
    settings_path.write_text(json.dumps({key: ["x"] for key in CHECKERS}), encoding="utf-8")
    settings, messages = load_settings(settings_path)
    assert settings == DEFAULTS
    assert len(messages) == len(CHECKERS)


def _moved(settings_path: Path, why: str) -> str:
    bad = settings_path.with_name("settings.json.bad")
    return f"settings file {settings_path} was unreadable ({why}); moved to {bad}; using defaults"


@pytest.mark.parametrize(
    ("payload", "why"),
    [
        (b"[" * 100_000, "nested too deeply"),
        (b'{"a":' * 100_000, "nested too deeply"),
        (b"", "empty"),
        (b"  \n", "empty"),
        (b'{"rate": 1', "not valid JSON: Expecting ',' delimiter: line 1 column 11 (char 10)"),
        (b"\x89PNG\r\n\x1a\n\0\0", "not UTF-8 text"),
        (b"[1, 2]", "not a JSON object"),
        (b"null", "not a JSON object"),
        (
            b"1" * 5000,
            "not valid JSON: Exceeds the limit (4300 digits) for integer string "
            "conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase "
            "the limit",
        ),
    ],
)
def test_a_broken_file_is_moved_aside_with_a_message_that_says_where(
    settings_path: Path, payload: bytes, why: str
) -> None:
    settings_path.write_bytes(payload)
    assert load_settings(settings_path) == (DEFAULTS, [_moved(settings_path, why)])
    assert settings_path.with_name("settings.json.bad").read_bytes() == payload
    assert load_settings(settings_path) == (DEFAULTS, [])  # and the next start is quiet


def test_a_huge_file_is_moved_aside_unread(settings_path: Path) -> None:
    with settings_path.open("wb") as file:
        file.truncate(1 << 40)
    why = f"file is {1 << 40} bytes; the limit is {MAX_SETTINGS_BYTES}"
    assert load_settings(settings_path) == (DEFAULTS, [_moved(settings_path, why)])


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda path: path.mkdir(), "is a folder, not a file"),
        (os.mkfifo, "is a pipe (FIFO), not a regular file"),
        (lambda path: path.symlink_to("/dev/zero"), "is a device, not a regular file"),
    ],
)
def test_something_else_in_its_place_is_moved_aside(
    settings_path: Path, make: object, why: str
) -> None:
    assert callable(make)
    make(settings_path)
    assert load_settings(settings_path) == (DEFAULTS, [_moved(settings_path, why)])
    save_settings(settings_path, Settings(rate=150))  # and saving works again
    assert load_settings(settings_path) == (Settings(rate=150), [])


def test_an_older_bad_folder_does_not_stop_the_move(settings_path: Path) -> None:
    (settings_path.parent / "settings.json.bad").mkdir()
    settings_path.write_bytes(b"{")
    _settings, messages = load_settings(settings_path)
    assert messages[0].endswith("moved to " + str(settings_path) + ".bad; using defaults")
    assert settings_path.with_name("settings.json.bad").read_bytes() == b"{"


def test_an_unreadable_file_is_moved_aside(
    settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_path.write_text("{}", encoding="utf-8")
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if path == settings_path:  # root reads anything: a mode of 000 would not do
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    why = "cannot read file: Permission denied"
    assert load_settings(settings_path) == (DEFAULTS, [_moved(settings_path, why)])


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of 64 KiB, filled up; skipped where mounting is not allowed."""
    folder = tmp_path / "full"
    folder.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mount.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill up (not root?): {mount.stderr!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb", buffering=0) as file:
        try:
            while True:
                file.write(b"x" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC


def test_saving_to_a_full_disk_fails_cleanly_and_keeps_the_old_file(full_folder: Path) -> None:
    path = full_folder / "settings.json"
    save_settings(path, Settings(rate=150))
    before = path.read_bytes()
    _fill(full_folder)
    with pytest.raises(OSError) as raised:
        save_settings(path, Settings(rate=200))
    assert raised.value.errno == errno.ENOSPC
    assert path.read_bytes() == before
    assert sorted(p.name for p in full_folder.iterdir()) == ["filler", "settings.json"]


def test_the_settings_keeper_reports_a_full_disk(full_folder: Path) -> None:
    from backcoach.ui.player.settings import SettingsKeeper  # noqa: PLC0415 (Qt)

    _fill(full_folder)
    keeper = SettingsKeeper(Settings(), full_folder / "settings.json")
    told: list[str] = []
    keeper.problem.connect(told.append)
    keeper.update(Settings(muted=True))
    assert told == ["Could not save your settings: No space left on device"]
    assert keeper.settings.muted  # still applies for this run
