"""The start-up check for what the machine must provide, and how the worker is started."""

from __future__ import annotations

import subprocess
import sys

import pytest

from backcoach.speech.engine import WORKER_FLAG, worker_command
from backcoach.system_check import (
    ESPEAK_LIBRARIES,
    ESPEAK_PACKAGE_HINT,
    NO_ESPEAK_LIBRARY,
    can_load,
    speech_library_problem,
)


def test_no_message_when_the_library_loads() -> None:
    asked: list[str] = []

    def finder(name: str) -> bool:
        asked.append(name)
        return True

    assert speech_library_problem("linux", finder) is None
    assert asked == ["libespeak-ng.so.1"]  # stops at the first that loads


def test_a_later_name_is_enough() -> None:
    assert speech_library_problem("linux", lambda name: name == "libespeak.so.1") is None


def test_missing_library_gives_the_package_names_and_the_fallback() -> None:
    asked: list[str] = []

    def finder(name: str) -> bool:
        asked.append(name)
        return False

    message = speech_library_problem("linux", finder)
    assert message == NO_ESPEAK_LIBRARY
    assert asked == list(ESPEAK_LIBRARIES)
    assert "sudo apt install libespeak-ng1" in message
    assert "Fedora: espeak-ng" in message
    assert "Arch: espeak-ng" in message
    assert message.startswith(ESPEAK_PACKAGE_HINT)
    assert message.endswith("BackCoach will show captions instead of speaking.")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_platforms_are_not_checked(platform: str) -> None:
    def finder(name: str) -> bool:
        raise AssertionError("no library is looked for")

    assert speech_library_problem(platform, finder) is None


def test_a_loader_that_fails_in_any_way_means_not_there() -> None:
    def refuses(name: str) -> object:
        raise OSError(f"{name}: cannot open shared object file")

    def breaks(name: str) -> object:
        raise RuntimeError("something odd")

    assert can_load("libespeak-ng.so.1", refuses) is False
    assert can_load("libespeak-ng.so.1", breaks) is False
    assert can_load("libespeak-ng.so.1", lambda name: object()) is True


def test_the_real_check_never_raises() -> None:
    assert speech_library_problem() in (None, NO_ESPEAK_LIBRARY)
    assert can_load("libdoes-not-exist-backcoach.so.9") is False


def test_the_check_loads_no_qt() -> None:
    code = (
        "import sys, backcoach.system_check as c; c.speech_library_problem(); "
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_worker_command_from_python_runs_the_module() -> None:
    assert worker_command("/venv/bin/python", frozen=False) == [
        "/venv/bin/python",
        "-m",
        "backcoach.speech.worker",
    ]


def test_worker_command_in_a_frozen_bundle_runs_the_app_itself() -> None:
    assert worker_command("/opt/backcoach/backcoach", frozen=True) == [
        "/opt/backcoach/backcoach",
        WORKER_FLAG,
    ]
    assert WORKER_FLAG == "--speech-worker"


def test_worker_command_follows_sys_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    assert worker_command() == [sys.executable, "-m", "backcoach.speech.worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/bundle/backcoach")
    assert worker_command() == ["/bundle/backcoach", "--speech-worker"]


def test_a_library_loaded_only_to_check_it_is_let_go_again() -> None:
    if not can_load("libespeak-ng.so.1"):
        pytest.skip("libespeak-ng1 is not installed")
    code = (
        "from backcoach.system_check import can_load\n"
        "print(can_load('libespeak-ng.so.1'))\n"
        "print('libespeak-ng' in open('/proc/self/maps').read())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["True", "False"]
