"""The command line as a user runs it: a subprocess, real files, exit codes and output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.samples import GOOD_EXERCISE, GOOD_ROUTINE, write

pytestmark = pytest.mark.e2e


def run(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "backcoach"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("backcoach 0.")


def test_exercises_json_lists_the_library_with_sources() -> None:
    result = run("exercises", "--json")
    assert result.returncode == 0, result.stderr
    exercises = json.loads(result.stdout)
    by_id = {e["id"]: e for e in exercises}
    bridge = by_id["bridge"]
    for key in ("id", "name", "aliases", "category", "position", "sources"):
        assert key in bridge
    assert bridge["sources"][0] == "000_080fa8705ae22a61.txt"
    assert bridge["dose"]["reps"] == 15


def test_exercises_text_has_one_line_per_exercise() -> None:
    as_text = run("exercises").stdout.splitlines()
    as_json = json.loads(run("exercises", "--json").stdout)
    assert len(as_text) == len(as_json)
    assert any(line.startswith("bridge ") for line in as_text)


def test_user_exercise_and_routine_appear(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "lift.toml", GOOD_EXERCISE)
    write(tmp_path / "routines", "r.toml", GOOD_ROUTINE)
    exercises = json.loads(run("exercises", "--json", data_dir=tmp_path).stdout)
    assert "test-lift" in {e["id"] for e in exercises}
    routines = json.loads(run("routines", "--json", data_dir=tmp_path).stdout)
    mine = next(r for r in routines if r["id"] == "test-routine")
    # prepare 20 s, then 2 sets of 5 reps x 8 s with a 10 s rest between sets
    assert mine["duration_s"] == 20 + 2 * 5 * 8 + 10
    assert mine["exercises"] == ["test-lift"]


def test_bad_user_file_is_reported_on_stderr_and_the_rest_still_lists(tmp_path: Path) -> None:
    bad = write(tmp_path / "exercises", "bad.toml", 'id = "bad"\n')
    result = run("exercises", "--json", data_dir=tmp_path)
    assert result.returncode == 0
    assert f"skipped {bad}:1: category: missing required field" in result.stderr
    assert "bridge" in {e["id"] for e in json.loads(result.stdout)}


def test_check_good_files_exits_zero(tmp_path: Path) -> None:
    exercise = write(tmp_path, "lift.toml", GOOD_EXERCISE)
    routine = write(tmp_path, "routine.toml", GOOD_ROUTINE)
    result = run("check", str(exercise), str(routine))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_check_routine_against_built_in_exercises(tmp_path: Path) -> None:
    routine = write(tmp_path, "routine.toml", GOOD_ROUTINE.replace("test-lift", "bridge"))
    assert run("check", str(routine)).returncode == 0


@pytest.mark.parametrize(
    ("name", "payload", "message"),
    [
        ("broken.toml", 'id = "x"\nsets = = 2\n', ":2: TOML syntax error: "),
        ("empty.toml", "", ":1: file is empty"),
        ("binary.toml", b"\x00\x01PNG", ":1: not a text file (it contains NUL bytes)"),
        (
            "wrong.toml",
            GOOD_EXERCISE.replace("reps = 3", "reps = -3"),
            ":10: dose.reps: must be from 1 to 50, not -3",
        ),
        (
            "routine.toml",
            GOOD_ROUTINE.replace("test-lift", "nope"),
            ":7: items[1].exercise: unknown exercise id 'nope'",
        ),
    ],
)
def test_check_bad_file_prints_file_line_message(
    tmp_path: Path, name: str, payload: str | bytes, message: str
) -> None:
    path = write(tmp_path, name, payload)
    result = run("check", str(path))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{path}{message}")
    assert "Traceback" not in result.stdout + result.stderr


def test_check_missing_path_and_folder(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nope.toml"), str(tmp_path))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{tmp_path / 'nope.toml'}:1: no such file",
        f"{tmp_path}:1: is a folder, not a file",
    ]
    assert "Traceback" not in result.stderr


def test_check_reports_every_file_not_just_the_first(tmp_path: Path) -> None:
    first = write(tmp_path, "a.toml", "")
    good = write(tmp_path, "b.toml", GOOD_EXERCISE)
    last = write(tmp_path, "c.toml", "x = [")
    result = run("check", str(first), str(good), str(last))
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [str(first), str(last)]


def test_unknown_command_is_a_usage_error() -> None:
    result = run("dance")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def run_env(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    import os  # noqa: PLC0415

    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **env},
    )


def test_lang_puts_the_content_and_the_cues_into_german(tmp_path: Path) -> None:
    exercises = json.loads(run("--lang", "de", "exercises", "--json").stdout)
    bridge = next(e for e in exercises if e["id"] == "bridge")
    assert bridge["name"] == "Brücke"
    assert bridge["dose"]["reps"] == 15  # doses are the English file's
    script = run("--lang", "de", "script", "desk-break")
    assert script.returncode == 0, script.stderr
    assert script.stdout.startswith("Schreibtischpause (")
    assert "Seitenwechsel. Jetzt die rechte Seite." in script.stdout
    assert "Breathe" not in script.stdout


def test_the_language_comes_from_the_environment_then_the_settings(tmp_path: Path) -> None:
    assert "Brücke" in run_env("exercises", BACKCOACH_LANG="de").stdout
    (tmp_path / "config").mkdir()
    settings = tmp_path / "config" / "settings.json"
    settings.write_text('{"language": "de"}', encoding="utf-8")
    assert "Brücke" in run("exercises", data_dir=tmp_path).stdout
    # --lang wins over both; LANGUAGE (the system's choice) counts only with no setting.
    assert "Brücke" not in run("--lang", "en", "exercises", data_dir=tmp_path).stdout
    assert "Brücke" in run_env("exercises", LANGUAGE="de").stdout
    assert run("--lang", "xx", "exercises").returncode == 2


def test_check_without_files_checks_the_built_in_translation() -> None:
    result = run("--lang", "de", "check")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("de: all ") and "translated, no problems" in result.stdout


def test_play_needs_a_routine_or_last() -> None:
    result = run("play")
    assert result.returncode == 2
    assert "one of the arguments ROUTINE --last is required" in result.stderr
