"""Bytes -> text: a BOM decides, else UTF-8, else Windows-1252 or what charset-normalizer finds.

Shared by ``briefx.sources`` (files, stdin) and ``briefx.html_input`` (web pages), so neither
imports the other for it.
"""

from __future__ import annotations

import codecs

from briefx.errors import Errors, InputError

BINARY_SNIFF = 8192


def decode(data: bytes, path: str) -> str:
    """Decode bytes: a BOM decides, else UTF-8, else the legacy encoding charset-normalizer finds."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):  # fmt: skip
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(Errors.E007.format(path=path, reason=exc.reason)) from exc
    if b"\x00" in data[:BINARY_SNIFF]:
        raise InputError(Errors.E006.format(path=path, reason="it holds NUL bytes"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _as_cp1252(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(Errors.E006.format(path=path, reason="no text encoding fits it"))
    return str(best)


# Share of non-ASCII letters above which a cp1252 reading is taken for mojibake (Cyrillic or
# Greek bytes read as cp1252 come out almost all accented letters; French or German news
# stays well below it).
MAX_NON_ASCII_LETTERS = 0.3


def _as_cp1252(data: bytes) -> str | None:
    """Read English-language legacy text as Windows-1252, where that reading is plausible.

    charset-normalizer alone was measured wrong on short Western text here: "Zürich — €5" in
    cp1252 came out as cp1125 ("Z№rich Ч А5") and a cp1252 sentence with "€" as cp775.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return text
    non_ascii = sum(not c.isascii() for c in letters)
    return text if non_ascii / len(letters) <= MAX_NON_ASCII_LETTERS else None
