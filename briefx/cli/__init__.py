"""The ``briefx`` command: options -> sources -> extract -> renderer. No NLP here.

One module per command (``extract``, ``eval``); shared options live in ``_util``. spaCy is
imported only inside the commands that need it, so ``briefx --help`` stays fast.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from briefx.__about__ import __version__
from briefx.cli import eval as eval_cmd
from briefx.cli import extract as extract_cmd
from briefx.cli._util import Command, Group

app = typer.Typer(
    name="briefx",
    help="Extract the facts of news briefs: entities, figures and dates, with exact offsets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    cls=Group,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefx {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Extract the facts of news briefs: entities, figures and dates, with exact offsets."""


app.command("extract", cls=Command)(extract_cmd.extract)
app.command("eval", cls=Command)(eval_cmd.evaluate)


@app.command(cls=Command)
def schema() -> None:
    """Print the JSON Schema of briefx's output (one Brief)."""
    from briefx.records import Brief

    typer.echo(json.dumps(Brief.model_json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    """Run the CLI (console-script entry point)."""
    app()


__all__ = ["app", "main"]
