"""The frozen app's entry script (PyInstaller runs it as __main__, outside any package, so it
cannot be mailup_gui/__main__.py with its relative import)."""

import sys

from mailup_gui.app import main

sys.exit(main())
