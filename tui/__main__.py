"""``python -m tui`` runs the ``presser`` command."""

from tui.cli import main

raise SystemExit(main())
