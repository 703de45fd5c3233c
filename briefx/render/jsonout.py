"""JSON and JSON Lines writers: generators that yield text as each brief arrives.

A brief is serialised record by record: ``json.dumps`` of the whole ``model_dump`` would hold
a dict for every record of a long text at once (~290 MB above the brief itself for a 5 MB
document, measured), and the text of the whole brief besides. The bytes are the same as
``json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=indent)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from briefx.records import Brief

CHUNK_CHARS = 1 << 16  # records are joined into pieces of about this size before a write
# Up to this many records a brief is dumped at once: record by record costs about twice the
# time (68 ms against 37 ms for the 80 briefs of the benchmark corpus, measured), and the
# memory saved is a few MB at most.
WHOLE_RECORDS = 2000


def chunks(brief: Brief, *, indent: int | None = None) -> Iterator[str]:
    """Serialise one brief in pieces (non-ASCII kept; same input, same bytes).

    A brief of more than WHOLE_RECORDS records has its record lists (the fields whose value is
    a list) written one record at a time; every other field goes through ``json.dumps`` at
    once, in the model's field order.
    """
    lists = [v for name in type(brief).model_fields if isinstance(v := getattr(brief, name), list)]
    if sum(map(len, lists)) <= WHOLE_RECORDS:
        yield json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=indent)
        return
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * indent
    sep = ", " if indent is None else ","

    def dump(value: object, depth: int) -> str:
        text = json.dumps(value, ensure_ascii=False, indent=indent)
        return text if indent is None else text.replace("\n", "\n" + pad * depth)

    buffer: list[str] = ["{"]
    size = 1
    first = True
    for name, field in type(brief).model_fields.items():
        if field.exclude:
            continue
        value = getattr(brief, name)
        buffer.append(("" if first else sep) + nl + pad + json.dumps(name) + ": ")
        first = False
        if isinstance(value, list) and value:
            buffer.append("[")
            for n, record in enumerate(value):
                item = dump(record.model_dump(mode="json"), 2)
                buffer.append(("" if n == 0 else sep) + nl + pad * 2 + item)
                size += len(item)
                if size >= CHUNK_CHARS:
                    yield "".join(buffer)
                    buffer, size = [], 0
            buffer.append(nl + pad + "]")
        else:
            buffer.append(dump(brief.model_dump(mode="json", include={name})[name], 1))
    buffer.append(nl + "}")
    yield "".join(buffer)


def dumps(brief: Brief, *, indent: int | None = None) -> str:
    """Serialise one brief (non-ASCII kept; same input, same bytes)."""
    return "".join(chunks(brief, indent=indent))


def jsonl(briefs: Iterable[Brief]) -> Iterator[str]:
    """Yield one JSON object per line, in pieces."""
    for brief in briefs:
        yield from chunks(brief)
        yield "\n"


def json_doc(briefs: Iterable[Brief], *, single: bool) -> Iterator[str]:
    """Yield one object (single input; ``null`` when it failed) or a JSON array, streamed.

    The shape depends on the request, never on success: one named input gives an object or
    null, several inputs or a folder an array of the briefs that succeeded (``[]`` for none).
    """
    if single:
        written = False
        for brief in briefs:
            yield from chunks(brief, indent=2)
            yield "\n"
            written = True
        if not written:
            yield "null\n"
        return
    first = True
    for brief in briefs:
        yield "[\n  " if first else ",\n  "
        for piece in chunks(brief, indent=2):
            yield piece.replace("\n", "\n  ")
        first = False
    yield "[]\n" if first else "\n]\n"
