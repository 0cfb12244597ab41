"""Start-up to a usable window, against a bare PySide6 window measured the same way in the same run.

    python -m benchmarks.startup [--runs 15] [--locale en_US.UTF-8] [--keep-env-bytecode] [--json]

Needs Xvfb and libX11 (Debian: xvfb, libx11-6); it starts its own X server and a private
D-Bus session bus (so that the app's MPRIS and screen-saver calls meet a real bus, as on
a desktop), and no display is needed.

Each run is a fresh process, timed from just before it is started until its window is
*usable*: mapped on the X server AND drawn with content in the left part of the window
(for the app that is the exercise list; for the bare window, its label). Both are seen
from outside in the same way, through a separate X connection of this process
(``MapNotify`` on the root window, then small ``XGetImage`` probes of the window every
2 ms), so neither side can cheat by announcing itself early. Runs alternate bare / app,
so drift on a shared machine hits both alike; one warm-up run of each comes first.

The cases: (a) a bare ``QMainWindow`` with a ``QLabel``, shown at 1100 x 720 (the app's
default size), in a ``python -c`` script; (b) ``python -m backcoach``, a first start: each
run of either case gets a new empty home (HOME and the XDG folders), so the app finds its
per-user folders through platformdirs as on a desktop, with nothing saved there yet.

The app draws its list in a first frame, before its content is loaded (docs/architecture.md,
"Start-up"); so that this is not all that is measured, the app's time to *complete* is
taken too: the exercise detail drawn in the right part of the window (the first frame has
an empty text view there). It is printed, as a ratio to the bare window's usable time.

Bytecode: a user's install has its ``.pyc`` files (pip writes them); a checkout run with
PYTHONDONTWRITEBYTECODE=1 recompiles every module on every start, which is not what a
user waits for. So the children run with bytecode written to a private
PYTHONPYCACHEPREFIX (the warm-up run fills it), unless --keep-env-bytecode.

Target (issue #14 item 7): median app usable / median bare usable <= 1.3. Prints medians,
spread and the ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

TARGET_RATIO = 1.3
WINDOW_SIZE = (1100, 720)  # MainWindow's default size, so both windows cover the same pixels
POLL_S = 0.002
TIMEOUT_S = 30.0
# Where "content" is looked for, as fractions of the window: the left part below the
# menus and the search row. The app's exercise list lies there, and so does the bare label.
CONTENT_BOX = (0.02, 0.25, 0.20, 0.80)  # left, top, right, bottom
# Where the app's exercise detail (the chosen exercise's name and text) is drawn: the
# window is *complete* once it is. The first frame has an empty text view there.
DETAIL_BOX = (0.30, 0.20, 0.75, 0.45)
CONTENT_COLOURS = 4  # distinct colours that mean text is drawn there (a blank area has 1-2)

BARE_SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("a bare PySide6 window with a label"))
window.resize({WINDOW_SIZE[0]}, {WINDOW_SIZE[1]})
window.show()
sys.exit(app.exec())
"""


def fresh_home(home: Path) -> dict[str, str]:
    """The environment of a user whose per-user folders are all under ``home`` (not there
    yet): the app finds them through platformdirs as it would on a desktop."""
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }


# -- a minimal Xlib through ctypes: only what watching a window needs ---------------------

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(-1 & 0xFFFFFFFFFFFFFFFF)


class _XEvent(ctypes.Structure):
    """XMapEvent's head (type, serial, send_event, display, event, window), padded to the
    size of the XEvent union (24 longs)."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("pad", ctypes.c_long * 20),
    ]


class _XImage(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("pad", ctypes.c_long * 32),  # the rest, never read
    ]


class XWatcher:
    """Our own connection to the X server: sees top-level windows mapped, reads their pixels."""

    def __init__(self, display: str) -> None:
        path = ctypes.util.find_library("X11")
        if path is None:
            raise RuntimeError("libX11 is missing (Debian: apt-get install libx11-6)")
        x = ctypes.CDLL(path)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XGetImage.restype = ctypes.POINTER(_XImage)
        x.XGetImage.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XWindowAttributes),
        ]
        x.XSetErrorHandler.restype = ctypes.c_void_p
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._x = x
        # A window that goes away between two probes is an X error, not a reason to exit.
        self._on_error = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(
            lambda _display, _event: 0
        )
        x.XSetErrorHandler(self._on_error)
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open X display {display}")
        root = x.XDefaultRootWindow(self._display)
        x.XSelectInput(self._display, root, SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self._display)
        self._fd = x.XConnectionNumber(self._display)

    def close(self) -> None:
        self._x.XCloseDisplay(self._display)

    def drain(self) -> None:
        """Forgets the events of earlier runs."""
        event = _XEvent()
        while self._x.XPending(self._display):
            self._x.XNextEvent(self._display, ctypes.byref(event))

    def next_mapped(self, deadline: float) -> int | None:
        """The next top-level window mapped (its id), or None at ``deadline``."""
        event = _XEvent()
        while time.monotonic() < deadline:
            while self._x.XPending(self._display):
                self._x.XNextEvent(self._display, ctypes.byref(event))
                if event.type == MAP_NOTIFY:
                    return int(event.window)
            select.select([self._fd], [], [], max(0.0, deadline - time.monotonic()))
        return None

    def size(self, window: int) -> tuple[int, int]:
        attributes = _XWindowAttributes()
        if not self._x.XGetWindowAttributes(self._display, window, ctypes.byref(attributes)):
            return (0, 0)
        return (attributes.width, attributes.height)

    def colours(self, window: int, box: tuple[int, int, int, int], step: int = 3) -> int:
        """Distinct pixel values on a grid of every ``step``-th pixel of ``box`` (x, y, w, h)."""
        x0, y0, width, height = box
        image = self._x.XGetImage(
            self._display, window, x0, y0, width, height, ALL_PLANES, Z_PIXMAP
        )
        if not image:
            return 0
        try:
            head = image.contents
            if head.bits_per_pixel != 32:
                raise RuntimeError("expected a 24-bit screen with 32-bit pixels")
            data = ctypes.string_at(head.data, head.bytes_per_line * head.height)
            seen = set()
            for row in range(0, head.height, step):
                start = row * head.bytes_per_line
                line = data[start : start + 4 * head.width]
                seen.update(line[i : i + 3] for i in range(0, len(line), 4 * step))
            return len(seen)
        finally:
            self._x.XFree(head.data)
            self._x.XFree(image)


def _box(
    fractions: tuple[float, float, float, float], size: tuple[int, int]
) -> tuple[int, int, int, int]:
    left, top, right, bottom = fractions
    width, height = size
    return (
        int(left * width),
        int(top * height),
        int((right - left) * width),
        int((bottom - top) * height),
    )


def time_to_usable(
    command: list[str], env: dict[str, str], watcher: XWatcher, *, complete: bool = False
) -> tuple[float, float, float]:
    """Seconds from start to the window mapped, to it drawn with content, and (with
    ``complete``) to the exercise detail drawn too; else the third is the second."""
    watcher.drain()
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its helpers (the speech worker) end with it
    )
    try:
        deadline = started + TIMEOUT_S
        window = None
        while window is None:
            window = watcher.next_mapped(deadline)
            if window is None:
                raise TimeoutError(f"no window within {TIMEOUT_S:.0f} s: {command}")
            width, height = watcher.size(window)
            if width < 200 or height < 200:  # a menu, a tooltip or a helper: not the window
                window = None
        mapped = time.monotonic() - started
        boxes = [CONTENT_BOX, DETAIL_BOX] if complete else [CONTENT_BOX]
        seen = []
        for fractions in boxes:
            box = _box(fractions, (width, height))
            while watcher.colours(window, box) < CONTENT_COLOURS:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the window never showed content: {command}")
                if process.poll() is not None:
                    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    raise RuntimeError(f"{command} exited: {error}")
                time.sleep(POLL_S)
            seen.append(time.monotonic() - started)
        return mapped, seen[0], seen[-1]
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, 15)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()
        if process.stderr:
            process.stderr.close()


@contextmanager
def background(command: list[str], log: Path) -> Iterator[str]:
    """A server that writes its address on a line to the fd named by ``{fd}``; stopped after."""
    read_end, write_end = os.pipe()
    with log.open("wb") as out:
        server = subprocess.Popen(
            [part.replace("{fd}", str(write_end)) for part in command],
            pass_fds=(write_end,),
            stdout=out,
            stderr=out,
        )
    os.close(write_end)
    try:
        text = b""
        while not text.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], 20)
            if not ready:
                raise TimeoutError(f"{command[0]} did not start")
            chunk = os.read(read_end, 256)
            if not chunk:
                raise RuntimeError(f"{command[0]} exited: see {log}")
            text += chunk
        yield text.decode().strip()
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def child_env(display: str, bus: str, locale: str, pycache: Path | None) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("QT_", "BACKCOACH_", "DBUS_"))
    }
    env |= {
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "LANG": locale,
        "DBUS_SESSION_BUS_ADDRESS": bus,
    }
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def summary(name: str, seconds: list[float]) -> str:
    ms = [1000 * s for s in seconds]
    return (
        f"{name:<22} median {statistics.median(ms):7.1f} ms   "
        f"min {min(ms):7.1f}   max {max(ms):7.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each case")
    parser.add_argument("--locale", default="en_US.UTF-8", help="LANG of both children")
    parser.add_argument(
        "--keep-env-bytecode",
        action="store_true",
        help="leave PYTHONDONTWRITEBYTECODE as it is (compile every module on every start)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    for program in ("Xvfb", "dbus-daemon"):
        if shutil.which(program) is None:
            print(f"needs {program} (Debian: apt-get install xvfb dbus)", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="backcoach-startup-") as folder:
        work = Path(folder)
        screen = f"{WINDOW_SIZE[0] + 180}x{WINDOW_SIZE[1] + 80}x24"
        xvfb = ["Xvfb", "-displayfd", "{fd}", "-screen", "0", screen, "-br"]
        xvfb += ["-nolisten", "tcp", "-noreset"]
        bus_command = ["dbus-daemon", "--session", "--nofork", "--print-address={fd}"]
        with (
            background(xvfb, work / "xvfb.log") as number,
            background(bus_command, work / "dbus.log") as bus,
        ):
            display = f":{number}"
            pycache = None if args.keep_env_bytecode else work / "pycache"
            env = child_env(display, bus, args.locale, pycache)
            watcher = XWatcher(display)
            try:
                times: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": []}
                for run in range(args.runs + 1):  # run 0 warms up (and writes bytecode)
                    for case in ("bare", "app"):
                        if case == "bare":
                            command = [sys.executable, "-c", BARE_SCRIPT]
                            # The same kind of new home as the app's (fonts' caches alike).
                            home = work / f"bare-home-{run}"
                            measured = time_to_usable(command, env | fresh_home(home), watcher)
                        else:
                            # A first start in a new home: the per-user folders found as
                            # for a user (platformdirs, XDG), none of them there yet.
                            home = work / f"home-{run}"
                            command = [sys.executable, "-m", "backcoach"]
                            measured = time_to_usable(
                                command, env | fresh_home(home), watcher, complete=True
                            )
                        if run:
                            times[case].append(measured)
            finally:
                watcher.close()
    return print_report(times, args, pycache)


def print_report(
    times: dict[str, list[tuple[float, float, float]]],
    args: argparse.Namespace,
    pycache: Path | None,
) -> int:
    """The medians and ratios, as a table or (--json) as JSON."""
    bare = statistics.median(u for _m, u, _c in times["bare"])
    app = statistics.median(u for _m, u, _c in times["app"])
    ratio = app / bare
    bare_mapped = statistics.median(m for m, _u, _c in times["bare"])
    app_mapped = statistics.median(m for m, _u, _c in times["app"])
    app_complete = statistics.median(c for _m, _u, c in times["app"])
    if args.json:
        report = {
            "runs": args.runs,
            "locale": args.locale,
            "bytecode": "environment" if pycache is None else "cached",
            "usable_ms": {"bare": 1000 * bare, "app": 1000 * app},
            "mapped_ms": {"bare": 1000 * bare_mapped, "app": 1000 * app_mapped},
            "complete_ms": {"bare": 1000 * bare, "app": 1000 * app_complete},
            "ratio_complete": app_complete / bare,
            "ratio_usable": ratio,
            "ratio_mapped": app_mapped / bare_mapped,
            "target_ratio": TARGET_RATIO,
            "target_met": ratio <= TARGET_RATIO,
        }
        print(json.dumps(report, indent=2))
        return 0
    print(f"start-up to a usable window, {args.runs} alternating runs each, LANG={args.locale}")
    bytecode = "from PYTHONDONTWRITEBYTECODE as set" if pycache is None else "cached"
    print(f"bytecode: {bytecode}")
    for case in ("bare", "app"):
        print(summary(f"{case}: mapped", [m for m, _u, _c in times[case]]))
        print(summary(f"{case}: usable", [u for _m, u, _c in times[case]]))
    print(summary("app: complete", [c for _m, _u, c in times["app"]]))
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"usable app / bare: {ratio:.2f} ({verdict} the target of {TARGET_RATIO})")
    print(f"mapped app / bare: {app_mapped / bare_mapped:.2f}")
    print(f"complete app (exercise detail drawn) / bare usable: {app_complete / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
