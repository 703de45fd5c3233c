"""The worker side shared by the pool and Dask engines: chunks of sources, Briefs as JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from briefx.options import Options
from briefx.sources import Source


def chunks(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    """Group a stream of sources into lists of ``size`` (the last may be shorter)."""
    chunk: list[Source] = []
    for source in sources:
        chunk.append(source)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def process_chunk(sources: list[Source], options: Options) -> list[str]:
    """Worker side of the pool and Dask engines: the Briefs of a chunk, as JSON text.

    JSON, not Brief objects, crosses the process boundary: it is small, and
    ``Brief.model_validate_json`` on the other side gives the same record back.
    """
    from briefx import regex_cache
    from briefx.process import process

    out = [brief.model_dump_json() for brief in process(sources, options)]
    regex_cache.save()  # a pool worker's new patterns (nothing to do once they are stored)
    return out
