"""Who owns a running session (host/pid/process start) and whether that owner still lives."""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta
from pathlib import Path

FOREIGN_OWNER_GRACE = timedelta(days=1)  # a session of another machine: cannot ask its pid


def _process_start(pid: int) -> str:
    # Field 22 of /proc/PID/stat tells a reused pid from the original (Linux only).
    try:
        status = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    return status.rsplit(")", 1)[-1].split()[19]


def this_process_owner() -> str:
    pid = os.getpid()
    return f"{socket.gethostname()}/{pid}/{_process_start(pid)}"


def owner_is_alive(owner: str, started_at: datetime, now: datetime) -> bool:
    """Whether the process that started a session may still be recording it."""
    host, _, rest = owner.partition("/")
    pid_text, _, start = rest.partition("/")
    if host != socket.gethostname() or not pid_text.isdigit():
        return now - started_at < FOREIGN_OWNER_GRACE
    pid = int(pid_text)
    if pid == os.getpid():
        return start == _process_start(pid)
    if os.name != "posix":
        return False  # os.kill(pid, 0) would end the process on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by someone else
    return start == _process_start(pid)
