"""``--only`` and ``--types``: parsing (any case, clear errors) and filtering records."""

from __future__ import annotations

import pytest

from briefx.filters import filter_brief
from briefx.options import Options
from briefx.render.jsonout import dumps
from tests.render import nato

# (flag value, parsed): names come back spelled as the records spell them.
ONLY_EXAMPLES = [
    ("entities", {"entities"}),
    ("Figures, DATES", {"figures", "dates"}),
    ("entities,figures,dates,", {"entities", "figures", "dates"}),
]
TYPES_EXAMPLES = [
    ("PERSON,ORG,money", {"PERSON", "ORG", "money"}),
    ("person, gpe ,Percent", {"PERSON", "GPE", "percent"}),
    ("date,RANGE,duration", {"date", "range", "duration"}),
    ("norp,ordinal", {"NORP", "ordinal"}),
]
# (flag value, what the error must say)
ONLY_ERRORS = [("entity", "'entity'"), ("entities,people", "'people'"), ("", "none given")]
TYPES_ERRORS = [("PERSON,CITY", "'CITY'"), ("MONEYS", "'MONEYS'"), (" , ", "none given")]


@pytest.mark.parametrize(("value", "expected"), ONLY_EXAMPLES)
def test_parse_only(value: str, expected: set[str]) -> None:
    assert Options(only=value).only == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "expected"), TYPES_EXAMPLES)
def test_parse_types(value: str, expected: set[str]) -> None:
    assert Options(types=value).types == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "message"), ONLY_ERRORS)
def test_parse_only_errors(value: str, message: str) -> None:
    with pytest.raises(ValueError, match="unknown section") as err:
        Options(only=value)  # type: ignore[arg-type]
    assert message in str(err.value)
    assert "choose from dates, entities, figures" in str(err.value)


@pytest.mark.parametrize(("value", "message"), TYPES_ERRORS)
def test_parse_types_errors(value: str, message: str) -> None:
    with pytest.raises(ValueError, match="unknown type") as err:
        Options(types=value)  # type: ignore[arg-type]
    assert message in str(err.value)
    assert "PERSON" in str(err.value)
    assert "money" in str(err.value)


def _summary(brief):  # type: ignore[no-untyped-def]
    return (
        sorted({e.type for e in brief.entities}),
        sorted({f.kind for f in brief.figures}),
        sorted({d.kind for d in brief.dates}),
    )


ALL_ENTITY_TYPES = ["GPE", "LOC", "NORP", "ORG", "PERSON"]
ALL_FIGURE_KINDS = ["count", "money", "ordinal", "percent"]

# (only, types, (entity types, figure kinds, date kinds) left)
FILTER_EXAMPLES = [
    (None, None, (ALL_ENTITY_TYPES, ALL_FIGURE_KINDS, ["date"])),
    (frozenset({"entities"}), None, (ALL_ENTITY_TYPES, [], [])),
    (frozenset({"figures", "dates"}), None, ([], ALL_FIGURE_KINDS, ["date"])),
    (frozenset(), None, ([], [], [])),
    (None, frozenset({"PERSON", "ORG", "money"}), (["ORG", "PERSON"], ["money"], [])),
    (None, frozenset({"person", "Percent", "DATE"}), (["PERSON"], ["percent"], ["date"])),
    (frozenset({"figures"}), frozenset({"PERSON", "money"}), ([], ["money"], [])),
    (None, frozenset({"range"}), ([], [], [])),
]


@pytest.mark.parametrize(("only", "types", "left"), FILTER_EXAMPLES)
def test_filter_brief(only, types, left) -> None:  # type: ignore[no-untyped-def]
    brief = nato()
    before = dumps(brief)
    filtered = filter_brief(brief, only=only, types=types)
    assert _summary(filtered) == left
    assert dumps(brief) == before  # the original is untouched
    assert filtered.source == brief.source
    assert filtered.title == brief.title


def test_filter_keeps_ids_and_order() -> None:
    kept = filter_brief(nato(), types=frozenset({"PERSON"}))
    assert [e.id for e in kept.entities] == [e.id for e in nato().entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("only", "types"), [(frozenset({"entity"}), None), (None, frozenset({"CITY"}))]
)
def test_filter_brief_rejects_unknown_names(only, types) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="unknown"):
        filter_brief(nato(), only=only, types=types)


def test_filtered_json_is_still_a_brief() -> None:
    from briefx.records import Brief

    filtered = filter_brief(nato(), only=frozenset({"figures"}), types=frozenset({"money"}))
    assert Brief.model_validate_json(dumps(filtered)) == filtered
