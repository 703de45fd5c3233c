"""Input: files and stdin -> decoded text, and huge texts split into pieces.

Only this module (and ``briefx.html_input``, for web pages) changes text: it decodes bytes
(``briefx.decoding``: BOM removed, legacy encodings detected) and splits texts longer than a
piece into pieces at paragraph, line, sentence or word boundaries, recording each piece's
offset so positions map back to the whole text. HTML pages are recognised by name or content and read by
``briefx.html_input.read_html``; JSON Lines records are read by ``read_jsonl_records``.
Each input becomes a ``Source`` (``briefx.records.Source``, the one Source class).
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from briefx.decoding import decode
from briefx.errors import Errors, InputError
from briefx.html_input import looks_like_html, read_html
from briefx.records import Source

# Re-exported (mypy --strict wants them named): ``Source`` lives in briefx.records (the one
# Source class), ``decode`` in briefx.decoding (shared with briefx.html_input).
__all__ = ["Source", "decode"]


# spaCy refuses texts over 1,000,000 characters (E088) and needs ~2.7 MiB per 1,000 characters;
# pieces of 50,000 characters keep one piece's memory near 150 MB. Measured on the 5 MB text of
# benchmarks/bench.py: 931 MB peak RSS with 100,000-character pieces, 735 MB with 50,000, in the
# same time (212 s, 193 s). A news brief is a few thousand characters: one piece.
PIECE_CHARS = 50_000


def _read_bytes(path: str) -> bytes:
    """Read a file's bytes; raise InputError with a one-line reason."""
    p = Path(path)
    if p.is_dir():
        raise InputError(Errors.E005.format(path=path))
    try:
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(Errors.E004.format(path=path)) from exc
    except OSError as exc:
        raise InputError(Errors.E008.format(path=path, reason=exc.strerror or exc)) from exc


def _source(path: str, text: str, html: bool | None) -> Source:
    """Make the Source of a decoded input: read as a web page if ``html`` (None: detect)."""
    if html or (html is None and looks_like_html(path, text)):
        return read_html(text, path)
    return Source(path, text)


def read_path(path: str, *, html: bool | None = None) -> Source:
    """Read and decode one file; raise InputError with a one-line reason.

    html (bool | None): read the file as a web page (True), as plain text (False), or decide
        by its name (.html, .htm, .xhtml) and content (None, the default); see ``html_input``.
    """
    return _source(path, decode(_read_bytes(path), path), html)


def walk(path: str, pattern: str = "*.txt") -> Iterator[str]:
    """Yield the files of one input: a folder's files matching ``pattern`` (recursively,
    sorted), or the path itself when it is not a folder (a missing file fails when read).
    """
    p = Path(path)
    if p.is_dir():
        yield from sorted(str(f) for f in p.rglob(pattern) if f.is_file())
    else:
        yield path


def read_stdin(*, html: bool | None = None) -> Source:
    """Read and decode standard input (a web page when ``html``; None: when it starts as one)."""
    return _source("-", decode(sys.stdin.buffer.read(), "-"), html)


def _jsonl_error(path: str, line: int, reason: str) -> InputError:
    return InputError(Errors.E007.format(path=path, reason=f"line {line}: {reason}"))


def _published(value: object) -> str | None:
    """Return a record's "published" field as an ISO day, or None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _jsonl_record(path: str, line: int, raw: bytes) -> Source:
    try:
        obj = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise _jsonl_error(path, line, f"not UTF-8 ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise _jsonl_error(path, line, f"not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise _jsonl_error(path, line, "not a JSON object")
    text = obj.pop("text", None)
    if not isinstance(text, str):
        raise _jsonl_error(path, line, 'no "text" string')
    rid = obj.pop("id", None)
    if isinstance(rid, bool) or not isinstance(rid, str | int | float | None):
        raise _jsonl_error(path, line, '"id" is not a string or a number')
    return Source(
        path,
        text,
        format="jsonl",
        id=None if rid is None else str(rid),
        meta=obj,
        published=_published(obj.get("published")),
    )


def read_jsonl_records(
    path: str, on_error: Callable[[InputError], None] | None = None
) -> Iterator[Source]:
    """Yield one Source per line of a JSON Lines file ("-": standard input), streaming.

    Each line is an object with a "text" string; its "id" (a string or number, optional)
    becomes ``Source.id`` (as a string), every other field goes to ``Source.meta`` as it is,
    and a "published" field that is an ISO date also becomes ``Source.published`` (the fallback
    reference date). Blank lines are skipped; a BOM on the first line is ignored.

    path (str): the file, or "-" for standard input.
    on_error (callable | None): called with the InputError of a bad line (not UTF-8, not JSON,
        not an object, no "text" string, an "id" that is neither string nor number), after
        which reading goes on with the next line. None: the error is raised and reading stops.
    YIELDS (Source): format "jsonl", ``path`` the file, ``id`` the record's id.
    RAISES (InputError): when the file can't be read (E004/E005/E008, raised on the first
        ``next()`` whatever ``on_error`` is), and for a bad line without ``on_error``.
    """
    if path == "-":
        lines: Iterable[bytes] = sys.stdin.buffer
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(Errors.E005.format(path=path))
        try:
            lines = p.open("rb")
        except FileNotFoundError as exc:
            raise InputError(Errors.E004.format(path=path)) from exc
        except OSError as exc:
            raise InputError(Errors.E008.format(path=path, reason=exc.strerror or exc)) from exc
    try:
        for n, raw in enumerate(lines, 1):
            if n == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            try:
                source = _jsonl_record(path, n, raw)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            yield source
    finally:
        if path != "-":
            lines.close()  # type: ignore[attr-defined]


# Preferred cut points, best first: a blank line, a line break, a sentence end, white space.
_CUTS = (
    re.compile(r"\n[ \t]*\n"),
    re.compile(r"\n"),
    re.compile(r"[.!?][ \t]+"),
    re.compile(r"\s"),
)


def split_text(text: str | None, max_chars: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """Yield (offset, piece) with pieces of at most ``max_chars``, cut at the best boundary.

    Concatenating the pieces gives back ``text`` exactly; each cut is searched only in the
    second half of a window, so the whole split is linear in the text's length. ``text`` may be
    a ``Source.text`` (None only in a Brief read back without its text): None splits as "".
    """
    text = text or ""
    start = 0
    n = len(text)
    while n - start > max_chars:
        window_end = start + max_chars
        cut = window_end  # no boundary at all: a hard cut (a 1 MB line without spaces)
        half = start + max_chars // 2
        for pattern in _CUTS:
            last = None
            for m in pattern.finditer(text, half, window_end):
                last = m
            if last is not None:
                cut = last.end()
                break
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]
