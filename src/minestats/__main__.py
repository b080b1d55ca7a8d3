"""``python -m minestats``: the command line; see :mod:`minestats._cli`.

With no arguments, the bundled letter is checked (``minestats check``).
"""

from __future__ import annotations

import sys

from ._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
