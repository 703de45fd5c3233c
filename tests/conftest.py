"""Shared fixtures: the real briefx pipeline (loaded once) and a helper to run it on text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from briefx.records import Brief

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def pytest_configure(config: pytest.Config) -> None:
    """Give the session its own pipeline cache (briefx/nlp.py): never the user's."""
    import os
    import tempfile

    os.environ["BRIEFX_CACHE_DIR"] = folder = tempfile.mkdtemp(prefix="briefx-test-cache-")
    config.add_cleanup(lambda: _remove(folder))


def _remove(path: str) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite samples/*.json from the current output",
    )


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The default briefx pipeline (the English model is a declared dependency: never skipped)."""
    from briefx.nlp import load

    return load()


@pytest.fixture(scope="session")
def run(nlp) -> Callable[..., Brief]:  # type: ignore[no-untyped-def]
    """Extract a Brief from text with the shared pipeline: run(text, reference_date="2025-02-13")."""
    from briefx.api import extract

    def _run(text: str, reference_date: str | None = None, **kw: object) -> Brief:
        ref = dt.date.fromisoformat(reference_date) if reference_date else None
        return extract(text, reference_date=ref, **kw)  # type: ignore[arg-type]

    return _run
