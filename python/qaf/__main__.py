"""``python -m qaf``: the same as the ``qaf`` console script."""

from qaf.cli import main

raise SystemExit(main())
