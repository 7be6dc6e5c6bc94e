"""``python -m mailup_gui.sandbox``: the same as ``mailup-sandbox``."""

from .cli import main

raise SystemExit(main())
