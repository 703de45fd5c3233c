"""The HTML page: displaCy highlights, hover values, escaping, no outside resources, filters."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest

from briefx.filters import filter_brief
from briefx.records import Brief
from briefx.render.html import SECTION_COLORS, html_page
from tests.render import HOSTILE, SCRIPT, all_briefs, hostile, nato, read_page


def _page(briefs: list[Brief]) -> str:
    return "".join(html_page(briefs))


def _facts(brief: Brief) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for e in brief.entities for m in e.mentions]
    return sorted(spans + [(f.start, f.end) for f in brief.figures + brief.dates])  # type: ignore[operator]


# (section, text, label, hover title): what the NATO page must highlight.
NATO_MARKS = [
    ("entity", "Pete Hegseth", "PERSON", "PERSON Pete Hegseth (U.S. Defense Secretary)"),
    ("entity", "Brussels", "GPE", "GPE Brussels"),
    ("figure", "over $126 billion", "MONEY", "MONEY > 126000000000 USD"),
    ("figure", "approximately 50", "COUNT", "COUNT ~50 country"),
    ("figure", "2%", "PERCENT", "PERCENT 2 % of GDP"),
    ("date", "13.02.2025", "DATE", "DATE 2025-02-13"),
    ("date", "2022", "DATE", "DATE 2022"),
]


@pytest.mark.parametrize(("section", "text", "label", "title"), NATO_MARKS)
def test_nato_highlights(section: str, text: str, label: str, title: str) -> None:
    marks, _ = read_page(_page([nato()]))
    found = [m for m in marks if m["text"] == text and m["data-section"] == section]
    assert found, text
    assert found[0]["label"] == label
    assert found[0]["title"] == title
    assert f"background: {SECTION_COLORS[section]}" in found[0]["style"]


def test_hover_notes_relative_and_ambiguous_dates() -> None:
    date = nato().dates[0].model_copy(update={"relative": True, "ambiguous": True})
    marks, _ = read_page(_page([nato().model_copy(update={"dates": [date]})]))
    assert [m["title"] for m in marks if m["data-section"] == "date"] == [
        "DATE 2025-02-13 (relative, ambiguous)"
    ]


def test_sections_have_distinct_colours() -> None:
    assert len(set(SECTION_COLORS.values())) == 3


@pytest.mark.parametrize("name", ["nato", *HOSTILE])
def test_every_fact_is_marked_once(name: str) -> None:
    brief = nato() if name == "nato" else hostile(name)
    spans = _facts(brief)
    # briefx facts never overlap, so displaCy can mark every one of them
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    marks, _ = read_page(_page([brief]))
    assert len(marks) == len(spans)
    assert [m["text"] for m in marks] == [
        " ".join(brief.source.text[s:e].split()) for s, e in spans
    ]  # type: ignore[index]


def test_section_head() -> None:
    html = _page([nato()])
    assert (
        "<h2>U.S. Defense Secretary Pete Hegseth Visits NATO Amid Ukraine Support Discussions</h2>"
        in html
    )
    assert "source: samples/hegseth-nato.txt · published: 2025-02-13" in html


def test_hostile_text_is_inert() -> None:
    html = _page([hostile(name) for name in HOSTILE])
    assert "<script" not in html.lower()
    marks, text = read_page(html)
    assert text.count(SCRIPT) == 3  # the heading, the headline and the body, shown as text
    assert "=cmd|' /C calc'!A0" in text
    assert 'script,"quoted".txt' in text
    assert any(m["text"] == "Pete Hegseth" for m in marks)


def test_self_contained() -> None:
    html = _page(all_briefs())
    assert html.startswith("<!DOCTYPE html>")
    assert html.endswith("</html>\n")
    for outside in ("src=", "url(", "@import", "<link", "<script"):
        assert outside not in html
    # the only links lead inside the page (a statement to its speaker's mention)
    assert all(target.startswith("#") for target in re.findall(r'href="([^"]*)"', html))
    assert "default-src 'none'" in html  # and the browser would refuse anything outside


def test_text_not_included() -> None:
    brief = nato().model_copy(update={"source": nato().source.model_copy(update={"text": None})})
    html = _page([brief])
    marks, text = read_page(html)
    assert marks == []
    assert "The text was not included" in text
    assert "<h2>U.S. Defense Secretary" in html


def test_streams_header_section_footer() -> None:
    def briefs() -> Iterator[Brief]:
        yield nato()
        raise AssertionError("read too early")

    page = html_page(briefs())
    assert next(page).startswith("<!DOCTYPE html>")
    assert next(page).startswith('<section class="brief" id="brief-1">')
    chunks = list(html_page(all_briefs()))
    assert len(chunks) == 2 + len(all_briefs())
    assert chunks[-1] == "</body>\n</html>\n"
    assert re.search(r"<body>", _page([])) is not None


@pytest.mark.parametrize(
    ("only", "types", "sections"),
    [
        (frozenset({"figures"}), None, {"figure"}),
        (None, frozenset({"PERSON", "date"}), {"entity", "date"}),
        (frozenset({"entities"}), frozenset({"money"}), set()),
    ],
)
def test_filters(only, types, sections) -> None:  # type: ignore[no-untyped-def]
    marks, text = read_page(_page([filter_brief(nato(), only=only, types=types)]))
    assert {m["data-section"] for m in marks} == sections
    assert "Pete Hegseth" in text  # the text stays whole; only the highlights go


def test_statements_are_marked_and_linked_to_their_speaker() -> None:
    html = _page([nato()])
    spans = re.findall(r'<span class="statement" id="([^"]+)" data-id="(s\d+)" '
                       r'data-speaker="(e\d*)" title="([^"]+)">', html)  # fmt: skip
    assert len(spans) == len(nato().statements)
    titles = {sid: title for _, sid, _, title in spans}
    trump = next(s for s in nato().statements if s.cue == "call for")
    assert titles[trump.id] == "Donald Trump reports (call for)"
    hegseth = next(s for s in nato().statements if s.cue == "indicate")
    assert titles[hegseth.id] == "Pete Hegseth reports (indicate), hedged"
    ids = set(re.findall(r' id="([^"]+)"', html))
    targets = re.findall(r'<a class="speaker" href="#([^"]+)">— ([^<]+)</a>', html)
    assert targets
    assert all(t in ids for t, _ in targets)  # every link leads to a mark on the page
    assert ("brief-1-" + hegseth.speaker + "-", "Pete Hegseth") in {
        (t.rsplit("-", 1)[0] + "-", who) for t, who in targets
    }  # type: ignore[operator]


def test_statement_content_keeps_its_facts_marked() -> None:
    marks, text = read_page(_page([nato()]))
    # the figure inside Trump's call is still a mark, once
    assert [m["text"] for m in marks].count("5%") == 1
    assert "an increase to 5%" in " ".join(text.split())
