"""``run(inputs, options)``: the one way briefx turns inputs into Briefs.

The CLI, the Python API and every engine go through here:

    inputs --read--> Sources --engine--> Briefs --filter--> caller

Reading (files, folders, stdin, HTML, JSON Lines) and its failures, the filters (``--only``,
``--types``) and the output order are handled here, once, whatever the engine; an engine only
decides where the documents are processed (``briefx.engines``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from briefx.engines import Engine, engine_for
from briefx.errors import BriefxError, InputError
from briefx.filters import keep
from briefx.options import Options
from briefx.records import Brief
from briefx.sources import Source, read_jsonl_records, read_path, read_stdin, walk

log = logging.getLogger("briefx")
Input = str | Path | Source


def _raise(error: BriefxError) -> None:
    raise error


def run(
    inputs: Iterable[Input],
    options: Options | None = None,
    *,
    on_error: Callable[[BriefxError], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    engine: Engine | None = None,
) -> Iterator[Brief]:
    """Yield one Brief per input document, in input order, filtered as the options say.

    inputs: paths (files; folders, walked for ``options.glob``; "-" for standard input) or
        ``Source`` objects already read. A JSON Lines input (``input_format="jsonl"``) gives
        one Brief per record.
    options (Options | None): None means ``Options()``.
    on_error: called with the error of each input that can't be read; the run goes on with
        the next. None: the error is raised.
    on_note: called with remarks that are not errors (a folder with no matching file).
        None: they go to the "briefx" logger.
    engine: an engine to use (and leave open) instead of the one the options name, e.g. to
        keep one pool of workers across runs.
    RAISES (BriefxError): an input error without ``on_error``; a pipeline that can't load;
        an engine that can't start.
    """
    options = options or Options()
    sources = read_inputs(inputs, options, on_error or _raise, on_note or log.info)
    owned = engine is None
    used = engine_for(options) if engine is None else engine
    try:
        for brief in used.process(sources, options):
            yield keep(brief, options)
    finally:
        if owned:
            used.close()


def read_inputs(
    inputs: Iterable[Input],
    options: Options,
    on_error: Callable[[BriefxError], None],
    on_note: Callable[[str], None],
) -> Iterator[Source]:
    """Read each input into Sources, streaming; an input that fails is reported and skipped."""
    html = {"html": True, "text": False}.get(options.input_format)
    for item in inputs:
        if isinstance(item, Source):
            yield item
            continue
        path = str(item)
        files = [path] if path == "-" else list(walk(path, options.glob))
        if not files:
            on_note(f"{path}: no file in this folder matches --glob {options.glob!r}")
        for file in files:
            try:
                if options.input_format == "jsonl":
                    yield from read_jsonl_records(file, on_error=on_error)
                elif file == "-":
                    yield read_stdin(html=html)
                else:
                    yield read_path(file, html=html)
            except InputError as exc:
                on_error(exc)


__all__ = ["Input", "read_inputs", "run"]
