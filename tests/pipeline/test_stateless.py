"""A component keeps no per-document state: one instance reads docs in any order, from any thread.

Each case runs a component on two different Docs interleaved (A, B, A, B) and from two threads,
and checks every result against the result of that Doc alone; it also checks that a call
leaves the instance's attributes as they were (no index of the last Doc kept on ``self``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from spacy.tokens import Doc

TEXT_A = (
    "Published: 13.02.2025\n\nThe ministry said on Tuesday that exports rose 4.5% to $3.2 "
    "billion in 2024, and that 50 countries will meet next March. Sales fell to 12 million "
    "units in the first quarter."
)
TEXT_B = (
    "BERLIN, June 3, 2021 - Chancellor Olaf Scholz promised 2 to 3 new flights a week by "
    "Christmas. The 18th Airborne Corps sent 300 troops on Monday; about a third of voters "
    "agreed, one in three disagreed."
)

COMPONENTS = ["briefx_dates", "briefx_figures", "briefx_entities", "briefx_metadata"]
RESULT_OF = {
    "briefx_dates": lambda d: d._.briefx_dates,
    "briefx_figures": lambda d: d._.briefx_figures,
    "briefx_entities": lambda d: d._.briefx_entities,
    "briefx_metadata": lambda d: d._.briefx_meta,
}


def _fresh(nlp, text: str) -> Doc:  # type: ignore[no-untyped-def]
    """A Doc through the whole pipeline (so each component finds what it requires)."""
    return nlp(text)


@pytest.mark.parametrize("name", COMPONENTS)
def test_interleaved_docs_give_the_results_of_each_doc_alone(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    component = nlp.get_pipe(name)
    result: Callable[[Doc], object] = RESULT_OF[name]
    a, b = _fresh(nlp, TEXT_A), _fresh(nlp, TEXT_B)
    alone_a, alone_b = repr(result(a)), repr(result(b))
    assert alone_a != alone_b  # two different docs, or the test proves nothing
    before = copy.copy(vars(component)) if hasattr(component, "__dict__") else {}
    for doc, want in [(a, alone_a), (b, alone_b), (a, alone_a), (b, alone_b)]:
        assert repr(result(component(doc))) == want
    after = vars(component) if hasattr(component, "__dict__") else {}
    assert after.keys() == before.keys()  # no attribute added by a call
    assert all(after[k] is before[k] for k in before)  # none replaced


@pytest.mark.parametrize("name", COMPONENTS)
def test_two_threads_share_one_instance(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    component = nlp.get_pipe(name)
    result: Callable[[Doc], object] = RESULT_OF[name]
    texts = [TEXT_A, TEXT_B] * 4
    docs = [_fresh(nlp, t) for t in texts]
    want = [repr(result(d)) for d in docs]
    with ThreadPoolExecutor(max_workers=2) as pool:
        got = list(pool.map(lambda d: repr(result(component(d))), docs))
    assert got == want
