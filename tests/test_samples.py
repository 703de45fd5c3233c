"""Golden files: samples/<slug>.txt -> samples/<slug>.json (the expected Brief).

Rewrite them with ``pytest tests/test_samples.py --update-goldens`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefx.records import Brief

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIRS = sorted(SAMPLES.glob("*.txt"))
REFERENCE_DATES = {"hegseth-nato": None}


def test_there_are_samples() -> None:
    assert PAIRS, "no samples/*.txt"


def _brief(run, txt: Path) -> Brief:  # type: ignore[no-untyped-def]
    text = txt.read_bytes().decode("utf-8")
    brief = run(text, path=f"samples/{txt.name}")
    return brief  # type: ignore[no-any-return]


@pytest.mark.parametrize("txt", PAIRS, ids=[p.stem for p in PAIRS])
def test_golden(run, txt: Path, request: pytest.FixtureRequest) -> None:  # type: ignore[no-untyped-def]
    got = _brief(run, txt).model_dump(mode="json")
    golden = txt.with_suffix(".json")
    if request.config.getoption("--update-goldens"):
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    got["briefx_version"] = expected["briefx_version"]  # a release bump is not a regression
    assert got == expected


def test_empty_text_is_a_brief_without_facts(run) -> None:  # type: ignore[no-untyped-def]
    brief = run("")
    assert (brief.entities, brief.figures, brief.dates, brief.title) == ([], [], [], None)


# What the NATO brief must say (issue 2), checked on the live output, field by field.
@pytest.fixture(scope="module")
def nato(run) -> Brief:  # type: ignore[no-untyped-def]
    return _brief(run, SAMPLES / "hegseth-nato.txt")


def _entity(brief: Brief, name: str):  # type: ignore[no-untyped-def]
    found = [e for e in brief.entities if e.name == name]
    assert len(found) == 1, (name, [e.name for e in brief.entities])
    return found[0]


@pytest.mark.parametrize(
    ("name", "type_", "title", "mentions"),
    [
        ("Pete Hegseth", "PERSON", "U.S. Defense Secretary", 6),
        ("John Healey", "PERSON", "U.K. Defence Secretary", 1),
        ("Lloyd Austin", "PERSON", "former Defense Secretary", 1),
        ("Vladimir Putin", "PERSON", "President", 1),
        ("NATO", "ORG", None, None),
        ("Ukraine Defense Contact Group", "ORG", None, 1),
        ("United States", "GPE", None, None),
        ("United Kingdom", "GPE", None, 2),
    ],
)
def test_nato_entities(
    nato: Brief, name: str, type_: str, title: str | None, mentions: int | None
) -> None:
    e = _entity(nato, name)
    assert e.type == type_
    if title:
        assert title in e.titles
    if mentions:
        assert len(e.mentions) == mentions


def test_nato_trump_is_a_person_never_an_org(nato: Brief) -> None:
    trump = [e for e in nato.entities if "Trump" in e.name]
    assert trump
    assert all(e.type == "PERSON" for e in trump)
    assert sum(len(e.mentions) for e in trump) == 4


def test_nato_no_heading_person_and_no_defense_org(nato: Brief) -> None:
    names = {e.name for e in nato.entities}
    assert "Russian Aggression" not in names
    assert "Defense" not in names
    assert all(not m.text.startswith("the ") for e in nato.entities for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit", "comparator", "approximate", "basis"),
    [
        ("over $126 billion", "money", 126_000_000_000, "USD", ">", False, None),
        ("approximately 50", "count", 50, "country", None, True, None),
        ("2%", "percent", 2, "%", None, False, "GDP"),
        ("5%", "percent", 5, "%", None, False, "GDP"),
        ("3%", "percent", 3, "%", None, False, "GDP"),
        ("first", "ordinal", 1, None, None, False, None),
        ("third", "ordinal", 3, None, None, False, None),
    ],
)
def test_nato_figures(nato: Brief, text, kind, value, unit, comparator, approximate, basis) -> None:  # type: ignore[no-untyped-def]
    found = [f for f in nato.figures if f.text == text]
    assert len(found) == 1, [f.text for f in nato.figures]
    f = found[0]
    assert (f.kind, f.value, f.unit, f.comparator, f.approximate, f.basis) == (
        kind,
        value,
        unit,
        comparator,
        approximate,
        basis,
    )


def test_nato_dates(nato: Brief) -> None:
    assert nato.published == "2025-02-13"
    assert nato.reference_date == "2025-02-13"
    assert [(d.text, d.value) for d in nato.dates] == [
        ("13.02.2025", "2025-02-13"),
        ("2022", "2022"),
        ("13.02.2025", "2025-02-13"),
    ]
    assert not any("13.02.2025" in f.text or f.text in ("13", "02", "2025") for f in nato.figures)


def test_nato_against_the_gold_annotations(nato: Brief) -> None:
    """Every gold entity, figure and date of the seed case is in the output, right."""
    # The seed case's gold annotations (tests/data; its text is samples/hegseth-nato.txt).
    gold_file = Path(__file__).parent / "data" / "hegseth-nato.gold.json"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert gold["id"] == "seed-hegseth-nato"
    mentions = {(m.start, m.end): e for e in nato.entities for m in e.mentions}
    for g in gold["entities"]:
        e = mentions.get((g["start"], g["end"]))
        assert e is not None, g
        assert e.type in g["type"].split("|"), g
        assert e.name == g["name"], g
    figures = {(f.start, f.end): f for f in nato.figures}
    for g in gold["figures"]:
        f = figures.get((g["start"], g["end"]))
        assert f is not None, g
        assert f.value == g["value"], g
        assert g.get("unit") is None or f.unit == g["unit"], g
    dates = {(d.start, d.end): d for d in nato.dates}
    for g in gold["dates"]:
        assert dates[(g["start"], g["end"])].value == g["value"], g
