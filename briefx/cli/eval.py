"""``briefx eval``: score briefx against gold annotations (shared/eval/FORMAT.md)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefx.cli._util import DateOrder, DateOrderOpt, ModelOpt, fail
from briefx.errors import BriefxError, Exit


class EvalFormat(StrEnum):
    """Report formats."""

    table = "table"
    json = "json"


def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD", help="Gold JSON Lines: one case per line with text and annotations."
        ),
    ],
    fmt: Annotated[
        EvalFormat,
        typer.Option("--format", "-f", metavar="FORMAT", help="table (rich) or json (one line)."),
    ] = EvalFormat.table,
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred",
            metavar="FILE",
            help=(
                "Score these predictions instead of running briefx: briefx's JSON Lines "
                'output, or gold-format lines with an "id".'
            ),
        ),
    ] = None,
    date_order: DateOrderOpt = DateOrder.MDY,
    model: ModelOpt = None,
) -> None:
    """Score briefx on gold cases: span P/R/F1 and normalisation accuracy per section and type.

    Each case runs with its own reference_date; the numbers equal shared/eval/score.py's.
    """
    from briefx.evaluate import report_json, report_table, run_eval

    try:
        report = run_eval(gold, model=model, date_order=date_order.value, pred_path=pred)
    except BriefxError as exc:
        fail(str(exc))
        raise typer.Exit(Exit.ERROR) from exc
    if fmt is EvalFormat.json:
        typer.echo(report_json(report))
    else:
        from rich.console import Console

        from briefx.console import console

        # Piped, rich assumes 80 columns and would cut the score columns to "0.9…".
        out = console if console.is_terminal else Console(width=120, no_color=True)
        out.print(report_table(report))
