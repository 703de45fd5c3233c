"""The store of compiled patterns (briefx.regex_cache) gives the patterns ``re`` gives.

New cases go in PATTERNS: a pattern, its flags and texts to match; each must come back from
the store equal to ``re``'s own (flags, code, pattern, groups) and match the same.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefx import regex_cache

PATTERNS: list[tuple[str | bytes, int, list[str] | list[bytes]]] = [
    (r"\d{1,3}(?:,\d{3})*(?:\.\d+)?", 0, ["1,234.5 and 99", "none"]),
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)(?: (\d{4}))?", 0, ["on 4 March 2025", "12 May"]),
    (r"(?<![\w'’-])(?:Ministry|Office|Agency)\b(?! [A-Z])", 0, ["the Ministry said", "Office X"]),
    (r"^[ \t]*[•*-][ \t]+(.+)$", re.MULTILINE, ["- one\n* two\nthree"]),
    (r"\bon points\b|\bby (?:a )?knockout\b", re.IGNORECASE, ["won ON POINTS", "By A Knockout"]),
    (r"(?i:per ?cent)|%", 0, ["5 Percent", "7%"]),
    (r"""(?x) \d+  # digits
         (?:st|nd|rd|th)""", 0, ["the 21st", "3rd"]),
    (r"[^\n.!?]+(?:[.!?]+|$)", re.MULTILINE, ["One. Two!\nThree"]),
    (r"café|naïve|Zürich", re.IGNORECASE, ["CAFÉ in ZÜRICH"]),
    (rb"\x00+|abc", 0, [b"a\x00\x00abc"]),
    ("|".join(sorted((f"word{i}" for i in range(300)), key=lambda w: (-len(w), w))), 0,
     ["word12 word299 word3"]),
]  # fmt: skip


def _ids(case: tuple[str | bytes, int, object]) -> str:
    return repr(case[0])[:30]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The store installed in a fresh folder (and taken away again afterwards)."""
    regex_cache.uninstall()
    monkeypatch.setattr(regex_cache, "SAVE_AFTER", 0.0)
    re.purge()
    regex_cache.install(tmp_path)
    yield tmp_path
    regex_cache.uninstall()
    re.purge()


def _same_matches(a: re.Pattern[str], b: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(text)] == [
            (m.span(), m.groups(), m.groupdict()) for m in b.finditer(text)
        ]


def test_the_store_is_usable_on_this_python() -> None:
    assert regex_cache.usable()


@pytest.mark.parametrize("case", PATTERNS, ids=_ids)
def test_a_stored_entry_builds_the_pattern_re_compiles(case: tuple) -> None:  # type: ignore[type-arg]
    pattern, flags, texts = case
    original = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
    entry = regex_cache._entry(pattern, flags)
    assert entry is not None
    rebuilt = regex_cache.build(pattern, entry)
    assert regex_cache.same(rebuilt, original)
    _same_matches(rebuilt, original, texts)


@pytest.mark.parametrize("case", PATTERNS, ids=_ids)
def test_patterns_through_the_store_match_as_re_s_own(store: Path, case: tuple) -> None:  # type: ignore[type-arg]
    pattern, flags, texts = case
    plain = regex_cache._original(pattern, flags)
    first = re.compile(pattern, flags)  # not stored yet: re's own, and recorded
    regex_cache.save()
    regex_cache.uninstall()
    re.purge()
    regex_cache.install(store)
    assert (pattern, flags) in regex_cache._stored
    second = re.compile(pattern, flags)  # from the store
    assert (pattern, flags) in regex_cache._used
    for compiled in (first, second):
        assert regex_cache.same(compiled, plain)
        _same_matches(compiled, plain, texts)


def test_nothing_is_installed_when_the_cache_is_off() -> None:
    regex_cache.uninstall()
    original = re._compiler.compile  # type: ignore[attr-defined]
    regex_cache.install(None)
    assert re._compiler.compile is original  # type: ignore[attr-defined]
    regex_cache.save()  # no store: nothing to do, nothing raised


def test_a_damaged_store_is_ignored_and_replaced(store: Path) -> None:
    path = regex_cache._path
    assert path is not None
    regex_cache.uninstall()
    path.write_bytes(b"not a store")
    regex_cache.install(store)
    assert regex_cache._stored == {}
    re.purge()
    assert re.compile(r"dam+aged").fullmatch("dammaged")
    regex_cache.save()
    assert (r"dam+aged", 0) in regex_cache._read(path)


class Text(str):
    """A subclass of str (an HTML library's markup string), which marshal cannot write."""


def test_a_pattern_given_as_a_str_subclass_compiles_and_is_not_stored(store: Path) -> None:
    assert re.compile(Text(r"sub+class")).fullmatch("subbclass")
    assert (Text(r"sub+class"), 0) not in regex_cache._new
    regex_cache.save()  # nothing raised


def test_a_run_with_cheap_new_patterns_does_not_rewrite_the_store(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "SAVE_AFTER", 60.0)
    re.compile(r"cheap\d")
    regex_cache.save()
    path = regex_cache._path
    assert path is not None
    assert not path.exists()


# Patterns built from a table's words, once a set's order (which follows the process's string
# hashes), now longest first and then alphabetical: the same pattern in every process, which
# is what lets the store keep them.
BUILT = (
    "from briefx.pipeline.entities import context, sports, predicates, products\n"
    "from briefx.pipeline.figures import dollars, units\n"
    "pats = [context._facility_run(), context._event_year(), context._body_of(),\n"
    "        sports._sport_words(), sports._role_after_name(), *sports._sport_evidence(),\n"
    "        *predicates._patterns().values(), products._law_run(), dollars.TRADE_RATE,\n"
    "        units.COMPARED_GAP]\n"
    "import json; print(json.dumps([p.pattern for p in pats]))"
)


def test_patterns_built_from_word_sets_are_the_same_in_every_process() -> None:
    seen = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", BUILT], env=env, check=True, capture_output=True, text=True
        )
        seen.append(json.loads(done.stdout.splitlines()[-1]))
    assert seen[0] == seen[1]


def test_an_engine_whose_constructor_refuses_the_entry_stores_nothing(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(pattern: str | bytes, entry: regex_cache.Entry) -> re.Pattern[str]:
        raise TypeError("compile() takes other arguments")

    monkeypatch.setattr(regex_cache, "build", refuse)
    re.purge()
    assert re.compile(r"refus+ed").fullmatch("refussed")  # re's own pattern, the run goes on
    assert (r"refus+ed", 0) not in regex_cache._new
