"""The process-pool engine (``--jobs N``): worker processes on this machine.

Each worker loads the pipeline once (``briefx.nlp.load`` is cached per process) and takes
chunks of sources; results come back in input order. spaCy's own ``nlp.pipe(n_process=N)`` is
not used: it ships whole Docs back through msgpack, which cannot carry briefx's facts on
``doc._``; returning the small Brief JSON keeps the parent's memory flat too. ``--jobs N``
spawns its workers, so they start clean on every platform; the automatic engine
(``briefx.engines.auto``) forks them from a process that has loaded the pipeline.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from typing import Any, Self

from briefx.engines._work import chunks, process_chunk
from briefx.options import Options
from briefx.records import Brief
from briefx.sources import Source

CHUNK = 16  # sources per task: one spaCy batch


def _init_worker(options: Options) -> None:
    from briefx.nlp import load
    from briefx.startup import import_spacy, own_process

    own_process()
    import_spacy()

    load(options.model, options.date_order)  # once per worker, before the first chunk


class PoolEngine:
    """Spread documents over ``jobs`` spawned worker processes."""

    def __init__(self, jobs: int, *, start: str = "spawn", chunk: int = CHUNK) -> None:
        self.jobs = jobs
        self.start = start  # "fork" (AutoEngine, the pipeline loaded first) or "spawn"
        self.chunk = chunk
        self._pool: Any = None
        self._loaded: tuple[str | None, str] | None = None  # what the workers loaded

    def process(self, sources: Iterable[Source], options: Options) -> Iterator[Brief]:
        """Yield one Brief per source, in input order."""
        wanted = (options.model, options.date_order)
        if self._pool is None or self._loaded != wanted:
            self.close()
            ctx = multiprocessing.get_context(self.start)
            self._pool = ctx.Pool(self.jobs, initializer=_init_worker, initargs=(options,))
            self._loaded = wanted
        tasks = ((chunk, options) for chunk in chunks(sources, self.chunk))
        for payloads in self._pool.imap(_work, tasks):
            for payload in payloads:
                yield Brief.model_validate_json(payload)

    def close(self) -> None:
        """Stop the workers."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _work(task: tuple[list[Source], Options]) -> list[str]:
    return process_chunk(*task)
