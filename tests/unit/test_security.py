"""Security basics: content and settings are data (TOML/JSON, never code), the package has no
network code and opens no network socket, hostile files make nothing read or written
outside the app's folders, and the health data is readable by its user only."""

from __future__ import annotations

import ast
import json
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.samples import GOOD_EXERCISE, GOOD_ROUTINE

import backcoach
from backcoach.store.history import HistoryStore, SafetyProfile, utc_now
from backcoach.store.paths import resolve_paths
from backcoach.store.settings import Settings, save_settings

PACKAGE = Path(backcoach.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

# Modules that run or rebuild code from data, or talk to the network.
CODE_FROM_DATA = {"pickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle", "yaml"}
NETWORK = {
    "socket", "ssl", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib",
    "poplib", "imaplib", "telnetlib", "xmlrpc", "socketserver", "asyncio", "websocket",
    "PySide6.QtNetwork", "PySide6.QtWebSockets", "PySide6.QtWebEngineCore",
}  # fmt: skip
# The one use of `socket` there is: the history names the machine that owns a running
# session (socket.gethostname(), no traffic).
ALLOWED_SOCKET_ATTRIBUTES = {"gethostname"}
CALLS_THAT_RUN_CODE = {"eval", "exec", "compile", "__import__", "execfile", "input"}


def module_names(tree: ast.AST) -> Iterator[tuple[str, int]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module, node.lineno
            for alias in node.names:
                yield f"{node.module}.{alias.name}", node.lineno


def in_family(name: str, banned: set[str]) -> bool:
    return any(name == root or name.startswith(root + ".") for root in banned)


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{line}"


@pytest.fixture(scope="module")
def trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in SOURCES}


def test_the_scan_sees_the_whole_package(trees: dict[Path, ast.Module]) -> None:
    assert len(trees) > 100
    assert PACKAGE / "store" / "history" / "owner.py" in trees


def test_no_module_that_turns_data_into_code_is_imported(trees: dict[Path, ast.Module]) -> None:
    found = [
        f"{where(path, line)} imports {name}"
        for path, tree in trees.items()
        for name, line in module_names(tree)
        if in_family(name, CODE_FROM_DATA)
    ]
    assert found == []


def test_nothing_evaluates_or_executes_text(trees: dict[Path, ast.Module]) -> None:
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            if isinstance(function, ast.Name) and function.id in CALLS_THAT_RUN_CODE:
                found.append(f"{where(path, node.lineno)} calls {function.id}()")
            if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
                # os.system, importlib.import_module, yaml.load / pickle.loads and the like.
                owner, attr = function.value.id, function.attr
                if (
                    (owner == "os" and attr.startswith(("system", "popen", "exec", "spawn")))
                    or (owner == "importlib" and attr == "import_module")
                    or (owner in CODE_FROM_DATA and attr.startswith("load"))
                ):
                    found.append(f"{where(path, node.lineno)} calls {owner}.{attr}()")
            for keyword in node.keywords:
                if keyword.arg == "shell" and not (
                    isinstance(keyword.value, ast.Constant) and keyword.value.value is False
                ):
                    found.append(f"{where(path, node.lineno)} runs a shell")
    assert found == []


def test_the_package_has_no_network_code(trees: dict[Path, ast.Module]) -> None:
    found = []
    for path, tree in trees.items():
        for name, line in module_names(tree):
            if name in {"socket", f"socket.{next(iter(ALLOWED_SOCKET_ATTRIBUTES))}"}:
                continue  # checked below: only gethostname
            if in_family(name, NETWORK):
                found.append(f"{where(path, line)} imports {name}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "socket"
                and node.attr not in ALLOWED_SOCKET_ATTRIBUTES
            ):
                found.append(f"{where(path, node.lineno)} uses socket.{node.attr}")
            if isinstance(node, ast.Name) and node.id.startswith(("QNetwork", "QTcp", "QUdp")):
                found.append(f"{where(path, node.lineno)} uses {node.id}")
    assert found == []


def test_the_scans_would_see_what_they_look_for() -> None:
    """Each check above, shown a file that breaks it."""
    bad = ast.parse(
        textwrap.dedent(
            """
            import pickle, urllib.request
            from http import client
            import socket
            socket.create_connection(("example.org", 80))
            eval("1")
            yaml.load(text)
            subprocess.run("ls", shell=True)
            """
        )
    )
    names = {name for name, _line in module_names(bad)}
    assert any(in_family(name, CODE_FROM_DATA) for name in names)
    assert in_family("urllib.request", NETWORK) and in_family("http.client", NETWORK)
    calls = [node for node in ast.walk(bad) if isinstance(node, ast.Call)]
    assert any(getattr(c.func, "attr", "") == "load" for c in calls)
    assert any(isinstance(c.func, ast.Name) and c.func.id == "eval" for c in calls)
    assert any(k.arg == "shell" for c in calls for k in c.keywords)
    uses = [n.attr for n in ast.walk(bad) if isinstance(n, ast.Attribute)]
    assert "create_connection" in uses and "load" in uses


# -- at run time: the commands and the window, with every socket and file watched -----------

# Installed in every Python process the test starts (the speech worker too) through
# PYTHONPATH: refuses and logs any Internet socket, any Unix socket but the D-Bus bus,
# any name lookup, and logs every file opened for writing and every file opened at all.
SITECUSTOMIZE = """
import os, socket, sys

_log_path = os.environ["BACKCOACH_AUDIT_LOG"]
_bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
_bus_paths = {
    part.split("=", 1)[1]
    for entry in _bus.split(";")
    for part in entry.split(":", 1)[-1].split(",")
    if part.startswith(("path=", "abstract="))
}
_WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _log(kind, detail):
    with open(_log_path, "a", encoding="utf-8") as log:
        log.write(kind + "\\t" + detail.replace("\\n", " ") + "\\n")


def _refuse(what):
    _log("network", what)
    raise PermissionError("backcoach test: no network: " + what)


def _hook(event, args):
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        family = getattr(sock, "family", None)
        if family == socket.AF_UNIX:
            name = address.decode(errors="replace") if isinstance(address, bytes) else str(address)
            if name.lstrip("\\0") in _bus_paths:
                return
        _refuse(event + " " + repr(address))
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        _refuse(event + " " + repr(args[:2]))
    elif event == "open" and args[0] is not None and not isinstance(args[0], int):
        path, mode, flags = args
        name = os.fsdecode(path)
        if name == _log_path:
            return
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (flags & _WRITE)
        _log("write" if writes else "read", os.path.abspath(name))


sys.addaudithook(_hook)
"""


class Audit:
    """A folder for sitecustomize.py and the log it writes; the environment for a child."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / "hook").mkdir(parents=True)
        (folder / "hook" / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        self.log = folder / "audit.log"

    def env(self, data_dir: Path) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("BACKCOACH_", "PYTHON"))
        }
        env |= {
            "PYTHONPATH": str(self.folder / "hook"),
            "PYTHONDONTWRITEBYTECODE": "1",
            "BACKCOACH_AUDIT_LOG": str(self.log),
            "BACKCOACH_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": "offscreen",
        }
        return env

    def entries(self, kind: str) -> list[str]:
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [line.split("\t", 1)[1] for line in lines if line.startswith(kind + "\t")]


@pytest.fixture
def audit(tmp_path: Path) -> Audit:
    return Audit(tmp_path / "audit")


def run_python(
    audit: Audit, data_dir: Path, code: str, *args: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=audit.env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_the_audit_hook_refuses_and_logs_a_connection(audit: Audit, tmp_path: Path) -> None:
    """Proof that the harness works: a child that tries the network is stopped and seen."""
    code = textwrap.dedent(
        """
        import socket
        for attempt in (lambda: socket.create_connection(("127.0.0.1", 9), timeout=1),
                        lambda: socket.getaddrinfo("example.org", 80)):
            try:
                attempt()
            except PermissionError:
                print("refused")
        """
    )
    done = run_python(audit, tmp_path / "data", code)
    assert done.stdout.split() == ["refused", "refused"]
    assert len(audit.entries("network")) == 2


HOSTILE_ROUTINE = """
id = "hostile"
title = "Hostile"
description = "Points at files outside the app's folders."

[[items]]
exercise = "{outside}"

[[items]]
exercise = "../../../../outside/secret"
"""


def hostile_files(data_dir: Path, secret: Path) -> list[Path]:
    """A user's folders with files that name a file outside them every way they can."""
    paths = resolve_paths(data_dir, {})
    paths.exercises_dir.mkdir(parents=True)
    paths.routines_dir.mkdir(parents=True)
    exercise = GOOD_EXERCISE.replace("000_080fa8705ae22a61.txt", str(secret))
    written = [
        paths.exercises_dir / "absolute.toml",
        paths.exercises_dir / "relative.toml",
        paths.exercises_dir / "bad-id.toml",
        paths.routines_dir / "hostile.toml",
        paths.routines_dir / "good.toml",
    ]
    written[0].write_text(exercise, encoding="utf-8")
    written[1].write_text(
        exercise.replace(str(secret), "../../../../outside/secret.txt").replace(
            "test-lift", "test-lift-two"
        ),
        encoding="utf-8",
    )
    written[2].write_text(exercise.replace('"test-lift"', f'"{secret}"'), encoding="utf-8")
    written[3].write_text(HOSTILE_ROUTINE.format(outside=secret), encoding="utf-8")
    written[4].write_text(GOOD_ROUTINE, encoding="utf-8")
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(
        json.dumps({"version": 1, "voice": str(secret), "language": "../../outside"}),
        encoding="utf-8",
    )
    return written


CLI = """
import sys
from backcoach.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    "command",
    [["exercises"], ["routines", "--json"], ["script", "test-routine"], ["check"]],
    ids=lambda command: command[0],
)
def test_commands_with_hostile_files_open_no_socket_and_touch_nothing_outside(
    audit: Audit, tmp_path: Path, command: list[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("not for the app", encoding="utf-8")
    data_dir = tmp_path / "data"
    files = hostile_files(data_dir, secret)
    if command == ["check"]:
        command = ["check", *map(str, files)]
    done = run_python(audit, data_dir, CLI, *command)
    assert done.returncode in (0, 1), done.stderr
    assert audit.entries("network") == []
    opened = audit.entries("read") + audit.entries("write")
    assert opened, "the hook saw no file at all: it is not installed"
    assert not [path for path in opened if path.startswith(str(outside))]
    writes = [path for path in audit.entries("write") if not path.startswith(str(data_dir))]
    assert writes == []


WINDOW = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backcoach.store.history import HistoryStore, SafetyProfile, utc_now

data = Path(os.environ["BACKCOACH_DATA_DIR"])
data.mkdir(parents=True, exist_ok=True)
with HistoryStore.open(data / "history.sqlite3") as history:  # the first-run check is done
    history.save_safety_profile(SafetyProfile(disclaimer_acknowledged_at=utc_now()))


def internet_sockets() -> list[str]:
    # Every socket this process holds, C++ ones (Qt, libpulse) included, looked up in the
    # kernel's tables of TCP, UDP and raw sockets.
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) > 9 and fields[9] in mine:
                    found.append(table + " " + fields[1] + " -> " + fields[2])
    return found


def look() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "session"))
    print("window", window.isVisible())
    print("internet sockets", internet_sockets())
    QApplication.quit()


app = QApplication(sys.argv[:1])
QTimer.singleShot(3000, look)  # after the first paint: speaker, MPRIS, start-up checks
from backcoach.cli import main
sys.exit(main([]))
"""


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux /proc")
def test_the_window_starts_without_any_network_socket(audit: Audit, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    done = run_python(audit, data_dir, WINDOW)
    assert done.returncode == 0, done.stderr
    assert "window True" in done.stdout.splitlines(), done.stdout + done.stderr
    assert "internet sockets []" in done.stdout.splitlines(), done.stdout
    assert audit.entries("network") == []
    # Sanity: the hook ran in this process (it saw the app read its own files).
    assert any(path.endswith(".toml") for path in audit.entries("read"))


# -- private files ---------------------------------------------------------------------------


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("permissive_umask")
def test_the_history_and_settings_are_readable_by_their_user_only(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", {})
    with HistoryStore.open(paths.history_file) as history:
        history.save_safety_profile(SafetyProfile(disclaimer_acknowledged_at=utc_now()))
        # The database and, while it is open, its write-ahead log and shared memory.
        written = {path.name: mode_of(path) for path in paths.data_dir.glob("history.sqlite3*")}
    assert written == {
        "history.sqlite3": 0o600,
        "history.sqlite3-wal": 0o600,
        "history.sqlite3-shm": 0o600,
    }
    save_settings(paths.settings_file, Settings(rate=150))
    assert mode_of(paths.history_file.parent) == 0o700
    assert mode_of(paths.settings_file) == 0o600
    # A file the umask would have made world-readable: the control that the umask bites.
    control = tmp_path / "control"
    control.write_text("x", encoding="utf-8")
    assert mode_of(control) == 0o644
