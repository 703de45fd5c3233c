"""Decoding and splitting: the only places text changes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefx.errors import InputError
from briefx.sources import decode, split_text


@given(st.text(alphabet=st.sampled_from("ab .\n\t!é"), max_size=400), st.integers(4, 60))
def test_split_pieces_concatenate_to_the_text(text: str, size: int) -> None:
    pieces = list(split_text(text, size))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= size for _, p in pieces)
    assert [o for o, _ in pieces] == [
        sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))
    ]


@pytest.mark.parametrize(
    ("text", "size", "first"),
    [
        ("para one.\n\npara two is here.", 20, "para one.\n\n"),
        ("line one\nline two is longer", 14, "line one\n"),
        ("One sentence. Two sentences here", 20, "One sentence. "),
        ("aaaa bbbb cccc dddd", 12, "aaaa bbbb "),
        ("x" * 30, 12, "x" * 12),
    ],
)
def test_split_prefers_paragraphs_then_lines_then_sentences(
    text: str, size: int, first: str
) -> None:
    assert next(iter(split_text(text, size)))[1] == first


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"plain", "plain"),
        ("naïve".encode(), "naïve"),
        ("\ufeffbom".encode(), "bom"),
        ("utf16".encode("utf-16"), "utf16"),
        ("Zürich — €5".encode("cp1252"), "Zürich — €5"),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(data, "x") == text


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="E006"):
        decode(b"\x00\x01\x02binary", "x.bin")


def test_cyrillic_legacy_text_is_not_read_as_cp1252() -> None:
    text = "Министр обороны посетил штаб-квартиру НАТО в Брюсселе в четверг."
    assert decode(text.encode("cp1251"), "x") == text
