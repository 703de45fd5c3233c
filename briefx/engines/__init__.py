"""Engines decide where documents are processed, and nothing else.

An engine takes a stream of ``Source`` objects and the run's ``Options`` and yields one
``Brief`` per source, in input order, byte for byte what ``briefx.process.process`` gives in
this process. Reading inputs, filtering and reporting failures are ``briefx.run``'s, before
and after the engine, so every engine behaves alike.

- ``local`` (``LocalEngine``): this process (``--jobs 1``, the Python API's default).
- ``pool`` (``PoolEngine``): worker processes on this machine (``--jobs N``).
- ``auto`` (``AutoEngine``): this process for small runs, a worker per CPU for large ones
  (``--jobs 0``, the command's default).
- ``dask`` (``DaskEngine``): a Dask cluster, local or remote (``--engine dask``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from briefx.options import Options
    from briefx.records import Brief
    from briefx.sources import Source


class Engine(Protocol):
    """Where documents are processed. Use as a context manager, or call ``close``."""

    def process(self, sources: Iterable[Source], options: Options) -> Iterator[Brief]:
        """Yield one Brief per source, in input order."""
        ...

    def close(self) -> None:
        """Release workers or clusters the engine started."""
        ...


def engine_for(options: Options) -> Engine:
    """The engine the options ask for: dask, a process pool (jobs > 1), the automatic choice
    (jobs 0), or this process."""
    if options.engine == "dask":
        from briefx.engines.auto import cpus
        from briefx.engines.dask import DaskEngine

        return DaskEngine(scheduler=options.scheduler, workers=options.jobs or cpus())
    if options.jobs == 0:
        from briefx.engines.auto import AutoEngine

        return AutoEngine()
    if options.jobs > 1:
        from briefx.engines.pool import PoolEngine

        return PoolEngine(options.jobs)
    from briefx.engines.local import LocalEngine

    return LocalEngine()


__all__ = ["Engine", "engine_for"]
