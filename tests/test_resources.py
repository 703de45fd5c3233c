"""The word lists' one home: each table in models/ read through its loader in briefx.resources."""

from __future__ import annotations

import pytest

from briefx import resources


@pytest.mark.parametrize(
    ("word", "month"),
    [("january", 1), ("jan", 1), ("may", 5), ("sept", 9), ("sep", 9), ("december", 12)],
)
def test_months(word: str, month: int) -> None:
    assert resources.months()[word] == month


def test_month_abbreviations_are_the_short_forms() -> None:
    assert "sept" in resources.month_abbreviations()
    assert "may" not in resources.month_abbreviations()  # "May" is the whole name
    assert "march" not in resources.month_abbreviations()


@pytest.mark.parametrize(
    ("kinds", "word", "value"),
    [(("small",), "nil", 0), (("small",), "nineteen", 19), (("tens",), "fourty", 40),
     (("ordinal",), "nineth", 9), (("small", "tens"), "ninety", 90), ((), "twentieth", 20)],
)  # fmt: skip
def test_number_words(kinds: tuple[str, ...], word: str, value: int) -> None:
    assert resources.number_words(*kinds)[word] == value


def test_number_word_kinds_do_not_mix() -> None:
    assert "first" not in resources.number_words("small", "tens")
    assert "twenty" not in resources.number_words("small")


@pytest.mark.parametrize(
    ("use", "phrase", "present"),
    [("figures", "over", True), ("figures", "within", False), ("durations", "within", True),
     ("durations", "more than", True), ("durations", "above", False)],
)  # fmt: skip
def test_hedges_by_use(use: str, phrase: str, present: bool) -> None:
    assert (phrase in {r["phrase"] for r in resources.hedges(use)}) is present


def test_hedges_need_a_known_use() -> None:
    with pytest.raises(ValueError, match="figures or durations"):
        resources.hedges("dates")


@pytest.mark.parametrize(
    ("also_words", "word", "present"),
    [(True, "u.s.", True), (False, "u.s.", False), (False, "u.s.c.", True), (True, "§", True)],
)
def test_citation_words(also_words: bool, word: str, present: bool) -> None:
    assert (word in resources.citation_words(also_words=also_words)) is present
