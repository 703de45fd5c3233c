"""Documents through the pipeline: Sources in, Briefs out, in order, in this process.

This is the one place where text meets spaCy. Every engine calls ``process`` (in this
process, in pool workers, on Dask workers); ``briefx.run`` decides which engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from briefx.build import DocFacts, build_brief, facts_from_doc
from briefx.options import Options
from briefx.records import Brief
from briefx.sources import PIECE_CHARS, Source, split_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 16  # as fast as larger batches here, at a fraction of the memory
# The statistical pipeline's transient memory follows the characters in one batch: tok2vec
# holds every layer's output for all its tokens at once (~330 MB for one 100,000-character
# piece, measured; spaCy components alone, briefx's off). One full piece at a time.
BATCH_CHARS = PIECE_CHARS
T = TypeVar("T")


def process(sources: Iterable[Source], options: Options) -> Iterator[Brief]:
    """Extract one ``Brief`` per source, streaming, in input order.

    Each text is cut into pieces of at most PIECE_CHARS characters at paragraph or sentence
    boundaries, run through ``nlp.pipe`` and put back together; no Doc outlives its brief.
    A piece without a dateline of its own resolves relative dates against the last dateline
    of the pieces before it ("Published: 13.02.2025" at the top of a long text).
    Uses the options' reference_date, model, date_order and include_text; filters are
    ``briefx.run``'s business.
    """
    from briefx.nlp import load
    from briefx.pipeline._util import make_doc
    from briefx.startup import settle

    nlp = load(options.model, options.date_order)
    settle()  # the pipeline lives as long as the process
    name = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}"
    version = str(nlp.meta.get("version", ""))
    reference_date = options.reference_date

    def pieces() -> Iterator[tuple[str, tuple[Source, int, bool]]]:
        for src in sources:
            parts = list(split_text(src.text, PIECE_CHARS))
            for n, (offset, piece) in enumerate(parts):
                yield piece, (src, offset, n == len(parts) - 1)

    # A long text's last dateline so far, by source. Pieces are batched by characters, so a
    # later piece of a long text is made into a Doc after the pieces before it have run.
    carried: dict[int, dt.date] = {}

    def doc_of(piece: str, src: Source) -> Doc:
        doc = make_doc(nlp, piece)
        doc._.briefx_reference_date = reference_date
        fallback = dt.date.fromisoformat(src.published) if src.published else None
        doc._.briefx_fallback_date = carried.get(id(src), fallback)
        return doc

    facts: list[DocFacts] = []
    first = True
    for batch in _batches(pieces()):
        docs = ((doc_of(piece, ctx[0]), ctx) for piece, ctx in batch)
        for doc, (src, offset, last) in nlp.pipe(docs, as_tuples=True, batch_size=len(batch)):
            facts.append(facts_from_doc(doc, offset))
            if first:
                first = False
                settle()  # and so do the tables the first document read
            if facts[-1].meta.datelines:
                carried[id(src)] = dt.date.fromisoformat(facts[-1].meta.datelines[-1][1])
            if last:
                carried.pop(id(src), None)
                brief = build_brief(
                    facts,
                    source=src,
                    include_text=options.include_text,
                    pipeline_name=name,
                    pipeline_version=version,
                    reference_date=reference_date,
                )
                facts = []  # freed before the brief is rendered, not after
                yield brief


def _batches(items: Iterable[tuple[str, T]]) -> Iterator[list[tuple[str, T]]]:
    """Group pieces into batches of at most BATCH_SIZE pieces and BATCH_CHARS characters.

    spaCy's batch_size counts documents; the pipeline's working memory costs ~3.3 MiB per 1,000
    characters of a batch, so 16 pieces of 50,000 characters would hold ~2.6 GB at once.
    Bounding characters bounds memory.
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
