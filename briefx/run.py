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
CHUNK = 16  # sources per task: one spaCy batch


def _init_worker(options: dict[str, Any]) -> None:
    from briefx.nlp import load

    _worker_options.update(options)
    load(options["model"], options["date_order"])  # once per worker


def _work(sources: list[Source]) -> list[str]:
    from briefx.api import extract_many

    return [brief.model_dump_json() for brief in extract_many(sources, **_worker_options)]


def _chunks(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    for source in sources:
        chunk.append(source)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


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
    options: dict[str, Any] = {
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
        # Chunks of sources keep spaCy's batching inside each worker.
        for payloads in pool.imap(_work, _chunks(sources, CHUNK)):
            for payload in payloads:
                yield Brief.model_validate_json(payload)
