"""JSON Lines input: one record a line, ids and other fields passed through, bad lines reported."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from briefx.api import extract_many
from briefx.errors import InputError
from briefx.sources import Source, read_jsonl_records

DATA = Path(__file__).parent / "data"
RECORDS = DATA / "records.jsonl"  # BOM, a blank line, a CRLF line, int and missing ids
BAD = DATA / "bad-records.jsonl"  # good, bad JSON, no "text", not an object, good


def test_records_keep_their_ids_and_fields() -> None:
    path = str(RECORDS)
    assert list(read_jsonl_records(path)) == [
        Source(
            path,
            "Olaf Scholz visited Paris on Monday.",
            format="jsonl",
            id="a1",
            meta={"source": "wire", "tags": ["eu", "visit"], "published": "2025-02-13"},
            published="2025-02-13",
        ),
        Source(path, "Exports rose 4.5% in 2024.", format="jsonl", id="42",
               meta={"meta": {"desk": "business"}}),
        Source(path, "No id here: 300 tonnes of grain.", format="jsonl"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"id": 1, "text": "unterminated', "line 2: not JSON"),
        (b"not json at all", "line 2: not JSON"),
        (b'["text"]', "line 2: not a JSON object"),
        (b'"text"', "line 2: not a JSON object"),
        (b'{"id": 1}', 'line 2: no "text" string'),
        (b'{"id": 1, "text": null}', 'line 2: no "text" string'),
        (b'{"id": 1, "text": ["a"]}', 'line 2: no "text" string'),
        (b'{"id": {"x": 1}, "text": "a"}', 'line 2: "id" is not a string or a number'),
        (b'{"id": true, "text": "a"}', 'line 2: "id" is not a string or a number'),
        (b'{"id": 1, "text": "caf\xe9"}', "line 2: not UTF-8"),
    ],
)
def test_bad_line_is_reported_with_file_and_line(tmp_path: Path, line: bytes, reason: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"id": "first", "text": "fine"}\n' + line + b'\n{"id": "last", "text": "ok"}\n'
    )
    errors: list[InputError] = []
    got = [s.id for s in read_jsonl_records(str(path), on_error=errors.append)]
    assert got == ["first", "last"]  # reading goes on after the bad line
    assert len(errors) == 1
    message = str(errors[0])
    assert message.startswith(f"[E007] {path}: ")
    assert reason in message
    with pytest.raises(InputError, match="E007"):  # without on_error: raised, reading stops
        list(read_jsonl_records(str(path)))


def test_every_bad_line_is_reported_and_the_good_ones_kept() -> None:
    errors: list[InputError] = []
    ids = [s.id for s in read_jsonl_records(str(BAD), on_error=errors.append)]
    assert ids == ["ok-1", "ok-2"]
    assert [str(e).split("(", 1)[1].split(":", 1)[0] for e in errors] == [
        "line 2",
        "line 3",
        "line 4",
    ]


@pytest.mark.parametrize(
    ("make", "code"), [(lambda p: p / "missing.jsonl", "E004"), (lambda p: p, "E005")]
)
def test_unreadable_file_raises_on_first_next(tmp_path: Path, make, code: str) -> None:  # type: ignore[no-untyped-def]
    records = read_jsonl_records(str(make(tmp_path)), on_error=lambda e: None)
    with pytest.raises(InputError, match=code):
        next(records)


def test_published_that_is_not_a_date_stays_in_meta_only(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "a", "published": "last week"}\n{"text": "b", "published": 2025}\n')
    got = list(read_jsonl_records(str(path)))
    assert [(s.published, s.meta) for s in got] == [
        (None, {"published": "last week"}),
        (None, {"published": 2025}),
    ]


def test_stdin_is_read_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert [(s.path, s.id, s.text) for s in read_jsonl_records("-")] == [
        ("-", "s1", "One."),
        ("-", "s2", "Two."),
    ]


def test_briefs_carry_the_record_id_meta_and_published(nlp) -> None:  # type: ignore[no-untyped-def]
    briefs = list(extract_many(read_jsonl_records(str(RECORDS))))
    assert [b.source.id for b in briefs] == ["a1", "42", None]
    assert [b.source.format for b in briefs] == ["jsonl"] * 3
    first = briefs[0]
    assert first.source.meta == {
        "source": "wire",
        "tags": ["eu", "visit"],
        "published": "2025-02-13",
    }
    # the record's "published" is the fallback reference date: Monday -> 2025-02-10
    assert first.reference_date == "2025-02-13"
    assert {d.text: d.value for d in first.dates}["Monday"] == "2025-02-10"
    assert {f.text: f.value for f in briefs[1].figures}["4.5%"] == 4.5
    for brief, text in zip(briefs, [s.text for s in read_jsonl_records(str(RECORDS))], strict=True):
        for span in [m for e in brief.entities for m in e.mentions] + brief.figures + brief.dates:
            assert text[span.start : span.end] == span.text
