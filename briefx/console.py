"""The two consoles: stdout carries data, stderr carries talk."""

from __future__ import annotations

import os

from rich.console import Console

# NO_COLOR is honoured by rich itself; the explicit check keeps it obvious.
_no_color = bool(os.environ.get("NO_COLOR"))
console = Console(no_color=_no_color)
err = Console(stderr=True, no_color=_no_color)
