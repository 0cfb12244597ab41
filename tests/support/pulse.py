"""Private PulseAudio daemons with a null sink, for the tests that hear what is played."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path


def start_pulseaudio(folder: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    """A PulseAudio daemon with one null sink ("nullsink"), serving a socket in ``folder``;
    the process and its server address, or None if it did not start."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    socket = runtime / "native"
    socket.unlink(missing_ok=True)  # left by a daemon that was killed: wait for the new one
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder)}
    daemon = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--disallow-exit",
            "--load=module-null-sink sink_name=nullsink",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not socket.exists() and daemon.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    if not socket.exists():
        daemon.kill()
        daemon.wait()
        return None
    return daemon, f"unix:{socket}"


def stop_pulseaudio(daemon: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    daemon.send_signal(sig)
    try:
        daemon.wait(5)
    except subprocess.TimeoutExpired:
        daemon.kill()
        daemon.wait()
