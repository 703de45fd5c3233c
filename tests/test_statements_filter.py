"""``--only statements``: statements keep what they point to (briefx.statements_filter)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefx.filters import filter_brief
from briefx.records import Brief
from briefx.statements_filter import (
    keep_for_statements,
    statement_refs,
    with_statement_refs,
    without_statements,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _golden(name: str) -> Brief:
    return Brief.model_validate(json.loads((SAMPLES / f"{name}.json").read_text("utf-8")))


BRIEFS = ["hegseth-nato", "eu-grain-corridor"]


def _resolves(brief: Brief) -> bool:
    ids = {e.id for e in brief.entities} | {f.id for f in brief.figures}
    ids |= {d.id for d in brief.dates}
    return all(
        (s.speaker is None or s.speaker in ids) and set(s.figures + s.dates) <= ids
        for s in brief.statements
    )


@pytest.mark.parametrize("name", BRIEFS)
def test_only_statements_keeps_what_they_point_to(name: str) -> None:
    brief = _golden(name)
    assert brief.statements
    kept = keep_for_statements(brief)
    assert kept.statements == brief.statements
    assert _resolves(kept)
    entities, figures, dates = statement_refs(brief)
    assert {e.id for e in kept.entities} == entities
    assert {f.id for f in kept.figures} == figures
    assert {d.id for d in kept.dates} == dates
    # records come whole, in their order, ids unchanged
    assert kept.entities == [e for e in brief.entities if e.id in entities]


# (sections kept by --only besides statements, --types)
COMBINATIONS = [
    (frozenset({"figures"}), None),
    (frozenset({"entities"}), frozenset({"GPE"})),
    (None, frozenset({"ORG", "date"})),
    (None, frozenset({"money"})),
]


@pytest.mark.parametrize("name", BRIEFS)
@pytest.mark.parametrize(("only", "types"), COMBINATIONS)
def test_statements_with_other_filters_still_resolve(
    name: str, only: frozenset[str] | None, types: frozenset[str] | None
) -> None:
    brief = _golden(name)
    # with_statement_refs after any filtering that kept the statements as they were
    narrowed = filter_brief(brief, only=only, types=types)
    narrowed = narrowed.model_copy(update={"statements": brief.statements})
    kept = with_statement_refs(narrowed, brief)
    assert kept.statements == brief.statements  # --types does not filter statements
    assert _resolves(kept)
    # what the filter kept stays; only the statements' records come back
    assert {f.id for f in narrowed.figures} <= {f.id for f in kept.figures}
    assert {f.id for f in kept.figures} <= {f.id for f in narrowed.figures} | statement_refs(brief)[
        1
    ]


def test_nato_only_statements() -> None:
    kept = keep_for_statements(_golden("hegseth-nato"))
    assert {e.name for e in kept.entities} == {"Donald Trump", "Pete Hegseth"}
    assert [f.text for f in kept.figures] == ["5%", "3%"]
    assert kept.dates == []


def test_without_statements() -> None:
    brief = _golden("hegseth-nato")
    out = without_statements(brief)
    assert out.statements == []
    assert (out.entities, out.figures, out.dates) == (brief.entities, brief.figures, brief.dates)


def test_every_id_resolves_under_every_filter() -> None:
    from briefx.filters import filter_brief
    from tests.render import nato

    brief = nato()
    assert brief.statements
    for only in (None, "statements", "statements,figures", "entities", "figures,dates"):
        for types in (None, "money", "PERSON,percent", "date"):
            if only is None and types is None:
                continue
            out = filter_brief(brief, only=only, types=types)
            ids = {e.id for e in out.entities} | {f.id for f in out.figures}
            ids |= {d.id for d in out.dates}
            for s in out.statements:
                assert {*s.figures, *s.dates, *([s.speaker] if s.speaker else [])} <= ids
            if only is not None and "statements" not in only:
                assert out.statements == []
            if only is None:
                assert len(out.statements) == len(brief.statements)  # --types keeps them all
