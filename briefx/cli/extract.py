"""``briefx extract``: read inputs, extract, render."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from briefx.cli._util import DateOrder, DateOrderOpt, ModelOpt, fail, parse_date
from briefx.errors import BriefxError, Exit

if TYPE_CHECKING:
    from briefx.records import Brief
    from briefx.sources import Source


class Format(StrEnum):
    """Output formats."""

    json = "json"
    jsonl = "jsonl"
    table = "table"
    html = "html"
    csv = "csv"
    md = "md"


class InputFormat(StrEnum):
    """How inputs are read."""

    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


class Engine(StrEnum):
    """Where extraction runs."""

    local = "local"
    dask = "dask"


def extract(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            help=(
                'Files or folders (walked for --glob) to read; "-" or none (with a pipe) '
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
                "json (one object, or an array for several inputs), jsonl (one object per line), "
                "table (the terminal summary), html (highlighted text, one page), csv (one row "
                "per fact), md (Markdown). Default: table when stdout is a terminal, else json."
            ),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file (a folder with --engine dask), not stdout."
        ),
    ] = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            help="'Today' for relative dates. Default: the published date the input states.",
        ),
    ] = None,
    date_order: DateOrderOpt = DateOrder.MDY,
    input_format: Annotated[
        InputFormat,
        typer.Option(
            "--input-format",
            help=(
                "auto: HTML pages (.html, .htm, or by content) through trafilatura, the rest as "
                'text; jsonl: {"id": ..., "text": ...} records, one per line.'
            ),
        ),
    ] = InputFormat.auto,
    glob: Annotated[
        str, typer.Option("--glob", help="Which files to take from folders (recursively).")
    ] = "*.txt",
    only: Annotated[
        str | None,
        typer.Option("--only", help="Keep only these sections: entities,figures,dates."),
    ] = None,
    types: Annotated[
        str | None,
        typer.Option(
            "--types", help="Keep only these entity types, figure kinds, date kinds: PERSON,money."
        ),
    ] = None,
    include_text: Annotated[
        bool,
        typer.Option("--include-text", help="Put the text in source.text (always for HTML input)."),
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Worker processes (each loads the pipeline).")
    ] = 1,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine", help="local, or dask (a Dask cluster; -o is then a folder of JSONL parts)."
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="tcp://HOST:8786",
            help="Dask scheduler to use; default: a local cluster of --jobs workers.",
        ),
    ] = None,
    model: ModelOpt = None,
) -> None:
    """Extract entities, figures and dates from news briefs.

    Exit status: 0 all inputs done, 1 some input failed (the others are still written),
    2 usage error.
    """
    ref = parse_date(reference_date)
    keep = _filters(only, types)
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

    single = len(paths) == 1 and not Path(paths[0]).is_dir() and input_format != InputFormat.jsonl
    paths = list(expand(paths, glob))
    if engine is Engine.dask:
        _run_dask(paths, output, scheduler, jobs, ref, model, date_order)
        return

    out: TextIO
    if output is not None:
        try:
            out = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            fail(f"{output}: can't write ({exc.strerror})")
            raise typer.Exit(Exit.ERROR) from exc
    else:
        out = sys.stdout
    chosen = fmt or (Format.table if output is None and out.isatty() else Format.json)
    failed = 0

    def report(exc: BriefxError) -> None:
        nonlocal failed
        failed += 1
        fail(str(exc))

    try:
        from briefx.run import run

        briefs: Iterator[Brief] = run(
            _sources(paths, input_format, report),
            jobs=jobs,
            reference_date=ref,
            model=model,
            date_order=date_order.value,
            include_text=include_text or chosen is Format.html,
        )
        if keep is not None:
            briefs = (keep(b) for b in briefs)
        if len(paths) > 1 and sys.stderr.isatty():
            briefs = _with_progress(briefs, len(paths))
        _render(briefs, chosen, out, to_file=output is not None, single=single)
    except BriefxError as exc:
        fail(str(exc))
        raise typer.Exit(Exit.ERROR) from exc
    finally:
        if output is not None:
            out.close()
    if failed:
        raise typer.Exit(Exit.ERROR)


def _filters(only: str | None, types: str | None) -> Callable[[Brief], Brief] | None:
    """Parse --only/--types into a function over Briefs (usage error on unknown names)."""
    if only is None and types is None:
        return None
    from briefx.filters import filter_brief, parse_only, parse_types

    try:
        sections = parse_only(only) if only is not None else None
        kinds = parse_types(types) if types is not None else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    return lambda b: filter_brief(b, only=sections, types=kinds)


def _sources(
    paths: list[str], input_format: InputFormat, report: Callable[[BriefxError], None]
) -> Iterator[Source]:
    """Read each input; a failing one is reported and skipped."""
    from briefx.sources import read_jsonl_records, read_path, read_stdin

    html = {InputFormat.html: True, InputFormat.text: False}.get(input_format)
    for path in paths:
        try:
            if input_format is InputFormat.jsonl:
                yield from read_jsonl_records(path, on_error=report)
            elif path == "-":
                yield read_stdin(html=html)
            else:
                yield read_path(path, html=html)
        except BriefxError as exc:
            report(exc)


def _render(
    briefs: Iterable[Brief], fmt: Format, out: TextIO, *, to_file: bool, single: bool
) -> None:
    """Write the briefs in ``fmt``, flushing each chunk as it is ready."""
    if fmt is Format.table:
        from rich.console import Console

        from briefx.console import console
        from briefx.render.table import print_table

        print_table(briefs, Console(file=out, no_color=True) if to_file else console)
        return
    chunks: Iterable[str]
    if fmt is Format.jsonl:
        from briefx.render.jsonout import jsonl

        chunks = jsonl(briefs)
    elif fmt is Format.json:
        from briefx.render.jsonout import json_doc

        chunks = json_doc(briefs, single=single)
    elif fmt is Format.html:
        from briefx.render.html import html_page

        chunks = html_page(briefs)
    elif fmt is Format.csv:
        from briefx.render.csv import csv_rows

        chunks = csv_rows(briefs)
    else:
        from briefx.render.markdown import markdown

        chunks = markdown(briefs)
    for chunk in chunks:
        out.write(chunk)
        out.flush()


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


def _run_dask(
    paths: list[str],
    output: Path | None,
    scheduler: str | None,
    jobs: int,
    ref: object,
    model: str | None,
    date_order: DateOrder,
) -> None:
    """Run on a Dask cluster, writing JSONL partitions into the folder ``output``."""
    if output is None:
        raise typer.BadParameter("--engine dask writes a folder: give -o FOLDER", param_hint="-o")
    from briefx.engines.dask import run_dask

    try:
        summary = run_dask(
            paths,
            output,
            scheduler=scheduler,
            n_workers=max(jobs, 2) if scheduler is None else jobs,
            reference_date=ref,  # type: ignore[arg-type]
            model=model,
            date_order=date_order.value,
        )
    except BriefxError as exc:
        fail(str(exc))
        raise typer.Exit(Exit.ERROR) from exc
    for path, message in summary.errors:
        fail(f"{path}: {message}" if path not in message else message)
    if summary.errors:
        raise typer.Exit(Exit.ERROR)
