"""python -m backcoach: the same as the backcoach command."""

from backcoach.entry import main

raise SystemExit(main())
