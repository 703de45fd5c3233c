"""Statements list the figures and dates inside their content: the indexed lookup of
``briefx.build`` gives exactly what a scan of every item gives, in the same order."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from briefx.build import _ids_inside

spans = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(spans, max_size=30), st.lists(spans, max_size=10))
def test_lookup_equals_a_scan(items: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    records = [SimpleNamespace(id=f"f{n}", start=s, end=e) for n, (s, e) in enumerate(items, 1)]
    ids = _ids_inside(records)  # type: ignore[arg-type]
    for s, e in queries:
        assert ids(s, e) == [r.id for r in records if s <= r.start and r.end <= e]
