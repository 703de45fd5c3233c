"""The JSON writers stream a brief record by record, in the bytes ``json.dumps`` would write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefx.records import Brief
from briefx.render import jsonout

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.json"))


def _whole(brief: Brief, indent: int | None) -> str:
    """The reference: the whole brief dumped to dicts, then to text, at once."""
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=indent)


def _briefs() -> list[Brief]:
    golden = [Brief.model_validate_json(p.read_text(encoding="utf-8")) for p in SAMPLES]
    assert golden, "no samples/*.json"
    first = golden[0]
    empty = first.model_copy(
        update={"entities": [], "figures": [], "dates": [], "statements": [], "headings": []}
    )
    accents = first.model_copy(update={"title": "Zürich — “quoted”\nnext line"})
    return [*golden, empty, accents]


@pytest.mark.parametrize("whole", [0, jsonout.WHOLE_RECORDS])  # record by record; at once
@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("brief", _briefs(), ids=lambda b: f"{b.source.path}-{len(b.figures)}")
def test_same_bytes_as_one_dump(
    brief: Brief, indent: int | None, whole: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonout, "WHOLE_RECORDS", whole)
    assert jsonout.dumps(brief, indent=indent) == _whole(brief, indent)


def test_a_long_brief_comes_in_several_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    brief = _briefs()[0]
    monkeypatch.setattr(jsonout, "WHOLE_RECORDS", 0)
    monkeypatch.setattr(jsonout, "CHUNK_CHARS", 200)
    pieces = list(jsonout.chunks(brief, indent=2))
    assert len(pieces) > 3
    assert "".join(pieces) == _whole(brief, 2)


@pytest.mark.parametrize("single", [True, False])
def test_json_doc_and_jsonl_parse_back(single: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonout, "WHOLE_RECORDS", 0)
    briefs = _briefs()[:2] if not single else _briefs()[:1]
    doc = "".join(jsonout.json_doc(briefs, single=single))
    parsed = json.loads(doc)
    expected = [json.loads(_whole(b, None)) for b in briefs]
    assert parsed == (expected[0] if single else expected)
    lines = "".join(jsonout.jsonl(briefs)).splitlines()
    assert [json.loads(line) for line in lines] == expected
