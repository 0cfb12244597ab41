"""python -m backcoach: the same as the backcoach command."""

from backcoach.cli import main

raise SystemExit(main())
