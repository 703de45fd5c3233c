"""``python -m briefx``."""

from briefx.cli import main

main()
