"""Compiled regular expressions kept on disk between briefx's own processes.

``re.compile`` parses a pattern and turns it into the engine's code in pure Python: briefx's
modules and spaCy's tokenizer compile some 1,200 patterns in every process, about 0.9 s of
the CPU of a one-brief run (most of a start-up; measured on the seed brief, 2-core machine).
The code a pattern compiles to is a list of integers that depends only on the pattern, its
flags and the Python build, so it is kept in ``cache_dir()/regex-KEY.marshal`` and given to
the engine's own constructor (``_sre.compile``) instead: about 25 ms for all of them.

Only processes briefx owns install this (``briefx.startup.own_process``: the console script
and its pool workers), as only they freeze the collector: a library user's ``re`` is left
alone. A pattern is stored only after the code rebuilt from the stored form has given a
pattern equal to the one ``re`` compiled (same flags, code and pattern, same groups), so a
pattern from the store is the one ``re`` would have made. Patterns not in the store are
compiled by ``re`` as before and added when the run ends (``save``). Any problem with the
store (unreadable, another Python, another code size) means it is not used.
"""

from __future__ import annotations

import array
import hashlib
import marshal
import re
import sys
import time
from pathlib import Path
from typing import Any

try:  # the engine's internals, present in CPython 3.11-3.13; without them, nothing happens
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation of Python
    _sre = _compiler = _parser = None  # type: ignore[assignment]

# (pattern, flags) -> (flags, code as array("I") bytes, groups, groupindex, indexgroup): the
# arguments of ``_sre.compile``
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# A few patterns differ from process to process (built from a set in the order of its hashes:
# the standard library's tokenize, babel): such misses are not worth a rewrite of the store,
# which happens only when the run's new patterns took SAVE_AFTER seconds to compile. A store
# that would pass MAX_ENTRIES keeps only the patterns of the run that writes it.
SAVE_AFTER = 0.02
MAX_ENTRIES = 5000

_stored: dict[tuple[str | bytes, int], Entry] = {}
_new: dict[tuple[str | bytes, int], Entry] = {}
_used: set[tuple[str | bytes, int]] = set()
_cost = 0.0  # seconds spent compiling the patterns in ``_new``
_path: Path | None = None
_original: Any = None


def _key() -> str:
    build = f"{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{marshal.version}\0{_sre.CODESIZE}"
    return hashlib.sha256(build.encode()).hexdigest()[:24]


def usable() -> bool:
    """True where the engine's internals have the shape this module relies on."""
    return (
        _sre is not None
        and getattr(_sre, "CODESIZE", None) == array.array("I").itemsize
        and callable(getattr(_compiler, "compile", None))
        and callable(getattr(_compiler, "_code", None))
        and callable(getattr(_parser, "parse", None))
    )


def install(folder: Path | None) -> None:
    """Compile patterns through the store in ``folder`` (None: the cache is off: nothing)."""
    global _path, _original
    if folder is None or _original is not None or not usable():
        return
    _path = folder / f"regex-{_key()}.marshal"
    _stored.update(_read(_path))
    _original = _compiler.compile
    _compiler.compile = _compile


def uninstall() -> None:
    """Give ``re`` its own compiler back and forget the store (for tests)."""
    global _path, _original, _cost
    if _original is not None:
        _compiler.compile = _original
    _original = None
    _path = None
    _cost = 0.0
    _stored.clear()
    _new.clear()
    _used.clear()


def _read(path: Path) -> dict[tuple[str | bytes, int], Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except Exception:  # noqa: BLE001  a damaged store is no store; the next save replaces it
        return {}
    return data if isinstance(data, dict) else {}


def _compile(p: Any, flags: int = 0) -> re.Pattern[Any]:
    """``re._compiler.compile``, from the store where it holds the pattern."""
    global _cost
    if not isinstance(p, (str, bytes)):
        return _original(p, flags)  # type: ignore[no-any-return]  # a parsed pattern
    key = (p, int(flags))
    entry = _stored.get(key)
    if entry is not None:
        try:
            pattern = build(p, entry)
        except Exception:  # noqa: BLE001  a damaged entry: compile as re does
            del _stored[key]
        else:
            _used.add(key)
            return pattern
    start = time.perf_counter()
    compiled: re.Pattern[Any] = _original(p, flags)
    if key not in _new and type(p) in (str, bytes):  # a subclass of str does not marshal
        _cost += time.perf_counter() - start
        entry = _entry(p, int(flags))
        if entry is not None and _rebuilds(p, entry, compiled):
            _new[key] = entry
    return compiled


def build(pattern: str | bytes, entry: Entry) -> re.Pattern[Any]:
    """The pattern ``entry`` describes, made by the engine's constructor."""
    flags, code, groups, groupindex, indexgroup = entry
    words = array.array("I")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _rebuilds(pattern: str | bytes, entry: Entry, compiled: re.Pattern[Any]) -> bool:
    """The engine's constructor makes ``compiled`` again from ``entry`` (False also where it
    refuses the entry: an engine whose constructor differs stores nothing)."""
    try:
        return same(build(pattern, entry), compiled)
    except Exception:  # noqa: BLE001
        return False


def _entry(pattern: str | bytes, flags: int) -> Entry | None:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for ``pattern`` (None: unknown)."""
    try:
        tree = _parser.parse(pattern, flags)
        code = _compiler._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        words = array.array("I", [int(c) for c in code]).tobytes()
        return (int(flags | tree.state.flags), words, tree.state.groups - 1, groupindex,
                tuple(indexgroup))  # fmt: skip
    except Exception:  # noqa: BLE001  not stored: re's own pattern is used
        return None


def same(a: re.Pattern[Any], b: re.Pattern[Any]) -> bool:
    """Two patterns are the same engine program (``==`` compares flags, code and pattern)."""
    return a == b and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex)


def save() -> None:
    """Add the patterns compiled since the store was read, when they cost enough to compile
    (``SAVE_AFTER``) to be worth the rewrite."""
    global _cost
    if _path is None or not _new or _cost < SAVE_AFTER:
        return
    from briefx.resources import _write_atomically

    merged = {**_read(_path), **_stored, **_new}
    if len(merged) > MAX_ENTRIES:
        merged = {k: v for k, v in merged.items() if k in _used or k in _new}
    _stored.update(_new)
    _used.update(_new)
    _new.clear()
    _cost = 0.0
    try:
        data = marshal.dumps(merged)
    except ValueError:  # an entry marshal cannot write: no store this time, the run goes on
        return
    _write_atomically(_path, data, "store of compiled patterns")
