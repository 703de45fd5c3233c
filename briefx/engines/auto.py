"""The automatic engine (``jobs=0``, the command's default): this process or a worker per CPU.

A run of at least two documents and ``AUTO_CHARS`` characters is split over the CPUs this
process may use (at most ``AUTO_MAX_JOBS``); anything smaller stays in this process, where
a worker would cost more than it saves. The choice reads the sources ahead only until it is
made (``AUTO_CHARS`` at most), so a stream stays a stream.

The pipeline is loaded here first and the workers are forked from this process, so they
start with it loaded: no second start-up, and the model's memory is shared until written.
Where fork is not available (Windows), or this process runs other threads, the workers are
spawned (``PoolEngine``), each loading the pipeline once.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Self

from briefx.options import Options
from briefx.records import Brief
from briefx.sources import Source

if TYPE_CHECKING:
    from briefx.engines import Engine

# Measured on the benchmark corpus (benchmarks/README.md): below ~20,000 characters the
# pipeline's work is under a second and a second process gains too little to show.
AUTO_CHARS = 20_000
AUTO_MAX_JOBS = 4  # each worker holds ~250 MB of its own once the model's pages are written
AUTO_CHUNK = 4  # sources per task: small tasks keep the workers evenly busy


def cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def auto_jobs(sources: Iterable[Source]) -> tuple[int, Iterator[Source]]:
    """How many processes the sources deserve, and the same sources (read-ahead put back)."""
    stream = iter(sources)
    head: list[Source] = []
    chars = 0
    for source in stream:
        head.append(source)
        chars += len(source.text or "")
        if len(head) >= 2 and chars >= AUTO_CHARS:
            return min(cpus(), AUTO_MAX_JOBS), chain(head, stream)
    return 1, iter(head)


class AutoEngine:
    """This process for small runs; workers forked from it (or spawned) for large ones."""

    def __init__(self) -> None:
        self._pool: Engine | None = None

    def process(self, sources: Iterable[Source], options: Options) -> Iterator[Brief]:
        """Yield one Brief per source, in input order."""
        jobs, stream = auto_jobs(sources)
        if jobs <= 1:
            from briefx.process import process

            yield from process(stream, options)
            return
        from briefx.engines.pool import PoolEngine

        # Forking a process that runs other threads can copy a lock mid-use: spawn then.
        fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
        if fork:
            from briefx.nlp import load
            from briefx.startup import settle

            load(options.model, options.date_order)  # the forked workers inherit it
            settle()  # and their collectors leave its pages alone
        if self._pool is None:
            self._pool = PoolEngine(jobs, start="fork" if fork else "spawn", chunk=AUTO_CHUNK)
        yield from self._pool.process(stream, options)

    def close(self) -> None:
        """Stop the workers, if any were started."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
