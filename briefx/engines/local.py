"""The in-process engine: documents go through the pipeline in this process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Self

from briefx.options import Options
from briefx.process import process
from briefx.records import Brief
from briefx.sources import Source


class LocalEngine:
    """Process every document here, streaming (the default, ``--jobs 1``)."""

    def process(self, sources: Iterable[Source], options: Options) -> Iterator[Brief]:
        """Yield one Brief per source, in input order."""
        return process(sources, options)

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
