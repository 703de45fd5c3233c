"""``briefx extract``: flags -> ``Options``, ``briefx.run``, then a renderer. No run logic here."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from briefx.cli._util import DateOrder, DateOrderOpt, ModelOpt, fail, note, options_from
from briefx.errors import BriefxError, Exit

if TYPE_CHECKING:
    from briefx.records import Brief


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
            metavar="FILE",
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
            metavar="FORMAT",
            help=(
                "json (one object for one file, else an array), jsonl (one object per line), "
                "table (the terminal summary), html (highlighted text, one page), csv (one row "
                "per fact), md (Markdown). Default: table when stdout is a terminal, else json."
            ),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to this file, not stdout."),
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
            metavar="FORMAT",
            help=(
                "auto: HTML pages (.html, .htm, or by content) through trafilatura, the rest as "
                'text; text; html; jsonl: {"id": ..., "text": ...} records, one per line.'
            ),
        ),
    ] = InputFormat.auto,
    glob: Annotated[
        str,
        typer.Option(
            "--glob", metavar="PATTERN", help="Which files to take from folders (recursively)."
        ),
    ] = "*.txt",
    only: Annotated[
        str | None,
        typer.Option(
            "--only",
            metavar="LIST",
            help=(
                "Keep only these sections: entities,figures,dates,statements (statements keep "
                "the entities, figures and dates they point to)."
            ),
        ),
    ] = None,
    types: Annotated[
        str | None,
        typer.Option(
            "--types",
            metavar="LIST",
            help="Keep only these entity types, figure kinds, date kinds: PERSON,money.",
        ),
    ] = None,
    include_text: Annotated[
        bool,
        typer.Option(
            "--include-text",
            metavar="",
            help="Put the text in source.text (always for HTML input).",
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            help=(
                "Worker processes. 0 (default): this process, or one per CPU (at most 4) "
                "for runs of 2+ documents and 20,000+ characters; 1: this process only."
            ),
        ),
    ] = 0,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            metavar="ENGINE",
            help="local (this machine, --jobs processes) or dask (a Dask cluster).",
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
    """Extract entities, figures, dates and statements from news briefs.

    Exit status: 0 all inputs done, 1 some input failed (the others are still written),
    2 usage error.
    """
    options = options_from(
        reference_date=reference_date,
        date_order=date_order.value,
        model=model,
        input_format=input_format.value,
        glob=glob,
        only=only,
        types=types,
        include_text=include_text or fmt is Format.html,
        engine=engine.value,
        jobs=jobs,
        scheduler=scheduler,
    )
    inputs = list(files or [])
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise typer.BadParameter(
                "give FILE arguments, or '-' to read standard input", param_hint="FILE"
            )
        inputs = ["-"]
    if inputs.count("-") > 1:
        raise typer.BadParameter("standard input ('-') can be read only once", param_hint="FILE")
    # One named input that is not a folder nor JSON Lines gives one JSON object (or null).
    single = len(inputs) == 1 and not Path(inputs[0]).is_dir() and options.input_format != "jsonl"

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
    if chosen is Format.html and not options.include_text:
        options = options.model_copy(update={"include_text": True})
    failed = 0

    def report(exc: BriefxError) -> None:
        nonlocal failed
        failed += 1
        fail(str(exc))

    try:
        from briefx.runner import run
        from briefx.startup import import_spacy, own_process

        own_process()
        if options.engine == "local" and options.jobs <= 1:
            import_spacy()  # this process runs the pipeline: spaCy without its CLI
        briefs: Iterator[Brief] = run(inputs, options, on_error=report, on_note=note)
        if len(inputs) > 1 and sys.stderr.isatty():
            briefs = _with_progress(briefs, len(inputs))
        _render(briefs, chosen, out, to_file=output is not None, single=single)
    except BriefxError as exc:
        fail(str(exc))
        raise typer.Exit(Exit.ERROR) from exc
    finally:
        if output is not None:
            out.close()
        from briefx import regex_cache

        regex_cache.save()  # the patterns this run compiled first (see briefx/regex_cache.py)
    if failed:
        raise typer.Exit(Exit.ERROR)


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
    """Show a progress bar on stderr while the briefs stream by (inputs, not records)."""
    from rich.progress import BarColumn, Progress, TimeElapsedColumn

    from briefx.console import err

    columns = ("{task.description}", BarColumn(), "{task.completed} briefs", TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("briefx", total=None)
        for brief in briefs:
            yield brief
            progress.advance(task)
