"""The version of briefx (read by the build backend and by ``briefx --version``)."""

__version__ = "0.1.0"
