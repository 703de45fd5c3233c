"""CSV rows and ``Brief.to_rows``: columns, RFC 4180 quoting, formula injection, streaming."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest

from briefx.filters import filter_brief
from briefx.records import Brief
from briefx.render.csv import COLUMNS, csv_rows, neutralise
from tests.render import FORMULA, all_briefs, hostile, nato


def _read(briefs: list[Brief]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO("".join(csv_rows(briefs)), newline="")))


# (cell, what the CSV must hold): formula starters get a quote, numbers never do.
NEUTRALISE_EXAMPLES = [
    (FORMULA, "'" + FORMULA),
    ("=1+1", "'=1+1"),
    ("+44", "'+44"),
    ("-5%", "'-5%"),
    ("@Acme Corp.", "'@Acme Corp."),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("a=b", "a=b"),
    ("Pete Hegseth", "Pete Hegseth"),
    ("", ""),
    (-5, -5),
    (-0.5, -0.5),
    (126000000000, 126000000000),
    (None, None),
]


@pytest.mark.parametrize(("cell", "expected"), NEUTRALISE_EXAMPLES)
def test_neutralise(cell: object, expected: object) -> None:
    assert neutralise(cell) == expected


def test_header_comes_first_before_any_brief_is_read() -> None:
    def briefs() -> Iterator[Brief]:
        raise AssertionError("read too early")
        yield  # pragma: no cover

    assert next(csv_rows(briefs())) == ",".join(COLUMNS) + "\r\n"


def test_no_briefs_is_a_header() -> None:
    assert "".join(csv_rows([])) == ",".join(COLUMNS) + "\r\n"


def test_one_chunk_per_row_and_crlf() -> None:
    chunks = list(csv_rows([nato()]))
    assert len(chunks) == 1 + len(nato().to_rows()) + len(nato().statements)
    assert all(c.endswith("\r\n") for c in chunks)


def test_nato_rows() -> None:
    rows = _read([nato()])
    hegseth = [r for r in rows if r["name"] == "Pete Hegseth" and r["section"] == "entity"]
    assert len(hegseth) == 6  # one row per mention
    assert hegseth[0] == {
        "doc": "samples/hegseth-nato.txt", "section": "entity", "type": "PERSON",
        "text": "Pete Hegseth", "start": "23", "end": "35", "value": "", "unit": "",
        "name": "Pete Hegseth",
    }  # fmt: skip
    money = next(r for r in rows if r["type"] == "money")
    assert (money["text"], money["value"], money["unit"]) == (
        "over $126 billion",
        "126000000000",
        "USD",
    )
    date = next(r for r in rows if r["section"] == "date")
    assert (date["type"], date["text"], date["value"]) == ("date", "13.02.2025", "2025-02-13")
    assert [r["section"] for r in rows] == sorted(
        (r["section"] for r in rows), key=["entity", "figure", "date", "statements"].index
    )
    said = next(r for r in rows if r["section"] == "statements" and r["type"] == "call for")
    assert (said["name"], said["text"], said["value"], said["unit"]) == (
        "Donald Trump",
        "an increase to 5%",
        "5%",
        "reported",
    )


def test_hostile_cells_are_neutralised_and_numbers_stay_numbers() -> None:
    rows = _read([hostile("signs")])
    assert {r["doc"] for r in rows} == {"'" + FORMULA}  # the source id wins over the path
    cells = {(r["text"], r["value"]) for r in rows}
    assert ("'-5%", "-5") in cells
    assert ("'-5 million dollars", "-5000000") in cells
    assert ("'+44", "44") in cells
    assert any(
        r["text"] == "'@Acme Corp." and r["name"] == "'@Acme" for r in rows
    )  # no legal form in a name (session 11)
    for r in rows:
        assert r["start"].isdigit()
        assert r["end"].isdigit()
        if r["section"] == "figure":
            float(r["value"])  # a number, not a quoted formula guard


def test_rfc4180_quoting_round_trips() -> None:
    brief = hostile("script").model_copy(update={"source": nato().source.model_copy(
        update={"path": 'a,"b"\nc.txt'})})  # fmt: skip
    text = "".join(csv_rows([brief]))
    assert '"a,""b""\nc.txt"' in text
    assert {r["doc"] for r in _read([brief])} == {'a,"b"\nc.txt'}


def test_to_rows_matches_the_csv_columns_unescaped() -> None:
    for brief in all_briefs():
        rows = brief.to_rows()
        assert rows, brief.source.path
        assert all(tuple(r) == COLUMNS for r in rows)
        json.dumps(rows)  # plain values, ready for pandas or JSON
    signs = hostile("signs").to_rows()
    assert {r["doc"] for r in signs} == {FORMULA}  # not neutralised: that is the CSV's job
    assert any(r["text"] == "-5%" and r["value"] == -5 for r in signs)
    money = next(r for r in nato().to_rows() if r["type"] == "money")
    assert money["value"] == 126000000000
    assert isinstance(money["value"], int)


def test_rows_count_every_fact() -> None:
    for brief in all_briefs():
        facts = sum(len(e.mentions) for e in brief.entities) + len(brief.figures) + len(brief.dates)
        assert len(_read([brief])) == facts + len(brief.statements)


@pytest.mark.parametrize(
    ("only", "types", "sections", "kinds"),
    [
        (frozenset({"figures"}), None, {"figure"}, None),
        (
            None,
            frozenset({"PERSON", "money"}),
            {"entity", "figure", "statements"},  # --types does not filter statements
            {"PERSON", "money"},
        ),
        (frozenset({"dates"}), frozenset({"person"}), set(), set()),
    ],
)
def test_filters(only, types, sections, kinds) -> None:  # type: ignore[no-untyped-def]
    rows = _read([filter_brief(nato(), only=only, types=types)])
    assert {r["section"] for r in rows} == sections
    if kinds is not None:
        assert {r["type"] for r in rows if r["section"] != "statements"} == kinds
