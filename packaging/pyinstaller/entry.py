"""Entry point of the PyInstaller bundle (packaging/pyinstaller/backcoach.spec).

The bundle is one binary for everything: the desktop app, the command line, and the speech
worker process. In a bundle ``sys.executable`` is this binary, so the app starts its speech
worker as ``backcoach --speech-worker`` (backcoach.speech.engine.worker_command); that
argument is handled here, first, so the worker imports neither Qt nor the CLI.
Everything else goes to ``backcoach.entry.main``, exactly as ``python -m backcoach``.
"""

from __future__ import annotations

import sys

WORKER_FLAG = "--speech-worker"  # the same as backcoach.speech.engine.WORKER_FLAG


def main() -> int:
    if sys.argv[1:2] == [WORKER_FLAG]:
        from backcoach.speech.worker import main as worker_main  # noqa: PLC0415 (no Qt, no CLI)

        return worker_main()
    from backcoach.entry import main as command_main  # noqa: PLC0415 (only when not a worker)

    return command_main()


if __name__ == "__main__":
    sys.exit(main())
