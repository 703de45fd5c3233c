"""``briefx.evaluate``: the same numbers as the project's reference scorer (shared/eval/score.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from briefx.api import extract_many
from briefx.errors import InputError
from briefx.evaluate import (
    evaluate,
    read_gold,
    report_dict,
    report_json,
    report_table,
    run_eval,
    same_norm,
    score_predictions,
)
from briefx.sources import Source

ROOT = Path(__file__).resolve().parent.parent
GOLD_SMALL = Path(__file__).parent / "data" / "gold-small.jsonl"


def _sections(report: Any) -> dict[str, Any]:
    return {k: s.to_dict() for k, s in report.sections.items()}


def item(start: int, end: int, **kw: Any) -> dict[str, Any]:
    return {"start": start, "end": end, **kw}


# (name, section, gold item, predicted item, same_norm)
NORM = [
    ("figure exact", "figures", item(0, 3, kind="money", value=5, unit="USD"),
     item(0, 3, kind="money", value=5.0000001, unit="usd"), True),
    ("figure value off", "figures", item(0, 3, kind="money", value=5, unit="USD"),
     item(0, 3, kind="money", value=5.1, unit="USD"), False),
    ("count is number", "figures", item(0, 3, kind="count", value=50, unit="country"),
     item(0, 3, kind="number", value=50, unit="country"), True),
    ("gold count needs its noun", "figures", item(0, 3, kind="count", value=50, unit="country"),
     item(0, 3, kind="number", value=50), False),
    ("plain number: noun is extra", "figures", item(0, 3, kind="number", value=50),
     item(0, 3, kind="count", value=50, unit="country"), True),
    ("kind differs", "figures", item(0, 3, kind="percent", value=2, unit="%"),
     item(0, 3, kind="number", value=2), False),
    ("date value", "dates", item(0, 3, value="2025-02"), item(0, 3, value="2025-02"), True),
    ("date precision", "dates", item(0, 3, value="2025-02"), item(0, 3, value="2025-02-01"), False),
    ("either type", "entities", item(0, 3, type="GPE|LOC", name="Paris"),
     item(0, 3, type="LOC", name="Paris"), True),
    ("wrong name", "entities", item(0, 3, type="PERSON", name="Pete Hegseth"),
     item(0, 3, type="PERSON", name="Hegseth"), False),
    ("no gold name", "entities", item(0, 3, type="ORG"), item(0, 3, type="ORG", name="X"), True),
]  # fmt: skip


@pytest.mark.parametrize(("section", "gold", "pred", "expected"), [n[1:] for n in NORM],
                         ids=[n[0] for n in NORM])  # fmt: skip
def test_same_norm(section: str, gold: dict, pred: dict, expected: bool) -> None:
    assert same_norm(section, gold, pred) is expected


# Hand-built gold and predictions for the corner cases of the scoring: a repeated gold span, two
# predictions at one span, a case without predictions, sections a case leaves out.
GOLD = {
    "c1": {
        "id": "c1",
        "entities": [
            item(0, 5, type="PERSON", name="Pete Hegseth"),
            item(0, 5, type="PERSON", name="Pete Hegseth"),  # repeated: one span, two bucket items
            item(10, 15, type="GPE|LOC", name="Paris"),
            item(20, 25, type="ORG"),
        ],
        "figures": [item(0, 3, kind="count", value=50, unit="country"), item(5, 8, kind="money", value=1, unit="EUR")],
        "dates": [item(30, 40, value="2025-02-13")],
    },
    "c2": {"id": "c2", "figures": [item(1, 2, kind="ordinal", value=3)], "dates": []},
    "c3": {"id": "c3", "dates": [item(0, 4, value="2024")]},  # no prediction at all
}  # fmt: skip
PRED = {
    "c1": {
        "entities": [
            item(0, 5, type="PERSON", name="Hegseth"),
            item(0, 5, type="PERSON", name="Pete Hegseth"),  # a second candidate at the span
            item(10, 15, type="LOC", name="Paris"),
            item(20, 25, type="NORP", name="X"),
            item(50, 55, type="ORG", name="Y"),
        ],
        "figures": [item(0, 3, kind="number", value=50, unit="Country"), item(5, 9, kind="money", value=1, unit="EUR")],
        "dates": [item(30, 40, value="2025-02-14"), item(41, 45, value="2025")],
    },
    "c2": {"figures": [item(1, 2, kind="ordinal", value=3)]},
}  # fmt: skip
EXPECTED = {
    "entities": {"cases": 1, "gold": 3, "pred": 4, "span_tp": 3, "precision": 0.75, "recall": 1.0,
                 "f1": 0.8571, "norm_acc": 0.6667, "norm_ok": 2, "type_acc": 0.6667, "name_acc": 1.0,
                 # overlap counts gold items (4, the repeat too) over distinct spans (3), as
                 # the reference scorer does: 4/3; right in value: Hegseth x2 and Paris, 3/3.
                 "overlap_recall": 1.3333, "value_recall": 1.0,
                 "by_type": {"GPE|LOC": {"gold": 1, "recall": 1.0, "norm_acc": 1.0},
                             "ORG": {"gold": 1, "recall": 1.0, "norm_acc": 0.0},
                             "PERSON": {"gold": 2, "recall": 0.5, "norm_acc": 1.0}}},
    "figures": {"cases": 2, "gold": 3, "pred": 3, "span_tp": 2, "precision": 0.6667, "recall": 0.6667,
                "f1": 0.6667, "norm_acc": 1.0, "norm_ok": 2, "overlap_recall": 1.0, "value_recall": 1.0,
                "by_type": {"money": {"gold": 1, "recall": 0.0, "norm_acc": 0.0},
                            "number": {"gold": 1, "recall": 1.0, "norm_acc": 1.0},
                            "ordinal": {"gold": 1, "recall": 1.0, "norm_acc": 1.0}}},
    "dates": {"cases": 3, "gold": 2, "pred": 2, "span_tp": 1, "precision": 0.5, "recall": 0.5,
              "f1": 0.5, "norm_acc": 0.0, "norm_ok": 0, "overlap_recall": 0.5, "value_recall": 0.0,
              "by_type": {"date": {"gold": 2, "recall": 0.5, "norm_acc": 0.0}}},
    # no case annotates statements: nothing to find, nothing found
    "statements": {"cases": 0, "gold": 0, "pred": 0, "span_tp": 0, "precision": 1.0, "recall": 1.0,
                   "f1": 1.0, "norm_acc": 1.0, "overlap_recall": 1.0, "value_recall": 1.0,
                   "by_type": {}, "attribution": {"gold": 0, "pred": 0, "precision": 1.0,
                                                  "recall": 1.0, "f1": 1.0}},
}  # fmt: skip


def test_score_predictions_on_the_corner_cases() -> None:
    report = score_predictions(GOLD, PRED)
    assert _sections(report) == EXPECTED
    assert (report.cases, report.missing_ids) == (3, 1)


# (gold, section -> (cases, P, R, F1, norm, overlap recall, value recall)): nothing to find
# scores 1.0 (no gold, no prediction); a section no case annotates scores no case.
EMPTY = [
    ({"e": {"id": "e", "entities": [], "figures": [], "dates": []}},
     {**{s: (1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0) for s in ("entities", "figures", "dates")},
      "statements": (0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)}),
    ({"f": {"id": "f", "figures": []}},
     {"entities": (0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), "figures": (1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
      "dates": (0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), "statements": (0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)}),
]  # fmt: skip


@pytest.mark.parametrize(("gold", "expected"), EMPTY)
def test_score_predictions_with_nothing_to_find(gold: dict, expected: dict) -> None:
    keys = ("cases", "precision", "recall", "f1", "norm_acc", "overlap_recall", "value_recall")
    sections = _sections(score_predictions(gold, {}))
    assert {k: tuple(v[x] for x in keys) for k, v in sections.items()} == expected


def test_evaluate_maps_briefs_to_cases_by_source_id_then_path(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Spending rose 2% in 2024."
    gold = [
        {"id": "by-id", "text": text, "figures": [item(14, 16, kind="percent", value=2, unit="%")]},
        {"id": "by-path", "text": text, "dates": [item(20, 24, value="2024")]},
        {"id": "absent", "text": text, "dates": [item(20, 24, value="2024")]},
    ]
    sources = [Source("ignored.txt", text, id="by-id"), Source("by-path", text)]
    report = evaluate(gold, extract_many(sources))
    assert report.missing_ids == 1
    assert (report.sections["figures"].recall, report.sections["dates"].recall) == (1.0, 0.5)
    assert report.sections["entities"].cases == 0


def test_run_eval_on_a_small_gold_file(nlp) -> None:  # type: ignore[no-untyped-def]
    report = run_eval(GOLD_SMALL)
    s = report.sections
    assert (report.cases, report.missing_ids) == (3, 0)
    assert [(s[k].cases, s[k].gold) for k in ("entities", "figures", "dates")] == [
        (1, 4),
        (2, 3),
        (2, 2),
    ]
    assert (s["figures"].recall, s["figures"].norm_acc) == (1.0, 1.0)
    # each case is read with its own reference date: "next month" of 2025-02-13, not of 2025-03-01
    assert (s["dates"].recall, s["dates"].norm_acc) == (1.0, 1.0)
    assert s["entities"].recall == 1.0
    assert s["entities"].name_acc == 1.0

    data = json.loads(report_json(report))
    assert data == report_dict(report)
    assert list(data["sections"]) == ["entities", "figures", "dates", "statements"]
    assert set(data["sections"]["entities"]) >= {"precision", "recall", "f1", "norm_acc", "by_type",
                                                 "type_acc", "name_acc"}  # fmt: skip
    assert "type_acc" not in data["sections"]["figures"]

    console = Console(width=100, record=True, color_system=None)
    console.print(report_table(report))
    shown = console.export_text()
    for word in (
        "Scores",
        "entities",
        "figures",
        "dates",
        "Entities by type",
        "PERSON",
        "quantity",
    ):
        assert word in shown


def test_report_leaves_out_sections_no_case_has() -> None:
    report = score_predictions({"f": {"id": "f", "figures": []}}, {})
    assert list(report_dict(report)["sections"]) == ["figures"]
    console = Console(width=100, record=True, color_system=None)
    console.print(report_table(report))
    assert "Dates by type" not in console.export_text()


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ('{"id": "a", "text": "x"}\n{"id": "b"\n', "E007.*line 2: not JSON"),
        ('{"text": "x"}\n', 'E007.*line 1: a gold case needs an "id" and a "text" string'),
        ('{"id": "a", "text": "x", "reference_date": "13.02.2025"}\n', "E009"),
    ],
)
def test_bad_gold_is_an_input_error(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=match):
        run_eval(path)


def test_missing_gold_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E004"):
        read_gold(tmp_path / "none.jsonl")
