"""The HTML page in a real browser: headless Chromium loads it and we read back its DOM.

These tests carry the ``browser`` mark and run with ``make test-browser`` (which CI runs
too), not with ``make test``: they need Debian's ``chromium`` package, which the README's
set-up does not install. Without Chromium they fail, saying how to install it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefx.render.html import html_page
from tests.render import FORMULA, SCRIPT, hostile, nato, read_page

TIMEOUT = 90  # seconds; a cold start takes 1-3


pytestmark = pytest.mark.browser


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("chromium is not installed: apt-get install chromium (see the README)")
    return found


def _dump(html: str, tmp: Path) -> str:
    """Load the page from a file in headless Chromium; return the DOM it built."""
    browser = _chromium()
    page = tmp / "page.html"
    page.write_text(html, encoding="utf-8")
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={tmp / 'profile'}",
    ]  # fmt: skip
    done = subprocess.run(
        [browser, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def dom(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Return the DOM Chromium built from the page of the NATO brief and the script brief."""
    html = "".join(html_page([nato(), hostile("script")]))
    return _dump(html, tmp_path_factory.mktemp("browser"))


def test_the_browser_runs_scripts(tmp_path: Path) -> None:
    """Control: the same script, unescaped, renames the page, so its absence below means inert."""
    html = f"<!DOCTYPE html><html><head><title>briefx</title></head><body>{SCRIPT}</body></html>"
    assert "<title>pwned</title>" in _dump(html, tmp_path)


# (section, text, label, hover title): highlights the browser must show.
SEEN = [
    ("entity", "Pete Hegseth", "PERSON", "PERSON Pete Hegseth (U.S. Defense Secretary)"),
    ("figure", "over $126 billion", "MONEY", "MONEY > 126000000000 USD"),
    ("date", "13.02.2025", "DATE", "DATE 2025-02-13"),
]


@pytest.mark.parametrize(("section", "text", "label", "title"), SEEN)
def test_highlights(dom: str, section: str, text: str, label: str, title: str) -> None:
    marks, _ = read_page(dom)
    found = [m for m in marks if m["text"] == text and m["data-section"] == section]
    assert found, f"{text!r} is not highlighted as {section}"
    assert {m["label"] for m in found} == {label}
    assert title in {m["title"] for m in found}


def test_every_fact_reaches_the_dom(dom: str) -> None:
    marks, _ = read_page(dom)
    briefs = [nato(), hostile("script")]
    facts = sum(
        sum(len(e.mentions) for e in b.entities) + len(b.figures) + len(b.dates) for b in briefs
    )
    assert len(marks) == facts


def test_injected_script_did_not_run(dom: str) -> None:
    assert "<title>briefx</title>" in dom  # the script would have renamed the page
    assert "pwned</title>" not in dom
    assert "<script" not in dom.lower()  # no script element was built
    _, text = read_page(dom)
    assert SCRIPT in text  # it is shown as text instead
    assert FORMULA in text


def test_sections_in_order(dom: str) -> None:
    first = dom.index('id="brief-1"')
    second = dom.index('id="brief-2"')
    assert first < dom.index("samples/hegseth-nato.txt") < second
