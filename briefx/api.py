"""The library API: ``extract`` one text, ``extract_many`` streams many."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from briefx.build import DocFacts, build_brief, facts_from_doc
from briefx.records import Brief
from briefx.sources import PIECE_CHARS, Source, split_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 16  # as fast as larger batches here, at a fraction of the memory (issue 6)
BATCH_CHARS = 200_000  # at most ~550 MB of Docs in flight
T = TypeVar("T")


def _nlp(model: str | None, date_order: str) -> Language:
    from briefx.nlp import load

    return load(model, date_order)


def extract(
    text: str,
    *,
    path: str = "-",
    reference_date: dt.date | None = None,
    model: str | None = None,
    date_order: str = "MDY",
) -> Brief:
    """Extract the entities, figures and dates of one brief.

    text (str): the brief.
    path (str): where it came from, kept in ``Brief.source.path``.
    reference_date (date | None): "today" for relative dates; None: the published date.
    model (str | None): English spaCy pipeline to use; None: the default small pipeline.
    date_order (str): reading of slashed numeric dates: "MDY", "DMY" or "YMD".
    RETURNS (Brief): the validated record.
    """
    return next(
        extract_many(
            [Source(path, text)], reference_date=reference_date, model=model, date_order=date_order
        )
    )


def extract_many(
    sources: Iterable[Source | str],
    *,
    reference_date: dt.date | None = None,
    model: str | None = None,
    date_order: str = "MDY",
    include_text: bool = False,
) -> Iterator[Brief]:
    """Extract many briefs, streaming: one ``Brief`` per source, in input order.

    sources: ``Source`` objects (path, text and input metadata) or plain strings.
    include_text: put the text in ``Brief.source.text`` (always done for HTML input).

    Each text is cut into pieces of at most 100,000 characters at paragraph or sentence
    boundaries, run through ``nlp.pipe`` and put back together; no Doc outlives its brief.
    """
    nlp = _nlp(model, date_order)
    from briefx.pipeline._util import make_doc

    name = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}"
    version = str(nlp.meta.get("version", ""))
    items = (Source("-", s) if isinstance(s, str) else s for s in sources)

    def pieces() -> Iterator[tuple[str, tuple[Source, int, bool]]]:
        for src in items:
            parts = list(split_text(src.text, PIECE_CHARS))
            for n, (offset, piece) in enumerate(parts):
                yield piece, (src, offset, n == len(parts) - 1)

    def doc_of(piece: str, src: Source) -> Doc:
        doc = make_doc(nlp, piece)
        doc._.briefx_reference_date = reference_date
        doc._.briefx_fallback_date = dt.date.fromisoformat(src.published) if src.published else None
        return doc

    facts: list[DocFacts] = []
    for batch in _batches(pieces()):
        docs = ((doc_of(piece, ctx[0]), ctx) for piece, ctx in batch)
        for doc, (src, offset, last) in nlp.pipe(docs, as_tuples=True, batch_size=len(batch)):
            facts.append(facts_from_doc(doc, offset))
            if last:
                yield build_brief(
                    facts,
                    source=src,
                    include_text=include_text,
                    pipeline_name=name,
                    pipeline_version=version,
                    reference_date=reference_date,
                )
                facts = []


def _batches(items: Iterable[tuple[str, T]]) -> Iterator[list[tuple[str, T]]]:
    """Group pieces into batches of at most BATCH_SIZE pieces and BATCH_CHARS characters.

    spaCy's batch_size counts documents; a Doc costs ~2.7 MiB per 1,000 characters, so 16
    pieces of 100,000 characters would hold ~4 GB at once. Bounding characters bounds memory.
    """
    batch: list[tuple[str, T]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= BATCH_SIZE or chars + len(item[0]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch
