"""Hostile text costs briefx linear work: counted, not timed (timings on shared machines lie).

Each kind of text is run at N and 4N characters. What is counted is the work briefx's own
stages do: every Python function call and every call into C (a regex attempt, a slice method,
a table lookup) made while ``make_doc`` and each briefx component run, counted through
``sys.setprofile`` with no hook in the code. Linear work grows about 4x; a stage that looks
back over the text or the candidates for each one grows about 16x. The bound is 4.5x.
A loop inside one C call (``text[:i].lower()`` per figure) is one call to this counter: such
code is kept out by review (scan.py's range reader looked back over the whole text per "and";
it now looks at a bounded window).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from briefx.pipeline import _util

N = 4_000
GROWTH = 4.5
KINDS = {
    # the four kinds of issue 16
    "no_spaces": "abc$1,000.5%",
    "digit_run": "1,234,567,890.",
    "digit_groups": "1,234,567.890 123 456 789 ",
    "punctuation_run": "$€£¥%.,;-!?()",
    "punctuation_spaced": "$$ €£ ¥% ... ,, ;; -- !! ?? (( ",
    "scale_hedge_words": "over about between and million billion percent ",
    # neighbours of those
    "blank": " ",
    "long_runs": "x" * 240 + "$5 ",
    "ranges": "between 5 and 6 and ",
    "dates": "on March 5, 2024 and 6 May ",
    "names": "Mr. John Smith of Acme Corp (AC) said. ",
    # session 10: tickers, cited laws, lists of firms, bylines
    "tickers": "Acme Inc (NYSE: AC) and Beta NV (BT.AS) rose. ",
    "firms": "Kestrel Oil, Orvanto and Quist, Marrow & Pike plc said. By Ana Roe\n",
    "laws": "under Regulation (EU) 2024/1689 and Bill C-41 and the Department of Justice ",
}


def _text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _count(nlp: Any, text: str) -> Counter[str]:  # type: ignore[misc]
    """Calls made in make_doc and in each briefx stage, and the stages' own work units."""
    counts: Counter[str] = Counter()
    stage = "make_doc"

    def profile(_frame: Any, event: str, _arg: Any) -> None:  # type: ignore[misc]
        if event in ("call", "c_call"):
            counts[stage] += 1

    def counted(fn: Callable[[], Any]) -> Any:  # type: ignore[misc]
        sys.setprofile(profile)
        try:
            return fn()
        finally:
            sys.setprofile(None)

    doc = counted(lambda: _util.make_doc(nlp, text))
    for name, proc in nlp.pipeline:
        if name.startswith("briefx_"):
            stage = name
            doc = counted(lambda proc=proc, doc=doc: proc(doc))
        else:
            doc = proc(doc)
    return counts


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_work_grows_linearly(nlp, kind: str) -> None:  # type: ignore[no-untyped-def]
    small = _count(nlp, _text(KINDS[kind], N))
    large = _count(nlp, _text(KINDS[kind], 4 * N))
    assert {"make_doc", "briefx_dates", "briefx_figures", "briefx_entities"} <= set(large)
    growth = {k: round(large[k] / max(small[k], 1), 2) for k in large}
    assert all(g <= GROWTH for g in growth.values()), str(growth)


def test_the_counter_sees_quadratic_work(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The guard can fail: a stage that looks back over the whole text per token is caught."""
    proc = nlp.get_pipe("briefx_metadata")
    original = type(proc).__call__

    def quadratic(self: Any, doc: Any) -> Any:  # type: ignore[misc]
        for t in doc:
            for k in range(t.i):  # each token looks at every token before it
                isinstance(k, int)
        return original(self, doc)

    monkeypatch.setattr(type(proc), "__call__", quadratic)
    small = _count(nlp, _text(KINDS["ranges"], N // 4))
    large = _count(nlp, _text(KINDS["ranges"], N))
    assert large["briefx_metadata"] / small["briefx_metadata"] > 8


RUN = "abc$1,000.5%" * 20  # 240 characters without a space
URL = "https://example.org/" + "/".join(f"2024/03/{n:02d}/item-{n * 1000}" for n in range(12))
BLOB = "data:image/png;base64," + "iVBORw0KGgo1234AAAANSUhEUgAAAAEAAAAB5000" * 6


@pytest.mark.parametrize("blob", [RUN, URL, BLOB], ids=["repeated_money", "url", "base64"])
def test_a_long_run_without_spaces_is_no_prose(run, blob: str) -> None:  # type: ignore[no-untyped-def]
    """More than MAX_RUN characters without a space hold no figure or date; the text around does."""
    assert len(blob) > _util.MAX_RUN
    text = f"On 3 March 2025 exports rose 5% to $2 billion. {blob} Imports fell 2%."
    brief = run(text, reference_date="2025-03-10")
    lo = text.index(blob)
    hi = lo + len(blob)
    spans = [(f.start, f.end) for f in brief.figures] + [(d.start, d.end) for d in brief.dates]
    assert all(e <= lo or s >= hi for s, e in spans), spans
    assert [text[f.start : f.end] for f in brief.figures] == ["5%", "$2 billion", "2%"]
    assert [text[d.start : d.end] for d in brief.dates] == ["3 March 2025"]
