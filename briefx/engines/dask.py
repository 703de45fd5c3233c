"""Run briefx on a Dask cluster: partitions of input paths extracted on worker processes.

On one machine, ``run_dask`` starts a ``LocalCluster`` of worker processes (one thread each:
spaCy's small pipeline is CPU-bound and holds the GIL). To spread the work over several
machines, start a scheduler and workers there (each with briefx, the same English pipeline
and ``dask[distributed]`` installed: ``pip install 'briefx[dask]'``)::

    # on the scheduler machine (listens on port 8786; dashboard on http://HOST:8787)
    dask scheduler

    # on each worker machine: one process per core, one thread per process
    dask worker tcp://HOST:8786 --nworkers 2 --nthreads 1

and pass its address::

    from pathlib import Path
    from briefx.engines.dask import run_dask

    summary = run_dask(paths, Path("out"), scheduler="tcp://HOST:8786")
    for path, message in summary.errors:
        print(path, message)

The workers read the input files themselves, so ``paths`` must name the same files on every
worker (a shared file system). The client writes the output: ``out_dir/part-00000.jsonl``,
``part-00001.jsonl``, ... in input order, one JSON object per line per document, byte for
byte what ``briefx extract --format jsonl`` writes for those inputs. Each worker process
loads the pipeline once (``briefx.nlp.load`` is cached per process) and keeps it for all the
partitions it is given. A script that calls ``run_dask`` without ``scheduler`` must guard its
entry point with ``if __name__ == "__main__":`` (the local workers are spawned processes).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefx.errors import BriefxError, Errors

DASK_MISSING = Errors.E011
SCHEDULER_UNREACHABLE = Errors.E012
PART_NAME = "part-{index:05d}.jsonl"
_PART_RE = re.compile(r"part-\d{5,}\.jsonl")


class DaskEngineError(BriefxError):
    """The Dask engine can't run: dask is not installed or the scheduler is unreachable."""


@dataclass(frozen=True, slots=True)
class DaskSummary:
    """What ``run_dask`` did.

    parts: the JSONL files written, in input order (one per partition, empty when none of
        its inputs could be read).
    documents: how many briefs were written.
    errors: (path, one-line message) of each input that could not be read, in input order.
    scheduler: the address of the scheduler used.
    workers: how many worker processes took part.
    pipeline_loads: how many times a worker loaded the pipeline (once per worker process).
    """

    parts: list[Path]
    documents: int
    errors: list[tuple[str, str]] = field(default_factory=list)
    scheduler: str = ""
    workers: int = 0
    pipeline_loads: int = 0

    @property
    def ok(self) -> bool:
        """True when every input was read and extracted."""
        return not self.errors


def _extract_partition(paths: list[str], options: dict[str, Any]) -> dict[str, Any]:
    """On a worker: read and extract ``paths``; return the JSONL text and the input errors."""
    from briefx.api import extract_many
    from briefx.nlp import loads
    from briefx.render.jsonout import dumps
    from briefx.sources import read_path

    sources = []
    errors: list[tuple[str, str]] = []
    for path in paths:
        try:
            sources.append(read_path(path))
        except BriefxError as exc:
            errors.append((path, str(exc).splitlines()[0]))
    lines = [dumps(brief) + "\n" for brief in extract_many(sources, **options)]
    return {
        "jsonl": "".join(lines),
        "documents": len(lines),
        "errors": errors,
        "pid": os.getpid(),
        "host": os.uname().nodename,
        "loads": loads(),
    }


def _import_dask() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskEngineError(DASK_MISSING) from exc
    return distributed


def run_dask(
    paths: list[str],
    out_dir: Path,
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    reference_date: dt.date | None = None,
    model: str | None = None,
    date_order: str = "MDY",
    partition_size: int = 50,
) -> DaskSummary:
    """Extract the briefs of ``paths`` on a Dask cluster into ``out_dir/part-NNNNN.jsonl``.

    paths (list[str]): input files (not folders: expand them with ``briefx.sources.expand``).
    out_dir (Path): created if missing; part files left there by an earlier run are removed.
    scheduler (str | None): "tcp://HOST:8786" to use a running cluster; None starts a local
        cluster of ``n_workers`` processes, closed on return.
    reference_date, model, date_order: as for ``briefx.api.extract_many``.
    partition_size (int): inputs per task and per part file.
    RETURNS (DaskSummary): the part files, counts and the inputs that could not be read.
    Raises DaskEngineError when dask is missing or the scheduler can't be reached; an
    unreadable input is reported in the summary, not raised.
    """
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    distributed = _import_dask()
    options = {"reference_date": reference_date, "model": model, "date_order": date_order}
    partitions = [paths[i : i + partition_size] for i in range(0, len(paths), partition_size)]
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("part-*.jsonl"):
        if _PART_RE.fullmatch(stale.name):
            stale.unlink()

    cluster = None
    if scheduler is None:
        cluster = distributed.LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    try:
        try:
            client = distributed.Client(scheduler if scheduler is not None else cluster)
        except (OSError, TimeoutError) as exc:
            raise DaskEngineError(
                SCHEDULER_UNREACHABLE.format(address=scheduler, reason=exc)
            ) from exc
        with client:
            return _run(distributed, client, partitions, out_dir, options)
    finally:
        if cluster is not None:
            cluster.close()


def _run(
    distributed: Any,
    client: Any,
    partitions: list[list[str]],
    out_dir: Path,
    options: dict[str, Any],
) -> DaskSummary:
    run_id = uuid.uuid4().hex  # unique keys: equal partitions must not share a result
    futures = [
        client.submit(_extract_partition, part, options, key=f"briefx-{run_id}-{n:05d}")
        for n, part in enumerate(partitions)
    ]
    index = {future.key: n for n, future in enumerate(futures)}
    parts = [out_dir / PART_NAME.format(index=n) for n in range(len(partitions))]
    errors: list[list[tuple[str, str]]] = [[] for _ in partitions]
    documents = 0
    loads: dict[tuple[str, int], int] = {}
    # Write each part as soon as it is done (the client holds one partition's text at a time).
    for future in distributed.as_completed(futures):
        n = index[future.key]
        result = future.result()
        future.release()
        with parts[n].open("w", encoding="utf-8", newline="\n") as f:
            f.write(result["jsonl"])
        documents += result["documents"]
        errors[n] = [tuple(e) for e in result["errors"]]  # type: ignore[misc]
        worker = (result["host"], result["pid"])
        loads[worker] = max(loads.get(worker, 0), result["loads"])
    return DaskSummary(
        parts=parts,
        documents=documents,
        errors=[e for part in errors for e in part],
        scheduler=client.scheduler_info()["address"],
        workers=len(loads),
        pipeline_loads=sum(loads.values()),
    )
