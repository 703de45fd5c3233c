"""The library API: ``extract`` one text, ``extract_many`` streams many; both call ``run``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from briefx.options import DateOrder, Options
from briefx.records import Brief
from briefx.runner import run
from briefx.sources import Source


def extract(
    text: str,
    *,
    path: str = "-",
    reference_date: dt.date | None = None,
    model: str | None = None,
    date_order: DateOrder = "MDY",
) -> Brief:
    """Extract the entities, figures and dates of one brief.

    text (str): the brief.
    path (str): where it came from, kept in ``Brief.source.path``.
    reference_date (date | None): "today" for relative dates; None: the published date.
    model (str | None): English spaCy pipeline to use; None: the default small pipeline.
    date_order (str): reading of slashed numeric dates: "MDY", "DMY" or "YMD".
    RETURNS (Brief): the validated record.
    """
    options = Options(reference_date=reference_date, model=model, date_order=date_order)
    return next(run([Source(path, text)], options))


def extract_many(
    sources: Iterable[Source | str],
    options: Options | None = None,
    **settings: object,
) -> Iterator[Brief]:
    """Extract many briefs, streaming: one ``Brief`` per source, in input order.

    sources: ``Source`` objects (path, text and input metadata) or plain strings (texts).
    options: an ``Options``; or its fields as keywords (``reference_date=...``,
        ``include_text=True``, ``jobs=2``, ``only="figures"``...).
    Each text is cut into pieces of at most 50,000 characters at paragraph or sentence
    boundaries, run through the pipeline and put back together; no Doc outlives its brief.
    """
    if options is not None and settings:
        raise TypeError("extract_many takes an Options or its fields as keywords, not both")
    options = options or Options.model_validate(settings)
    items = (Source("-", s) if isinstance(s, str) else s for s in sources)
    return run(items, options)
