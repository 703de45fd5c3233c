"""The Dask engine (``--engine dask``): documents processed on a Dask cluster.

Without a scheduler address it starts a ``LocalCluster`` of ``workers`` processes (one
thread each: spaCy's small pipeline is CPU-bound and holds the GIL), closed with the engine.
To spread the work over several machines, start a scheduler and workers there (each with
briefx, the same English pipeline and ``dask[distributed]``: ``pip install 'briefx[dask]'``)::

    dask scheduler                                     # on the scheduler machine, port 8786
    dask worker tcp://HOST:8786 --nworkers 2 --nthreads 1   # on each worker machine

and pass ``--scheduler tcp://HOST:8786`` (``Options(engine="dask", scheduler=...)``).

The client reads the inputs and sends chunks of decoded text to the workers, so the workers
need no shared file system; at most ``IN_FLIGHT`` chunks per worker are out at once, so the
client's memory stays bounded on any corpus. Results come back in input order, byte for byte
what the in-process engine gives. Each worker process loads the pipeline once and keeps it.
A script that uses a local cluster must guard its entry point with
``if __name__ == "__main__":`` (the local workers are spawned processes).
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, Self

from briefx.engines._work import chunks, process_chunk
from briefx.errors import BriefxError, Errors
from briefx.options import Options
from briefx.records import Brief
from briefx.sources import Source

CHUNK = 16  # sources per task
IN_FLIGHT = 2  # tasks per worker submitted ahead of the one being collected


class DaskEngineError(BriefxError):
    """The Dask engine can't run: dask is not installed or the scheduler is unreachable."""


def _work(sources: list[Source], options: Options) -> tuple[list[str], str, int]:
    """On a worker: the chunk's Briefs as JSON, the worker, and the pipelines it has loaded."""
    from distributed import get_worker

    from briefx.nlp import loads

    payloads = process_chunk(sources, options)
    return payloads, get_worker().address, loads()


class DaskEngine:
    """Process documents on a Dask cluster (a local one unless ``scheduler`` is given)."""

    def __init__(self, scheduler: str | None = None, workers: int = 2) -> None:
        try:
            import distributed
        except ImportError as exc:
            raise DaskEngineError(Errors.E011) from exc
        self._cluster: Any = None
        if scheduler is None:
            self._cluster = distributed.LocalCluster(
                n_workers=max(workers, 1),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
        try:
            self._client: Any = distributed.Client(
                scheduler if scheduler is not None else self._cluster
            )
        except (OSError, TimeoutError) as exc:
            self.close()
            raise DaskEngineError(Errors.E012.format(address=scheduler, reason=exc)) from exc
        self.pipeline_loads: dict[str, int] = {}  # worker address -> pipelines it loaded

    @property
    def workers(self) -> int:
        """How many workers the cluster has now."""
        return len(self._client.scheduler_info()["workers"])

    def process(self, sources: Iterable[Source], options: Options) -> Iterator[Brief]:
        """Yield one Brief per source, in input order."""
        run_id = uuid.uuid4().hex  # unique keys: equal chunks must not share a result
        window = IN_FLIGHT * max(self.workers, 1)
        pending: deque[Any] = deque()
        for n, chunk in enumerate(chunks(sources, CHUNK)):
            pending.append(self._client.submit(_work, chunk, options, key=f"briefx-{run_id}-{n}"))
            if len(pending) > window:
                yield from self._collect(pending.popleft())
        while pending:
            yield from self._collect(pending.popleft())

    def _collect(self, future: Any) -> Iterator[Brief]:
        payloads, worker, loads = future.result()
        future.release()
        self.pipeline_loads[worker] = max(self.pipeline_loads.get(worker, 0), loads)
        for payload in payloads:
            yield Brief.model_validate_json(payload)

    def close(self) -> None:
        """Close the client, and the local cluster if this engine started one."""
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
