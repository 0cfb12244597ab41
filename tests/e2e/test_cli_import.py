"""`backcoach import` and `backcoach export` as a script runs them: exit codes, one line per
problem or clash, never a prompt, and --data-dir / BACKCOACH_DATA_DIR respected."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.samples import GOOD_EXERCISE, GOOD_ROUTINE, write

pytestmark = pytest.mark.e2e


def run(
    *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "backcoach"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,  # a prompt would fail here rather than wait
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def sent(tmp_path: Path) -> list[Path]:
    """A physiotherapist's programme: a routine and the exercise of their own it uses."""
    folder = tmp_path / "mail"
    return [write(folder, "routine.toml", GOOD_ROUTINE), write(folder, "lift.toml", GOOD_EXERCISE)]


def test_import_prints_what_went_where(tmp_path: Path, sent: list[Path]) -> None:
    data = tmp_path / "data"
    result = run("import", *map(str, sent), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"imported exercise 'test-lift' from {sent[1]} to {data / 'exercises' / 'test-lift.toml'}",
        f"imported routine 'test-routine' from {sent[0]} to {data / 'routines' / 'test-routine.toml'}",
    ]
    assert result.stderr == ""
    listed = run("routines", data_dir=data)
    assert "test-routine" in listed.stdout
    assert run("script", "test-routine", data_dir=data).returncode == 0  # it can be followed


def test_the_environment_variable_names_the_data_folder(tmp_path: Path, sent: list[Path]) -> None:
    data = tmp_path / "from-env"
    result = run("import", *map(str, sent), env={"BACKCOACH_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "routines" / "test-routine.toml").is_file()


def test_a_clash_without_an_option_names_the_options(tmp_path: Path, sent: list[Path]) -> None:
    data = tmp_path / "data"
    assert run("import", *map(str, sent), data_dir=data).returncode == 0
    before = sorted(p.name for p in (data / "routines").iterdir())
    result = run("import", *map(str, sent), data_dir=data)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines == [
        f"backcoach: {sent[0]}: routine 'test-routine' is already there, yours "
        f"({data / 'routines' / 'test-routine.toml'}): use --rename to keep both, --replace "
        "to use the new one, or --skip to keep yours",
        f"backcoach: {sent[1]}: exercise 'test-lift' is already there, yours "
        f"({data / 'exercises' / 'test-lift.toml'}): use --rename to keep both, --replace "
        "to use the new one, or --skip to keep yours",
        "backcoach: nothing was imported",
    ]
    assert sorted(p.name for p in (data / "routines").iterdir()) == before


def test_rename_replace_and_skip(tmp_path: Path, sent: list[Path]) -> None:
    data = tmp_path / "data"
    run("import", *map(str, sent), data_dir=data)
    renamed = run("import", "--rename", *map(str, sent), data_dir=data)
    assert renamed.returncode == 0, renamed.stderr
    assert "imported routine 'test-routine' as 'test-routine-2'" in renamed.stdout
    routine_2 = (data / "routines" / "test-routine-2.toml").read_text(encoding="utf-8")
    assert 'exercise = "test-lift-2"' in routine_2  # the exercise that came with it
    replaced = run("import", "--replace", str(sent[1]), data_dir=data)
    assert replaced.stdout == (
        f"replaced exercise 'test-lift' in {data / 'exercises' / 'test-lift.toml'} with {sent[1]}\n"
    )
    skipped = run("import", "--skip", str(sent[1]), data_dir=data)
    assert skipped.returncode == 0
    assert skipped.stdout.startswith("skipped exercise 'test-lift'")
    assert len(list((data / "exercises").iterdir())) == 2


def test_bad_files_give_file_line_messages_and_exit_1(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad = write(tmp_path, "bad.toml", 'id = "../../evil"\ntitle = "x"\n')
    result = run("import", str(bad), str(tmp_path / "missing.toml"), data_dir=data)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(
        line.startswith(f"backcoach: {bad}:1: id: '../../evil' is not a valid id") for line in lines
    )
    assert f"backcoach: {tmp_path / 'missing.toml'}:1: no such file" in lines
    assert lines[-1] == "backcoach: nothing was imported"
    assert "Traceback" not in result.stderr
    assert not data.exists() or not any(data.rglob("*.toml"))
    assert not (tmp_path.parent / "evil.toml").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    result = run("import", str(fifo), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert f"{fifo}:1: is a pipe (FIFO), not a regular file" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("import", data_dir=tmp_path).returncode == 2  # no FILE
    both = run("import", "--skip", "--rename", "x.toml", data_dir=tmp_path)
    assert both.returncode == 2
    assert run("export", "bridge", data_dir=tmp_path).returncode == 2  # no --out


def test_export_then_import_on_another_machine(tmp_path: Path, sent: list[Path]) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    run("import", *map(str, sent), data_dir=mine)
    out = tmp_path / "for-anna.toml"
    result = run("export", "test-routine", "--out", str(out), data_dir=mine)
    assert result.returncode == 0, result.stderr
    companion = tmp_path / "for-anna.test-lift.toml"
    assert result.stdout.splitlines() == [
        f"exported routine 'test-routine' to {out}",
        f"exported exercise 'test-lift' to {companion}",
    ]
    again = run("export", "test-routine", "--out", str(out), data_dir=mine)
    assert again.returncode == 1
    assert again.stderr == f"backcoach: already there: {out}, {companion}; use --force to replace\n"
    assert (
        run("export", "test-routine", "--out", str(out), "--force", data_dir=mine).returncode == 0
    )
    imported = run("import", str(out), str(companion), data_dir=theirs)
    assert imported.returncode == 0, imported.stderr
    assert (
        run("script", "test-routine", data_dir=theirs).stdout
        == run("script", "test-routine", data_dir=mine).stdout
    )


def test_export_errors_are_one_line(tmp_path: Path) -> None:
    unknown = run("export", "nothing", "--out", str(tmp_path / "x.toml"), data_dir=tmp_path)
    assert unknown.returncode == 1
    assert unknown.stderr == "backcoach: no routine or exercise with the id 'nothing'\n"
    nowhere = run("export", "bridge", "--out", str(tmp_path / "no" / "x.toml"), data_dir=tmp_path)
    assert nowhere.returncode == 1
    assert nowhere.stderr == f"backcoach: no such folder: {tmp_path / 'no'}\n"
