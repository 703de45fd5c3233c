"""JSON and JSON Lines writers: generators that yield text as each brief arrives."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from briefx.records import Brief


def dumps(brief: Brief, *, indent: int | None = None) -> str:
    """Serialise one brief (non-ASCII kept; same input, same bytes)."""
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def jsonl(briefs: Iterable[Brief]) -> Iterator[str]:
    """Yield one JSON object per line."""
    for brief in briefs:
        yield dumps(brief) + "\n"


def json_doc(briefs: Iterable[Brief], *, single: bool) -> Iterator[str]:
    """Yield one object (single input; ``null`` when it failed) or a JSON array, streamed.

    The shape depends on the request, never on success: one named input gives an object or
    null, several inputs or a folder an array of the briefs that succeeded (``[]`` for none).
    """
    if single:
        written = False
        for brief in briefs:
            yield dumps(brief, indent=2) + "\n"
            written = True
        if not written:
            yield "null\n"
        return
    first = True
    for brief in briefs:
        body = dumps(brief, indent=2).replace("\n", "\n  ")
        yield ("[\n  " if first else ",\n  ") + body
        first = False
    yield "[]\n" if first else "\n]\n"
