"""Access to the data in ``models/``: the pipeline config and the editable tables.

In a wheel ``models/`` ships as ``briefx/models``; in a checkout it sits beside the package.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sys
import tempfile
import unicodedata
import zlib
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def models_dir() -> Path:
    """Return the folder holding config.cfg and the data tables."""
    for candidate in (_PACKAGE_DIR / "models", _PACKAGE_DIR.parent / "models"):
        if (candidate / "config.cfg").is_file():
            return candidate
    raise FileNotFoundError("briefx models/ folder not found next to the package")


@cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Read a JSONL table from models/ (cached; blank lines and // comments skipped).

    The rows are parsed as one JSON array, one call into the C decoder instead of one per
    line: about 2.5 times faster on the 28 tables a first document reads (34 -> 14 ms of CPU,
    a cost every process pays). A table that does not parse is read again line by line, so
    the error names the line.
    """
    path = models_dir() / name
    with open(path, encoding="utf-8") as f:
        lines = [s for s in map(str.strip, f) if s and not s.startswith("//")]
    try:
        rows = json.loads("[" + ",".join(lines) + "]")
    except json.JSONDecodeError:
        rows = None
    if not isinstance(rows, list) or len(rows) != len(lines):  # a line holding two values
        rows = [_parse_line(path, line) for line in lines]
    return tuple(rows)


def _parse_line(path: Path, line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: a line that is not JSON: {line[:80]!r} ({exc})") from None


def file_digest(path: Path) -> bytes:
    """Return the SHA-256 of a file (read once per process while its size and time hold)."""
    st = path.stat()
    return _digest(str(path), st.st_size, st.st_mtime_ns)


@cache
def _digest(path: str, _size: int, _mtime_ns: int) -> bytes:
    return hashlib.sha256(Path(path).read_bytes()).digest()


# -- the user's cache: derived forms of what is in models/, rebuilt when it changes ----------

CACHE_ENV = "BRIEFX_CACHE_DIR"


def cache_dir() -> Path | None:
    """Return briefx's cache folder, or None when caching is off.

    ``$BRIEFX_CACHE_DIR`` (``off`` or empty: no cache), else ``$XDG_CACHE_HOME/briefx``,
    else ``~/.cache/briefx``: never inside the package, which may be read-only.
    """
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        if env.strip().lower() in ("", "off", "0", "no", "none"):
            return None
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "briefx" if xdg else Path.home() / ".cache" / "briefx"


_INDEX_MAGIC = b"briefx-index-2\n"
_INDEX_BUCKETS = 4096  # at most; about 16 values a bucket below that
_BUCKET_VALUES = 16


class TableIndex(Mapping[str, tuple[dict[str, Any], ...]]):
    """A JSONL table grouped by one column, read only where it is asked.

    The rows are spread over buckets by a hash of the column's value, each bucket a marshalled
    ``{value: (row, ...)}``; a lookup decodes one bucket (about 17 values of the 60,000 names of
    the gazetteer; a small table has fewer buckets, about 16 values each), so a run pays for the
    words its documents hold, not for the whole table.
    Rows keep the table's order within a value; a checksum guards the whole on opening.
    """

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_INDEX_MAGIC):
            raise ValueError("not a briefx table index")
        start = len(_INDEX_MAGIC) + 8
        head_len = int.from_bytes(data[len(_INDEX_MAGIC) : start], "little")
        count, offsets, crc = marshal.loads(data[start : start + head_len])
        body = memoryview(data)[start + head_len :]
        if not 2 <= len(offsets) <= _INDEX_BUCKETS + 1 or offsets[-1] != len(body):
            raise ValueError("a truncated table index")
        if zlib.crc32(body) != crc:
            raise ValueError("a damaged table index")
        self._data = body
        self._offsets: tuple[int, ...] = offsets
        self._count: int = count
        self._n = len(offsets) - 1
        self._buckets: dict[int, dict[str, tuple[dict[str, Any], ...]]] = {}

    @staticmethod
    def build(rows: tuple[dict[str, Any], ...], column: str) -> bytes:
        """Return the index of ``rows`` by ``column``, as bytes.

        ``column`` may be ``"field:first"``: rows are then grouped by the first word of
        ``field`` ("Frankfurt" for "Frankfurt am Main"); or ``"field:folded"``: by ``field``
        without its accents ("Montreal" for "Montréal", ``fold_accents``).
        """
        field, _, part = column.partition(":")
        grouped: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            if field in r:
                value = str(r[field])
                if part == "first":
                    value = value.split(maxsplit=1)[0] if value.strip() else ""
                elif part == "folded":
                    value = fold_accents(value)
                if value:
                    grouped.setdefault(value, []).append(r)
        # A small table gets fewer buckets: reading it whole (iterating) decodes each once.
        n = 1
        while n < _INDEX_BUCKETS and n * _BUCKET_VALUES < len(grouped):
            n *= 2
        buckets: list[dict[str, tuple[dict[str, Any], ...]]] = [{} for _ in range(n)]
        for value, group in grouped.items():
            buckets[_bucket_of(value, n)][value] = tuple(group)
        blobs = [marshal.dumps(b) for b in buckets]
        offsets = [0]
        for blob in blobs:
            offsets.append(offsets[-1] + len(blob))
        body = b"".join(blobs)
        head = marshal.dumps((len(grouped), tuple(offsets), zlib.crc32(body)))
        return b"".join([_INDEX_MAGIC, len(head).to_bytes(8, "little"), head, body])

    def _bucket(self, n: int) -> dict[str, tuple[dict[str, Any], ...]]:
        got = self._buckets.get(n)
        if got is None:
            got = self._buckets[n] = marshal.loads(
                self._data[self._offsets[n] : self._offsets[n + 1]]
            )
        return got

    def __getitem__(self, key: str) -> tuple[dict[str, Any], ...]:
        return self._bucket(_bucket_of(key, self._n))[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._bucket(_bucket_of(key, self._n))

    def __iter__(self) -> Iterator[str]:
        for n in range(self._n):
            yield from self._bucket(n)

    def __len__(self) -> int:
        return self._count


def _bucket_of(value: str, buckets: int) -> int:
    return zlib.crc32(value.encode("utf-8", "surrogatepass")) % buckets


def fold_accents(text: str) -> str:
    """Return ``text`` without combining accents ("Montréal" -> "Montreal", "Zürich" ->
    "Zurich"), as capitals and wire copy write names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def table_index(name: str, column: str) -> TableIndex:
    """Return the rows of models/``name`` grouped by ``column`` (``open_index``, once)."""
    return open_index(name, column)


def open_index(name: str, column: str) -> TableIndex:
    """Return the rows of models/``name`` grouped by ``column``, in a form fast to open.

    The index is built from the JSONL (the maintained source) once and kept in
    ``cache_dir()/tables``, under a key that hashes the table's bytes, the column and the Python
    version (marshal's format); it is written to a temporary file and renamed into place, so
    processes starting together never see half of one. Without a usable cache it is built in
    memory (the whole table parsed, as before), with a warning when the cache is unusable.
    """
    base = cache_dir()
    key = hashlib.sha256(
        b"%s\0%s\0%s\0%d"
        % (file_digest(models_dir() / name), column.encode(), _INDEX_MAGIC, marshal.version)
    )
    key.update(repr(sys.version_info[:2]).encode())
    path = None
    if base is not None:
        path = (
            base
            / "tables"
            / f"{Path(name).stem}-{column.replace(':', '_')}-{key.hexdigest()[:24]}.idx"
        )
        try:
            return TableIndex(path.read_bytes())
        except FileNotFoundError:
            pass
        except Exception as exc:  # noqa: BLE001  damaged content can fail in any way
            _warn(f"ignoring the unusable table index {path} ({type(exc).__name__}: {exc})")
    data = TableIndex.build(read_jsonl(name), column)
    if path is not None:
        _write_atomically(path, data)
    return TableIndex(data)


def _write_atomically(path: Path, data: bytes, what: str = "table index") -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        _warn(f"can't write the {what} {path} ({type(exc).__name__}: {exc}); not cached")
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _warn(message: str) -> None:
    print(f"briefx: warning: {message}.", file=sys.stderr)


# -- word lists: each has one home, a table in models/, and one loader here -------------------


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations (lower case) -> month number (models/months.jsonl)."""
    return {r["word"]: int(r["month"]) for r in read_jsonl("months.jsonl")}


@cache
def month_abbreviations() -> frozenset[str]:
    """The abbreviated month names ("jan", "sept"), which may be followed by a dot."""
    return frozenset(r["word"] for r in read_jsonl("months.jsonl") if r.get("abbr"))


@cache
def number_words(*kinds: str) -> dict[str, int]:
    """Number words (lower case) -> value, of the given kinds: "small", "tens", "ordinal".

    kinds (str): which rows of models/number_words.jsonl; none given means every row.
    """
    rows = read_jsonl("number_words.jsonl")
    return {r["word"]: int(r["value"]) for r in rows if not kinds or r["kind"] in kinds}


@cache
def hedges(use: str) -> tuple[dict[str, Any], ...]:
    """The rows of models/hedges.jsonl that hedge ``use``: "figures" or "durations"."""
    if use == "figures":
        return tuple(r for r in read_jsonl("hedges.jsonl") if r.get("figures", True))
    if use == "durations":
        return tuple(r for r in read_jsonl("hedges.jsonl") if r.get("durations"))
    raise ValueError(f"hedges are for figures or durations, not {use!r}")


def _kind_words(table: str, kind: str) -> frozenset[str]:
    """The words of one kind of a word table in models/; a kind the table lacks is an error
    (a misspelt kind must not read as an empty list)."""
    words = frozenset(r["word"] for r in read_jsonl(table) if r["kind"] == kind)
    if not words:
        raise ValueError(f"models/{table} has no words of kind {kind!r}")
    return words


@cache
def tense_words(kind: str) -> frozenset[str]:
    """Words the tense reader (briefx/pipeline/tense.py) reads, of one kind
    (models/tense_cues.jsonl): "schedule", "schedule_adjective", "light", "implicative",
    "future_word", "forward", "commit", "anticipation", "anticipation_for", "put_off", "move",
    "stative", "cancel", "cancel_particle" (a verb and its particle, "call off"),
    "schedule_with", "target_noun", "bare_complement" (session 31), ..."""
    return _kind_words("tense_cues.jsonl", kind)


@cache
def recurrence_words(kind: str) -> frozenset[str]:
    """Words that make a mention of a day, month or season recurring, of one kind
    (models/recurrence_words.jsonl): "distributive", "frequency", "day_part", "day_noun"."""
    return _kind_words("recurrence_words.jsonl", kind)


@cache
def figure_words(kind: str) -> frozenset[str]:
    """Words the figures stage reads around a number, of one kind (models/figure_words.jsonl):
    "change_verb", "up_verb", "change_noun", "level_verb", "level_noun", "report_verb",
    "weight_word", "multiplier", "seat_noun", "race_event", "rate_noun", "temperature_word",
    "fahrenheit_country", "magnitude_word", "world_priced", "world_lender", "trade_unit",
    "person_passive", "person_place"."""
    return _kind_words("figure_words.jsonl", kind)


class _Column(Mapping[str, Any]):
    """One value per key of a ``TableIndex``, made from the key's rows on first lookup: a
    large table (the noun lexicon: 11,800 rows, about 90 ms to parse whole) costs a run only
    the buckets of the words its documents hold."""

    def __init__(self, index: TableIndex, value: Any) -> None:
        self._index, self._value = index, value

    def __getitem__(self, key: str) -> Any:
        return self._value(self._index[key])

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


@cache
def noun_compounds() -> Mapping[str, frozenset[str]]:
    """Fixed noun-noun compounds by head (models/noun_lexicon.jsonl, from WordNet): "engine" ->
    {"fire", "jet", ...}, so "fire engine" is a noun of its own. Read by key, lazily."""
    return _Column(
        table_index("noun_lexicon.jsonl", "head"),
        lambda rows: frozenset(m for r in rows for m in r["modifiers"]),
    )


@cache
def noun_plurals() -> Mapping[str, str]:
    """Irregular noun plurals -> lemma (models/noun_lexicon.jsonl, from WordNet): "geese" ->
    "goose". Read by key, lazily; of a plural listed twice the last row wins, as it did when the
    table was read whole into a dict."""
    return _Column(table_index("noun_lexicon.jsonl", "plural"), lambda rows: str(rows[-1]["lemma"]))


@cache
def citation_words(*, also_words: bool = True) -> frozenset[str]:
    """Words of legal citations (models/citation_words.jsonl), lower case.

    also_words (bool): include those with an everyday use too ("u.s.").
    """
    rows = read_jsonl("citation_words.jsonl")
    return frozenset(r["word"] for r in rows if also_words or not r.get("also_a_word"))


@cache
def fiscal_years() -> tuple[dict[str, Any], ...]:
    """Government fiscal years (models/fiscal_years.jsonl): first month, precision, the words
    of a text that name the government, and the row a text naming none falls back to."""
    return read_jsonl("fiscal_years.jsonl")
