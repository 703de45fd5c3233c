"""Start-up of briefx's own processes (the console script and pool workers).

``import spacy`` imports ``spacy.cli`` only to export ``spacy.info``, and ``spacy.cli`` pulls
in weasel, requests, httpx, jinja2 and every training command: 0.16 s of the 0.64 s that
``import spacy`` takes (``python -X importtime``, spaCy 3.8), a sixth of a one-brief run.
briefx never uses them. ``import_spacy`` imports spaCy with ``spacy.cli`` held back; the real
package is imported, whole, the first time anything asks for it (``import spacy.cli``, or a
call of ``spacy.info``). Only processes briefx owns call this: a library user's
``import spacy`` is left alone.

``settle`` keeps the garbage collector off what a run holds to its end. Loading the pipeline
and reading the tables on the first document leave some 100,000 long-lived objects in the
collector's oldest generation, and each full collection walked them all again: 65 ms of the
CPU of a one-brief run, 290 ms of an 80-brief run in one process (``gc.callbacks``, measured
on the seed brief and the benchmark corpus). ``gc.freeze`` moves them to the permanent
generation, as CPython's documentation advises for long-lived heaps and before ``fork`` (the
forked workers then do not write to the pages they share). It keeps any garbage among them
alive, which is why only processes briefx owns do it (``own_process``), never a library user's.

``own_process`` also has the process's regular expressions compiled through a store on disk
(``briefx.regex_cache``): some 1,200 patterns, 0.9 s of CPU of a one-brief run, then ~25 ms.
"""

from __future__ import annotations

import gc
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

HELD_BACK = ("spacy.cli.info", "spacy.cli")
_owned = False


def own_process() -> None:
    """Mark this process as one briefx owns (the console script, a pool worker); its regular
    expressions are compiled through the store of ``briefx.regex_cache`` from now on."""
    global _owned
    _owned = True
    from briefx import regex_cache
    from briefx.resources import cache_dir

    regex_cache.install(cache_dir())


def settle() -> None:
    """In a process briefx owns, freeze what is allocated so far (see the module docstring)."""
    if _owned:
        gc.freeze()


def import_spacy() -> None:
    """Import spaCy without its command-line package; nothing happens if spaCy is imported."""
    if "spacy" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return  # not installed: the caller's own import reports it
    package = types.ModuleType("spacy.cli")
    package.__path__ = [str(Path(next(iter(spec.submodule_search_locations))) / "cli")]
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    package.info = info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    finally:
        # The stand-ins served spaCy's own import only: a later ``import spacy.cli`` loads the
        # real package and sets ``spacy.cli`` itself.
        for name in HELD_BACK:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
        spacy_module = sys.modules.get("spacy")
        if spacy_module is not None and getattr(spacy_module, "cli", None) is package:
            delattr(spacy_module, "cli")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
