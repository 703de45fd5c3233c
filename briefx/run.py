"""Running many documents: in this process (streaming) or in a pool of worker processes.

Every path calls the same per-document code as ``briefx.api``. With ``jobs > 1`` each
worker loads the pipeline once and returns finished ``Brief`` JSON, in input order. spaCy's
own ``nlp.pipe(n_process=N)`` is not used: it ships whole Docs back to the parent through
msgpack, and briefx's facts on ``doc._`` are Python objects msgpack does not take; returning
the small Brief instead also keeps the parent's memory flat.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator
from typing import Any

from briefx.records import Brief
from briefx.sources import Source

_worker_options: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    from briefx.nlp import load

    _worker_options.update(options)
    load(options["model"], options["date_order"])  # once per worker


def _work(source: Source) -> str:
    from briefx.api import extract_many

    brief = next(extract_many([source], **_worker_options))
    return brief.model_dump_json()


def run(
    sources: Iterable[Source],
    *,
    jobs: int = 1,
    reference_date: dt.date | None = None,
    model: str | None = None,
    date_order: str = "MDY",
    include_text: bool = False,
) -> Iterator[Brief]:
    """Yield one Brief per source, in input order, using ``jobs`` processes."""
    options = {
        "reference_date": reference_date,
        "model": model,
        "date_order": date_order,
        "include_text": include_text,
    }
    if jobs <= 1:
        from briefx.api import extract_many

        yield from extract_many(sources, **options)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(options,)) as pool:
        for payload in pool.imap(_work, sources, chunksize=4):
            yield Brief.model_validate_json(payload)
