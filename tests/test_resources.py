"""The word lists' one home: each table in models/ read through its loader in briefx.resources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefx import resources


@pytest.mark.parametrize(
    ("word", "month"),
    [("january", 1), ("jan", 1), ("may", 5), ("sept", 9), ("sep", 9), ("december", 12)],
)
def test_months(word: str, month: int) -> None:
    assert resources.months()[word] == month


def test_month_abbreviations_are_the_short_forms() -> None:
    assert "sept" in resources.month_abbreviations()
    assert "may" not in resources.month_abbreviations()  # "May" is the whole name
    assert "march" not in resources.month_abbreviations()


@pytest.mark.parametrize(
    ("kinds", "word", "value"),
    [(("small",), "nil", 0), (("small",), "nineteen", 19), (("tens",), "fourty", 40),
     (("ordinal",), "nineth", 9), (("small", "tens"), "ninety", 90), ((), "twentieth", 20)],
)  # fmt: skip
def test_number_words(kinds: tuple[str, ...], word: str, value: int) -> None:
    assert resources.number_words(*kinds)[word] == value


def test_number_word_kinds_do_not_mix() -> None:
    assert "first" not in resources.number_words("small", "tens")
    assert "twenty" not in resources.number_words("small")


@pytest.mark.parametrize(
    ("use", "phrase", "present"),
    [("figures", "over", True), ("figures", "within", False), ("durations", "within", True),
     ("durations", "more than", True), ("durations", "above", False)],
)  # fmt: skip
def test_hedges_by_use(use: str, phrase: str, present: bool) -> None:
    assert (phrase in {r["phrase"] for r in resources.hedges(use)}) is present


def test_hedges_need_a_known_use() -> None:
    with pytest.raises(ValueError, match="figures or durations"):
        resources.hedges("dates")


@pytest.mark.parametrize(
    ("also_words", "word", "present"),
    [(True, "u.s.", True), (False, "u.s.", False), (False, "u.s.c.", True), (True, "§", True)],
)
def test_citation_words(also_words: bool, word: str, present: bool) -> None:
    assert (word in resources.citation_words(also_words=also_words)) is present


# -- table indexes: a JSONL table grouped by a column, kept in the user's cache --------------


def _grouped(name: str, column: str) -> dict[str, tuple[dict[str, Any], ...]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in resources.read_jsonl(name):
        out.setdefault(str(r[column]), []).append(r)
    return {k: tuple(v) for k, v in out.items()}


@pytest.mark.parametrize(
    ("name", "column"),
    [("world_places.jsonl", "name"), ("world_places.jsonl", "country"), ("places.jsonl", "kind"),
     ("months.jsonl", "month")],
)  # fmt: skip
def test_index_holds_the_rows_of_the_table_in_order(cache: Path, name: str, column: str) -> None:
    expected = _grouped(name, column)
    for index in (resources.open_index(name, column), resources.open_index(name, column)):
        assert len(index) == len(expected)
        assert dict(index.items()) == expected  # every value, rows in the table's order
        assert "no such value" not in index
        assert index.get("no such value") is None
    assert len(list((cache / "tables").iterdir())) == 1  # built once, then read


@pytest.mark.parametrize(
    ("first", "in_a_name"),
    [("Frankfurt", "Frankfurt am Main"), ("Kingston", "Kingston upon Hull"), ("Salt", "Salt Lake City")],
)  # fmt: skip
def test_index_by_first_word(cache: Path, first: str, in_a_name: str) -> None:
    index = resources.open_index("world_places.jsonl", "name:first")
    expected = [
        r for r in resources.read_jsonl("world_places.jsonl") if r["name"].split()[0] == first
    ]
    assert list(index[first]) == expected
    assert any(r["name"] == in_a_name for r in index[first])
    assert "Soccer" not in index
    assert len(index._buckets) <= 3  # asking decodes the buckets asked for, not the gazetteer


def test_index_is_read_from_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resources.open_index("months.jsonl", "month")
    monkeypatch.setattr(resources, "read_jsonl", _no_parse)
    assert resources.open_index("months.jsonl", "month")["5"][0]["word"] == "may"


def _no_parse(name: str) -> tuple[dict[str, Any], ...]:
    raise AssertionError(f"{name} parsed although its index is in the cache")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "folder"])
def test_damaged_index_is_rebuilt_with_a_warning(
    cache: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    resources.open_index("months.jsonl", "month")
    (path,) = (cache / "tables").iterdir()
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        path.write_bytes(data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
        path.mkdir()
    index = resources.open_index("months.jsonl", "month")
    assert dict(index.items()) == _grouped("months.jsonl", "month")
    assert "briefx: warning: ignoring the unusable table index" in capsys.readouterr().err
    if damage != "folder":  # rebuilt in place: the next run reads it again
        resources.open_index("months.jsonl", "month")
        assert capsys.readouterr().err == ""


def test_index_without_a_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(resources.CACHE_ENV, "off")
    index = resources.open_index("months.jsonl", "month")
    assert dict(index.items()) == _grouped("months.jsonl", "month")
    assert not list(tmp_path.iterdir())


def test_unwritable_cache_warns_and_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv(resources.CACHE_ENV, str(blocker / "cache"))  # a folder under a file
    index = resources.open_index("months.jsonl", "month")
    assert dict(index.items()) == _grouped("months.jsonl", "month")
    assert "briefx: warning: can't write the table index" in capsys.readouterr().err


def test_index_key_follows_the_table(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    models = tmp_path / "models"
    shutil.copytree(resources.models_dir(), models)
    monkeypatch.setattr(resources, "models_dir", lambda: models)
    resources.read_jsonl.cache_clear()
    monkeypatch.setattr(resources, "read_jsonl", resources.read_jsonl.__wrapped__)
    assert "13" not in resources.open_index("months.jsonl", "month")
    with (models / "months.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"word": "undecember", "month": 13}\n')
    assert resources.open_index("months.jsonl", "month")["13"][0]["word"] == "undecember"
    assert len(list((cache / "tables").iterdir())) == 2


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(resources.CACHE_ENV, str(folder))
    return folder


@pytest.mark.parametrize(
    ("folded", "accented"),
    [("Montreal", "Montréal"), ("Zurich", "Zürich"), ("Bogota", "Bogotá")],
)
def test_index_without_accents(cache: Path, folded: str, accented: str) -> None:
    index = resources.open_index("world_places.jsonl", "name:folded")
    expected = [
        r
        for r in resources.read_jsonl("world_places.jsonl")
        if resources.fold_accents(r["name"]) == folded
    ]
    assert list(index[folded]) == expected
    assert any(r["name"] == accented for r in index[folded])
    assert resources.fold_accents("São Paulo") == "Sao Paulo"


@pytest.mark.parametrize(
    ("kind", "word"),
    [("change_verb", "rise"), ("up_verb", "tick"), ("change_noun", "toll"),
     ("level_verb", "reach"), ("level_noun", "price"), ("report_verb", "report"),
     ("weight_word", "weighs"), ("multiplier", "fold")],
)  # fmt: skip
def test_figure_words(kind: str, word: str) -> None:
    words = resources.figure_words(kind)
    assert word in words
    assert all(w == w.lower() and w.strip() == w for w in words)


def test_figure_words_unknown_kind() -> None:
    with pytest.raises(ValueError, match="no words of kind"):
        resources.figure_words("change_verbs")


@pytest.mark.parametrize(
    ("kind", "word"),
    [("schedule", "expect"), ("schedule_adjective", "due"), ("light", "go"),
     ("implicative", "decline"), ("future_word", "will"), ("forward", "signal"),
     ("commit", "pledge"), ("anticipation", "await"), ("anticipation_for", "brace"),
     ("put_off", "postpone"), ("move", "move"), ("stative", "remain"), ("cancel", "cancel"),
     ("cancel_particle", "call off")],
)  # fmt: skip
def test_tense_words(kind: str, word: str) -> None:
    words = resources.tense_words(kind)
    assert word in words
    assert all(w == w.lower() and w.strip() == w for w in words)


def test_tense_words_unknown_kind() -> None:
    with pytest.raises(ValueError, match="no words of kind"):
        resources.tense_words("schedules")


def test_commit_verbs_are_forward_verbs() -> None:
    """A verb of commitment is a forward verb whose object always comes after the act."""
    assert resources.tense_words("commit") <= resources.tense_words("forward")


def test_noun_lexicon_read_by_key_matches_the_table() -> None:
    """The noun lexicon is read lazily by key (``resources._Column``); every head and plural of
    the JSONL gives the same answer as reading the table whole."""
    from briefx.resources import noun_compounds, noun_plurals, read_jsonl

    rows = read_jsonl("noun_lexicon.jsonl")
    heads = {r["head"]: frozenset(r["modifiers"]) for r in rows if "head" in r}
    plurals = {r["plural"]: r["lemma"] for r in rows if "plural" in r}
    assert {h: noun_compounds()[h] for h in heads} == heads
    assert {p: noun_plurals()[p] for p in plurals} == plurals
    assert len(noun_compounds()) == len(heads)
    assert "zzzz" not in noun_compounds()
    assert noun_plurals().get("zzzz", "x") == "x"


def test_read_jsonl_names_a_line_that_is_not_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "t.jsonl").write_text('// a table\n{"a": 1}\n{"a": 2},\n', encoding="utf-8")
    (models / "two.jsonl").write_text('{"a": 1}\n{"a": 2}, {"a": 3}\n', encoding="utf-8")
    monkeypatch.setattr(resources, "models_dir", lambda: models)
    read = resources.read_jsonl.__wrapped__
    with pytest.raises(ValueError, match=r't\.jsonl: a line that is not JSON: .\{"a": 2\},'):
        read("t.jsonl")
    with pytest.raises(ValueError, match=r"two\.jsonl: a line that is not JSON"):
        read("two.jsonl")


@pytest.mark.parametrize("name", sorted(p.name for p in resources.models_dir().glob("*.jsonl")))
def test_read_jsonl_reads_each_line_as_json_does(name: str) -> None:
    with open(resources.models_dir() / name, encoding="utf-8") as f:
        rows = tuple(json.loads(s) for s in map(str.strip, f) if s and not s.startswith("//"))
    assert resources.read_jsonl(name) == rows
