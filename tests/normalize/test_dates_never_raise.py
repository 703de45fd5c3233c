"""The date normaliser reads any run of its own vocabulary without raising (property test).

A span handed to it comes from a scanner that may cut a phrase anywhere ("of weeks" from "a
matter of weeks"); an exception there loses the whole brief, so every entry point must answer a
value or None.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefx.normalize.dates import normalize_date
from briefx.normalize.dates.lexicon import (
    CONNECTORS,
    FILLERS,
    GROUP_WORDS,
    LAST_WORDS,
    MONTHS,
    NEXT_WORDS,
    NUM_VOCAB,
    UNITS,
    WEEKDAYS,
)

VOCAB = sorted(
    set(UNITS)
    | set(GROUP_WORDS)
    | NUM_VOCAB
    | NEXT_WORDS
    | LAST_WORDS
    | CONNECTORS
    | FILLERS
    | {str(m).lower() for m in list(MONTHS)[:24]}
    | set(WEEKDAYS)
    | {
        "a",
        "an",
        "ago",
        "from",
        "now",
        "after",
        "before",
        "since",
        "early",
        "late",
        "mid",
        "3",
        "12",
        "2025",
        "21st",
        "'87",
        "few",
        "week",
        "year",
        "quarter",
        "half",
    }
)
PHRASES = st.lists(st.sampled_from(VOCAB), min_size=1, max_size=6).map(" ".join)


@pytest.mark.parametrize("text", ["of weeks", "of days ago", "of", "couple of", "a couple of"])
def test_cut_phrases(text: str) -> None:
    normalize_date(text, dt.date(2025, 2, 13), "MDY", "past")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=PHRASES, prefer=st.sampled_from(["past", "future"]))
def test_never_raises(text: str, prefer: str) -> None:
    v = normalize_date(text, dt.date(2025, 2, 13), "DMY", prefer)
    assert v is None or v.value
